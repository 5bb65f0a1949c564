/**
 * Two tables on one sheet (spec/workbook.md "Every table"): the 决算 software puts
 * 收入支出决算总表 and 财政拨款收入支出决算总表 side by side, a PDF copy stacks 支出决算表 over
 * 一般公共预算财政拨款支出决算表 with blank rows between. Each title naming another table than
 * the one before it starts a region; each region is read as a sheet of its own (a view with the
 * same name and cell positions, every cell outside the region blank). The title repeated at a
 * page break (the same table, or `（续）`) starts none.
 */
import { CellRef, cellRef } from '../grid/address';
import { CellValue, Rect, SheetSnapshot } from '../grid/snapshot';
import { parseNumberCell } from './numbers';
import { Target, aloneInRow, matchTitle, titleLike } from './titles';
import { looseLabel } from './text';

export interface Region {
  readonly sheet: SheetSnapshot;
  readonly target: Target;
  readonly keyword: string;
  readonly titleCell: CellRef;
}

interface Title {
  readonly row: number;
  readonly col: number;
  readonly target: Target;
  readonly keyword: string;
}

const NOTE = /^(注|说明|备注|填表说明|附注)/;

/** Forms are never split: their text names tables without holding them. */
const UNSPLIT: readonly Target[] = ['P2', 'P3', 'P4', 'S'];
/** Titles this many rows apart or less stand side by side (one a row lower than the other). */
const SAME_BAND = 2;

/**
 * The first row holding anything: 0 for a sheet, the region's first row for the view of one table
 * of a sheet holding two (split.ts), so a header is looked for from the table's own title down.
 */
export function firstFilledRow(sheet: SheetSnapshot): number {
  const r = sheet.values.findIndex((cells) => cells.some((v) => v !== null && v !== undefined && v !== ''));
  return Math.max(r, 0);
}

/** The regions of a sheet holding two tables or more, or null for a sheet of one table. */
export function splitSheet(sheet: SheetSnapshot): Region[] | null {
  const titles = findTitles(sheet);
  if (titles.length < 2 || UNSPLIT.includes(titles[0].target)) return null;
  const top = titles[0];
  const side = titles.filter((t) => t.row <= top.row + SAME_BAND && t.col > top.col && t.target !== top.target);
  const cols = [top.col, ...side.map((t) => t.col)].sort((a, b) => a - b);
  const bands = [top, ...side].sort((a, b) => a.col - b.col);
  const regions: Region[] = [];
  bands.forEach((band, i) => {
    const left = i === 0 ? 0 : cols[i];
    const right = i + 1 < cols.length ? cols[i + 1] - 1 : Infinity;
    let current = band;
    let topRow = 0;
    const below = titles.filter((t) => t.row > top.row + SAME_BAND && t.col >= left && t.col <= right);
    for (const next of below) {
      if (next.target === current.target) continue;
      regions.push(region(sheet, current, { top: topRow, left, bottom: next.row - 1, right }));
      current = next;
      topRow = next.row;
    }
    regions.push(region(sheet, current, { top: topRow, left, bottom: Infinity, right }));
  });
  return regions.length > 1 ? regions : null;
}

/** Title cells anywhere on the sheet, in reading order: title-like, in a row without numbers. */
function findTitles(sheet: SheetSnapshot): Title[] {
  const out: Title[] = [];
  sheet.values.forEach((cells, row) => {
    if (cells.some((v) => parseNumberCell(v).kind === 'number')) return;
    cells.forEach((v, col) => {
      if (typeof v !== 'string') return;
      const text = looseLabel(v);
      // A note under the table names tables without starting one (注：本表反映…支出决算表).
      if (NOTE.test(text)) return;
      const m = text === '' ? null : matchTitle(text);
      if (!m || !titleLike(text, m.keyword) || (m.keyword.length < 5 && !aloneInRow(cells, col))) return;
      out.push({ row, col, ...m });
    });
  });
  return out;
}

function region(sheet: SheetSnapshot, title: Title, rect: Rect): Region {
  const inside = (r: number, c: number) => r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
  const values = sheet.values.map((cells, r) =>
    r < rect.top || r > rect.bottom ? [] : cells.map((v, c): CellValue => (inside(r, c) ? v : null)),
  );
  const merges = sheet.merges.filter((m) => inside(m.top, m.left) && inside(m.bottom, m.right));
  const numberFormats = sheet.numberFormats;
  const view: SheetSnapshot = { ...sheet, values, merges, ...(numberFormats ? { numberFormats } : {}) };
  return {
    sheet: view,
    target: title.target,
    keyword: title.keyword,
    titleCell: cellRef(sheet.name, title.row, title.col),
  };
}
