/**
 * The one comparison every amount check uses: a located amount against what the other side
 * says, with the rounding-residue (尾差) tolerance of spec/checks.md.
 *
 * Sign convention (all checks): `actual` is the value in the located cell (the cell most
 * likely wrong, usually the total), `expected` is what the other side says (usually the sum
 * of the parts), `difference = actual − expected`, sign kept. All three are exact 万元.
 */
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { AmountFields, Finding, FindingFields, FindingOf, Severity, atCell, finding } from '../findings/finding';
import { FindingCode, SeverityOf } from '../findings/catalogue';
import { Amount, Unit } from '../model/types';
import { Dec, ZERO, sum } from '../money';

/**
 * One cent (0.01) of a table's unit, in 万元: the step of the last published decimal.
 * 元 → 0.000001, 千元 → 0.001, 万元 → 0.01, 亿元 → 100.
 */
export function unitCent(unit: Unit): Decimal {
  switch (unit) {
    case '元':
      return new Dec('0.000001');
    case '千元':
      return new Dec('0.001');
    case '万元':
      return new Dec('0.01');
    case '亿元':
      return new Dec(100);
  }
}

/**
 * The step of the last decimal a table wrote, in 万元: one cent of its unit, but in 亿元 the step
 * of the decimals the amounts show (an 亿元 table written to 6 decimals rounds to 0.01 万元,
 * not 100: 18.42 万元 off is then an error, not 尾差). Never finer than 0.01 万元, so float noise
 * in the stored values does not make rounding an error.
 */
export function writtenCent(unit: Unit, values: readonly Decimal[]): Decimal {
  if (unit !== '亿元') return unitCent(unit);
  const places = Math.max(2, ...values.map((v) => v.dividedBy(10000).decimalPlaces()));
  return new Dec(10).pow(-Math.min(places, 6)).times(10000);
}

/**
 * The largest difference that is rounding residue when a total is compared with a sum of
 * `addends` parts: max(one cent of the total's table, one cent of the parts' table × addends).
 * On one table in 万元 this is the spec's 0.01 万元 × addends. Across tables it is fair both
 * ways: parts in 元 summed against a total in 万元 may differ by the total's own rounding
 * (0.01 万元), not by 0.000001 × n; parts in 万元 carry 0.01 each whatever the total's unit.
 */
export function residueTolerance(
  totalUnit: Unit,
  partsUnit: Unit,
  addends: number,
  written: { readonly total: readonly Decimal[]; readonly parts: readonly Decimal[] } = { total: [], parts: [] },
): Decimal {
  const ofTotal = writtenCent(totalUnit, written.total);
  const ofParts = writtenCent(partsUnit, written.parts).times(Math.max(1, addends));
  return Dec.max(ofTotal, ofParts);
}

/** The tolerance of a comparison, from the decimals its two sides were written with. */
function toleranceOf(c: Comparison<AmountCode>): Decimal {
  return residueTolerance(c.atUnit, c.otherUnit, c.other.addends, { total: [c.at.value], parts: [c.other.value] });
}

/**
 * A difference that rounds to 0.00 in the finer of the two tables' units (float noise such as
 * 1865.3212340046 against 1865.32): no finding at all, not even 尾差 — `相差 0 万元` says nothing.
 */
export function isNoise(difference: Decimal, atUnit: Unit, otherUnit: Unit, values: readonly Decimal[] = []): boolean {
  const cent = Dec.min(writtenCent(atUnit, values), writtenCent(otherUnit, values));
  return difference.abs().lt(cent.div(2));
}

/** One side of a comparison: its cells (for `related`) and its value. */
export interface Side {
  readonly value: Decimal;
  readonly cells: readonly CellRef[];
  readonly addends: number;
}

/** The sum of some amounts as the "other side" of a comparison (absent parts count as zero). */
export function sideOf(amounts: readonly (Amount | null | undefined)[]): Side {
  const present = amounts.filter((a): a is Amount => a != null);
  return { value: sum(present.map((a) => a.value)), cells: present.map((a) => a.ref), addends: present.length };
}

/** The codes whose finding compares two amounts (AmountFields). */
export type AmountCode = {
  [C in FindingCode]: FindingFields[C] extends AmountFields ? C : never;
}[FindingCode];

export interface Comparison<C extends AmountCode> {
  readonly code: C;
  /** The located cell's amount (the side most likely wrong). */
  readonly at: Amount;
  readonly atUnit: Unit;
  readonly other: Side;
  readonly otherUnit: Unit;
  /** Severity when the difference is more than residue (error unless the rule says warning). */
  readonly severity?: 'warning';
  /** The code's fields but residue (what each side is: subject, other, table …). */
  readonly fields: Omit<FindingFields[C], 'residue'>;
}

function comparisonFinding<C extends AmountCode>(
  c: Comparison<C>,
  residue: boolean,
  difference: Decimal,
): FindingOf<C> {
  const severity: Severity = residue ? 'info' : (c.severity ?? 'error');
  // Each amount code lists the severities this gives (catalogue.ts): info, and error or warning.
  return finding(c.code, severity as SeverityOf<C>, atCell(c.at.ref), { ...c.fields, residue } as FindingFields[C], {
    related: c.other.cells,
    expected: c.other.value,
    actual: c.at.value,
    difference,
  });
}

/**
 * The finding for `at ≠ other`, or null when they are equal. A nonzero difference within
 * the residue tolerance is an info finding with `residue: true` (尾差).
 */
export function compareAmounts<C extends AmountCode>(c: Comparison<C>): Finding | null {
  const difference = c.at.value.minus(c.other.value);
  if (isNoise(difference, c.atUnit, c.otherUnit, [c.at.value, c.other.value])) return null;
  const residue = difference.abs().lte(toleranceOf(c));
  return comparisonFinding(c, residue, difference) as Finding;
}

/**
 * The finding for an amount outside a one-sided bound (`at ≤ other` for 'atMost', `at ≥ other`
 * for 'atLeast'), or null when it is inside. With `residue`, an excess within the tolerance is
 * info (cross-table bounds, where one table may round); without, any excess counts
 * (a published 决算 over its 预算 on the same table is over, however little).
 */
export function compareBound<C extends AmountCode>(
  c: Comparison<C>,
  bound: 'atMost' | 'atLeast',
  residue = false,
): Finding | null {
  const difference = c.at.value.minus(c.other.value);
  const excess = bound === 'atMost' ? difference : difference.negated();
  if (excess.lte(ZERO) || isNoise(excess, c.atUnit, c.otherUnit, [c.at.value, c.other.value])) return null;
  const small = residue && excess.lte(toleranceOf(c));
  return comparisonFinding(c, small, difference) as Finding;
}

/** Compares and collects: the non-null findings of a list of comparisons, in order. */
export function collect(results: readonly (Finding | null)[]): Finding[] {
  return results.filter((f): f is Finding => f !== null);
}
