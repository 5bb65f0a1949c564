/**
 * A report table in sheet rows: title, grey header, data rows. A row whose text passes what one
 * sheet row can show (Excel's 409 pt) continues on further sheet rows, so nothing is cut off.
 */
import { a1 } from '../grid/address';
import { Block, LiveNumber } from './document';
import { inlineText } from './live';
import { chunkInlines } from './layoutChunks';
import { lineCount, rowHeight } from './layoutMeasure';
import { CellPlan, PlanState, spacer, spanPixels } from './layoutPlan';
import { COLUMN_WIDTHS, TABLE_PT, numberStyle } from './layoutStyles';
import { indicatorRuns } from './tableRuns';

type TableBlock = Extract<Block, { kind: 'table' }>;
type Content = string | LiveNumber | null;

/** Lines of 11 pt one sheet row holds: 24 lines of 13.5 pt stay under 409 pt. */
const MAX_CELL_LINES = 24;

/**
 * Sheet columns for a table's columns: 8 columns map one to one; fewer get spans whose right
 * edges fall nearest to the columns' share of the page width (each at least one column).
 */
export function columnSpans(widths: readonly number[]): [number, number][] {
  const n = COLUMN_WIDTHS.length;
  if (widths.length >= n) return widths.map((_, i) => [Math.min(i, n - 1), Math.min(i, n - 1)]);
  const total = widths.reduce((a, b) => a + b, 0);
  const page = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
  const edgeOf = (col: number): number => COLUMN_WIDTHS.slice(0, col + 1).reduce((a, b) => a + b, 0);
  const spans: [number, number][] = [];
  let left = 0;
  let acc = 0;
  widths.forEach((w, i) => {
    acc += w;
    const target = (acc / total) * page;
    const lastAllowed = n - (widths.length - i);
    let right = left;
    while (right < lastAllowed && Math.abs(edgeOf(right + 1) - target) <= Math.abs(edgeOf(right) - target)) right++;
    if (i === widths.length - 1) right = n - 1;
    spans.push([left, right]);
    left = right + 1;
  });
  return spans;
}

function contentText(c: Content): string {
  if (c === null) return '';
  return typeof c === 'string' ? c : inlineText([c]);
}

/** A cell's text in pieces of at most MAX_CELL_LINES lines (a number or a short text is one piece). */
function cellPieces(content: Content, left: number, right: number): Content[] {
  if (typeof content !== 'string' || content === '') return [content];
  const px = spanPixels(left, right);
  if (lineCount(content, TABLE_PT, px) <= MAX_CELL_LINES) return [content];
  return chunkInlines([content], TABLE_PT, px, MAX_CELL_LINES).map((p) => inlineText(p));
}

/** Where each table row lands: its first sheet row and how many it takes. */
interface RowPlace {
  readonly first: number;
  readonly count: number;
}

/** The title row's height. */
const TITLE_HEIGHT = 26;

/**
 * A table: its title row, a grey header row and the data rows; named numbers register their
 * cell. Where a data row would not fit on the printed page (the pager run ahead), the page
 * breaks before it and the header row is repeated: Excel repeats one row range for a whole
 * sheet, and the report's prose pages must not carry a table header.
 */
export function planTable(state: PlanState, block: TableBlock): void {
  spacer(state, 12);
  state.plans.push({ kind: 'merged', row: state.row, style: 'tableTitle', prefix: '', inlines: [block.title] });
  state.keep.add(state.row); // the title and the header rows go with the first data row
  state.heights[state.row++] = TITLE_HEIGHT;
  const spans = columnSpans(block.columns.map((c) => c.width));
  const rows: Content[][] = [block.columns.map((c) => c.header), ...block.rows.map((r) => [...r])];
  const base = tablePlan(block, spans, rows, indicatorRuns(block));
  const starts = pageStarts(state, base);
  const t = starts.size === 0 ? base : tablePlan(block, spans, rows, splitRuns(indicatorRuns(block), starts));
  const headerRows = t.counts[0];
  const places: RowPlace[] = [];
  let at = state.row;
  t.counts.forEach((count, r) => {
    if (starts.has(r)) at += headerRows;
    places.push({ first: at, count });
    at += count;
  });
  rows.forEach((_cells, r) => {
    if (starts.has(r)) for (let k = 0; k < headerRows; k++) planSheetRow(state, t, places, 0, k, places[r].first - headerRows + k);
    for (let k = 0; k < places[r].count; k++) planSheetRow(state, t, places, r, k, places[r].first + k);
  });
  state.row = at;
}

