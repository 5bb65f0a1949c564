/**
 * The writes of a reconcile: only the rows whose layout changed, each run of rows first
 * unmerged and stripped of its old formats, then written as a first build would write it.
 */
import { a1Range } from '../core/grid/address';
import { ReportSheet } from '../core/report/sheet';
import { LayoutRows } from '../core/report/reconcile/fingerprint';
import {
  GridChunk,
  MAX_REQUEST_BYTES,
  WritePlan,
  columnWidthPoints,
  rowHeightRuns,
  styleAreasOf,
  utf8Length,
} from './writePlan';
import { columnLetters } from '../core/grid/address';

export interface RowsWritePlan extends WritePlan {
  /** Row runs ('A5:F9') to unmerge and clear of formats before writing. */
  readonly clears: readonly string[];
  /** Rows ('5:9') the layout gives no height: back to Excel's standard height. */
  readonly standardHeights: readonly string[];
}

type Run = readonly [number, number];

function runChunks(rows: LayoutRows, formats: string[][], [top, bottom]: Run): GridChunk[] {
  const blank = () => new Array<string>(rows.cols).fill('');
  const general = () => new Array<string>(rows.cols).fill('General');
  const chunks: GridChunk[] = [];
  let start = top;
  let bytes = 0;
  const push = (end: number) => {
    const span = Array.from({ length: end - start + 1 }, (_v, i) => start + i);
    chunks.push({
      address: a1Range(start, 0, end, rows.cols - 1),
      formulas: span.map((r) => rows.entries[r] ?? blank()),
      numberFormat: span.map((r) => formats[r] ?? general()),
      bytes,
    });
  };
  for (let r = top; r <= bottom; r++) {
    const rowBytes =
      utf8Length(JSON.stringify(rows.entries[r] ?? blank())) + utf8Length(JSON.stringify(formats[r] ?? general()));
    if (r > start && bytes + rowBytes > MAX_REQUEST_BYTES / 2) {
      push(r - 1);
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  push(bottom);
  return chunks;
}

/** The plan that rewrites `runs` of `sheet` in place (and the column widths when the sheet settings changed). */
export function planRowsWrite(
  sheet: ReportSheet,
  rows: LayoutRows,
  runs: readonly Run[],
  withSheetSettings: boolean,
): RowsWritePlan {
  const inRun = (r: number) => runs.some(([t, b]) => r >= t && r <= b);
  const formats: string[][] = rows.entries.map(() => new Array<string>(rows.cols).fill('General'));
  for (const c of sheet.cells) formats[c.row][c.col] = sheet.styles[c.style]?.numberFormat ?? 'General';
  const heights: Record<number, number> = {};
  const standard: [number, number][] = [];
  for (const [top, bottom] of runs) {
    for (let r = top; r <= bottom; r++) {
      if (sheet.rowHeights[r] !== undefined) heights[r] = sheet.rowHeights[r];
      else if (standard.length && standard[standard.length - 1][1] === r - 1) standard[standard.length - 1][1] = r;
      else standard.push([r, r]);
    }
  }
  return {
    clears: runs.map(([t, b]) => a1Range(t, 0, b, rows.cols - 1)),
    chunks: runs.flatMap((run) => runChunks(rows, formats, run)),
    styleAreas: styleAreasOf({ ...sheet, cells: sheet.cells.filter((c) => inRun(c.row)) }),
    merges: sheet.merges.filter((m) => inRun(m.top)).map((m) => a1Range(m.top, m.left, m.bottom, m.right)),
    rowHeights: rowHeightRuns(heights),
    standardHeights: standard.map(([t, b]) => `${t + 1}:${b + 1}`),
    columnWidths: withSheetSettings
      ? sheet.columnWidths.map((w, i) => ({
          column: `${columnLetters(i)}:${columnLetters(i)}`,
          points: columnWidthPoints(w),
        }))
      : [],
  };
}
