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

/** Lines of 11 pt one sheet row holds: 24 × 11 × 1.45 + 4 stays under 409 pt. */
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

/** A table: its title row, a grey header row and the data rows; named numbers register their cell. */
export function planTable(state: PlanState, block: TableBlock): void {
  spacer(state, 12);
  state.plans.push({ kind: 'merged', row: state.row, style: 'tableTitle', prefix: '', inlines: [block.title] });
  state.keep.add(state.row).add(state.row + 1); // the title and the header row go with the first data row
  state.heights[state.row++] = 26;
  const spans = columnSpans(block.columns.map((c) => c.width));
  const rows: Content[][] = [block.columns.map((c) => c.header), ...block.rows.map((r) => [...r])];
  const runs = indicatorRuns(block);
  const runOf = (r: number, c: number): number | undefined => (r > 0 ? runs.get(`${r - 1}!${c}`) : undefined);
  // A run cell (一级/二级指标) stays whole: its merge spans the rows of its run.
  const pieces = rows.map((cells, r) =>
    spans.map(([left, right], c) => {
      const run = runOf(r, c);
      if (run === 0) return [null];
      return run === undefined ? cellPieces(cells[c] ?? null, left, right) : [cells[c] ?? null];
    }),
  );
  const places: RowPlace[] = [];
  let at = state.row;
  for (const p of pieces) {
    const count = Math.max(...p.map((x) => x.length));
    places.push({ first: at, count });
    at += count;
  }
  const table: TablePlan = { block, spans, rows, runOf, pieces, places };
  rows.forEach((_cells, r) => {
    for (let k = 0; k < places[r].count; k++) planSheetRow(state, table, r, k);
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
  readonly places: readonly RowPlace[];
}

/** The `k`th sheet row of table row `r` (0 is the header): its cells, merges, named numbers and height. */
function planSheetRow(state: PlanState, t: TablePlan, r: number, k: number): void {
  const total = r > 0 && (t.block.totalRows ?? []).includes(r - 1);
  const row = t.places[r].first + k;
  const plans = t.spans.map(([left, right], c): CellPlan => {
    const run = t.runOf(r, c);
    const original = run === 0 ? null : (t.rows[r][c] ?? null);
    const own = t.pieces[r][c];
    // One piece on a row of several: merged down over them, as a run of 一级指标 is.
    const down = own.length === 1 && t.places[r].count > 1;
    const inRun = run !== undefined || down;
    if (k === 0) placeCell(state, { row, left, right, original, bottom: bottomOf(t.places, r, run, down), merge: inRun && run !== 0 });
    const style = r === 0 ? 'th' : original !== null && typeof original !== 'string' ? numberStyle(original.format, total) : total ? 'totalTd' : 'td';
    const content = inRun ? (k === 0 ? (own[0] ?? null) : null) : (own[k] ?? null);
    return { left, right, content, style, inRun };
  });
  const lines = Math.max(1, ...plans.map((p) => lineCount(contentText(p.content), TABLE_PT, spanPixels(p.left, p.right))));
  state.plans.push({ kind: 'cells', row, cells: plans });
  state.heights[row] = rowHeight(lines, TABLE_PT, 20);
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
