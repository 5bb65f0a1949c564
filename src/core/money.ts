/**
 * Exact numbers. Every amount, rate and score in core is a `Decimal` (decimal.js), never a
 * binary float: sums of money must be exact to the cent (DESIGN.md "Numbers").
 * 四舍五入 — half away from zero — lives here and only here.
 */
import Decimal from 'decimal.js';

/** A private Decimal constructor so no other library's global config can change our rounding. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** Builds a Decimal from a JS number or a numeric string (numbers go through their shortest decimal text). */
export function dec(value: number | string | Decimal): Decimal {
  return new Dec(value);
}

/**
 * 四舍五入: rounds half away from zero to `places` decimals.
 *   roundHalfAway(1.005, 2) → 1.01;  roundHalfAway(-1.5, 0) → -2;  roundHalfAway(2.345, 2) → 2.35
 * (Many "half up" helpers send −1.5 to −1; Excel's ROUND and this function send it to −2.)
 */
export function roundHalfAway(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/**
 * ROUNDUP: rounds away from zero to `places` decimals, as Excel's ROUNDUP (each started step
 * of a deduction counts): roundUpAway(1.01, 0) → 2; roundUpAway(-1.01, 0) → -2.
 */
export function roundUpAway(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_UP);
}

/** Sum of decimals, exact. */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/**
 * Texts already made, per number of places. A report shows each live number several times
 * (measured, split, written) and expression values are memoised, so the same Decimal object
 * comes back; Decimals are immutable, so its text cannot change.
 */
const trimmedTexts = new Map<number, WeakMap<Decimal, string>>();

/** Text of a number rounded to `places` with trailing zeros dropped: 26833.46, 4551.4, 180 (the seed's style). */
export function formatTrimmed(value: Decimal, places = 2): string {
  let texts = trimmedTexts.get(places);
  if (texts === undefined) {
    texts = new WeakMap();
    trimmedTexts.set(places, texts);
  }
  let text = texts.get(value);
  if (text === undefined) {
    text = trimmedText(value, places);
    texts.set(value, text);
  }
  return text;
}

function trimmedText(value: Decimal, places: number): string {
  // Most amounts already have at most `places` decimals: then rounding changes nothing and
  // toFixed() (normal notation, no padding: Decimals keep no trailing zeros) is the text.
  if (value.decimalPlaces() <= places) {
    const exact = value.toFixed();
    return exact === '-0' ? '0' : exact;
  }
  const rounded = roundHalfAway(value, places);
  // toFixed then strip zeros: Decimal#toString would switch to exponent notation for tiny values.
  let text = rounded.toFixed(places);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** 万元 amount as the report writes it in sentences: 26833.46万元 → "26833.46". */
export function formatAmount(value: Decimal): string {
  return formatTrimmed(value, 2);
}

const rateTexts = new WeakMap<Decimal, string>();

/** A ratio as a percentage with 2 decimals: 0.98765 → "98.77%". */
export function formatRate(ratio: Decimal): string {
  let text = rateTexts.get(ratio);
  if (text === undefined) {
    text = `${roundHalfAway(ratio.times(100), 2).toFixed(2)}%`;
    rateTexts.set(ratio, text);
  }
  return text;
}

/** A score to 2 places without trailing zeros: 88, 88.5, 87.25. */
export function formatScore(score: Decimal): string {
  return formatTrimmed(score, 2);
}

/** Fixed 2-decimal text for table cells: 180 → "180.00". */
export function formatFixed2(value: Decimal): string {
  return roundHalfAway(value, 2).toFixed(2);
}
