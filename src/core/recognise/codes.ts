/**
 * 科目编码 (spec/workbook.md "Codes"): 功能分类 3/5/7 digits (类/款/项), 经济分类 3/5 digits
 * (类/款), in one column (`2050201`, `205 02 01`) or split over 类 | 款 | 项, as numbers or text.
 */
import { CellValue } from '../grid/snapshot';
import { cellText, toHalfWidth } from './text';

export interface ParsedCode {
  /** Digits only: 205, 20502, 2050201. */
  readonly code: string;
  /** 1 类, 2 款, 3 项. */
  readonly level: 1 | 2 | 3;
}

/** `30101.0` (a code written by a float export, CSV or pandas) → `30101`; `205.01.01` keeps its dots. */
export function withoutFloatTail(text: string): string {
  return /^\d+\.0+$/.test(text) ? text.replace(/\.0+$/, '') : text;
}

/** Digits of a one-column code cell with separators (space, -, ., 、) removed; '' when it is not a code. */
function codeDigits(v: CellValue | undefined): string {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? String(v) : '';
  if (typeof v !== 'string') return '';
  const text = withoutFloatTail(toHalfWidth(cellText(v)).replace(/^\[|\]$/g, ''));
  if (!/^\d[\d\s\-.、_]*$/.test(text)) return '';
  return text.replace(/\D/g, '');
}

/** A 功能分类 code from one cell: `2050201`, `205 02 01`, 20502 (number) → {code, level}; null when not one. */
export function parseFunctionalCode(v: CellValue | undefined): ParsedCode | null {
  const digits = codeDigits(v);
  const level = ({ 3: 1, 5: 2, 7: 3 } as const)[digits.length as 3 | 5 | 7];
  return level ? { code: digits, level } : null;
}

/** A 经济分类 code from one cell: `301`, `30101`, `301 01` → {code, level 1|2}; null when not one. */
export function parseEconomicCode(v: CellValue | undefined): ParsedCode | null {
  const digits = codeDigits(v);
  const level = ({ 3: 1, 5: 2 } as const)[digits.length as 3 | 5];
  return level ? { code: digits, level } : null;
}

/** A 款/项 part: number 2 → `02`; text `02` stays; blank → ''; null when not a 1–2 digit part. */
function part(v: CellValue | undefined): string | null {
  const t =
    typeof v === 'number' ? (Number.isInteger(v) && v >= 0 ? String(v) : 'x') : withoutFloatTail(toHalfWidth(cellText(v ?? null)));
  if (t === '') return '';
  if (!/^\d{1,2}$/.test(t)) return null;
  return t.padStart(2, '0');
}

/**
 * A 功能分类 code split over 类 | 款 | 项 (`205` | `02` | `01`; a 款 row leaves 项 blank).
 * `previous` (the last code read) fills a blank 类 or 款 in exports that only show the new part.
 * A 款 or 项 cell holding the full code (`20502`) is accepted too.
 */
export function parseSplitFunctionalCode(
  lei: CellValue | undefined,
  kuan: CellValue | undefined,
  xiang: CellValue | undefined,
  previous: string | null = null,
): ParsedCode | null {
  const full = parseFunctionalCode(xiang) ?? parseFunctionalCode(kuan);
  if (full && full.level > 1) return full;
  let classPart = codeDigits(lei);
  const k = part(kuan);
  const x = part(xiang);
  if (k === null || x === null) return null;
  if (classPart === '' && (k !== '' || x !== '') && previous) classPart = previous.slice(0, 3);
  if (classPart.length !== 3) return null;
  let kuanPart = k;
  if (kuanPart === '' && x !== '' && previous && previous.startsWith(classPart) && previous.length >= 5)
    kuanPart = previous.slice(3, 5);
  if (kuanPart === '') return x === '' ? { code: classPart, level: 1 } : null;
  return x === '' ? { code: classPart + kuanPart, level: 2 } : { code: classPart + kuanPart + x, level: 3 };
}

/** A 经济分类 code split over 类 | 款 (`301` | `01`). */
export function parseSplitEconomicCode(
  lei: CellValue | undefined,
  kuan: CellValue | undefined,
  previous: string | null = null,
): ParsedCode | null {
  const full = parseEconomicCode(kuan);
  if (full && full.level === 2) return full;
  let classPart = codeDigits(lei);
  const k = part(kuan);
  if (k === null) return null;
  if (classPart === '' && k !== '' && previous) classPart = previous.slice(0, 3);
  if (classPart.length !== 3) return null;
  return k === '' ? { code: classPart, level: 1 } : { code: classPart + k, level: 2 };
}

/**
 * A code and a name in one cell, as PDF copies give them: `2050201 学前教育`, `[205]教育支出`.
 * Returns null when the text does not start with a code.
 */
export function splitCodeAndName(v: CellValue | undefined): { digits: string; name: string } | null {
  if (typeof v !== 'string') return null;
  const m = /^\[?(\d{3}(?:[\s.\-]?\d{2}){0,2})\]?[\s\u3000]*(\D.*)$/.exec(toHalfWidth(cellText(v)));
  if (!m) return null;
  return { digits: m[1].replace(/\D/g, ''), name: m[2].trim() };
}
