/**
 * The task pane's Word export in headless Chromium over the fake Excel holding the example: the
 * .docx is built in the pane from one read of the workbook and offered as a download; no
 * sheet is written. (Excel desktop's WebView2 download prompt is not covered: see README.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Page } from 'playwright-core';
import { ROOT, buildFakeExcelScript, ensureProductionBuild } from './buildDist';
import { ARTIFACTS, Browser, injectFakeExcel, openBrowser } from './harness';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';
import { docxLines, docxPart } from '../support/docxText';

let browser: Browser;
let page: Page;
let dir: string;

beforeAll(async () => {
  ensureProductionBuild();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-report-pane-docx-'));
  const workbook = await loadWorkbookFile(path.join(ROOT, 'examples', 'zhuhui-2022.xlsx'));
  browser = await openBrowser();
  await injectFakeExcel(browser.context, await buildFakeExcelScript(), excelJsToFakeData(workbook));
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 350, height: 700 });
  await page.goto(`${browser.baseUrl}/taskpane.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the pane offers the Word report for download without writing into the workbook', async () => {
  const button = page.getByRole('button', { name: '下载 Word 报告' });
  await button.waitFor({ timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // The fake Excel has no document URL: the pane names the file after 当前工作簿.
  expect(file.suggestedFilename()).toBe('当前工作簿-报告.docx');
  const target = path.join(dir, 'pane.docx');
  await file.saveAs(target);
  await page.getByRole('alert').filter({ hasText: '审核仍有 1 个错误未解决' }).waitFor();
  await page.waitForSelector('button:has-text("下载 Word 报告"):not([disabled])');
  await page.screenshot({ path: path.join(ARTIFACTS, '06-pane-docx.png') });
  const lines = docxLines(await docxPart(fs.readFileSync(target), 'word/document.xml'));
  expect(lines[0]).toBe('珠晖区教育局2022年部门整体支出绩效自评报告');
  expect(lines).toContain('六、存在的主要问题');
  expect(lines[lines.length - 1]).toMatch(/^本报告数据取自工作簿“当前工作簿”/);
  const sheets = (await page.evaluate('window.__fakeExcel.book.sheets.map((s) => s.name)')) as string[];
  expect(sheets).not.toContain('绩效自评报告');
});
