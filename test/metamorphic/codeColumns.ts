/**
 * 科目编码 in one column ↔ split over 类 | 款 | 项 (T3/T5): the same codes, the other layout
 * of the 决算 software and of PDF copies. Header cells are rewritten in the last header row.
 */
import { CellValue, SheetSnapshot } from '../../src/core/grid/snapshot';
import { TableInfo } from '../../src/core/model/types';
import { Run, accountTables, run } from './baseline';
import { editSheet, insertColumn, mapCells } from './snapshotEdit';
import { Transform } from './transform';

const SPENDING = new Set(['T3', 'T5']);
const col = (t: TableInfo, field: string): number | undefined => t.columns?.find((c) => c.field === field)?.col;
const digits = (v: CellValue | undefined): string =>
  typeof v === 'number' ? String(v) : typeof v === 'string' && /^\d+$/.test(v.trim()) ? v.trim() : '';

/** Applies `edit` to every T3/T5 sheet that `fits`; null when none does. */
function onSpending(r: Run, fits: (t: TableInfo) => boolean, edit: (s: SheetSnapshot, t: TableInfo) => SheetSnapshot) {
  const tables = accountTables(r).filter((t) => SPENDING.has(t.id) && fits(t));
  if (tables.length === 0) return null;
  const snapshot = tables.reduce((wb, t) => editSheet(wb, t.sheet, (s) => edit(s, t)), r.snapshot);
  return { snapshot, touched: null };
}

/** 类 | 款 | 项 → one 科目编码 column (the 类 column; 款 and 项 left blank). */
function joinSplit(s: SheetSnapshot, t: TableInfo): SheetSnapshot {
  const [lei, kuan, xiang] = [col(t, 'lei')!, col(t, 'kuan'), col(t, 'xiang')];
  const header = t.headerRows[1];
  let previous = '';
  return mapCells(s, (v, row, c) => {
    if (row === header) return c === lei ? '科目编码' : c === kuan || c === xiang ? null : v;
    if (row <= header || row > t.range.bottom || (c !== lei && c !== kuan && c !== xiang)) return v;
    const cells = s.values[row] ?? [];
    const [l, k, x] = [
      digits(cells[lei]),
      kuan === undefined ? '' : digits(cells[kuan]),
      xiang === undefined ? '' : digits(cells[xiang]),
    ];
    if (!l && !k) return v;
    const code = (l || previous.slice(0, 3)) + (k ? k.padStart(2, '0') : '') + (x ? x.padStart(2, '0') : '');
    if (c === lei) previous = code;
    return c === lei ? code : null;
  });
}

/** One 科目编码 column → 类 | 款 | 项 (two columns inserted right of it). */
function splitJoined(s: SheetSnapshot, t: TableInfo): SheetSnapshot {
  const code = col(t, 'code')!;
  const widened = insertColumn(insertColumn(s, code + 1), code + 1);
  // The row naming the code column (科目编码), which may sit under the header rows the reader took.
  let header = t.headerRows[1];
  for (let r = t.headerRows[0]; r <= t.headerRows[1] + 1; r++)
    if (/编码|代码/.test(String(s.values[r]?.[code] ?? ''))) header = r;
  return mapCells(widened, (v, row, c) => {
    if (c < code || c > code + 2) return v;
    if (row === header) return ['类', '款', '项'][c - code];
    if (row <= header || row > t.range.bottom) return v;
    const d = digits(widened.values[row]?.[code]);
    if (![3, 5, 7].includes(d.length)) return v;
    return [d.slice(0, 3), d.slice(3, 5), d.slice(5, 7)][c - code] || null;
  });
}

const joinable = (t: TableInfo): boolean => col(t, 'lei') !== undefined && col(t, 'kuan') !== undefined;
const joined = (t: TableInfo): boolean => col(t, 'code') !== undefined && col(t, 'lei') === undefined;

export const CODE_COLUMN_TRANSFORMS: readonly Transform[] = [
  {
    name: '类 | 款 | 项 joined into one 科目编码 column',
    expect: 'exact',
    apply: (r) => onSpending(r, joinable, joinSplit),
  },
  {
    // The real cases with a T3 split their codes: split again what was joined, so both directions run.
    name: '科目编码 split over 类 | 款 | 项 (one column first, if split)',
    expect: 'exact',
    apply: (r) => {
      const one = onSpending(r, joinable, joinSplit);
      return onSpending(one ? run(one.snapshot) : r, joined, splitJoined);
    },
  },
];
