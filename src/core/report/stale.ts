/**
 * The stale marker: a fingerprint (sum and count) of the source cells the report was made
 * from, stored in a status-line formula that recomputes it live and says when it changed —
 * so a recipient without the add-in knows the report no longer matches the tables.
 */
import Decimal from 'decimal.js';
import { Expr } from '../model/expr';
import { Analysis } from '../model/analysis';
import { Model } from '../model/types';
import { a1, formulaRef, quoteSheet } from '../grid/address';
import { ZERO, roundHalfAway } from '../money';
import { TABLES } from '../tables/registry';

/** Shown when the sources changed after the report was made. */
export const STALE_TEXT = '源数据已修改，请刷新报告';
/** Shown while the report matches its sources (nothing: the line stays quiet). */
export const FRESH_TEXT = '';

type CellNode = Extract<Expr, { kind: 'cell' }>;

/**
 * The cell nodes found so far, one per source cell (a later node for the same cell replaces
 * the earlier one in its place), keyed by sheet and then by a number: building a string key
 * per cell was the report's hot spot on large departments.
 */
class CellSet {
  private readonly bySheet = new Map<string, Map<number, number>>();
  readonly nodes: CellNode[] = [];

  add(c: CellNode): void {
    let sheet = this.bySheet.get(c.ref.sheet);
    if (sheet === undefined) {
      sheet = new Map();
      this.bySheet.set(c.ref.sheet, sheet);
    }
    // Excel has 2^20 rows; the pair stays a safe integer for any column.
    const key = c.ref.col * 1048576 + c.ref.row;
    const at = sheet.get(key);
    if (at === undefined) {
      sheet.set(key, this.nodes.length);
      this.nodes.push(c);
    } else this.nodes[at] = c;
  }
}

/**
 * Every `cell` node under a value (expressions, amounts, model records), found by walking its
 * fields. Expression trees are shared (a row's amount sits in the model, in figures and in
 * indicators), so an expression node already walked at the same or a smaller depth is not
 * walked again.
 */
function collectCells(value: unknown, out: CellSet, seen: Map<object, number>, depth = 0): void {
  // Decimal first: its prototype's methods are enumerable, so walking one is slow and useless.
  if (value === null || typeof value !== 'object' || depth > 60 || value instanceof Decimal) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') collectCells(item, out, seen, depth + 1);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  const kind = record.kind;
  if (kind === 'cell') {
    out.add(value as CellNode);
    return;
  }
  if (kind !== undefined) {
    const before = seen.get(value);
    if (before !== undefined && before <= depth) return;
    seen.set(value, depth);
  }
  // Primitives (most fields: rows, names, codes) are skipped here rather than in a call.
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const field = record[key];
    if (field !== null && typeof field === 'object') collectCells(field, out, seen, depth + 1);
  }
}

/** The source cells behind the report: every table amount the model read and every figure, indicator and score. */
export function sourceCells(analysis: Pick<Analysis, 'model' | 'figures' | 'indicators' | 'scoring'>): CellNode[] {
  const out = new CellSet();
  const m: Model = analysis.model;
  const seen = new Map<object, number>();
  // Each table's fingerprint fields, as the registry lists them.
  for (const t of TABLES) {
    const record = t.modelKey ? (m[t.modelKey] as Record<string, unknown> | undefined) : undefined;
    if (record) collectCells(t.fingerprint.map((field) => record[field]), out, seen);
  }
  collectCells([Object.values(analysis.figures).map((f) => f.expr), analysis.indicators.map((i) => i.expr), analysis.scoring.rows.map((r) => r.scoreExpr)], out, seen);
  return out.nodes.filter((c) => c.form !== 'textConstant');
}

/** Contiguous runs of one column of one sheet, with their text 'S'!D8:D20. */
function runsOf(cells: readonly CellNode[]): { readonly text: string; readonly cells: readonly CellNode[] }[] {
  const sorted = [...cells].sort((x, y) => (x.ref.sheet < y.ref.sheet ? -1 : x.ref.sheet > y.ref.sheet ? 1 : x.ref.col - y.ref.col || x.ref.row - y.ref.row));
  const out: { text: string; cells: CellNode[] }[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    const s = sorted[i].ref;
    while (j + 1 < sorted.length && sorted[j + 1].ref.sheet === s.sheet && sorted[j + 1].ref.col === s.col && sorted[j + 1].ref.row === sorted[j].ref.row + 1) j++;
    const e = sorted[j].ref;
    out.push({ text: j === i ? formulaRef(s) : `${quoteSheet(s.sheet)}!${a1(s.row, s.col)}:${a1(e.row, e.col)}`, cells: sorted.slice(i, j + 1) });
    i = j + 1;
  }
  return out;
}

export interface StaleMarker {
  /** `<sum>|<count>` of the covered cells at build time. */
  readonly fingerprint: string;
  /** The status-line formula (no leading =); its value now is FRESH_TEXT. */
  readonly formula: string;
}

/** Budget for the live sum: the formula repeats the ranges twice (SUM and COUNT) and must stay under 8192. */
const RANGE_BUDGET = 3600;
/** Excel functions take at most 255 arguments. */
const MAX_ARGS = 200;

/**
 * The stale marker for an analysis: ROUND(SUM(ranges),2) and COUNT(ranges) compared with the
 * values now. Number cells are read by SUM and COUNT as the engine read them (blanks and `-`
 * as 0, not counted); numbers typed as text add VALUE(SUBSTITUTE(…)). Cells past the length
 * budget are left out of both sides, so the fingerprint always describes what the formula reads.
 */
export function staleMarker(analysis: Pick<Analysis, 'model' | 'figures' | 'indicators' | 'scoring'>): StaleMarker {
  const cells = sourceCells(analysis);
  const plain = cells.filter((c) => c.form === 'number' || c.form === 'blank');
  const ranges: string[] = [];
  let length = 0;
  let total: Decimal = ZERO;
  let count = 0;
  for (const run of runsOf(plain)) {
    if (length + run.text.length + 1 > RANGE_BUDGET || ranges.length >= MAX_ARGS) break;
    ranges.push(run.text);
    length += run.text.length + 1;
    for (const c of run.cells) {
      total = total.plus(c.value);
      if (c.form === 'number') count++;
    }
  }
  const textTerms: string[] = [];
  for (const c of cells.filter((x) => x.form === 'text')) {
    const term = `VALUE(SUBSTITUTE(${formulaRef(c.ref)},",",""))`;
    if (length + term.length + 1 > RANGE_BUDGET || ranges.length + textTerms.length >= MAX_ARGS) break;
    textTerms.push(term);
    length += term.length + 1;
    total = total.plus(c.value);
  }
  const sumText = roundHalfAway(total, 2).toFixed(2);
  const sumArgs = [...ranges, ...textTerms];
  const sumPart = `ROUND(SUM(${sumArgs.length > 0 ? sumArgs.join(',') : '0'}),2)=${sumText}`;
  const countPart = ranges.length > 0 ? `,COUNT(${ranges.join(',')})=${count}` : '';
  const check = `IF(AND(${sumPart}${countPart}),"${FRESH_TEXT}","${STALE_TEXT}")`;
  // A number cell turned into words makes VALUE fail: that is a change too.
  return { fingerprint: `${sumText}|${count}`, formula: `IFERROR(${check},"${STALE_TEXT}")` };
}
