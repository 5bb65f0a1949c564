/** Pieces both languages' wording share: the shape of a wording, numbers and amounts as text. */
import Decimal from 'decimal.js';
import { FigureId, IndicatorId } from '../model/analysis';
import { TableId } from '../model/types';
import { FindingCode } from './catalogue';
import { AmountFields, FindingOf, Unavailable } from './finding';
import { Label, LabelStyle, labelText } from './labels';
import { formatAmount, formatRate, formatTrimmed, roundHalfAway } from '../money';

/** The message of each code, from its typed finding. */
export type Messages = { readonly [C in FindingCode]: (f: FindingOf<C>) => string };

/** Every word of one language: labels, table / figure / indicator names, messages, fixes. */
export interface Wording {
  readonly labels: LabelStyle;
  readonly tables: Readonly<Record<TableId, string>>;
  readonly figures: Readonly<Record<FigureId, string>>;
  readonly indicators: Readonly<Record<IndicatorId, string>>;
  readonly unavailable: (u: Unavailable) => string;
  readonly messages: Messages;
  /** How to fix each code, for docs/findings.md and the pane. */
  readonly fixes: Readonly<Record<FindingCode, string>>;
}

/** A comparison finding: its fields and the numbers on both sides. */
export type AmountFinding = { readonly fields: AmountFields } & Pick<
  FindingOf<'T3.rowSum'>,
  'expected' | 'actual' | 'difference'
>;

export const labelIn = (w: Pick<Wording, 'labels'>, l: Label): string => labelText(l, w.labels);

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
export function numberText(v: Decimal): string {
  return formatTrimmed(v, 4);
}

/** A rate typed by the user: a ratio (0.9876 → 98.76%) or a percentage typed as a number (98.76 → 98.76%). */
export function enteredRateText(v: Decimal): string {
  return v.gt('1.5') ? `${formatTrimmed(v, 4)}%` : formatRate(v);
}

/** |difference|, or |actual − expected| when only those were given, or null. */
export function absDifference(f: Pick<AmountFinding, 'expected' | 'actual' | 'difference'>): Decimal | null {
  if (f.difference) return f.difference.abs();
  if (Decimal.isDecimal(f.actual) && Decimal.isDecimal(f.expected))
    return (f.actual as Decimal).minus(f.expected as Decimal).abs();
  return null;
}

/** A placeholder name shown with its braces once: `{基本支出}`. */
export function braced(name: string): string {
  return `{${name.replace(/^[{｛]|[}｝]$/g, '')}}`;
}
