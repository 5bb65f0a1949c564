/** Pieces both languages' wording share: numbers, amounts and labels out of a finding's data. */
import Decimal from 'decimal.js';
import { Finding } from './finding';
import { tableName } from './tableNames';
import { formatAmount, formatRate, formatTrimmed, roundHalfAway } from '../money';

/**
 * A 万元 amount as text: 640.68, 180; a nonzero amount too small to show in 2 places keeps up
 * to 6 (a residue in a table in 元 is 0.000002 万元, never "0").
 */
export function amountText(value: Decimal): string {
  if (!value.isZero() && roundHalfAway(value, 2).isZero()) return formatTrimmed(value, 6);
  return formatAmount(value);
}

/** A finding's expected / actual / difference as text with `unit`, or null when absent. */
export function valueText(v: Decimal | string | null | undefined, unit: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  return `${amountText(v)}${unit}`;
}

/** A plain number (score, weight) without unit: 88, 87.25. */
export function numberText(v: Decimal | string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : formatTrimmed(v, 4);
}

/** A rate: a ratio (0.9876 → 98.76%) or a percentage typed as a number (98.76 → 98.76%). */
export function rateText(v: Decimal | string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  return v.abs().gt(2) ? `${formatTrimmed(v, 2)}%` : formatRate(v);
}

/** The table a finding names: its 中文 title from tableName/title, or from a table id. */
export function tableTitle(f: Finding): string {
  const p = f.params;
  if (p.tableName) return p.tableName;
  if (p.title) return p.title;
  return p.table ? tableName(p.table) : '';
}

/** The first present, non-empty param of `names`. */
export function param(f: Finding, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = f.params[n];
    if (v !== undefined && v.trim() !== '') return v;
  }
  return undefined;
}

/** True when the finding is a rounding residue (尾差). */
export function isResidue(f: Finding): boolean {
  return f.params.residue === 'true';
}

/** |difference|, or |actual − expected| when only those were given, or null. */
export function absDifference(f: Finding): Decimal | null {
  if (f.difference) return f.difference.abs();
  if (Decimal.isDecimal(f.actual) && Decimal.isDecimal(f.expected))
    return (f.actual as Decimal).minus(f.expected as Decimal).abs();
  return null;
}

/** A placeholder name shown with its braces once: `{基本支出}`. */
export function braced(name: string): string {
  return `{${name.replace(/^[{｛]|[}｝]$/g, '')}}`;
}
