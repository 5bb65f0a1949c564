/**
 * The production task pane in headless Chromium, over the fake Excel holding the example
 * workbook: make the report, see the score and the findings, go to a finding's cell, and
 * check that auto-refresh follows edits — and stops when switched off. Screenshots (350×700)
 * go to test/artifacts/.
 */
import * as path from 'path';
import { Page } from 'playwright-core';
import { ROOT, buildFakeExcelScript, ensureProductionBuild } from './buildDist';
import { ARTIFACTS, Browser, injectFakeExcel, openBrowser } from './harness';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { analyse } from '../../src/core/analyse';
import { formatScore } from '../../src/core/money';
import { a1 } from '../../src/core/grid/address';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';

let browser: Browser;
let page: Page;
let expected: { total: string; grade: string; sheet: string; cell: string };

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name) });
const fake = <T>(fn: string): Promise<T> =>
  page.evaluate(`(() => { const excel = window.__fakeExcel; return ${fn}; })()`) as Promise<T>;

beforeAll(async () => {
  ensureProductionBuild();
  const fakeScript = await buildFakeExcelScript();
  const workbook = await loadWorkbookFile(path.join(ROOT, 'examples', 'zhuhui-2022.xlsx'));
  const analysis = analyse(readSnapshot(workbook));
  const projectFinding = analysis.findings.find((f) => f.code === 'P1.T3.project')!;
  expected = {
    total: formatScore(analysis.scoring.total),
    grade: analysis.scoring.grade,
    sheet: projectFinding.at.sheet!,
    cell: a1(projectFinding.at.row!, projectFinding.at.col!),
  };
  browser = await openBrowser();
  await injectFakeExcel(browser.context, fakeScript, excelJsToFakeData(workbook));
  page = await browser.context.newPage();
  await page.goto(`${browser.baseUrl}/taskpane.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe('the task pane in Chromium over the fake Excel', () => {
  it('makes the report and shows the score and grade', async () => {
    const button = page.getByRole('button', { name: '生成报告' });
    await button.waitFor({ timeout: 30_000 });
    // Before the first report, the pane says that errors are left and what happens to them.
    await page.getByTestId('errors-before-report').filter({ hasText: '审核有 1 个错误' }).waitFor({ timeout: 30_000 });
    await shot('01-start.png');
    await button.click();
    const summary = page.getByTestId('summary');
    await summary.filter({ hasText: `得分 ${expected.total} 分` }).waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toContain(`等级“${expected.grade}”`);
    expect(expected.total).toBe('88');
    expect(expected.grade).toBe('良');
    expect(await fake<boolean>("excel.book.findSheet('绩效自评报告') !== undefined")).toBe(true);
    await page.getByRole('button', { name: '刷新报告' }).waitFor();
    await shot('02-report.png');
  });

  it('lists the 项目支出 finding, and a click selects its cell in Excel', async () => {
    await page.getByRole('tab', { name: /审核/ }).click();
    const finding = page.locator('li.finding', { hasText: '项目支出合计' });
    await finding.waitFor();
    await shot('03-review.png');
    // The finding's sentence is what goes to the cell (its 说明 box must not).
    await finding.locator('.finding-text').click();
    await page.waitForFunction(() => (window as any).__fakeExcel.book.selection !== null);
    const selection = await fake<{ sheet: string; address: string }>('excel.book.selection');
    expect(selection.sheet).toBe(expected.sheet);
    expect(selection.address.endsWith(`!${expected.cell}`)).toBe(true);
  });

  it('shows the indicators, the scores and the tables found', async () => {
    await page.getByRole('tab', { name: '指标与评分' }).click();
    await page
      .getByTestId('total')
      .filter({ hasText: `${expected.total}` })
      .waitFor();
    await shot('04-scores.png');
    await page.getByRole('tab', { name: '数据' }).click();
    await page.getByText(expected.sheet).first().waitFor();
    await shot('05-data.png');
  });

  it('refreshes after an edit while auto-refresh is on', async () => {
    await page.getByRole('tab', { name: /审核/ }).click();
    const before = (await page.locator('li.finding', { hasText: '项目支出合计' }).first().textContent())!;
    expect(before).toContain(`!${expected.cell}：项目支出合计`);
    await page.getByRole('tab', { name: '报告' }).click();
    const syncs = await fake<number>('excel.book.syncCount');
    // The project total made equal to the projects' sum: the difference finding must go.
    await fake(`excel.book.userEdit(${JSON.stringify(expected.sheet)}, ${JSON.stringify(expected.cell)}, 549.89)`);
    await page.waitForFunction((n) => (window as any).__fakeExcel.book.syncCount > n, syncs, { timeout: 15_000 });
    await page.getByRole('tab', { name: /审核/ }).click();
    // The pane re-read the edited cell; the project-list comparison at that cell is gone.
    await page
      .locator('li.finding', { hasText: `!${expected.cell}：项目支出合计 549.89` })
      .waitFor({ timeout: 15_000 });
    expect(await page.locator('li.finding', { hasText: before.replace(/^\S+\s*/, '') }).count()).toBe(0);
    await shot('06-after-edit.png');
  });

  it('keeps text typed into the report through a refresh, lists it, and gives it up on 放弃修改', async () => {
    await page.getByRole('tab', { name: '报告' }).click();
    const address = await fake<string>(`(function () {
      var cells = excel.book.sheet('绩效自评报告').cells;
      var found = null;
      cells.forEach(function (c, key) { if (!found && String(c.value).indexOf('从整体上看') >= 0 && key.split(',')[1] === '0') found = key; });
      return 'A' + (Number(found.split(',')[0]) + 1);
    })()`);
    const ours = await fake<string>(`excel.book.cellValue('绩效自评报告', '${address}')`);
    const typed = '另补充说明：本年度绩效目标已与财务股逐项核对。';
    await fake(`excel.book.userEdit('绩效自评报告', '${address}', ${JSON.stringify(typed)})`);
    await fake(`excel.book.userEdit(${JSON.stringify(expected.sheet)}, ${JSON.stringify(expected.cell)}, 549.88)`);
    await page
      .getByTestId('edits-kept')
      .filter({ hasText: '报告中有 1 处手工修改，已保留' })
      .waitFor({ timeout: 15_000 });
    expect(await fake<string>(`excel.book.cellValue('绩效自评报告', '${address}')`)).toBe(typed);
    const edit = page.getByTestId(`edit-${address}`);
    expect(await edit.textContent()).toContain(typed);
    await shot('07-edits-kept.png');
    await edit.getByRole('button', { name: '转到单元格' }).click();
    await page.waitForFunction(
      (a) => ((window as any).__fakeExcel.book.selection?.address ?? '').endsWith(`!${a}`),
      address,
    );
    await edit.getByRole('button', { name: '放弃修改' }).click();
    await page.getByTestId('edits-kept').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await fake<string>(`excel.book.cellValue('绩效自评报告', '${address}')`)).toBe(ours);
    expect(await fake<string[]>('excel.book.undoClears')).toEqual([]);
  });

  it('does nothing on edits once auto-refresh is switched off', async () => {
    await page.getByRole('tab', { name: '报告' }).click();
    const toggle = page.getByRole('switch');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    expect(await toggle.isChecked()).toBe(false);
    const before = {
      syncs: await fake<number>('excel.book.syncCount'),
      writes: await fake<number>('excel.book.writes.length'),
      text: await page.getByTestId('last-refreshed').textContent(),
    };
    await fake(`excel.book.userEdit(${JSON.stringify(expected.sheet)}, ${JSON.stringify(expected.cell)}, 640.68)`);
    await page.waitForTimeout(2500);
    expect({
      syncs: await fake<number>('excel.book.syncCount'),
      writes: await fake<number>('excel.book.writes.length'),
      text: await page.getByTestId('last-refreshed').textContent(),
    }).toEqual(before);
    await shot('08-auto-refresh-off.png');
  });

  it('inserts the template sheet of a missing table from the 数据 tab, and then lists it as found', async () => {
    await page.getByRole('tab', { name: '数据' }).click();
    const missing = page.getByTestId('missing-tables').locator('li', { hasText: '一般公共预算财政拨款支出决算表' });
    await missing.waitFor();
    const sheetsBefore = await fake<string[]>('excel.book.sheets.map(function (s) { return s.name; })');
    await missing.getByRole('button', { name: '插入模板表' }).click();
    await page.getByRole('alert').filter({ hasText: '已插入工作表：一般公共预算财政拨款支出决算表' }).waitFor();
    expect(await fake<string[]>('excel.book.sheets.map(function (s) { return s.name; })')).toEqual([
      ...sheetsBefore,
      '一般公共预算财政拨款支出决算表',
    ]);
    expect(await fake<string>("excel.book.cellValue('一般公共预算财政拨款支出决算表', 'A1')")).toBe(
      '一般公共预算财政拨款支出决算表',
    );
    await page.getByRole('cell', { name: '一般公共预算财政拨款支出决算表' }).first().waitFor();
    expect(
      await page.getByTestId('missing-tables').locator('li', { hasText: '一般公共预算财政拨款支出决算表' }).count(),
    ).toBe(0);
    await shot('09-template-inserted.png');
  });
});
