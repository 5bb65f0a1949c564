/**
 * Label text as the readers compare it: spaces, line breaks and full-width/half-width
 * differences removed (spec/workbook.md "Header row"), numbering stripped.
 */
import { CellValue, isCellError } from '../grid/snapshot';
import { Dec } from '../money';

/** Display text of a cell, trimmed; numbers as plain decimal text (no exponent). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const plain = String(v);
    // String() switches to exponent form for tiny and huge numbers; Decimal writes them out.
    return plain.includes('e') && Number.isFinite(v) ? new Dec(v).toFixed() : plain;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isCellError(v)) return v.error;
  // Most cells have nothing to trim: skip the regex (recognition runs this on every cell).
  if (v === '' || (!isSpace(v.charCodeAt(0)) && !isSpace(v.charCodeAt(v.length - 1)))) return v;
  return v.replace(/^[\s\u200b]+|[\s\u200b]+$/g, '');
}

function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x3000 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}
/**
 * A source label as the report and findings show it: trimmed, with the line breaks a PDF copy
 * leaves inside names (`学前\n教育`) and the spaces around them removed.
 */
export function labelText(v: CellValue | undefined): string {
  const text = cellText(v);
  return /[\r\n]/.test(text) ? text.replace(/[ \t\u3000\u00a0]*[\r\n]+[ \t\u3000\u00a0]*/g, '') : text;
}

/** Characters normaliseLabel changes: spaces, zero-width marks, full-width ASCII. */
const NEEDS_NORMALISING = /[\s\u00a0\u200b\ufeff\u3000\uff01-\uff5e]/;

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (！ to ～, U+FF01–FF5E) → half-width; ideographic space → space. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Text with every space and line break removed and full-width ASCII made half-width: `科目 （编码）` → `科目(编码)`. */
export function normaliseLabel(v: CellValue | undefined): string {
  const text = cellText(v);
  if (!NEEDS_NORMALISING.test(text)) return text;
  return toHalfWidth(text).replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇]+';
// Leading numbering forms, tried repeatedly: 一、 （一） (一) 1. 1、 1) ① 其中：
const NUMBERING = [
  new RegExp(`^${CHINESE_NUMERAL}[、.,:]`),
  new RegExp(`^\\(${CHINESE_NUMERAL}\\)[、.]?`),
  /^\(\d+\)[、.]?/,
  /^\d+(?:[、)]|\.(?!\d))/,
  /^[\u2460-\u2473\u2474-\u2487\u2488-\u249b]/,
  /^其中[:,]?/,
  /^[-—·•]+(?=\D)/,
];

/** Drops leading numbering (`一、` `（一）` `1.` `1、` `1）` `①` `其中：`) from a label; the result is normalised. */
export function stripNumbering(label: string): string {
  let text = normaliseLabel(label);
  for (let guard = 0; guard < 6; guard++) {
    const before = text;
    for (const re of NUMBERING) text = text.replace(re, '');
    if (text === before) break;
  }
  return text;
}

/** Normalised and without the quote marks that titles vary on: `"三公"经费` / `“三公”经费` / `三公经费`. */
export function looseLabel(v: CellValue | undefined): string {
  return normaliseLabel(v).replace(/["'“”‘’「」『』《》]/g, '');
}
