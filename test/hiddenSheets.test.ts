/**
 * A hidden sheet is most often an old copy of a table: every reader says which sheets are
 * hidden, and the visible table is read whatever the tab order, the hidden copy said.
 */
import ExcelJS from 'exceljs';
import * as m from './corpus/mutate';
import { analyse } from '../src/core/analyse';
import { readWorkbookBytesToSnapshot } from '../src/xlsx/read/readWorkbook';
import { readSnapshot } from '../src/xlsx/readSnapshot';
import { createFakeExcel, fakeBookFrom } from './fake-excel';
import { excelJsToFakeData } from './fake-excel/fromExcelJs';
import { createExcelHost } from '../src/excel/excelHost';
import { describeFinding } from '../src/core/findings/wording';

/** The example with last year's 支出决算表 (every amount doubled) as a hidden sheet before the real one. */
async function withHiddenOldCopy(): Promise<ExcelJS.Workbook> {
  const wb = m.example();
  const t3 = m.sheet(wb, 't3');
  const old = wb.addWorksheet('支出决算表（旧）', { state: 'hidden' });
  t3.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      old.getCell(r, c).value = typeof cell.value === 'number' ? cell.value * 2 : cell.value;
    }),
  );
  // Tab order: the hidden copy first.
  (old as unknown as { orderNo: number }).orderNo = -1;
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as ArrayBuffer);
  return back;
}

test('every reader marks the hidden sheet, and only it', async () => {
  const wb = await withHiddenOldCopy();
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const lean = readWorkbookBytesToSnapshot(bytes).snapshot;
  const byExcelJs = readSnapshot(wb);
  const officeJs = (await createExcelHost({ excel: createFakeExcel(fakeBookFrom(excelJsToFakeData(wb))) }).readWorkbook()).snapshot;
  for (const snap of [lean, byExcelJs, officeJs])
    expect(snap.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(['支出决算表（旧）']);
});

test('the visible 支出决算表 is read, and the hidden copy is said', async () => {
  const wb = await withHiddenOldCopy();
  const snapshot = readSnapshot(wb);
  const plain = analyse(readSnapshot(m.example()));
  const analysis = analyse(snapshot);
  expect(analysis.figures.expenditureTotal.value!.toString()).toBe(plain.figures.expenditureTotal.value!.toString());
  expect(analysis.findings.some((f) => f.code === 'table.duplicate')).toBe(false);
  const said = analysis.findings.filter((f) => f.code === 'table.hiddenCopy');
  expect(said.map((f) => describeFinding(f, 'zh-CN'))).toEqual([
    `支出决算表（旧）：隐藏的工作表“支出决算表（旧）”也像是支出决算表，未读取；读取的是显示的工作表“${m.sheet(wb, 't3').name}”`,
  ]);
});

test('the hidden copy stands first in the tab order (so the visible table is taken over it)', async () => {
  const wb = await withHiddenOldCopy();
  const names = readSnapshot(wb).sheets.map((s) => s.name);
  expect(names.indexOf('支出决算表（旧）')).toBeLessThan(names.indexOf(m.sheet(wb, 't3').name));
});
