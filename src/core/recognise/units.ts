/** Unit lines (spec/workbook.md "Unit"): `单位：万元`, `金额单位：元`, a unit in a header `决算数（元）`. */
import { CellRef, cellRef } from '../grid/address';
import { SheetSnapshot, rowCount } from '../grid/snapshot';
import { Unit } from '../model/types';
import { normaliseLabel } from './text';

/**
 * The unit must end the word: `单位：元阳县教育体育局` is a department line (元阳县, 元谋县, 元江县
 * are real 县), not 元. `人民币` may stand before or after the unit (`单位：人民币万元`).
 */
const UNIT_END = '(?:人民币)?(?![\\u4e00-\\u9fff])';
const UNIT_RE = new RegExp(`单位[:(]*(?:人民币)?[:(]*(亿元|万元|千元|元)${UNIT_END}`);

/** The unit line (`单位：万元`, `金额单位：元`, also inside a title cell) in rows 0..maxRow. */
export function findUnit(sheet: SheetSnapshot, maxRow: number): { unit: Unit; ref: CellRef } | null {
  return scanUnit(sheet, maxRow, UNIT_RE);
}

// A header that carries its unit: 决算数（元）, 金额(万元).
const HEADER_UNIT_RE = /\((亿元|万元|千元|元)\)$/;

/** With no unit line, a unit in the header words (`决算数（元）`) in rows 0..maxRow. */
export function findHeaderUnit(sheet: SheetSnapshot, maxRow: number): { unit: Unit; ref: CellRef } | null {
  return scanUnit(sheet, maxRow, HEADER_UNIT_RE);
}

function scanUnit(sheet: SheetSnapshot, maxRow: number, re: RegExp): { unit: Unit; ref: CellRef } | null {
  const rows = Math.min(maxRow, rowCount(sheet) - 1);
  for (let r = 0; r <= rows; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const m = typeof row[c] === 'string' ? re.exec(normaliseLabel(row[c])) : null;
      if (m) return { unit: m[1] as Unit, ref: cellRef(sheet.name, r, c) };
    }
  }
  return null;
}

const OTHER_UNIT_RE = new RegExp(`单位[:(]([^:()\\d]{1,4}?元)${UNIT_END}`);

/** A unit line naming a unit we cannot convert (`单位：百万元`, `单位：美元`), for a unit.unknown warning. */
export function findUnknownUnit(sheet: SheetSnapshot, maxRow: number): { text: string; ref: CellRef } | null {
  const rows = Math.min(maxRow, rowCount(sheet) - 1);
  for (let r = 0; r <= rows; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const m = OTHER_UNIT_RE.exec(normaliseLabel(row[c]));
      if (m && !UNIT_RE.test(normaliseLabel(row[c]))) return { text: m[1], ref: cellRef(sheet.name, r, c) };
    }
  }
  return null;
}

/**
 * Another unit than the one read, named above the first row of numbers (a second unit line, or a
 * header `决算数（元）` under `单位：万元`): which is right cannot be told, so a unit.conflict warning.
 */
export function findUnitConflict(
  sheet: SheetSnapshot,
  maxRow: number,
  read: { unit: Unit; ref: CellRef },
): { unit: Unit; ref: CellRef } | null {
  const rows = Math.min(maxRow, rowCount(sheet) - 1);
  for (let r = 0; r <= rows; r++) {
    const row = sheet.values[r] ?? [];
    if (row.some((v) => typeof v === 'number')) return null;
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] !== 'string' || (r === read.ref.row && c === read.ref.col)) continue;
      const text = normaliseLabel(row[c]);
      const m = UNIT_RE.exec(text) ?? HEADER_UNIT_RE.exec(text);
      if (m && m[1] !== read.unit) return { unit: m[1] as Unit, ref: cellRef(sheet.name, r, c) };
    }
  }
  return null;
}
