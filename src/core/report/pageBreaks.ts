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
 * The rows (0-based) that start a new page, for rows `top..bottom` of the given heights. A
 * page that would end on rows kept with the next (`keep`) breaks before them instead, unless
 * they fill the page by themselves.
 */
export function pageBreakRows(
  heights: Readonly<Record<number, number>>,
  range: { readonly top: number; readonly bottom: number },
  keep: ReadonlySet<number>,
  pageHeight: number,
): number[] {
  const h = (r: number): number => heights[r] ?? DEFAULT_ROW_PT;
  const breaks: number[] = [];
  let start = range.top;
  let used = 0;
  for (let r = range.top; r <= range.bottom; r++) {
    if (used + h(r) > pageHeight && r > start) {
      let b = r;
      while (b - 1 > start && keep.has(b - 1)) b--;
      if (b - 1 === start && keep.has(start)) b = r;
      breaks.push(b);
      used = 0;
      for (let x = b; x < r; x++) used += h(x);
      start = b;
    }
    used += h(r);
  }
  return breaks;
}
