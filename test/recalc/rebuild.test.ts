/**
 * Re-making the report on the real example (spec/report.md "Ownership and safety"), beyond
 * the ExcelJS writer's own tests (src/xlsx/writeReport.test.ts uses a tiny report and compares
 * values only): building twice gives the same report and one report sheet, and a user's own
 * unmarked `绩效自评报告` sheet survives with its values, formulas, styles, sizes and merges.
 */
import ExcelJS from 'exceljs';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { DEFAULT_REPORT_SHEET } from '../../src/core/report/sheet';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { markedSheetName, readSnapshot } from '../../src/xlsx/readSnapshot';
import { makeReport, reloaded, sheetOf } from './recalcSupport';

/** Everything a person sees of a sheet: cell values (formulas with results), styles, merges, sizes. */
function picture(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push([cell.address, cell.value, JSON.stringify(cell.style), cell.note ?? null]),
    ),
  );
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => rows.push([r, row.height ?? null, row.hidden]));
  const columns = (ws.columns ?? []).map((c) => [c.width ?? null, c.hidden ?? false]);
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return {
    name: ws.name,
    cells,
    rows,
    columns,
    merges,
    views: ws.views,
    pageSetup: ws.pageSetup,
    tabColor: ws.properties.tabColor ?? null,
  };
}

/** A user's sheet named like the report, with styles a person would notice if they were lost. */
function addUserSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(DEFAULT_REPORT_SHEET);
  ws.getCell('A1').value = '我自己的绩效自评报告草稿';
  ws.getCell('A1').font = { name: '黑体', size: 18, bold: true, color: { argb: 'FF1F4E79' } };
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = 1234.5;
  ws.getCell('A2').numFmt = '#,##0.00';
  ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B2').value = { formula: 'A2*2', result: 2469 } as ExcelJS.CellFormulaValue;
  ws.getCell('B2').border = { bottom: { style: 'double', color: { argb: 'FFFF0000' } } };
  ws.getCell('C2').value = '=不是公式';
  ws.getCell('C2').alignment = { wrapText: true, vertical: 'top', horizontal: 'right' };
  ws.getCell('D3').note = '批注';
  ws.getRow(2).height = 33;
  ws.getColumn(3).width = 41;
  ws.properties.tabColor = { argb: 'FF00B050' };
}

test('building the example report twice gives the same report and one report sheet', async () => {
  const wb = await loadWorkbookFile('examples/zhuhui-2022.xlsx');
  const sourceNames = wb.worksheets.map((w) => w.name);
  const first = makeReport(wb);
  const once = await reloaded(wb);
  const firstPicture = picture(sheetOf(once, first.sheetName));
  const second = makeReport(once);
  const twice = await reloaded(once);

  // The marked report sheet is not read as a source: the second analysis sees the same tables.
  expect(second.sheet).toEqual(first.sheet);
  expect(second.sheetName).toBe(first.sheetName);
  expect(twice.worksheets.map((w) => w.name)).toEqual([...sourceNames, first.sheetName]);
  expect(markedSheetName(twice)).toBe(first.sheetName);
  expect(
    readSnapshot(twice)
      .sheets.filter((s) => s.isReport)
      .map((s) => s.name),
  ).toEqual([first.sheetName]);
  expect(picture(sheetOf(twice, first.sheetName))).toEqual(firstPicture);
});

test('an unmarked 绩效自评报告 sheet survives two builds with its values, formulas and styles, and the report goes next to it', async () => {
  const start = await loadWorkbookFile('examples/zhuhui-2022.xlsx');
  addUserSheet(start);
  const before = await reloaded(start);
  // ExcelJS itself drifts a little on a round trip (a note-only row, useFirstPageNumber): the
  // baseline goes through as many round trips as the built workbook, without a report.
  const userBefore = picture(sheetOf(await reloaded(await reloaded(before)), DEFAULT_REPORT_SHEET));
  const snapshotBefore = readSnapshot(before).sheets.find((s) => s.name === DEFAULT_REPORT_SHEET);

  const wb = await reloaded(before);
  const first = makeReport(wb);
  const once = await reloaded(wb);
  const second = makeReport(once);
  const twice = await reloaded(once);

  expect([first.sheetName, second.sheetName]).toEqual([`${DEFAULT_REPORT_SHEET} (2)`, `${DEFAULT_REPORT_SHEET} (2)`]);
  // The user's sheet is not read as a source table either way: the report is the one without it.
  expect(first.sheet.cells).toEqual(
    buildReportSheet(analyse(readSnapshot(await loadWorkbookFile('examples/zhuhui-2022.xlsx'))), first.sheetName).cells,
  );
  expect(twice.worksheets.filter((w) => w.name.startsWith(DEFAULT_REPORT_SHEET)).map((w) => w.name)).toEqual([
    DEFAULT_REPORT_SHEET,
    `${DEFAULT_REPORT_SHEET} (2)`,
  ]);
  expect(picture(sheetOf(twice, DEFAULT_REPORT_SHEET))).toEqual(userBefore);
  expect(readSnapshot(twice).sheets.find((s) => s.name === DEFAULT_REPORT_SHEET)).toEqual(snapshotBefore);
});
