/**
 * Test helpers: build Models directly (no recognisers) for the checks' tests. Amount cells
 * are placed on a simple grid: code in A, name in B, amounts from C in column order,
 * data rows from row 5 (0-based 4) unless told otherwise.
 */
import { CellRef, cellRef, displayRef, parseA1 } from '../../src/core/grid/address';
import { Finding } from '../../src/core/findings/finding';
import { Figure, FigureId, Figures } from '../../src/core/model/analysis';
import { cell } from '../../src/core/model/expr';
import {
  Amount,
  Model,
  P1Data,
  P1Project,
  P2Data,
  SpendingColumn,
  SpendingRow,
  SpendingTable,
  T1Data,
  T1Line,
  T6Data,
  T6Item,
  T7Data,
  TableId,
  TableInfo,
  ThreePublicItem,
  Unit,
} from '../../src/core/model/types';
import { dec } from '../../src/core/money';
import { FIGURE_IDS } from '../../src/core/indicators/figures';

/** An amount in `sheet` at an A1 address. */
export function amountAt(sheet: string, address: string, value: number | string): Amount {
  const { row, col } = parseA1(address);
  const ref = cellRef(sheet, row, col);
  return { ref, value: dec(value), expr: cell(ref, dec(value)) };
}

/** An amount at 0-based row/col. */
export function amountRc(sheet: string, row: number, col: number, value: number | string): Amount {
  const ref = cellRef(sheet, row, col);
  return { ref, value: dec(value), expr: cell(ref, dec(value)) };
}

/** A TableInfo for `id` on `sheet`. */
export function tableInfo(id: TableId, sheet: string, unit: Unit = '万元'): TableInfo {
  return {
    id,
    sheet,
    range: { top: 0, left: 0, bottom: 100, right: 20 },
    unit,
    unitAssumed: false,
    titleCell: cellRef(sheet, 0, 0),
    headerRows: [2, 3],
  };
}

/** Figures with nothing available, optionally some given. */
export function figuresWith(given: Partial<Record<FigureId, Amount>> = {}): Figures {
  const entries = FIGURE_IDS.map((id): [FigureId, Figure] => {
    const a = given[id];
    return [
      id,
      {
        id,
        name: id,
        unit: '万元',
        value: a ? a.value : null,
        expr: a ? a.expr : null,
        unavailable: a ? null : { kind: 'figures', figures: [id] },
      },
    ];
  });
  return Object.fromEntries(entries) as Record<FigureId, Figure>;
}

/** A Model from its table records (the `tables` list is derived). */
export function modelOf(parts: Omit<Partial<Model>, 'tables' | 'findings'>): Model {
  const infos = [parts.t1, parts.t3, parts.t5, parts.t6, parts.t7, parts.p1, parts.p2]
    .filter((t) => t)
    .map((t) => (t as { info: TableInfo }).info);
  return { ...parts, tables: infos, findings: [] };
}

/** A row of a spending table: code (null for 合计) and amounts in the table's column order. */
export interface RowSpec {
  readonly code: string | null;
  readonly name?: string;
  readonly values: readonly (number | string | null)[];
}

/** A T3/T5 table: columns from C in `columns` order, the first row spec at `firstRow` (0-based). */
export function spendingTable(
  id: 'T3' | 'T5',
  sheet: string,
  columns: readonly SpendingColumn[],
  rows: readonly RowSpec[],
  unit: Unit = '万元',
  firstRow = 4,
): SpendingTable {
  const built: SpendingRow[] = rows.map((spec, i) => {
    const row = firstRow + i;
    const amounts: Partial<Record<SpendingColumn, Amount>> = {};
    columns.forEach((column, j) => {
      const v = spec.values[j];
      if (v !== null && v !== undefined) amounts[column] = amountRc(sheet, row, 2 + j, v);
    });
    const level = spec.code === null ? 0 : spec.code.length === 3 ? 1 : spec.code.length === 5 ? 2 : 3;
    return {
      row,
      code: spec.code,
      level,
      name: spec.name ?? (spec.code === null ? '合计' : `科目${spec.code}`),
      amounts,
    };
  });
  const totalRow = built.find((r) => r.level === 0) ?? null;
  return {
    info: tableInfo(id, sheet, unit),
    columns: columns.map((column, j) => ({ column, col: 2 + j })),
    totalRow,
    rows: built.filter((r) => r !== totalRow),
  };
}

/** T1 lines: [side, label, value]; labels in column A (income) / D (spending), amounts in C / F. */
export function t1Table(
  sheet: string,
  lines: readonly [T1Line['side'], string, number | string][],
  unit: Unit = '万元',
): T1Data {
  const counters = { income: 4, spending: 4 };
  return {
    info: tableInfo('T1', sheet, unit),
    lines: lines.map(([side, label, value]) => {
      const row = counters[side]++;
      const col = side === 'income' ? 0 : 3;
      return { side, label, labelRef: cellRef(sheet, row, col), amount: amountRc(sheet, row, col + 2, value) };
    }),
  };
}

