/**
 * A table continued on a second sheet (`支出决算表（续）`, `续表`): a published PDF copied page by
 * page, or an export split at a page. The continuation is read with the table's own reader and its
 * rows joined to the table's, each once; a 合计 found only on the continuation is still the 合计.
 */
import { SheetSnapshot } from '../grid/snapshot';
import { P1Data, SpendingTable, T1Data, T6Data, T7Data, TableId } from '../model/types';
import { ReaderId } from '../tables/registry';
import { looseLabel } from './text';

/** A name or title saying "continued": `（续）`, `(续1)`, `续表`, `续`, `续二` at its end. */
const CONTINUED = /(?:\(续[一二三四五六七八九十\d]*\)|续表[一二三四五六七八九十\d]*|续[一二三四五六七八九十\d]*)$/;

/** The tables whose continuation sheets are joined (the others keep table.duplicate). */
export const CONTINUABLE: readonly TableId[] = ['T1', 'T3', 'T5', 'T6', 'T7', 'P1'];

/** The sheet is a continuation: its name or title cell ends with 续 / （续） / 续表. */
export function isContinuationSheet(sheet: SheetSnapshot, title: string | null): boolean {
  return CONTINUED.test(looseLabel(sheet.name)) || (title !== null && CONTINUED.test(looseLabel(title)));
}

type Merge<T> = (first: T, next: T) => T;

const mergeSpending: Merge<SpendingTable> = (a, b) => ({
  ...a,
  rows: [...a.rows, ...b.rows],
  totalRow: a.totalRow ?? b.totalRow,
});
const mergeT1: Merge<T1Data> = (a, b) => ({ ...a, lines: [...a.lines, ...b.lines] });
const mergeT6: Merge<T6Data> = (a, b) => ({
  ...a,
  items: [...a.items, ...b.items],
  personnelTotal: a.personnelTotal ?? b.personnelTotal,
  publicTotal: a.publicTotal ?? b.publicTotal,
  ...(a.unreadable || b.unreadable ? { unreadable: [...(a.unreadable ?? []), ...(b.unreadable ?? [])] } : {}),
});
/** The first sheet's amounts win; the continuation adds the items the first lacks. */
const mergeT7: Merge<T7Data> = (a, b) => ({
  ...a,
  budget: { ...b.budget, ...a.budget },
  actual: { ...b.actual, ...a.actual },
  ...(a.others || b.others
    ? {
        others: {
          budget: { ...b.others?.budget, ...a.others?.budget },
          actual: { ...b.others?.actual, ...a.others?.actual },
        },
      }
    : {}),
});
const mergeP1: Merge<P1Data> = (a, b) => ({ ...a, projects: [...a.projects, ...b.projects] });

/** By reader (a merge taking its own record type fits `(never, never) => unknown`). */
const MERGES: Partial<Record<ReaderId, (first: never, next: never) => unknown>> = {
  spending: mergeSpending,
  t1: mergeT1,
  t6: mergeT6,
  t7: mergeT7,
  p1: mergeP1,
};

/** The table's record with the continuation's joined (the first record's info is kept). */
export function mergeContinued<T extends { info: unknown }>(reader: ReaderId, first: T, next: T): T {
  const merge = MERGES[reader] as Merge<T> | undefined;
  return merge ? merge(first, next) : first;
}
