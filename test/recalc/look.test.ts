/**
 * The printed report (spec/report.md "Look and print"): the example's report sheet exported to
 * PDF by LibreOffice holds the title, the seven section headings and 附表1, on A4 portrait
 * pages; no paragraph row is shorter than its text needs. The first page is kept as
 * test/artifacts/report-page1.png for a person to look at.
 *
 * What is exported: a workbook holding only the report sheet, written by the ExcelJS writer
 * with the engine's values in place of the formulas. LibreOffice exports every sheet of a
 * workbook, each with its own page setup, so exporting the whole example would also print the
 * source tables (the wide 三公 table, …) and the page checks would be about their pages; and
 * a sheet on its own must hold values, its formulas point at the source sheets. The print
 * area, page setup, styles, merges and heights are the writer's own.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { a1 } from '../../src/core/grid/address';
import { ReportSheet } from '../../src/core/report/sheet';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { writeReport } from '../../src/xlsx/writeReport';
import { pdfWithLibreOffice } from '../support/libreoffice';

const HEADINGS = [
  '一、部门概况',
  '二、部门整体支出管理及使用情况',
  '三、部门项目组织实施情况',
  '四、资产管理情况',
  '五、部门整体支出绩效情况',
  '六、存在的主要问题',
  '七、改进措施和有关建议',
];
const TITLE = '珠晖区教育局2022年部门整体支出绩效自评报告';
const ARTIFACT = path.join(__dirname, '..', 'artifacts', 'report-page1.png');

/** A4 in PostScript points. */
const A4 = { width: 595, height: 842 };

let dir: string;
let sheet: ReportSheet;
let pdf: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-look-'));
  sheet = buildReportSheet(analyse(readSnapshot(await loadWorkbookFile('examples/zhuhui-2022.xlsx'))));
  const valuesOnly: ReportSheet = { ...sheet, cells: sheet.cells.map(({ formula: _formula, ...cell }) => cell) };
  const wb = new ExcelJS.Workbook();
  writeReport(wb, valuesOnly);
  const file = path.join(dir, 'report.xlsx');
  await wb.xlsx.writeFile(file);
  pdf = await pdfWithLibreOffice(file, path.join(dir, 'pdf'));
}, 170_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const tool = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
/** pdftotext breaks lines and may space out CJK: compare without white space. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');

test('the PDF holds the title, the seven section headings and 附表1', () => {
  const text = squeeze(tool('pdftotext', ['-layout', pdf, '-']));
  const missing = [TITLE, ...HEADINGS, '附表1'].filter((h) => !text.includes(squeeze(h)));
  expect(missing).toEqual([]);
});

test('the print area starts at the title: the status line is for the screen, not the paper', () => {
  const status = sheet.cells.find((c) => c.row === 0 && c.col === 0)?.value;
  expect(typeof status).toBe('string');
  const page1 = tool('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
  const firstLine = page1.split('\n').find((l) => l.trim() !== '');
  expect({
    firstLine: squeeze(firstLine ?? ''),
    statusPrinted: squeeze(tool('pdftotext', [pdf, '-'])).includes(squeeze(String(status))),
  }).toEqual({
    firstLine: TITLE,
    statusPrinted: false,
  });
});

test('every printed page is A4 portrait', () => {
  const info = tool('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    page: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
  expect(pages).toBeGreaterThan(1);
  expect(sizes).toHaveLength(pages);
  const off = sizes.filter((s) => Math.abs(s.width - A4.width) > 2 || Math.abs(s.height - A4.height) > 2);
  expect(off).toEqual([]);
});

test('the first page renders to a PNG kept in test/artifacts', () => {
  fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
  fs.rmSync(ARTIFACT, { force: true });
  tool('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, ARTIFACT.replace(/\.png$/, '')]);
  const png = fs.readFileSync(ARTIFACT);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // 60 dpi A4 portrait: about 496 × 702 pixels (IHDR width and height).
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(Math.abs(width - 496) <= 3 && Math.abs(height - 702) <= 3).toBe(true);
});

/**
 * Independent of the layout's own measure: a full-width (CJK) character is as wide as the
 * font size in points, any other character half of it; a column of width w (Excel character
 * units) is 7w + 5 pixels = 0.75 × that in points, less a few points of cell padding; a line
 * needs 1.17 × the font size (Calc's line for 仿宋/黑体 drawn in WenQuanYi Micro Hei, measured
 * by test/print/rowHeights.test.ts; Excel's 仿宋 line is lower, about 1.0 em). This was 1.3,
 * a guess that left up to four blank lines under the paragraphs when printed.
 */
const WIDE =
  /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018\u2019\u201C\u201D\u2026\u2014]/u;
function linesNeeded(text: string, fontPt: number, widthPt: number): number {
  const perLine = Math.floor((2 * (widthPt - 4)) / fontPt); // in half-width units
  return text.split('\n').reduce((n, line) => {
    let units = 0;
    for (const ch of line) units += WIDE.test(ch) ? 2 : 1;
    return n + Math.max(1, Math.ceil(units / perLine));
  }, 0);
}

test('no paragraph row is shorter than its text needs', () => {
  const widthPt = (left: number, right: number) =>
    sheet.columnWidths.slice(left, right + 1).reduce((a, w) => a + Math.trunc(w * 7 + 5) * 0.75, 0);
  const lastCol = sheet.columnWidths.length - 1;
  const blocks = sheet.merges.filter((m) => m.top === m.bottom && m.left === 0 && m.right === lastCol);
  const short: string[] = [];
  let checked = 0;
  for (const m of blocks) {
    const cell = sheet.cells.find((c) => c.row === m.top && c.col === 0);
    if (!cell || typeof cell.value !== 'string' || cell.value === '') continue;
    const font = sheet.styles[cell.style].fontSize;
    const lines = linesNeeded(cell.value, font, widthPt(0, lastCol));
    const need = lines * font * 1.17;
    const height = sheet.rowHeights[m.top] ?? 15;
    checked++;
    if (height < need)
      short.push(
        `${a1(m.top, 0)} (${cell.style} ${font}pt): height ${height} < ${need.toFixed(1)} for ${lines} lines: ${cell.value.slice(0, 40)}…`,
      );
  }
  expect(checked).toBeGreaterThan(30);
  expect(short).toEqual([]);
});
