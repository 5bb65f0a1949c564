/**
 * The add-in's refresh on the large department, over the fake Excel (issue 9): syncs and
 * request bytes (as office.js serializes them) of a first build and of a refresh after a
 * one-cell edit — goal: the refresh ≤ 2 syncs and ≤ 5% of the first build's bytes.
 */
import ExcelJS from 'exceljs';
import { createFakeExcel, createFakeSettings, fakeBookFrom } from '../test/fake-excel';
import { excelJsToFakeData } from '../test/fake-excel/fromExcelJs';
import { firstBuildBytes, reconcileBytes } from '../test/excel/officeJsBytes';
import { createExcelHost } from '../src/excel/excelHost';
import { analyse, buildReportSheet } from '../src/core/analyse';
import { WorkbookSnapshot } from '../src/core/grid/snapshot';
import { ReportSheet } from '../src/core/report/sheet';

const make = (snapshot: WorkbookSnapshot, name: string) => {
  const sheet = buildReportSheet(analyse(snapshot), name);
  return { sheet, value: sheet };
};

/** A numeric source cell the user might correct: the first number on the project sheet. */
function someAmountCell(book: ReturnType<typeof fakeBookFrom>): { sheet: string; a1: string; value: number } {
  const sheet = book.sheets.find((s) => s.name.includes('项目')) ?? book.sheets[0];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    if (typeof cell.value === 'number' && r > 5 && c > 2 && !cell.formula)
      return { sheet: sheet.name, a1: `${String.fromCharCode(65 + c)}${r + 1}`, value: cell.value };
  }
  throw new Error('no amount cell');
}

export async function benchRefresh(workbook: ExcelJS.Workbook): Promise<void> {
  const book = fakeBookFrom(excelJsToFakeData(workbook));
  const host = createExcelHost({ excel: createFakeExcel(book), settings: createFakeSettings(book) });
  const first = await host.refreshReport(make, '绩效自评报告');
  const firstSyncs = book.syncCount;
  const firstBytes = firstBuildBytes(first.value);
  await host.refreshReport(make, '绩效自评报告'); // as in the pane: the host has read the workbook before
  const cell = someAmountCell(book);
  book.userEdit(cell.sheet, cell.a1, cell.value + 1);
  // What the refresh will write, measured before it writes (office.js's own serializer).
  const next: ReportSheet = make(
    (await createExcelHost({ excel: createFakeExcel(book) }).readWorkbook()).snapshot,
    '绩效自评报告',
  ).sheet;
  const refreshBytes = reconcileBytes(book, next);
  const start = book.syncCount;
  await host.refreshReport(make, '绩效自评报告');
  const refreshSyncs = book.syncCount - start;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const share = (refreshBytes.real / firstBytes.real) * 100;
  console.log(`\nExcel add-in, large department (fake Excel; bytes as office.js serializes the request)`);
  console.log(
    `  first build          ${String(firstSyncs).padStart(3)} syncs   ${kb(firstBytes.real).padStart(10)}   (estimate ${kb(firstBytes.estimate)})`,
  );
  console.log(
    `  refresh, 1-cell edit ${String(refreshSyncs).padStart(3)} syncs   ${kb(refreshBytes.real).padStart(10)}   (${share.toFixed(2)}% of the first build; budget ≤ 2 syncs, ≤ 5%) ${refreshSyncs <= 2 && share <= 5 ? 'ok' : 'OVER'}`,
  );
  console.log(`  edited ${cell.sheet}!${cell.a1}; Undo-clearing calls in refreshes: ${book.undoClears.length}`);
}