/** T6 items [code, value] (kind by class: 301/303 personnel), codes in A, amounts in C, footers in the row after. */
export function t6Table(
  sheet: string,
  items: readonly [string, number | string][],
  footers: { personnel?: number | string; public?: number | string } = {},
  unit: Unit = '万元',
): T6Data {
  const built: T6Item[] = items.map(([code, value], i) => ({
    row: 4 + i,
    code,
    codeRef: cellRef(sheet, 4 + i, 0),
    name: `项目${code}`,
    amount: amountRc(sheet, 4 + i, 2, value),
    kind: code.startsWith('301') || code.startsWith('303') ? 'personnel' : 'public',
  }));
  const footerRow = 4 + items.length;
  return {
    info: tableInfo('T6', sheet, unit),
    items: built,
    personnelTotal: footers.personnel !== undefined ? amountRc(sheet, footerRow, 2, footers.personnel) : null,
    publicTotal: footers.public !== undefined ? amountRc(sheet, footerRow, 5, footers.public) : null,
  };
}

const T7_ORDER: readonly ThreePublicItem[] = [
  'total',
  'abroad',
  'vehicleSubtotal',
  'vehiclePurchase',
  'vehicleOperation',
  'reception',
];

/** The wide T7 layout: one data row (row 7), 预算数 in A–F, 决算数 in G–L, items in T7_ORDER. */
export function t7Table(
  sheet: string,
  budget: Partial<Record<ThreePublicItem, number>>,
  actual: Partial<Record<ThreePublicItem, number>>,
  unit: Unit = '万元',
): T7Data {
  const lane = (
    values: Partial<Record<ThreePublicItem, number>>,
    offset: number,
  ): Partial<Record<ThreePublicItem, Amount>> => {
    const out: Partial<Record<ThreePublicItem, Amount>> = {};
    T7_ORDER.forEach((item, j) => {
      const v = values[item];
      if (v !== undefined) out[item] = amountRc(sheet, 6, offset + j, v);
    });
    return out;
  };
  return { info: tableInfo('T7', sheet, unit), budget: lane(budget, 0), actual: lane(actual, 6) };
}

/** A P1 project spec: name, code text, 全年预算数, 执行数 (null: blank). */
export interface ProjectSpec {
  readonly name: string;
  readonly code?: string | null;
  readonly budgetFinal?: number | string | null;
  readonly executed?: number | string | null;
}

/** P1 rows from row 4 (0-based 3): name A, code B, 全年预算数 E, 执行数 F. */
export function p1Table(sheet: string, projects: readonly ProjectSpec[], unit: Unit = '万元'): P1Data {
  const text = (row: number, col: number, t: string) => ({ ref: cellRef(sheet, row, col), text: t });
  const built: P1Project[] = projects.map((p, i) => {
    const row = 3 + i;
    const amount = (col: number, v: number | string | null | undefined) =>
      v === null || v === undefined ? null : amountRc(sheet, row, col, v);
    return {
      row,
      name: text(row, 0, p.name),
      code: p.code ? text(row, 1, p.code) : null,
      budgetInitial: null,
      budgetFinal: amount(4, p.budgetFinal),
      executed: amount(5, p.executed),
      key: false,
      purpose: null,
    };
  });
  return { info: tableInfo('P1', sheet, unit), projects: built };
}

/** P2 with a 年度资金总额 row (row 5, 0-based 4): 全年执行数 in D. */
export function p2Table(sheet: string, executed: number | string | null, unit: Unit = '万元'): P2Data {
  const row = 4;
  return {
    info: tableInfo('P2', sheet, unit),
    funds: [
      {
        kind: 'total',
        row,
        label: { ref: cellRef(sheet, row, 0), text: '年度资金总额' },
        budgetInitial: null,
        budgetFinal: null,
        executed: executed === null ? null : amountRc(sheet, row, 3, executed),
        weight: null,
        userRate: null,
        userScore: null,
      },
    ],
    goals: [],
    indicators: [],
  };
}

/** A cell ref from an A1 address (for assertions). */
export function refAt(sheet: string, address: string): CellRef {
  const { row, col } = parseA1(address);
  return cellRef(sheet, row, col);
}

/** A finding as a test reads it: code, severity, place, difference (as text). */
export function brief(f: Finding): { code: string; severity: string; at: string; difference: string | null } {
  const at =
    f.at.sheet !== null && f.at.row !== null && f.at.col !== null
      ? displayRef(cellRef(f.at.sheet, f.at.row, f.at.col))
      : String(f.at.sheet);
  return { code: f.code, severity: f.severity, at, difference: f.difference ? f.difference.toString() : null };
}
