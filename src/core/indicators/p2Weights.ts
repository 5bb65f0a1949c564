/**
 * The weight of each P2 indicator row: its own 分值, or — under a scheme that gives the rows
 * `to` points in all (湖南部门整体: 61) — its 分值 × to ÷ Σ分值 rounded to 0.01 by largest
 * remainder, so the scaled weights add up to exactly `to` and the scheme's maximum is exactly
 * 100 (issue 11: 6.78 × 8 + 3.39 × 2 = 61.02 before).
 */
import Decimal from 'decimal.js';
import { Expr, add, div, mul, num, round } from '../model/expr';
import { P2Data, P2IndicatorRow } from '../model/types';
import { Finding, atCell, atSheet, finding } from '../findings/finding';
import { Dec, HUNDRED, ZERO, roundHalfAway, sum } from '../money';

/** Scales every 分值 by to ÷ from (a scheme that gives the P2 rows `to` points in all; `from` is their Σ 分值). */
export interface WeightScale {
  readonly to: Decimal;
  readonly from: Decimal;
}

export interface RowWeight {
  readonly value: Decimal;
  /** The live formula: the 分值 cell, or `ROUND(H11*61/90,2)` (± 0.01 where the remainder went). */
  readonly expr: Expr;
}

const CENT = new Dec('0.01');

/**
 * Largest remainder at 0.01: each value floored to the cent, then the cents still missing to
 * `total` go one each to the largest remainders (ties: the earlier value). Values ≥ 0.
 */
export function allocateCents(values: readonly Decimal[], total: Decimal): Decimal[] {
  const floors = values.map((v) => v.toDecimalPlaces(2, Decimal.ROUND_FLOOR));
  let missing = total.minus(sum(floors)).div(CENT).round().toNumber();
  const order = values
    .map((v, i) => ({ i, rest: v.minus(floors[i]) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    out[i] = out[i].plus(CENT);
    missing--;
  }
  return out;
}

/** w × to ÷ from in the formula: `H11*61/90` reads better than a 40-digit factor. */
export function scaledExpr(e: Expr, factor: WeightScale | null): Expr {
  return factor ? div(mul(e, num(factor.to)), num(factor.from)) : e;
}

/** Each row's weight (null when the row has no 分值). */
export function rowWeights(
  indicators: readonly P2IndicatorRow[],
  factor: WeightScale | null,
): Map<P2IndicatorRow, RowWeight | null> {
  const out = new Map<P2IndicatorRow, RowWeight | null>();
  const weighted = indicators.filter((r) => r.weight !== null);
  for (const r of indicators) if (r.weight === null) out.set(r, null);
  if (!factor) {
    for (const r of weighted) out.set(r, { value: r.weight!.value, expr: r.weight!.expr });
    return out;
  }
  const exact = weighted.map((r) => r.weight!.value.times(factor.to).div(factor.from));
  const given = allocateCents(exact, roundedTotal(exact, factor.to));
  weighted.forEach((r, i) => {
    const rounded = round(scaledExpr(r.weight!.expr, factor), 2);
    const delta = given[i].minus(roundHalfAway(exact[i], 2));
    out.set(r, { value: given[i], expr: delta.isZero() ? rounded : add(rounded, num(delta)) });
  });
  return out;
}

/** `to`, unless the weights are negative or zero (then their own rounded sum: nothing to spread). */
function roundedTotal(exact: readonly Decimal[], to: Decimal): Decimal {
  return exact.some((v) => v.lt(ZERO)) ? sum(exact.map((v) => roundHalfAway(v, 2))) : to;
}

/**
 * A form whose indicator 分值 already total 100 and whose fund block gives 预算执行率 no points
 * (福建: no 分值 column, no `N分` in its header; 安徽/四川 评价指标体系 forms: no fund block at all).
 * A 分值 column left blank still means the default 10 (the national form: 90 + 10, P2.weights if not)
 * does not score 预算执行率: adding the default 10 would make the form 110 and our total 10 above
 * the author's. The finding says so, at the fund block's total (else the title); null when the
 * form scores it (its weight given, or the rows leave room for it).
 */
export function executionLeftOut(p2: P2Data | undefined): Finding | null {
  if (!p2 || p2.fundWeightColumn || p2.indicators.length === 0 || p2.indicators.some((r) => r.noWeightColumn)) return null;
  const total = p2.funds.find((f) => f.kind === 'total') ?? p2.funds[0];
  if (total?.weight) return null;
  if (!sum(p2.indicators.map((r) => r.weight?.value ?? ZERO)).eq(HUNDRED)) return null;
  const at = total ? atCell(total.label.ref) : p2.info.titleCell ? atCell(p2.info.titleCell) : atSheet(p2.info.sheet);
  return finding('P2.inferred', 'info', at, { kind: 'executionNotScored', fundBlock: total !== undefined });
}