/** What planning a table's sheet rows reads. */
interface TablePlan {
  readonly block: TableBlock;
  readonly spans: readonly [number, number][];
  readonly rows: readonly Content[][];
  readonly runOf: (r: number, c: number) => number | undefined;
  readonly pieces: readonly Content[][][];
  /** Sheet rows each table row takes. */
  readonly counts: readonly number[];
}

function tablePlan(block: TableBlock, spans: readonly [number, number][], rows: readonly Content[][], runs: ReadonlyMap<string, number>): TablePlan {
  const runOf = (r: number, c: number): number | undefined => (r > 0 ? runs.get(`${r - 1}!${c}`) : undefined);
  // A run cell (一级/二级指标) stays whole: its merge spans the rows of its run.
  const pieces = rows.map((cells, r) =>
    spans.map(([left, right], c) => {
      const run = runOf(r, c);
      if (run === 0) return [null];
      return run === undefined ? cellPieces(cells[c] ?? null, left, right) : [cells[c] ?? null];
    }),
  );
  const counts = pieces.map((p) => Math.max(...p.map((x) => x.length)));
  return { block, spans, rows, runOf, pieces, counts };
}

/**
 * The data rows (table indexes, the header is 0) that start a printed page: a copy of the
 * sheet's pager places the title, the header and the rows as planTable will, and a row after
 * the first that does not fit where the page stands starts the next one, under the header again.
 */
function pageStarts(state: PlanState, base: TablePlan): Set<number> {
  state.pager.placeUpTo(state.row, state.heights, state.keep);
  const pager = state.pager.copy();
  const heights: Record<number, number> = {};
  const keep = new Set<number>();
  const h = (r: number): number => heights[r] ?? state.heights[r] ?? 15;
  const kept = { has: (r: number): boolean => keep.has(r) || state.keep.has(r) };
  const place = (height: number, withNext: boolean): void => {
    heights[pager.next] = height;
    if (withNext) keep.add(pager.next);
    pager.place(h, kept);
  };
  const header = rowHeights(base, 0);
  const starts = new Set<number>();
  header.forEach((x) => place(x, true));
  for (let r = 1; r < base.rows.length; r++) {
    let own = rowHeights(base, r);
    if (r > 1 && !pager.fits(own.reduce((a, b) => a + b, 0))) {
      starts.add(r);
      pager.breakHere();
      header.forEach((x) => place(x, true));
      own = rowHeights(startingRuns(base, r), r);
    }
    own.forEach((x, k) => place(x, k < own.length - 1));
  }
  return starts;
}

/** `t` with the runs covering row `r` started again there (on a new page the row carries its 一级/二级指标 again). */
function startingRuns(t: TablePlan, r: number): TablePlan {
  const covered = (c: number): boolean => t.runOf(r, c) === 0;
  const pieces = t.pieces.slice();
  pieces[r] = t.pieces[r].map((p, c) => (covered(c) ? [t.rows[r][c] ?? null] : p));
  return { ...t, pieces, runOf: (rr, c) => (rr === r && covered(c) ? 1 : t.runOf(rr, c)) };
}

/**
 * The runs cut where a page starts: a run crossing a start ends before it, and its rest starts
 * again there (the rows carry the repeated 一级/二级指标 text, so the new run shows it).
 */
