/**
 * Number formats that show a cell smaller than it holds: `#,##0.00,` shows 38591600 as
 * 38,591.60 (a trailing comma divides by 1000), and the well-known 万元 trick `0!.0000` (or
 * `0"."0000`, `0\.0000`) shows 38591600 as 3859.1600 (a literal dot before four digits). The
 * unit line is written for what the table shows, so the amount is the shown value: the stored
 * number divided by the factor this returns (1 for every other format).
 */
import Decimal from 'decimal.js';
import { Expr, div, num } from '../model/expr';
import { Dec } from '../money';

/** A stored number as its format shows it: the value and expression divided by the format's factor. */
export function shownValue(e: Expr, value: Decimal, format: string | null | undefined): { expr: Expr; value: Decimal } {
  const scale = displayScale(format);
  return scale.eq(1) ? { expr: e, value } : { expr: div(e, num(scale)), value: value.div(scale) };
}

const PLACEHOLDER = /[0#?]/;

/** The factor a format's first (positive) section divides the stored number by when shown. */
export function displayScale(format: string | null | undefined): Decimal {
  if (!format) return new Dec(1);
  let commas = 0;
  let pendingCommas = 0;
  let realDot = false;
  let literalDot = false;
  let afterLiteralDot = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ';') break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const text = format.slice(i + 1, end < 0 ? format.length : end);
      if (text === '.' && !realDot) literalDot = true;
      i = end < 0 ? format.length : end;
      continue;
    }
    if (ch === '\\' || ch === '!') {
      if (format[i + 1] === '.' && !realDot) literalDot = true;
      i++;
      continue;
    }
    if (ch === '[') {
      i = Math.max(i, format.indexOf(']', i));
      continue;
    }
    if (ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (ch === '.') realDot = true;
    if (ch === ',') pendingCommas++;
    else if (PLACEHOLDER.test(ch)) {
      pendingCommas = 0; // a comma between digits is a thousands separator
      if (literalDot) afterLiteralDot++;
    } else if (pendingCommas > 0 && ch !== ' ') {
      commas += pendingCommas;
      pendingCommas = 0;
    }
  }
  commas += pendingCommas;
  const shift = realDot ? 0 : afterLiteralDot;
  return new Dec(1000).pow(commas).times(new Dec(10).pow(shift));
}
