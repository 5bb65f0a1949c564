import ExcelJS from 'exceljs';
import { SheetSnapshot } from '../core/grid/snapshot';
import { loadWorkbookBuffer, markedSheetName, readSnapshot } from './readSnapshot';
import { writeReport } from './writeReport';
import { tinyReport } from '../../test/support/tinyReport';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function userWorkbook(withUserReportSheet = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const t3 = wb.addWorksheet('支出决算表');
  t3.addRows([['支出决算表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['205', '教育支出', 100.5]]);
  t3.mergeCells('A1:C1');
  t3.getCell('C4').numFmt = '#,##0.00';
  t3.getCell('C5').value = { formula: 'C4*2', result: 201 } as ExcelJS.CellFormulaValue;
  if (withUserReportSheet) wb.addWorksheet('绩效自评报告').addRows([['我自己的笔记'], [1, 2, 3]]);
  wb.addWorksheet("张's 表").getCell('B2').value = '=不是公式';
  return wb;
}

const others = (sheets: readonly SheetSnapshot[], except: string[]) => sheets.filter((s) => !except.includes(s.name));

const report = () =>
  tinyReport(
    '绩效自评报告',
    [
      ['珠晖区教育局2022年部门整体支出绩效自评报告'],
      ['=1+1', { f: "'支出决算表'!C4", v: 100.5 }],
      ['+86 电话', '@某人', '-减号'],
    ],
    [{ top: 0, left: 0, bottom: 0, right: 2 }],
  );

test('a user sheet named 绩效自评报告 without the mark survives and the report goes to 绩效自评报告 (2)', async () => {
  const before = readSnapshot(await roundTrip(userWorkbook(true)));
  const wb = await roundTrip(userWorkbook(true));
  expect(writeReport(wb, report())).toEqual({ sheetName: '绩效自评报告 (2)' });
  const after = readSnapshot(await roundTrip(wb));
  expect(others(after.sheets, ['绩效自评报告 (2)'])).toEqual(before.sheets);
  expect(after.sheets.find((s) => s.isReport)?.name).toBe('绩效自评报告 (2)');
});

test('rebuilding twice leaves exactly one report sheet, in the same tab, and other sheets unchanged', async () => {
  const before = readSnapshot(await roundTrip(userWorkbook()));
  let wb = await roundTrip(userWorkbook());
  writeReport(wb, report());
  wb = await roundTrip(wb);
  const second = tinyReport('绩效自评报告', [['第二版'], [42]]);
  expect(writeReport(wb, second).sheetName).toBe('绩效自评报告');
  const after = readSnapshot(await roundTrip(wb));
  expect(after.sheets.map((s) => s.name)).toEqual(['支出决算表', "张's 表", '绩效自评报告']);
  expect(after.sheets.filter((s) => s.isReport)).toHaveLength(1);
  expect(after.sheets[2].values).toEqual([['第二版'], [42]]);
  expect(others(after.sheets, ['绩效自评报告'])).toEqual(before.sheets);
});

test('a renamed report is replaced where it stands, under its new name', async () => {
  const wb = await roundTrip(userWorkbook());
  writeReport(wb, report());
  wb.getWorksheet('绩效自评报告')!.name = '自评';
  const moved = await roundTrip(wb);
  // ExcelJS does not follow renames in defined names: point the mark the way Excel would have.
  (moved.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap = {};
  moved.definedNames.add("'自评'!$A$1", 'PerfReport_Owner');
  moved.addWorksheet('绩效自评报告').getCell('A1').value = '用户的';
  expect(writeReport(moved, report()).sheetName).toBe('自评');
  const after = readSnapshot(await roundTrip(moved));
  expect(after.sheets.map((s) => s.name)).toEqual(['支出决算表', "张's 表", '自评', '绩效自评报告']);
  expect(after.sheets[3].values).toEqual([['用户的']]);
});

test('text from the report that looks like a formula stays a plain string', async () => {
  const wb = await roundTrip(userWorkbook());
  writeReport(wb, report());
  const ws = (await roundTrip(wb)).getWorksheet('绩效自评报告')!;
  expect(ws.getCell('A2').value).toBe('=1+1');
  expect(ws.getCell('A3').value).toBe('+86 电话');
  expect(ws.getCell('B3').value).toBe('@某人');
  expect(ws.getCell('C3').value).toBe('-减号');
  expect(ws.getCell('B2').value).toEqual({ formula: "'支出决算表'!C4", result: 100.5 });
});

test('styles, merges, sizes, page setup, print area, frozen rows, gridlines and tab colour are written', async () => {
  const wb = await roundTrip(userWorkbook());
  const sheet = { ...report(), rowHeights: { 0: 30, 1: 42 } };
  writeReport(wb, { ...sheet, page: { ...sheet.page, printTitleRows: [1, 1] as [number, number] } });
  const back = await roundTrip(wb);
  const ws = back.getWorksheet('绩效自评报告')!;
  expect(ws.getCell('A1').font).toMatchObject({ name: '黑体', size: 20, bold: true });
  expect(ws.getCell('A2').alignment).toMatchObject({ horizontal: 'left', vertical: 'top', wrapText: true, indent: 1 });
  expect(ws.getCell('A2').border.top).toMatchObject({ style: 'thin' });
  expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
  expect(ws.getCell('A2').numFmt).toBe('0.00');
  expect((ws.model as unknown as { merges: string[] }).merges).toEqual(['A1:C1']);
  expect(ws.getRow(2).height).toBe(42);
  expect(ws.getColumn(1).width).toBe(12);
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: 'A1:C3',
    printTitlesRow: '2:2',
  });
  expect(ws.pageSetup.margins).toMatchObject({ left: 0.79, top: 0.98 });
  expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, showGridLines: false });
  expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
  expect(markedSheetName(back)).toBe('绩效自评报告');
});