function splitRuns(runs: Map<string, number>, starts: ReadonlySet<number>): Map<string, number> {
  for (const [key, length] of [...runs]) {
    if (length <= 1) continue;
    const [row, col] = key.split('!').map(Number);
    // Block row b is table row b + 1.
    let first = row;
    for (let b = row + 1; b < row + length; b++) {
      if (!starts.has(b + 1)) continue;
      runs.set(`${first}!${col}`, b - first);
      first = b;
    }
    runs.set(`${first}!${col}`, row + length - first);
  }
  return runs;
}

/** The heights of table row `r`'s sheet rows. */
function rowHeights(t: TablePlan, r: number): number[] {
  return Array.from({ length: t.counts[r] }, (_, k) => heightOf(sheetRowCells(t, r, k, t.counts[r])));
}

function heightOf(cells: readonly CellPlan[]): number {
  const lines = Math.max(1, ...cells.map((p) => lineCount(contentText(p.content), TABLE_PT, spanPixels(p.left, p.right))));
  return rowHeight(lines, TABLE_PT, 20);
}

/** The cells of the `k`th sheet row of table row `r` (of `count` sheet rows). */
function sheetRowCells(t: TablePlan, r: number, k: number, count: number): CellPlan[] {
  const total = r > 0 && (t.block.totalRows ?? []).includes(r - 1);
  return t.spans.map(([left, right], c): CellPlan => {
    const run = t.runOf(r, c);
    const original = run === 0 ? null : (t.rows[r][c] ?? null);
    const own = t.pieces[r][c];
    // One piece on a row of several: merged down over them, as a run of 一级指标 is.
    const down = own.length === 1 && count > 1;
    const inRun = run !== undefined || down;
    const style = r === 0 ? 'th' : original !== null && typeof original !== 'string' ? numberStyle(original.format, total) : total ? 'totalTd' : 'td';
    const content = inRun ? (k === 0 ? (own[0] ?? null) : null) : (own[k] ?? null);
    return { left, right, content, style, inRun };
  });
}

/**
 * Sheet row `row`, the `k`th of table row `r` (0 is the header; a header repeated on a new page
 * is planned again at its own row): its cells, merges, named numbers and height. A table row's
 * sheet rows are kept together on a page.
 */
function planSheetRow(state: PlanState, t: TablePlan, places: readonly RowPlace[], r: number, k: number, row: number): void {
  const cells = sheetRowCells(t, r, k, places[r].count);
  if (k === 0) {
    t.spans.forEach(([left, right], c) => {
      const run = t.runOf(r, c);
      const original = run === 0 ? null : (t.rows[r][c] ?? null);
      const down = t.pieces[r][c].length === 1 && places[r].count > 1;
      // A repeated header names no numbers (it has none) and merges only its own row.
      const bottom = row - places[r].first + bottomOf(places, r, run, down);
      placeCell(state, { row, left, right, original, bottom, merge: cells[c].inRun === true && run !== 0 });
    });
  }
  state.plans.push({ kind: 'cells', row, cells });
  state.heights[row] = heightOf(cells);
  if (r === 0 || k < places[r].count - 1) state.keep.add(row);
}

/** The last sheet row a cell covers: its run of 一级/二级指标, its own row's sheet rows, or its row. */
function bottomOf(places: readonly RowPlace[], r: number, run: number | undefined, down: boolean): number {
  if (run !== undefined && run > 0) {
    const last = places[r + run - 1];
    return last.first + last.count - 1;
  }
  return down ? places[r].first + places[r].count - 1 : places[r].first;
}

/** Registers a named number's cell, and the merge of a cell spanning rows (or a run cell spanning columns: render leaves those to us). */
function placeCell(state: PlanState, c: { row: number; left: number; right: number; original: Content; bottom: number; merge: boolean }): void {
  if (c.original !== null && typeof c.original !== 'string' && c.original.name !== undefined) state.names.set(c.original.name, a1(c.row, c.left));
  if (c.merge && (c.bottom > c.row || c.right > c.left)) state.merges.push({ top: c.row, left: c.left, bottom: c.bottom, right: c.right });
}
