/**
 * The web page (dist/web.html) in headless Chromium: an .xlsx chosen in the browser is
 * checked and scored, the report is made, and the downloaded workbook holds the same report
 * sheet the CLI writes — with every other sheet unchanged. A file that is not an .xlsx gets a
 * clear message. 下载 Word 报告 builds the .docx in the browser with the CLI's text. Screenshots
 * go to test/artifacts/.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Page } from 'playwright-core';
import { ROOT, ensureProductionBuild } from './buildDist';
import { ARTIFACTS, Browser, openBrowser } from './harness';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { loadWorkbookBuffer, readSnapshot } from '../../src/xlsx/readSnapshot';
import { spliceWorkbook } from '../../src/xlsx/package/splice';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { DEFAULT_REPORT_SHEET } from '../../src/core/report/sheet';
import { packDocx } from '../../src/docx/buildDocx';
import { snapshotOfFile } from '../support/workbookIO';
import { calendarDay } from '../../src/app/today';
import { docxLines, docxPart } from '../support/docxText';

/** The page dates its report by the machine's clock (成文日期); the engine here takes the same day. */
const TODAY = { today: calendarDay() };

const EXAMPLE = path.join(ROOT, 'examples', 'zhuhui-2022.xlsx');

let browser: Browser;
let page: Page;
let dir: string;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
const fileInput = () => page.locator('input[type=file]');

/** The cells of a sheet as [address, formula or value] pairs, for comparing two writers. */
function cellsOf(ws: ExcelJS.Worksheet): [string, unknown][] {
  const out: [string, unknown][] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { formula?: string; result?: unknown } | null;
      out.push([cell.address, v && typeof v === 'object' && 'formula' in v ? [v.formula, v.result] : v]);
    }),
  );
  return out;
}

async function download(): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载工作簿（含报告）' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('zhuhui-2022-报告.xlsx');
  const target = path.join(dir, `download-${Date.now()}.xlsx`);
  await file.saveAs(target);
  return loadWorkbookFile(target);
}

