/**
 * Reading numbers the tolerant way of spec/workbook.md "Numbers": number cells, numbers typed
 * as text (`1,234.56`, `１２３`), blanks and dashes as zero, anything else an error at the cell.
 */
import { Label } from '../findings/labels';
import Decimal from 'decimal.js';
import { cellRef } from '../grid/address';
import { CellValue, isCellError, rawAt, UNCOMPUTED, UncomputedWhy } from '../grid/snapshot';
import { atCell, finding, FindingFields } from '../findings/finding';
import { CellForm, Expr, cell, div, mul, num } from '../model/expr';
import { Amount, Unit } from '../model/types';
import { Dec } from '../money';
import { TableContext } from './context';
import { cellText, toHalfWidth } from './text';
import { shownValue } from './displayScale';

export type ParsedNumber =
  /** `unit`: the cell names its own unit (`12.5万元`), which beats the table's. */
  | { readonly kind: 'number'; readonly value: Decimal; readonly form: CellForm; readonly unit?: Unit }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly text: string }
  | { readonly kind: 'error'; readonly error: string };

/**
 * Placeholders that mean "nothing here" (zero): a run of dashes or slashes, spaced or not (`-`,
 * `——`, `－－`, `— —`, `/`, `一` as a PDF copy reads a dash). 无 stays a word: in the
 * self-evaluation form it is a target's text, not a number.
 */
const BLANK_MARK = /^[-—–―‒‐‑－/／\\一]+$/;
const PLAIN_ASCII = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell read as a number: number cells, text numbers, blank/dash as blank, errors and words apart. */
export function parseNumberCell(v: CellValue | undefined): ParsedNumber {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? { kind: 'number', value: new Dec(v), form: 'number' }
      : { kind: 'invalid', text: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: cellText(v) };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  const text = cellText(v);
  if (text === '' || BLANK_MARK.test(text.replace(/[\s\u00a0]/g, ''))) return { kind: 'blank' };
  const value = parseNumberText(text);
  if (value !== null) {
    // Only plain ASCII text reads the same through VALUE(SUBSTITUTE(ref,",","")) in Excel and LibreOffice.
    const raw = typeof v === 'string' ? v : text;
    return { kind: 'number', value, form: PLAIN_ASCII.test(raw) ? 'text' : 'textConstant' };
  }
  const withUnit = CELL_UNIT.exec(text);
  const amount = withUnit ? parseNumberText(withUnit[1]) : null;
  if (withUnit && amount !== null) return { kind: 'number', value: amount, form: 'textConstant', unit: CELL_UNITS[withUnit[2]] };
  return { kind: 'invalid', text };
}

/** A unit written in the amount cell itself: `12.5万元`, `125,000元`, `12.5万`. */
const CELL_UNIT = /^(.*\d)\s*(亿元|万元|千元|元|万)$/;
const CELL_UNITS: Readonly<Record<string, Unit>> = { 亿元: '亿元', 万元: '万元', 千元: '千元', 元: '元', 万: '万元' };

/** Spaces, NBSP and the zero-width marks PDF copies leave inside numbers. */
const NUMBER_NOISE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/g;
/** Thousands commas only where they group by three: `1,234.56`; `1,23` or `12,34.5` is no number. */
const COMMAS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** A currency sign before the digits: `¥1,234.56`, `￥1,234.56`, `-¥12`. */
const CURRENCY = /[¥￥](?=[\d.])/;
/** The accounting negative `(1,234.56)` (Excel's own negative format, and PDF copies of it). */
const BRACKETED = /^\((.*)\)$/;

/**
 * Text → number after removing spaces (full-width digits and signs allowed); null when not a
 * number. Thousands commas must group by three; `(12.00)` and `−12.00` (U+2212) are negative;
 * a currency sign `¥` before the digits is dropped.
 * `△12.00`, `▲12.00` and `12.00-` are not read: they are no 部门决算 convention (cell.value).
 */
export function parseNumberText(text: string): Decimal | null {
  let compact = toHalfWidth(text).replace(NUMBER_NOISE, '').replace(/，/g, ',').replace(/\u2212/g, '-').replace(CURRENCY, '');
  const bracketed = BRACKETED.exec(compact);
  if (bracketed) compact = `-${bracketed[1]}`;
  if (compact.includes(',')) {
    if (!COMMAS.test(bracketed ? compact.slice(1) : compact)) return null;
    compact = compact.replace(/,/g, '');
  }
  if (!NUMBER.test(compact) || (bracketed && /^--/.test(compact))) return null;
  return new Dec(compact);
}

// A quantity may carry a comparison in front and a short unit or % behind: ≥95%, 1225人,
// 0.5万元, 5个工作日, 95%以上. A longer tail (2022年底前完成) is a sentence, not a number.
const QUANTITY =
  /^(?:≥|≤|>=|<=|>|<|=|不低于|不高于|不少于|不超过|不多于|大于|小于|等于|达到|超过|低于)?([+-]?(?:\d+\.?\d*|\.\d+))(%|‰)?([^\d.%‰]{0,4}?)(?:以上|以下|左右|及以上|及以下)?$/;
const NOT_A_UNIT = /[前后底内完成起止到至]/;

/** A quantity cell (targets, persons, weights): like parseNumberCell, also `95%` (→ 0.95), `≥95%`, `1225人`, `0.5万元`. */
export function parseQuantityCell(v: CellValue | undefined): ParsedNumber {
  const plain = parseNumberCell(v);
  if (plain.kind !== 'invalid') return plain;
  const compact = toHalfWidth(plain.text).replace(/[\s,，\u00a0]/g, '');
  const m = QUANTITY.exec(compact);
  if (!m || NOT_A_UNIT.test(m[3])) return plain;
  let value = new Dec(m[1]);
  if (m[2] === '%') value = value.div(100);
  else if (m[2] === '‰') value = value.div(1000);
  return { kind: 'number', value, form: 'textConstant' };
}

