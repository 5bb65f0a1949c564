/**
 * The task pane as a guided workflow, in zh-CN and en-US over the fake Excel holding the
 * example: progress while a slow first read runs, the steps, a scheme change that re-scores at
 * once, every score row explained with its source cells going to the cell, and a finding's 说明
 * saved in the workbook's 报告文字 sheet and read back. Screenshots of every tab go to test/artifacts/.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { ROOT, buildFakeExcelScript, ensureProductionBuild } from './buildDist';
import { expectEveryRowExplained } from './scoreRows';
import { ARTIFACTS, Browser, injectFakeExcel, openBrowser } from './harness';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { analyse } from '../../src/core/analyse';
import { formatScore } from '../../src/core/money';
import { a1 } from '../../src/core/grid/address';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';

const WORDS = {
  'zh-CN': {
    report: '报告',
    scores: '指标与评分',
    review: /审核/,
    data: '数据',
    scheme: '评分方案',
    writeNote: '写说明',
    saveNote: '保存说明',
    reading: '正在读取工作簿',
  },
  'en-US': {
    report: 'Report',
    scores: 'Score',
    review: /Checks/,
    data: 'Data',
    scheme: 'Scoring scheme',
    writeNote: 'Write a note',
    saveNote: 'Save note',
    reading: 'Reading the workbook',
  },
} as const;

const EXAMPLE = path.join(ROOT, 'examples', 'zhuhui-2022.xlsx');
const HUNAN = '湖南部门整体';
let fakeScript: string;
let expected: { before: string; after: string; sheet: string; cell: string; noteKey: string };

beforeAll(async () => {
  ensureProductionBuild();
  fakeScript = await buildFakeExcelScript();
  const snapshot = readSnapshot(await loadWorkbookFile(EXAMPLE));
  const f = analyse(snapshot).findings.find((x) => x.code === 'P1.T3.project')!;
  const cell = a1(f.at.row!, f.at.col!);
  expected = {
    before: formatScore(analyse(snapshot).scoring.total),
    after: formatScore(analyse(snapshot, { scheme: HUNAN }).scoring.total),
    sheet: f.at.sheet!,
    cell,
    noteKey: `审核说明：${f.at.sheet}!${cell}`,
  };
}, 600_000);

async function openPane(locale: 'zh-CN' | 'en-US', workbook: ExcelJS.Workbook, syncDelayMs = 0) {
  const browser = await openBrowser(locale);
  await injectFakeExcel(browser.context, fakeScript, excelJsToFakeData(workbook));
  if (syncDelayMs > 0)
    await browser.context.addInitScript({ content: `window.__fakeExcel.book.syncDelayMs = ${syncDelayMs};` });
  const page = await browser.context.newPage();
  await page.goto(`${browser.baseUrl}/taskpane.html`);
  return { browser, page };
}

const fake = <T>(page: Page, fn: string): Promise<T> =>
  page.evaluate(`(() => { const excel = window.__fakeExcel; return ${fn}; })()`) as Promise<T>;

const noteCells = (page: Page) =>
  fake<unknown[]>(
    page,
    "Array.from(excel.book.findSheet('报告文字').cells.values()).map(function (c) { return c.value; })",
  );

describe.each(['zh-CN', 'en-US'] as const)('the guided task pane (%s)', (locale) => {
  const w = WORDS[locale];
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `guided-${locale}-${name}.png`) });

  beforeAll(async () => {
    ({ browser, page } = await openPane(locale, await loadWorkbookFile(EXAMPLE), 400));
  }, 120_000);
  afterAll(async () => browser?.close());

  it('shows progress from the first read, then where the workbook stands on each step', async () => {
    const progress = page.getByTestId('first-read');
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.textContent()).toContain(w.reading);
    await page.getByRole('progressbar').first().waitFor();
    await shot('00-first-read');
    await progress.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.getByTestId('step-scores').textContent()).toContain(expected.before);
    expect(await page.getByTestId('step-review').textContent()).toMatch(/1/);
    await shot('01-report');
  });

  it('re-scores at once when another scheme is picked, and says what changed', async () => {
    await page.getByRole('combobox', { name: w.scheme }).selectOption(HUNAN);
    await page.getByTestId('score-change').waitFor();
    expect(await page.getByTestId('score-change').textContent()).toContain(`${expected.before} → ${expected.after}`);
    await page.getByRole('tab', { name: w.scores }).click();
    expect(await page.getByTestId('total').textContent()).toContain(expected.after);
    expect(expected.after).not.toBe(expected.before);
  });

  it('explains every score row: target, actual, rule, points lost, reason or what to fill in, sources', async () => {
    expect(await expectEveryRowExplained(page, locale)).toBeGreaterThan(5);
    expect(await page.getByTestId('grade-bands').textContent()).toContain('90');
    expect(await page.getByTestId('group-subtotal').count()).toBeGreaterThan(2);
    await shot('02-scores');
  });

  it('goes to a source cell when it is clicked', async () => {
    const link = page.getByTestId('score-sources').getByTestId('cell-ref').first();
    const label = (await link.textContent())!;
    await link.click();
    await page.waitForFunction(() => (window as any).__fakeExcel.book.selection !== null);
    const selection = await fake<{ sheet: string; address: string }>(page, 'excel.book.selection');
    expect(label).toBe(`${selection.sheet}!${selection.address.split('!').pop()}`);
  });

  it('shows a finding with what to do and both cells, and keeps its 说明 in the 报告文字 sheet', async () => {
    await page.getByRole('tab', { name: w.review }).click();
    const finding = page.locator('li.finding', { hasText: `${expected.sheet}!${expected.cell}` }).first();
    await finding.waitFor();
    expect((await finding.getByTestId('finding-fix').textContent())!.length).toBeGreaterThan(10);
    expect(await finding.getByTestId('finding-cells').getByTestId('cell-ref').count()).toBeGreaterThan(1);
    await finding.getByRole('button', { name: w.writeNote }).click();
    const note = `项目支出含年中追加资金（${locale}）。`;
    await finding.getByRole('textbox').fill(note);
    await shot('03-review-note');
    await finding.getByRole('button', { name: w.saveNote }).click();
    // Saved: the box closes and the finding shows the 说明 read back from the workbook.
    await finding.getByRole('textbox').waitFor({ state: 'detached', timeout: 15_000 });
    await finding.getByTestId('finding-note').filter({ hasText: note }).waitFor({ timeout: 15_000 });
    const cells = await noteCells(page);
    expect(cells.slice(-4)).toEqual(expect.arrayContaining([expected.noteKey, note]));
    await shot('04-review-saved');
    await page.getByRole('tab', { name: w.data }).click();
    const readings = await page.getByTestId('table-reading').allTextContents();
    expect(readings.length).toBeGreaterThan(3);
    // The English pane names the fields in English; the user's header text stays as typed (in quotes).
    if (locale === 'en-US') for (const text of readings) expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    await shot('05-data');
  });
});

describe('a 说明 already in the workbook', () => {
  it('is read back into its finding when the pane opens', async () => {
    const workbook = await loadWorkbookFile(EXAMPLE);
    const sheet = workbook.getWorksheet('报告文字')!;
    sheet.addRow([expected.noteKey, '已在报告文字表写明的说明。']);
    const { browser, page } = await openPane('zh-CN', workbook);
    try {
      await page.getByRole('tab', { name: /审核/ }).click();
      const finding = page.locator('li.finding', { hasText: `${expected.sheet}!${expected.cell}` }).first();
      await finding
        .getByTestId('finding-note')
        .filter({ hasText: '已在报告文字表写明的说明。' })
        .waitFor({ timeout: 30_000 });
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('the pane opened outside Excel', () => {
  it('cannot make a report and links to the web page', async () => {
    const browser = await openBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${browser.baseUrl}/taskpane.html`);
      const link = page.getByRole('alert').getByRole('link');
      await link.waitFor({ timeout: 30_000 });
      expect(await link.getAttribute('href')).toBe(`${browser.baseUrl}/web.html`);
      expect(await page.getByRole('button', { name: '生成报告' }).isDisabled()).toBe(true);
      expect(await page.getByTestId('step-report').textContent()).toBe('需在 Excel 中生成');
      await page.screenshot({ path: path.join(ARTIFACTS, 'guided-outside-excel.png') });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
