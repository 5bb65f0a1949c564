/** The LibreOffice helper itself: wrong cached results come back recomputed. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { pdfWithLibreOffice, recalcWithLibreOffice } from './libreoffice';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-lo-test-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function tinyWorkbook(file: string, a1: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const src = wb.addWorksheet('支出决算表(财决04表)');
  src.getCell('A1').value = a1;
  src.getCell('A2').value = 2;
  src.getCell('A3').value = { formula: 'A1+A2', result: 999 } as ExcelJS.CellFormulaValue;
  const rep = wb.addWorksheet('绩效自评报告');
  rep.getCell('A1').value = { formula: "'支出决算表(财决04表)'!A3*10", result: -1 } as ExcelJS.CellFormulaValue;
  rep.getCell('A2').value = { formula: '"合计"&ROUND(A1,2)&"万元"', result: '错' } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(file);
}

test('formulas with wrong cached results are recomputed, across a CJK sheet name, in one run', async () => {
  const files = [path.join(dir, 'one.xlsx'), path.join(dir, 'two.xlsx')];
  await tinyWorkbook(files[0], 1);
  await tinyWorkbook(files[1], 40);
  const outs = await recalcWithLibreOffice(files, path.join(dir, 'out'));
  const results = [];
  for (const out of outs) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const src = wb.getWorksheet('支出决算表(财决04表)')!;
    const rep = wb.getWorksheet('绩效自评报告')!;
    results.push([
      (src.getCell('A3').value as ExcelJS.CellFormulaValue).result,
      (rep.getCell('A1').value as ExcelJS.CellFormulaValue).result,
      (rep.getCell('A2').value as ExcelJS.CellFormulaValue).result,
    ]);
  }
  expect(results).toEqual([
    [3, 30, '合计30万元'],
    [42, 420, '合计420万元'],
  ]);
}, 240_000);

test('a file LibreOffice cannot convert is named in the error', async () => {
  const bogus = path.join(dir, 'missing-input.xlsx');
  await expect(recalcWithLibreOffice([bogus], path.join(dir, 'out2'))).rejects.toThrow(/missing-input\.xlsx/);
}, 240_000);

test('PDF export writes a PDF', async () => {
  const file = path.join(dir, 'pdf.xlsx');
  await tinyWorkbook(file, 5);
  const pdf = await pdfWithLibreOffice(file, path.join(dir, 'pdf'));
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
}, 240_000);
