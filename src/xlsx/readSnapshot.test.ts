import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { cellAt } from '../core/grid/snapshot';
import { loadWorkbookBuffer, readSnapshot, WorkbookReadError } from './readSnapshot';
import { loadWorkbookFile } from './exceljsFile';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出决算表');
  ws.getCell('A1').value = '支出决算表';
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = { richText: [{ text: '单位：' }, { text: '万元', font: { bold: true } }] };
  ws.getCell('A3').value = 1234.5;
  ws.getCell('A3').numFmt = '#,##0.00';
  ws.getCell('B3').value = '1,234.56';
  ws.getCell('C3').value = { formula: 'A3*2', result: 2469 } as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = { formula: '#REF!+1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('B4').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('C4').value = true;
  ws.getCell('A5').value = { text: '链接文字', hyperlink: 'https://example.org' };
  ws.getCell('B5').value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell('A6').value = { formula: 'A3+1', result: 1235.5 } as ExcelJS.CellFormulaValue;
  ws.getCell('B6').value = { sharedFormula: 'A6', result: 7 } as unknown as ExcelJS.CellValue;
  ws.getCell('A8').value = '注：末行';
  ws.getCell('A9').value = { formula: 'A3-A3', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('B9').value = { formula: 'A3<0', result: false } as ExcelJS.CellFormulaValue;
  ws.getCell('C9').value = { formula: 'A3*3' } as ExcelJS.CellFormulaValue;
  wb.addWorksheet('空表');
  return wb;
}

describe('readSnapshot after an .xlsx round trip', () => {
  let sheet: ReturnType<typeof readSnapshot>['sheets'][number];
  beforeAll(async () => {
    sheet = readSnapshot(await roundTrip(sourceWorkbook())).sheets[0];
  });

  test('merged cells are 0-based rects, the slave cells blank but readable through cellAt', () => {
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheet.values[0]).toEqual(['支出决算表']);
    expect(cellAt(sheet, 0, 2)).toBe('支出决算表');
  });

  test('rich text is flattened, text numbers stay text, numbers stay numbers', () => {
    expect(sheet.values[1]).toEqual(['单位：万元']);
    expect(sheet.values[2][0]).toBe(1234.5);
    expect(sheet.values[2][1]).toBe('1,234.56');
  });

  test('formula cells give their cached result, shared formulas too, and errors become {error}', () => {
    expect(sheet.values[2][2]).toBe(2469);
    expect(sheet.values[3]).toEqual([{ error: '#REF!' }, { error: '#DIV/0!' }, true]);
    expect(sheet.values[5]).toEqual([1235.5, 7]);
  });

  test('a formula whose cached result is 0 or FALSE reads as 0 or FALSE, one never computed as blank', () => {
    expect(sheet.values[8]).toEqual([0, false]);
  });

  test('a hyperlink reads as its text and a date as its Excel serial number', () => {
    expect(sheet.values[4]).toEqual(['链接文字', 44926]);
  });

  test('number formats have the values’ shape, General as null; blank rows stay as empty rows', () => {
    expect(sheet.numberFormats?.[2]).toEqual(['#,##0.00', null, null]);
    expect(sheet.values[6]).toEqual([]);
    expect(sheet.values[7]).toEqual(['注：末行']);
    expect(sheet.values).toHaveLength(9);
  });

  test('an empty sheet is an empty snapshot and no sheet is the report without the mark', async () => {
    const snap = readSnapshot(await roundTrip(sourceWorkbook()));
    expect(snap.sheets[1]).toEqual({ name: '空表', values: [], merges: [], numberFormats: [] });
    expect(snap.sheets.some((s) => s.isReport)).toBe(false);
  });
});

test('the sheet the PerfReport_Owner name points at is the report', async () => {
  const wb = sourceWorkbook();
  wb.addWorksheet('绩效自评报告').getCell('A1').value = '报告';
  wb.definedNames.add("'绩效自评报告'!$A$1", 'PerfReport_Owner');
  const snap = readSnapshot(await roundTrip(wb));
  expect(snap.sheets.filter((s) => s.isReport).map((s) => s.name)).toEqual(['绩效自评报告']);
});

describe('loading a file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-read-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a missing file is a WorkbookReadError saying 找不到文件', async () => {
    await expect(loadWorkbookFile(path.join(dir, 'nope.xlsx'))).rejects.toThrow(/^找不到文件/);
  });

  test('a text file is not an .xlsx', async () => {
    const file = path.join(dir, 'a.xlsx');
    fs.writeFileSync(file, '项目,金额\n');
    await expect(loadWorkbookFile(file)).rejects.toBeInstanceOf(WorkbookReadError);
  });

  test('an .xls (or password-protected) workbook is told to be saved as .xlsx', async () => {
    const file = path.join(dir, 'old.xls');
    fs.writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expect(loadWorkbookFile(file)).rejects.toThrow(
      /old\.xls：这是旧版 Excel 97-2003（\.xls）文件.*另存为 \.xlsx/,
    );
  });

  test('a truncated zip is reported as corrupt', async () => {
    const file = path.join(dir, 'cut.xlsx');
    const full = Buffer.from((await sourceWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
    fs.writeFileSync(file, full.subarray(0, 200));
    await expect(loadWorkbookFile(file)).rejects.toThrow(/无法读取/);
  });

  test('a real file loads', async () => {
    const file = path.join(dir, 'ok.xlsx');
    await sourceWorkbook().xlsx.writeFile(file);
    expect(readSnapshot(await loadWorkbookFile(file)).sheets.map((s) => s.name)).toEqual(['支出决算表', '空表']);
  });
});
