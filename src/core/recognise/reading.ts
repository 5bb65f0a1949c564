/**
 * What a reader took from its sheet, found after the fact from the record it returned: the rows
 * some cell was read from, and every other non-blank row under the header with why it was
 * left (spec/workbook.md: a reading is never a silent guess).
 */
import Decimal from 'decimal.js';
import { SheetSnapshot, rowCount } from '../grid/snapshot';
import { RowSkipped, TableInfo } from '../model/types';
import { hasNumber, isBlankRow, isColumnNumberRow, isNoteRow, isTotalLabel } from './header';
import { normaliseLabel, stripNumbering } from './text';
import { isPageFurnitureRow } from './pageBreak';

/** The info with rowsRead and skipped filled in from `data` (the reader's record). */
export function withRows(info: TableInfo, sheet: SheetSnapshot, data: unknown): TableInfo {
  const read = new Set<number>();
  collectRows(data, sheet.name, read);
  const skipped: RowSkipped[] = [];
  let rowsRead = 0;
  for (let r = info.headerRows[1] + 1; r < rowCount(sheet); r++) {
    if (read.has(r)) rowsRead++;
    else if (!isBlankRow(sheet, r)) skipped.push({ row: r, reason: reasonOf(sheet, r, info) });
  }
  return { ...info, rowsRead, skipped };
}

/** 车辆数, 批次, 人次, 团组数 … under the 三公 money: counts, not amounts. */
const COUNT_ROW = /车辆数|保有量|批次|人次|人数|团组|次数|其他资料/;

function reasonOf(sheet: SheetSnapshot, r: number, info: TableInfo): RowSkipped['reason'] {
  if (isNoteRow(sheet, r)) return 'note';
  if (info.detailRows?.includes(r)) return 'detail';
  if (info.id === 'T7' && (sheet.values[r] ?? []).some((v) => typeof v === 'string' && COUNT_ROW.test(normaliseLabel(v))))
    return 'count';
  if (isColumnNumberRow(sheet, r) || repeatsHeader(sheet, r, info) || isPageFurnitureRow(sheet, r, info.headerRows[0]))
    return 'header';
  const cells = sheet.values[r] ?? [];
  if (cells.some((v) => typeof v === 'string' && isTotalLabel(stripNumbering(normaliseLabel(v))))) return 'total';
  return hasNumber(sheet, r) ? 'noData' : 'text';
}

/** The row holds, in its text cells, only texts of the header rows (a header repeated at a page break). */
function repeatsHeader(sheet: SheetSnapshot, r: number, info: TableInfo): boolean {
  const texts = new Set<unknown>();
  for (let h = info.headerRows[0]; h <= info.headerRows[1]; h++) for (const v of sheet.values[h] ?? []) texts.add(v);
  const cells = (sheet.values[r] ?? []).filter((v) => typeof v === 'string' && v.trim() !== '');
  return cells.length >= 2 && cells.every((v) => texts.has(v));
}

/**
 * Every row of a cell reference (`{sheet, row, col}`) on `sheet` in a reader's record. Expressions
 * are not walked (their cells are the amounts' own refs), nor the record's TableInfo (title and
 * header cells are not data); the record is a tree, so no visited set is needed.
 */
function collectRows(value: unknown, sheet: string, out: Set<number>, depth = 0): void {
  if (value === null || typeof value !== 'object' || value instanceof Decimal || depth > 12) return;
  if (Array.isArray(value)) {
    for (const item of value) collectRows(item, sheet, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (record.sheet === sheet && typeof record.row === 'number' && typeof record.col === 'number') {
    out.add(record.row);
    return;
  }
  // An Amount or TextCell: its ref is all there is to take (most of the records are these).
  const ref = record.ref as Record<string, unknown> | undefined;
  if (ref && typeof ref === 'object' && typeof ref.row === 'number') {
    if (ref.sheet === sheet) out.add(ref.row);
    return;
  }
  for (const key in record) {
    if (key === 'info' || key === 'expr' || !Object.prototype.hasOwnProperty.call(record, key)) continue;
    const field = record[key];
    if (field !== null && typeof field === 'object') collectRows(field, sheet, out, depth + 1);
  }
}
