/**
 * What the harness needs of an untransformed case: its figures and findings (core only: recognise,
 * figures, checks — no scoring or report, to stay fast) and where its amounts were read from.
 */
import Decimal from 'decimal.js';
import { CellRef } from '../../src/core/grid/address';
import { WorkbookSnapshot } from '../../src/core/grid/snapshot';
import { Finding } from '../../src/core/findings/finding';
import { FigureId, Figures } from '../../src/core/model/analysis';
import { Model, TableInfo } from '../../src/core/model/types';
import { recognise } from '../../src/core/recognise/recognise';
import { computeFigures } from '../../src/core/indicators/figures';
import { runChecks } from '../../src/core/checks/runChecks';
import { CellKey, keyOf } from './snapshotEdit';

export interface Run {
  readonly snapshot: WorkbookSnapshot;
  readonly model: Model;
  readonly figures: Figures;
  readonly findings: readonly Finding[];
}

export function run(snapshot: WorkbookSnapshot): Run {
  const model = recognise(snapshot);
  const figures = computeFigures(model);
  return { snapshot, model, figures, findings: [...model.findings, ...runChecks(model, figures)] };
}

/** An amount the readers took: its cell and value (in the cell's own unit, before conversion). */
export interface AmountCell {
  readonly ref: CellRef;
  readonly table: TableInfo;
}

const ACCOUNT_TABLES = new Set(['T1', 'T3', 'T5', 'T6', 'T7']);

/** The account tables read (the 决算 tables; our own sheets P1–P4 keep the template's layout). */
export function accountTables(r: Run): TableInfo[] {
  return r.model.tables.filter((t) => ACCOUNT_TABLES.has(t.id));
}

/** Every amount cell read from an account table: any `{ ref, value, expr }` in the model on a table's sheet. */
export function amountCells(r: Run): AmountCell[] {
  const tables = new Map(accountTables(r).map((t) => [t.sheet, t]));
  const out = new Map<CellKey, AmountCell>();
  const walk = (x: unknown, depth: number): void => {
    if (depth > 8 || x === null || typeof x !== 'object' || x instanceof Decimal) return;
    if (Array.isArray(x)) return x.forEach((y) => walk(y, depth + 1));
    const o = x as Record<string, unknown>;
    const ref = o.ref as CellRef | undefined;
    if (ref && typeof ref.sheet === 'string' && o.value instanceof Decimal && 'expr' in o) {
      const table = tables.get(ref.sheet);
      if (table) out.set(keyOf(ref.sheet, ref.row, ref.col), { ref, table });
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'info' && k !== 'findings') walk(v, depth + 1);
  };
  for (const key of ['t1', 't3', 't5', 't6', 't7'] as const) walk(r.model[key as keyof Model], 0);
  return [...out.values()];
}

/** Figure id → value text ('' when unavailable), for comparing and for messages. */
export function figureValues(f: Figures): Record<FigureId, string> {
  return Object.fromEntries(Object.values(f).map((x) => [x.id, x.value === null ? '' : x.value.toString()])) as Record<
    FigureId,
    string
  >;
}
