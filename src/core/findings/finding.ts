/**
 * A finding is data: a code, a severity, where it is and the numbers on both sides.
 * Words are added at the edge, per language (findings/wording.zh-CN.ts, wording.en-US.ts).
 */
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';

export type Severity = 'error' | 'warning' | 'info';

/** The codes of spec/checks.md plus the recognition and scheme codes. */
export type FindingCode =
  | 'T1.balance'
  | 'T1.T3.total'
  | 'T3.rowSum'
  | 'T3.hierarchy'
  | 'T5.rowSum'
  | 'T5.hierarchy'
  | 'T5.T6.basic'
  | 'T6.totals'
  | 'T6.code'
  | 'T7.sum'
  | 'T7.T6.part'
  | 'T7.overBudget'
  | 'P1.T3.project'
  | 'P1.code'
  | 'P1.overBudget'
  | 'P2.execution'
  | 'P2.fundParts'
  | 'P2.weights'
  | 'P2.row'
  | 'P2.userScore'
  | 'P2.deviation'
  | 'P2.inferred'
  | 'P3.required'
  | 'P3.unknownKey'
  | 'cell.value'
  | 'table.missing'
  | 'table.empty'
  | 'table.duplicate'
  | 'table.header'
  | 'unit.missing'
  | 'unit.unknown'
  | 'text.placeholder'
  | 'indicator.unavailable'
  | 'indicator.overLimit'
  | 'scheme.unknown'
  | 'scheme.row'
  | 'scheme.ignored';

/** Where a finding points: a cell, or a whole sheet / table when no cell fits (a missing table). */
export interface Location {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly col: number | null;
}

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly at: Location;
  readonly related: readonly CellRef[];
  /** What the rule expected, what was found, their difference (amounts in 万元). */
  readonly expected?: Decimal | string | null;
  readonly actual?: Decimal | string | null;
  readonly difference?: Decimal | null;
  /**
   * Named parts for the wording: `subject` (what was checked, e.g. 项目支出合计),
   * `other` (the other side's label), `table`, `expected`, `found`, `key`, … Plain strings only.
   */
  readonly params: Readonly<Record<string, string>>;
}

export function atCell(ref: CellRef): Location {
  return { sheet: ref.sheet, row: ref.row, col: ref.col };
}

export function atSheet(sheet: string | null): Location {
  return { sheet, row: null, col: null };
}

export function finding(
  code: FindingCode,
  severity: Severity,
  at: Location,
  params: Record<string, string> = {},
  extra: Partial<Pick<Finding, 'related' | 'expected' | 'actual' | 'difference'>> = {},
): Finding {
  return {
    code,
    severity,
    at,
    related: extra.related ?? [],
    expected: extra.expected,
    actual: extra.actual,
    difference: extra.difference,
    params,
  };
}
