/**
 * The task pane and the web page in Debian's Chromium (DESIGN.md: first render under 1 s).
 * Loads the production build from a loopback server — the pane over the fake Excel holding the
 * example workbook — and prints medians next to the budget; asserts nothing.
 * Run by `npm run bench` after the engine benchmark.
 */
import * as path from 'path';
import { Page } from 'playwright-core';
import { ROOT, buildFakeExcelScript, ensureProductionBuild } from '../test/browser/buildDist';
import { Browser, injectFakeExcel, openBrowser } from '../test/browser/harness';
import { excelJsToFakeData } from '../test/fake-excel/fromExcelJs';
import { loadWorkbookFile } from '../src/xlsx/exceljsFile';

const EXAMPLE = path.join(ROOT, 'examples', 'zhuhui-2022.xlsx');
const RUNS = 5;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Milliseconds since the page's navigation started. */
const pageClock = (page: Page): Promise<number> => page.evaluate(() => performance.now());

async function timePane(browser: Browser): Promise<{ render: number; report: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.baseUrl}/taskpane.html`);
  await page.getByRole('button', { name: '生成报告' }).waitFor({ timeout: 30_000 });
  const render = await pageClock(page);
  await page.getByRole('button', { name: '生成报告' }).click();
  await page.getByTestId('summary').filter({ hasText: '得分' }).waitFor({ timeout: 30_000 });
  const report = (await pageClock(page)) - render;
  await page.close();
  return { render, report };
}

async function timeWeb(browser: Browser): Promise<{ render: number; open: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.baseUrl}/web.html`);
  await page.getByRole('button', { name: '选择工作簿（.xlsx）…' }).waitFor({ timeout: 30_000 });
  const render = await pageClock(page);
  await page.locator('input[type=file]').setInputFiles(EXAMPLE);
  await page.getByRole('tab', { name: /审核/ }).waitFor({ timeout: 30_000 });
  const open = (await pageClock(page)) - render;
  await page.close();
  return { render, open };
}

async function main(): Promise<void> {
  ensureProductionBuild();
  const fakeScript = await buildFakeExcelScript();
  const browser = await openBrowser();
  try {
    await injectFakeExcel(browser.context, fakeScript, excelJsToFakeData(await loadWorkbookFile(EXAMPLE)));
    const pane = [];
    const web = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const p = await timePane(browser);
      const w = await timeWeb(browser);
      if (i > 0) {
        // the first run warms the browser's disk cache; a user's second open is like the rest
        pane.push(p);
        web.push(w);
      }
    }
    const ms = (xs: number[]) => `${Math.round(median(xs))} ms`;
    console.log(`task pane first render (example, fake Excel)   ${ms(pane.map((x) => x.render))}   budget < 1000 ms`);
    console.log(`task pane 生成报告 → score shown               ${ms(pane.map((x) => x.report))}`);
    console.log(`web page first render                          ${ms(web.map((x) => x.render))}`);
    console.log(`web page open example.xlsx → tabs shown        ${ms(web.map((x) => x.open))}`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