/** The factor to 万元 of a unit, as an expression step: 元 ÷ 10000, 千元 ÷ 10, 亿元 × 10000 (exact). */
export function toWanYuan(e: Expr, value: Decimal, unit: Unit): { expr: Expr; value: Decimal } {
  switch (unit) {
    case '万元':
      return { expr: e, value };
    case '元':
      return { expr: div(e, num(10000)), value: value.div(10000) };
    case '千元':
      return { expr: div(e, num(10)), value: value.div(10) };
    case '亿元':
      return { expr: mul(e, num(10000)), value: value.times(10000) };
  }
}

/** Reads an amount cell in 万元 (converted from the table's unit); a bad cell is a cell.value error and null. */
export function readAmount(ctx: TableContext, row: number, col: number, subject: Label): Amount | null {
  return readCell(ctx, row, col, subject, parseNumberCell, true);
}

/** Reads a plain number (persons, weights, rates) without unit conversion; accepts `95%`, `1225人`. */
export function readQuantity(ctx: TableContext, row: number, col: number, subject: Label): Amount | null {
  return readCell(ctx, row, col, subject, parseQuantityCell, false);
}

/** 10¹² 万元: far beyond any department's accounts — a typing or export error, never a figure. */
const IMPLAUSIBLE_WAN = new Dec('1e12');

/** An amount beyond plausibility, or the reader's mark of a formula it could not compute. */
function cellProblem(parsed: ParsedNumber, unit: Unit | null): FindingFields['cell.value']['problem'] {
  if (parsed.kind === 'error' && parsed.error.startsWith(UNCOMPUTED))
    return { kind: 'uncomputed', why: parsed.error.slice(UNCOMPUTED.length) as UncomputedWhy };
  if (parsed.kind === 'number' && unit !== null && toWanYuan(num(0), parsed.value, unit).value.abs().gte(IMPLAUSIBLE_WAN))
    return { kind: 'implausible' };
  return undefined;
}

function readCell(
  ctx: TableContext,
  row: number,
  col: number,
  subject: Label,
  parse: (v: CellValue) => ParsedNumber,
  convert: boolean,
): Amount | null {
  const ref = cellRef(ctx.sheet.name, row, col);
  // Raw, not merge-aware: a merged amount must count once, in its top-left cell.
  const raw = rawAt(ctx.sheet, row, col);
  // A number shown as a date or time (44926 as 2022/12/31) is no amount: cell.value with the date as found.
  const date = typeof raw === 'number' ? dateText(raw, ctx.sheet.numberFormats?.[row]?.[col]) : null;
  const parsed: ParsedNumber = date !== null ? { kind: 'invalid', text: date } : parse(raw);
  const problem = cellProblem(parsed, convert ? (parsed.kind === 'number' && parsed.unit) || ctx.unit : null);
  if (parsed.kind === 'invalid' || parsed.kind === 'error' || problem) {
    const found = parsed.kind === 'error' ? parsed.error : parsed.kind === 'invalid' ? parsed.text : parsed.kind === 'number' ? parsed.value.toString() : '';
    const fields = { subject, found, table: ctx.id, ...(problem ? { problem } : {}) };
    ctx.findings.push(finding('cell.value', 'error', atCell(ref), fields, { actual: found }));
    return null;
  }
  const value = parsed.kind === 'number' ? parsed.value : new Dec(0);
  const form: CellForm = parsed.kind === 'number' ? parsed.form : 'blank';
  const base = cell(ref, value, form);
  if (!convert) return { ref, value, expr: base };
  // A number format that shows the cell smaller (`0!.0000`, `#,##0.00,`): the unit line is for what is shown.
  const shown = shownValue(base, value, typeof raw === 'number' ? ctx.sheet.numberFormats?.[row]?.[col] : null);
  const converted = toWanYuan(shown.expr, shown.value, (parsed.kind === 'number' && parsed.unit) || ctx.unit);
  return { ref, value: converted.value, expr: converted.expr };
}

/** Colour, locale and condition sections of a number format: `[Red]`, `[$-804]`, `[<0]` (no date letters). */
const FORMAT_NOISE = /"[^"]*"|\\.|\[(?:\$[^\]]*|[<>=][^\]]*|Red|Black|Blue|Cyan|Green|Magenta|White|Yellow|Color\d+)\]/gi;

/**
 * A number shown as a date or time (`yyyy/m/d`, `h:mm`, `[h]:mm:ss`): its text as Excel shows it,
 * `2022/12/31` for 44926; null for any other format. Excel stores dates as day counts from 1899-12-30.
 */
export function dateText(serial: number, format: string | null | undefined): string | null {
  if (!format || !/[ymdhs]/i.test(format.replace(FORMAT_NOISE, ''))) return null;
  const minutes = Math.round(serial * 1440);
  const days = Math.floor(minutes / 1440);
  const [y, m, d] = civilFromDays(days - 25569); // 25569: 1899-12-30 → 1970-01-01
  const inDay = minutes - days * 1440;
  const day = `${y}/${m}/${d}`;
  const time = `${Math.floor(inDay / 60)}:${String(inDay % 60).padStart(2, '0')}`;
  const hasDay = /[yd]/i.test(format.replace(FORMAT_NOISE, ''));
  if (!hasDay) return time;
  return inDay === 0 ? day : `${day} ${time}`;
}

/** Year, month, day of a day count from 1970-01-01 (proleptic Gregorian; core has no Date). */
function civilFromDays(z: number): [number, number, number] {
  const shifted = z + 719468;
  const era = Math.floor(shifted / 146097);
  const doe = shifted - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