beforeAll(async () => {
  ensureProductionBuild();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-report-web-'));
  browser = await openBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`${browser.baseUrl}/web.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the web page for .xlsx files', () => {
  it('says plainly when a file is not an .xlsx, and when it is an old .xls', async () => {
    await page.getByRole('button', { name: '选择工作簿（.xlsx）…' }).waitFor({ timeout: 30_000 });
    const csv = path.join(dir, '决算.xlsx');
    fs.writeFileSync(csv, '项目,金额\n合计,1\n');
    await fileInput().setInputFiles(csv);
    await page.getByRole('alert').filter({ hasText: '不是 .xlsx 文件：决算.xlsx' }).waitFor();
    const xls = path.join(dir, '决算.xls');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await fileInput().setInputFiles(xls);
    await page.getByRole('alert').filter({ hasText: '决算.xls：这是旧版 Excel 97-2003（.xls）文件' }).waitFor();
    await shot('web-01-not-xlsx.png');
  });

  it('opens the example, makes the report and shows 88 and 良 with the 项目支出 finding', async () => {
    await fileInput().setInputFiles(EXAMPLE);
    await page.getByText('当前工作簿：zhuhui-2022.xlsx').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: '下载工作簿（含报告）' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '生成报告' }).click();
    const summary = page.getByTestId('summary');
    await summary.filter({ hasText: '得分 88 分' }).waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toContain('等级“良”');
    await page.getByRole('tab', { name: /审核/ }).click();
    const finding = page.locator('li.finding', { hasText: 'Z03 支出决算表(财决04表)!G6：项目支出合计 640.68 万元' });
    await finding.waitFor();
    expect(await finding.getAttribute('role')).toBeNull(); // no Excel to go to: listed with its cell, not a link
    // Instead, the rows around its cell, the cell marked.
    expect(await finding.getByTestId('finding-rows').locator('td[data-here]').textContent()).toBe('640.68');
    await shot('web-02-review.png');
  });

  it('downloads the workbook with the same report sheet the CLI writes and every other sheet as it was', async () => {
    const downloaded = await download();
    const original = await loadWorkbookFile(EXAMPLE);
    // The CLI's output: the example's package with the report spliced in (src/xlsx/package/splice.ts).
    const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
    const report = buildReportSheet(analyse(readSnapshot(original), TODAY), DEFAULT_REPORT_SHEET);
    const cli = await loadWorkbookBuffer(spliceWorkbook(bytes, { report }).bytes);
    expect(downloaded.worksheets.map((ws) => ws.name)).toEqual(cli.worksheets.map((ws) => ws.name));
    expect(cellsOf(downloaded.getWorksheet(DEFAULT_REPORT_SHEET)!)).toEqual(
      cellsOf(cli.getWorksheet(DEFAULT_REPORT_SHEET)!),
    );
    for (const ws of original.worksheets) expect(cellsOf(downloaded.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
    const again = analyse(readSnapshot(downloaded));
    expect(again.scoring.total.toString()).toBe('88');
  });

  it('inserts a missing template sheet into the workbook to download', async () => {
    await page.getByRole('tab', { name: '数据' }).click();
    await page
      .getByTestId('missing-tables')
      .locator('li', { hasText: '一般公共预算财政拨款支出决算表' })
      .getByRole('button', { name: '插入模板表' })
      .click();
    const inserted = page.getByRole('alert').filter({ hasText: '已插入工作表：一般公共预算财政拨款支出决算表' });
    await inserted.waitFor();
    // The page cannot fill the sheet: it says where to, and to open the file again.
    expect(await inserted.textContent()).toContain('在 Excel 或 WPS 中');
    await shot('web-03-template.png');
    const downloaded = await download();
    expect(downloaded.getWorksheet('一般公共预算财政拨款支出决算表')!.getCell('A1').value).toBe(
      '一般公共预算财政拨款支出决算表',
    );
  });

  it('clears the older success notice when another file fails to open', async () => {
    // The template inserted above left its success notice in the tabs' message bar.
    await page.getByRole('alert').filter({ hasText: '已插入工作表' }).waitFor();
    const bad = path.join(dir, '损坏.xlsx'); // downloaded above: no question before opening another file
    fs.writeFileSync(bad, 'not a workbook');
    await fileInput().setInputFiles(bad);
    await page.getByRole('alert').filter({ hasText: '损坏.xlsx' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: '已插入工作表' }).count()).toBe(0);
  });

  it('opens a workbook with a chart without a warning, and its download keeps the chart part as it was', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file('xl/charts/chart1.xml', chart);
    const charted = path.join(dir, '带图表.xlsx');
    fs.writeFileSync(charted, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    // A report made again and not downloaded: opening another file asks first.
    await page.getByRole('tab', { name: '报告' }).click();
    await page.getByRole('button', { name: '刷新报告' }).click();
    await page.getByText('报告、模板表或说明只在本页面中').waitFor();
    let asked = '';
    page.once('dialog', (d) => ((asked = d.message()), void d.accept()));
    await fileInput().setInputFiles(charted);
    await page.getByText('当前工作簿：带图表.xlsx').waitFor({ timeout: 30_000 });
    expect(asked).toContain('“zhuhui-2022.xlsx”中的报告、模板表或说明还没有下载');
    expect(await page.getByRole('alert').filter({ hasText: '不会出现在生成的文件中' }).count()).toBe(0);
    await page.getByRole('tab', { name: '报告' }).click();
    await page.getByRole('button', { name: /生成报告|刷新报告/ }).click();
    await page.getByText('报告、模板表或说明只在本页面中').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载工作簿（含报告）' }).click(),
    ]);
    const target = path.join(dir, 'charted-download.xlsx');
    await file.saveAs(target);
    const written = await JSZip.loadAsync(fs.readFileSync(target));
    expect(await written.file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
  });

  it('下载 Word 报告 builds the .docx in the browser with the CLI’s text and warns the author of the error left', async () => {
    await page.locator('input[type=file]').setInputFiles(EXAMPLE);
    await page.getByText('当前工作簿：zhuhui-2022.xlsx').waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Word 报告' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('zhuhui-2022-报告.docx');
    const target = path.join(dir, 'web.docx');
    await file.saveAs(target);
    await page.getByRole('alert').filter({ hasText: 'Word 报告已生成，但审核仍有 1 个错误未解决' }).waitFor();
    await page.waitForSelector('button:has-text("下载 Word 报告"):not([disabled])');
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-04-docx.png'), fullPage: true });

    const web = docxLines(await docxPart(fs.readFileSync(target), 'word/document.xml'));
    const made = { at: new Date(), workbookName: 'zhuhui-2022.xlsx' };
    const node = docxLines(
      await docxPart(await packDocx(analyse(await snapshotOfFile(EXAMPLE), TODAY).report, made), 'word/document.xml'),
    );
    expect(web.slice(0, -1)).toEqual(node.slice(0, -1));
    expect(web[web.length - 1]).toMatch(
      /^本报告数据取自工作簿“zhuhui-2022\.xlsx”，于\d{4}年\d{1,2}月\d{1,2}日\d\d:\d\d导出。$/,
    );
    expect(web.join('\n')).not.toContain('审核发现');
  });

  it('previews the report as HTML with the text of the .docx, paragraph by paragraph and row by row', async () => {
    await page.getByRole('button', { name: '预览报告' }).click();
    const preview = page.getByTestId('preview');
    await preview.waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-05-preview.png') });
    const lines = (await preview.evaluate((root) =>
      Array.from(root.children).flatMap((el) =>
        el.tagName === 'TABLE'
          ? Array.from(el.querySelectorAll('tr')).map((tr) =>
              Array.from(tr.children)
                .map((c) => c.textContent ?? '')
                .join(' | '),
            )
          : [el.textContent ?? ''],
      ),
    )) as string[];
    const node = docxLines(
      await docxPart(
        await packDocx(analyse(await snapshotOfFile(EXAMPLE), TODAY).report, { at: new Date(), workbookName: 'x.xlsx' }),
        'word/document.xml',
      ),
    );
    expect(lines.length).toBeGreaterThan(100);
    expect(lines).toEqual(node.slice(0, -1));
    await page.getByRole('button', { name: '收起预览' }).click();
    await preview.waitFor({ state: 'detached' });
  });
});
