/**
 * The lean reader (src/xlsx/read) gives the snapshot ExcelJS's reader gives, on the example and
 * on every workbook of the bad-input corpus, so swapping readers changes no figure.
 */
import fs from 'fs';
import ExcelJS from 'exceljs';
import { corpusCases } from '../corpus/cases';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { loadWorkbookBuffer, readSnapshot } from '../../src/xlsx/readSnapshot';
import { EXAMPLE } from './fixtures';

async function both(bytes: Uint8Array) {
  return { lean: readWorkbookBytesToSnapshot(bytes).snapshot, exceljs: readSnapshot(await loadWorkbookBuffer(bytes)) };
}

test('the example reads the same through both readers', async () => {
  const { lean, exceljs } = await both(new Uint8Array(fs.readFileSync(EXAMPLE)));
  expect(lean).toEqual(exceljs);
});

test('every corpus workbook reads the same through both readers', async () => {
  for (const c of corpusCases) {
    const wb: ExcelJS.Workbook = c.build();
    const { lean, exceljs } = await both(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect({ name: c.name, lean }).toEqual({ name: c.name, lean: exceljs });
  }
});

test('hidden rows and columns are read like any other (the 决算 software hides zero rows; Excel sums them too)', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出决算表');
  ws.addRows([['合计', 30], ['藏起的行', 10], ['看得见的行', 20]]);
  ws.getRow(2).hidden = true;
  ws.getColumn(2).hidden = true;
  const { lean, exceljs } = await both(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(lean.sheets[0].values).toEqual([['合计', 30], ['藏起的行', 10], ['看得见的行', 20]]);
  expect(exceljs.sheets[0].values).toEqual(lean.sheets[0].values);
});

test('the number formats that show a cell smaller (0!.0000, #,##0.00,) reach the snapshot, so the amount is read as shown', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出决算表');
  ws.getCell('A1').value = 38591600;
  ws.getCell('A1').numFmt = '0!.0000';
  ws.getCell('A2').value = 38591600;
  ws.getCell('A2').numFmt = '#,##0.00,';
  const { lean, exceljs } = await both(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(lean.sheets[0].numberFormats).toEqual([['0!.0000'], ['#,##0.00,']]);
  expect(exceljs.sheets[0].numberFormats).toEqual(lean.sheets[0].numberFormats);
});
