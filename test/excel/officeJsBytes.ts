/**
 * Request bytes of our writes as office.js serializes them (test/support/officeJs.ts): a first
 * build of a report, and the reconcile a refresh would write into a fake workbook now.
 */
import { ReportSheet } from '../../src/core/report/sheet';
import { firstBuildSteps } from '../../src/excel/reportWrite';
import { reconcileWriteSteps } from '../../src/excel/refresh';
import { WRITTEN_KEY, layoutRows, parseWritten } from '../../src/core/report/reconcile/fingerprint';
import { planReconcile } from '../../src/core/report/reconcile/reconcile';
import { FakeWorkbook } from '../fake-excel';
import { officeJsContext, serializedBytes } from '../support/officeJs';

/** Our estimate of a first build's request and the size office.js serializes for it. */
export function firstBuildBytes(sheet: ReportSheet): { estimate: number; real: number } {
  const context = officeJsContext();
  const steps = firstBuildSteps(context, sheet, false, true);
  steps.forEach((s) => s.queue());
  return { estimate: steps.reduce((n, s) => n + s.bytes, 0), real: serializedBytes(context) };
}

/** The report sheet of the fake book as `range.formulas` reads it. */
function formulasOf(book: FakeWorkbook, name: string): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = [];
  for (const [key, cell] of book.sheet(name).cells) {
    const [r, c] = key.split(',').map(Number);
    (out[r] ??= [])[c] = cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? '');
  }
  return Array.from(out, (row) => row ?? []);
}

/** What the refresh writing `sheet` into `book` now would send (no text to move), as office.js serializes it. */
export function reconcileBytes(book: FakeWorkbook, sheet: ReportSheet): { estimate: number; real: number } {
  const rows = layoutRows(sheet);
  const plan = planReconcile(rows, parseWritten(book.settings.get(WRITTEN_KEY)), formulasOf(book, sheet.name));
  const context = officeJsContext();
  const steps = reconcileWriteSteps(context, sheet, rows, plan, null);
  steps.forEach((s) => s.queue());
  return { estimate: steps.reduce((n, s) => n + s.bytes, 0), real: steps.length ? serializedBytes(context) : 0 };
}
