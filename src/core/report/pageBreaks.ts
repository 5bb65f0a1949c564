/**
 * Manual page breaks for the printed report sheet, placed from the computed row heights so a
 * heading, a table's title or its header row is never the last thing on a page (Calc and
 * Excel have no "keep with next"; a row itself never splits across pages).
 */
import { columnPixels } from './layoutMeasure';

/** A4 in points, and the default row height for a row with none set. */
const A4_PT = { width: 595.3, height: 841.9 };
const DEFAULT_ROW_PT = 15;
/** Room for the difference between our heights and the printer's (rounding, borders). */
const SAFETY = 0.96;

/**
 * The sheet height, in points, that one printed page holds: the A4 height inside the margins,
 * enlarged by the fit-to-width scale when the columns are wider than the paper.
 */
export function pageHeightPt(columnWidths: readonly number[], margins: { left: number; right: number; top: number; bottom: number }): number {
  const sheetWidth = columnWidths.reduce((a, w) => a + columnPixels(w), 0) * 0.75;
  const paperWidth = A4_PT.width - (margins.left + margins.right) * 72;
  const scale = Math.min(1, paperWidth / sheetWidth);
  return ((A4_PT.height - (margins.top + margins.bottom) * 72) / scale) * SAFETY;
}

/**
 * Greedy pagination, one row at a time: a row that does not fit starts a new page, and a page
 * that would end on rows kept with the next (`keep`) breaks before them instead, unless they
 * fill the page by themselves. The table planner runs a copy ahead to see where its rows land.
 */
export class Pager {
  readonly breaks: number[] = [];
  /** The next row to place, the first row of the current page, and the height used on it. */
  next: number;
  private start: number;
  private used = 0;

  constructor(
    readonly pageHeight: number,
    top: number,
  ) {
    this.next = top;
    this.start = top;
  }

  copy(): Pager {
    const p = new Pager(this.pageHeight, this.start);
    p.breaks.push(...this.breaks);
    p.next = this.next;
    p.used = this.used;
    return p;
  }

  /** Whether `height` more points fit on the current page (a page with nothing on it takes anything). */
  fits(height: number): boolean {
    return this.next === this.start || this.used + height <= this.pageHeight;
  }

  /** Starts a new page at the next row. */
  breakHere(): void {
    if (this.next === this.start) return;
    this.breaks.push(this.next);
    this.start = this.next;
    this.used = 0;
  }

  /** Places the next row, of `height`, kept with the row after it when `keep` has it. */
  place(h: (r: number) => number, keep: { has(r: number): boolean }): void {
    const r = this.next;
    if (this.used + h(r) > this.pageHeight && r > this.start) {
      let b = r;
      while (b - 1 > this.start && keep.has(b - 1)) b--;
      if (b - 1 === this.start && keep.has(this.start)) b = r;
      this.breaks.push(b);
      this.used = 0;
      for (let x = b; x < r; x++) this.used += h(x);
      this.start = b;
    }
    this.used += h(r);
    this.next = r + 1;
  }

  /** Places every row before `end` not placed yet. */
  placeUpTo(end: number, heights: Readonly<Record<number, number>>, keep: ReadonlySet<number>): void {
    const h = (r: number): number => heights[r] ?? DEFAULT_ROW_PT;
    while (this.next < end) this.place(h, keep);
  }
}

/** The rows (0-based) that start a new page, for rows `top..bottom` of the given heights. */
export function pageBreakRows(
  heights: Readonly<Record<number, number>>,
  range: { readonly top: number; readonly bottom: number },
  keep: ReadonlySet<number>,
  pageHeight: number,
): number[] {
  const pager = new Pager(pageHeight, range.top);
  pager.placeUpTo(range.bottom + 1, heights, keep);
  return pager.breaks;
}