test('a report that fails half way leaves the previous report and every sheet as they were', async () => {
  const wb = await roundTrip(userWorkbook());
  writeReport(wb, report());
  const before = readSnapshot(await roundTrip(wb));
  const names = wb.worksheets.map((ws) => ws.name);
  const bad = tinyReport(
    '绩效自评报告',
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
    [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ],
  );
  expect(() => writeReport(wb, bad)).toThrow(/overlap/);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(names);
  expect(readSnapshot(await roundTrip(wb))).toEqual(before);
});

test('merges registered past ExcelJS read back exactly as its own mergeCells writes them', async () => {
  const rows: string[][] = Array.from({ length: 120 }, (_, r) => [`第${r + 1}段`, '', '', r === 2 ? '块' : '', '']);
  const merges = rows.map((_, r) =>
    r % 3 === 2 ? { top: r, left: 0, bottom: r, right: 1 } : { top: r, left: 0, bottom: r, right: 2 },
  );
  merges.push({ top: 2, left: 3, bottom: 5, right: 4 }); // a block merge beside row merges
  const fast = new ExcelJS.Workbook();
  writeReport(fast, tinyReport('绩效自评报告', rows, merges));
  // The same sheet merged through ExcelJS's public, checking API.
  const slow = new ExcelJS.Workbook();
  writeReport(slow, tinyReport('绩效自评报告', rows));
  const plain = slow.getWorksheet('绩效自评报告')!;
  for (const m of merges) plain.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const sheetOf = async (wb: ExcelJS.Workbook) => (await roundTrip(wb)).getWorksheet('绩效自评报告')!;
  const [a, b] = [await sheetOf(fast), await sheetOf(slow)];
  const mergesOf = (ws: ExcelJS.Worksheet) => [...(ws.model as unknown as { merges: string[] }).merges].sort();
  expect(mergesOf(a)).toEqual(mergesOf(b));
  expect(mergesOf(a)).toHaveLength(merges.length);
  const cellsOf = (ws: ExcelJS.Worksheet) =>
    ws.getRows(1, rows.length)!.flatMap((row) =>
      [1, 2, 3, 4, 5].map((c) => {
        const cell = row.getCell(c);
        return { address: cell.address, type: cell.type, master: cell.master.address, style: cell.style };
      }),
    );
  expect(cellsOf(a)).toEqual(cellsOf(b));
  expect(a.getCell('C2').master.address).toBe('A2');
  expect(a.getCell('E6').master.address).toBe('D3');
});
