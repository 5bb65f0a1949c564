/**
 * The task pane under Office's dark theme (Office.context.officeTheme), zh-CN and en-US, over the
 * fake Excel holding the example: every tab, with the report made and a finding's 说明 open, is
 * readable — each piece of text against what is behind it has the contrast WCAG asks (4.5:1, 3:1
 * for large text; disabled controls aside). Screenshots of every tab go to test/artifacts/
 * (dark-<locale>-*.png).
 */
import * as path from 'path';
import { Page } from 'playwright-core';
import { ROOT, buildFakeExcelScript, ensureProductionBuild } from './buildDist';
import { ARTIFACTS, Browser, injectFakeExcel, injectOfficeTheme, openBrowser } from './harness';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';

const TABS = {
  'zh-CN': { report: '报告', review: /审核/, scores: '指标与评分', data: '数据', generate: '生成报告', writeNote: '写说明' },
  'en-US': { report: 'Report', review: /Checks/, scores: 'Score', data: 'Data', generate: 'Make report', writeNote: 'Write a note' },
} as const;

/** Text whose contrast with its background is below WCAG's minimum, as `text (ratio: colour on background)`. */
function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const m = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1) as Rgba;
    };
    const background = (el: Element | null): Rgba => {
      if (!el) return [255, 255, 255, 1];
      const own = parse(getComputedStyle(el).backgroundColor);
      if (own[3] >= 1) return own;
      const below = background(el.parentElement);
      return own[3] === 0 ? below : over(own, below);
    };
    const luminance = (c: Rgba) => {
      const [r, g, b] = [0, 1, 2].map((i) => {
        const v = c[i] / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('#root *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
      if (!own || el.getClientRects().length === 0 || el.closest('[disabled],[aria-disabled="true"]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        out.push(`${el.textContent!.trim().slice(0, 30)} (${ratio.toFixed(2)}: ${style.color} on rgb(${bg.slice(0, 3).join(', ')}))`);
    }
    return out;
  });
}

describe.each(['zh-CN', 'en-US'] as const)('the pane in Office’s dark theme (%s)', (locale) => {
  const w = TABS[locale];
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `dark-${locale}-${name}.png`), fullPage: true });

  beforeAll(async () => {
    ensureProductionBuild();
    const fakeScript = await buildFakeExcelScript();
    const workbook = await loadWorkbookFile(path.join(ROOT, 'examples', 'zhuhui-2022.xlsx'));
    browser = await openBrowser(locale);
    await injectOfficeTheme(browser.context, '#262626');
    await injectFakeExcel(browser.context, fakeScript, excelJsToFakeData(workbook));
    page = await browser.context.newPage();
    await page.goto(`${browser.baseUrl}/taskpane.html`);
    await page.getByTestId('step-scores').filter({ hasText: /\d/ }).waitFor({ timeout: 60_000 });
  }, 600_000);
  afterAll(async () => browser?.close());

  it('is dark, and the report tab is readable before and after the report is made', async () => {
    const body = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
    expect(body).toBe('rgb(41, 41, 41)'); // webDarkTheme's colorNeutralBackground1
    expect(await lowContrast(page)).toEqual([]);
    // The check sees what it must: the grey the 数据 tab's reading lines had (#605e5c) on the dark body.
    await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.id = 'probe';
      probe.style.color = '#605e5c';
      probe.textContent = 'grey';
      document.querySelector('#root .fui-FluentProvider')!.appendChild(probe);
    });
    expect(await lowContrast(page)).toEqual([expect.stringMatching(/^grey \(2\.\d\d: /)]);
    await page.evaluate(() => document.getElementById('probe')!.remove());
    await page.getByRole('button', { name: w.generate }).click();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    expect(await lowContrast(page)).toEqual([]);
    await shot('01-report');
  });

  it('has a readable review tab: severity badges, what to do, cells, the 说明 box', async () => {
    await page.getByRole('tab', { name: w.review }).click();
    await page.locator('li.finding').first().waitFor();
    await page.locator('li.finding').first().getByRole('button', { name: w.writeNote }).click();
    expect(await lowContrast(page)).toEqual([]);
    await shot('02-review');
  });

  it('has a readable score tab and data tab', async () => {
    await page.getByRole('tab', { name: w.scores }).click();
    await page.getByTestId('score-row').first().waitFor();
    expect(await lowContrast(page)).toEqual([]);
    await shot('03-scores');
    await page.getByRole('tab', { name: w.data }).click();
    await page.getByTestId('table-reading').first().waitFor();
    expect(await lowContrast(page)).toEqual([]);
    await shot('04-data');
  });
});
