/**
 * The report document → the report sheet: status line (row 1, frozen, not printed), title,
 * sections as merged wrapped blocks of the page width with computed heights, and the
 * appendix tables. Every number is a formula with the engine's value cached; the user's
 * text is always a plain value.
 */
import { Analysis } from '../model/analysis';
import { named } from '../model/expr';
import { a1 } from '../grid/address';
import { Rect } from '../grid/snapshot';
import { Block, Inline, LiveNumber } from './document';
import { PageSetup, ReportCell, ReportSheet } from './sheet';
import { RefLookup } from './formula';
import { gradeOf, inlineText, live, liveText, liveValue } from './live';
import { MAX_FORMULA_LENGTH, gradeFormula, sentenceFormula, signWordFormula, valueFormula } from './layoutFormula';
import { columnPixels, lineCount, rowHeight, textPixels } from './layoutMeasure';
import { chunkInlines } from './layoutChunks';
import { BODY_PT, COLUMN_WIDTHS, FOOTER, HEADING_PT, INDENT, LAST_COL, MARGINS, STATUS_PT, STYLES, TABLE_PT, TAB_COLOR, TITLE_PT, numberStyle } from './layoutStyles';
import { FRESH_TEXT, staleMarker } from './stale';
import { totalScoreExpr } from './scoreExprs';

/** A paragraph row holds at most this many wrapped lines (a row is never split across pages). */
const MAX_LINES_PER_ROW = 12;
const FIRST_CONTENT_ROW = 3;

interface MergedPlan {
  readonly kind: 'merged';
  readonly row: number;
  readonly style: string;
  readonly prefix: string;
  readonly inlines: readonly Inline[];
}
interface CellPlan {
  readonly left: number;
  readonly right: number;
  readonly content: string | LiveNumber | null;
  readonly style: string;
  /** Part of a vertical merge (its rectangle is in PlanState.merges). */
  readonly inRun?: boolean;
}
interface RowPlan {
  readonly kind: 'cells';
  readonly row: number;
  readonly cells: readonly CellPlan[];
}
type Plan = MergedPlan | RowPlan;

/** What planning collects: the rows, their heights, and the cell of every named number. */
interface PlanState {
  row: number;
  readonly plans: Plan[];
  readonly heights: Record<number, number>;
  readonly names: Map<string, string>;
  /** Vertical merges of repeated 一级/二级指标 in tables. */
  readonly merges: Rect[];
}

function spanPixels(left: number, right: number): number {
  let px = 0;
  for (let c = left; c <= right; c++) px += columnPixels(COLUMN_WIDTHS[c]);
  return px;
}
const PAGE_PIXELS = spanPixels(0, LAST_COL);

const HEADING_STYLE: Record<1 | 2 | 3, [string, number]> = { 1: ['h1', HEADING_PT], 2: ['h2', HEADING_PT], 3: ['h3', BODY_PT] };

/** One merged row of the page width (or several for a long paragraph), with heights from the text. */
function planMerged(state: PlanState, style: string, fontPt: number, inlines: readonly Inline[], minHeight: number): void {
  const chunks = chunkInlines(inlines, fontPt, PAGE_PIXELS, MAX_LINES_PER_ROW, textPixels(INDENT, fontPt));
  chunks.forEach((chunk, i) => {
    const prefix = i === 0 ? INDENT : '';
    state.plans.push({ kind: 'merged', row: state.row, style, prefix, inlines: chunk });
    state.heights[state.row] = rowHeight(lineCount(prefix + inlineText(chunk), fontPt, PAGE_PIXELS), fontPt, minHeight);
    state.row++;
  });
}

function spacer(state: PlanState, height: number): void {
  state.heights[state.row] = height;
  state.row++;
}

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

function contentText(c: string | LiveNumber | null): string {
  if (c === null) return '';
  return typeof c === 'string' ? c : inlineText([c]);
}

/** A table: its title row, a grey header row and the data rows; named numbers register their cell. */
function planTable(state: PlanState, block: Extract<Block, { kind: 'table' }>): void {
  spacer(state, 12);
  state.plans.push({ kind: 'merged', row: state.row, style: 'tableTitle', prefix: '', inlines: [block.title] });
  state.heights[state.row++] = 26;
  const spans = columnSpans(block.columns.map((c) => c.width));
  const header: (string | LiveNumber | null)[] = block.columns.map((c) => c.header);
  const rows = [header, ...block.rows];
  const runs = indicatorRuns(block);
  const top = state.row + 1; // the first data row
  rows.forEach((cells, r) => {
    const total = r > 0 && (block.totalRows ?? []).includes(r - 1);
    const plans: CellPlan[] = spans.map(([left, right], c) => {
      const run = r > 0 ? runs.get(`${r - 1}!${c}`) : undefined;
      const content = run === 0 ? null : (cells[c] ?? null);
      const style = r === 0 ? 'th' : content !== null && typeof content !== 'string' ? numberStyle(content.format, total) : total ? 'totalTd' : 'td';
      if (content !== null && typeof content !== 'string' && content.name !== undefined) state.names.set(content.name, a1(state.row, left));
      if (run !== undefined && (run > 1 || (run === 1 && right > left))) state.merges.push({ top: top + r - 1, left, bottom: top + r - 2 + run, right });
      return { left, right, content, style, inRun: run !== undefined };
    });
    const lines = Math.max(1, ...plans.map((p) => lineCount(contentText(p.content), TABLE_PT, spanPixels(p.left, p.right))));
    state.plans.push({ kind: 'cells', row: state.row, cells: plans });
    state.heights[state.row++] = rowHeight(lines, TABLE_PT, 20);
  });
}

/** Columns whose repeated values are merged down, as printed self-evaluation forms do. */
const RUN_HEADERS = ['一级指标', '二级指标'];

/**
 * Runs of repeated 一级/二级指标 in a table: `row!col` → run length at the run's first row,
 * 0 on the rows it covers. A 二级 run never crosses a change of 一级.
 */
export function indicatorRuns(block: Extract<Block, { kind: 'table' }>): Map<string, number> {
  const runs = new Map<string, number>();
  const cols = block.columns.map((c, i) => (RUN_HEADERS.includes(c.header) ? i : -1)).filter((i) => i >= 0);
  const totals = new Set(block.totalRows ?? []);
  const same = (r: number, upTo: number): boolean =>
    r > 0 &&
    !totals.has(r) &&
    !totals.has(r - 1) &&
    cols.filter((c) => c <= upTo).every((c) => typeof block.rows[r][c] === 'string' && block.rows[r][c] !== '' && block.rows[r][c] === block.rows[r - 1][c]);
  for (const c of cols) {
    let start = 0;
    for (let r = 0; r < block.rows.length; r++) {
      if (same(r, c)) {
        runs.set(`${r}!${c}`, 0);
        runs.set(`${start}!${c}`, (runs.get(`${start}!${c}`) ?? 1) + 1);
      } else {
        start = r;
        runs.set(`${r}!${c}`, 1);
      }
    }
  }
  return runs;
}

function planDocument(blocks: readonly Block[]): PlanState {
  const state: PlanState = { row: FIRST_CONTENT_ROW, plans: [], heights: {}, names: new Map(), merges: [] };
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (b.level === 1) spacer(state, 8);
      const [style, pt] = HEADING_STYLE[b.level];
      planMerged(state, style, pt, [b.text], 24);
    } else if (b.kind === 'paragraph') {
      planMerged(state, b.source === 'gap' ? 'gap' : 'body', BODY_PT, b.inlines, 22);
    } else {
      planTable(state, b);
    }
  }
  return state;
}

/** A sentence cell: a text formula when it holds live numbers (and fits Excel's limits), else the text. */
function sentenceCell(row: number, style: string, prefix: string, inlines: readonly Inline[], lookup: RefLookup): ReportCell {
  const value = prefix + inlineText(inlines);
  const numbers = inlines.filter((x): x is LiveNumber => typeof x !== 'string');
  if (numbers.length === 0 || numbers.some((n) => liveValue(n) === null)) return { row, col: 0, value, style };
  const formula = sentenceFormula(prefix, inlines, lookup);
  // Past Excel's 8192-character limit the sentence is written as its value: it stays readable, only not live.
  if (formula.length + 1 > MAX_FORMULA_LENGTH) return { row, col: 0, value, style };
  return { row, col: 0, value, formula, style };
}

/** A number cell of a table: the formula of its value (a grade as the IF chain), the engine's value cached. */
function numberCell(row: number, col: number, n: LiveNumber, style: string, lookup: RefLookup): ReportCell {
  const v = liveValue(n);
  if (v === null) return { row, col, value: '—', style };
  const x = valueFormula(n, lookup, n.name);
  if (n.signWords) return { row, col, value: liveText(n), formula: signWordFormula(n, lookup), style };
  const formula = n.format === 'grade' ? gradeFormula(x) : x;
  const value = n.format === 'grade' ? gradeOf(v) : v.toNumber();
  if (formula.length + 1 > MAX_FORMULA_LENGTH) return { row, col, value, style };
  return { row, col, value, formula, style };
}

function render(plans: readonly Plan[], lookup: RefLookup, cells: ReportCell[], merges: Rect[]): void {
  for (const p of plans) {
    if (p.kind === 'merged') {
      merges.push({ top: p.row, left: 0, bottom: p.row, right: LAST_COL });
      cells.push(sentenceCell(p.row, p.style, p.prefix, p.inlines, lookup));
      continue;
    }
    for (const c of p.cells) {
      if (c.right > c.left && !c.inRun) merges.push({ top: p.row, left: c.left, bottom: p.row, right: c.right });
      const content = c.content;
      cells.push(content === null || typeof content === 'string' ? { row: p.row, col: c.left, value: content, style: c.style } : numberCell(p.row, c.left, content, c.style, lookup));
      // The covered cells carry the style too, so a merged table cell keeps its borders.
      for (let col = c.left + 1; col <= c.right; col++) cells.push({ row: p.row, col, value: null, style: c.style });
    }
  }
}

/** Row 0: score, grade and findings (live score and grade), and the stale marker at the right. */
function statusCells(analysis: Analysis, lookup: RefLookup): { cells: ReportCell[]; fingerprint: string } {
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
  const total = totalScoreExpr(analysis.scoring);
  const pending = analysis.scoring.pending ?? 0;
  const inlines: Inline[] = [
    pending > 0 ? '综合自评得分暂计' : '综合自评得分',
    live(total, 'score', 'scoreTotal'),
    // 暂计 … 分（3 项待补充）: rows that could not be computed count 0 until filled in.
    pending > 0 ? `分（${pending} 项待补充），评价等级“` : '分，评价等级“',
    live(named('scoreTotal', total), 'grade'),
    `”；审核发现：错误${errors}个，警告${warnings}个`,
  ];
  const marker = staleMarker(analysis);
  const stale: ReportCell = { row: 0, col: 5, value: FRESH_TEXT, formula: marker.formula, style: 'stale' };
  return { cells: [sentenceCell(0, 'status', '', inlines, lookup), stale], fingerprint: marker.fingerprint };
}

/** A4 portrait, one page wide, page numbers; printed from the title down. */
function pageSetup(lastRow: number): PageSetup {
  return {
    paperSize: 'A4',
    orientation: 'portrait',
    fitToWidth: 1,
    margins: MARGINS,
    footer: FOOTER,
    // From the title: the status line (row 0) is for the screen, not the paper.
    printArea: { top: 1, left: 0, bottom: lastRow, right: LAST_COL },
    // Excel repeats one row range on every printed page, narrative pages included, so a
    // table header would print above the report's prose: no repeated rows (tables are short).
    printTitleRows: null,
  };
}

/** Lays the analysis's report out as the report sheet named `sheetName`. */
export function layoutReport(analysis: Analysis, sheetName: string): ReportSheet {
  const doc = analysis.report;
  const state = planDocument(doc.blocks);
  const lookup: RefLookup = (name) => state.names.get(name);
  const cells: ReportCell[] = [];
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 0, left: 5, bottom: 0, right: LAST_COL },
    { top: 1, left: 0, bottom: 1, right: LAST_COL },
  ];
  const status = statusCells(analysis, lookup);
  cells.push(...status.cells);
  cells.push({ row: 1, col: 0, value: doc.title, style: 'title' });
  render(state.plans, lookup, cells, merges);
  merges.push(...state.merges);
  const heights: Record<number, number> = {
    0: rowHeight(1, STATUS_PT, 18),
    1: rowHeight(lineCount(doc.title, TITLE_PT, PAGE_PIXELS), TITLE_PT, 40),
    2: 10,
    ...state.heights,
  };
  const lastRow = Math.max(FIRST_CONTENT_ROW, state.row - 1);
  return {
    name: sheetName,
    cells,
    merges,
    rowHeights: heights,
    columnWidths: COLUMN_WIDTHS,
    styles: STYLES,
    page: pageSetup(lastRow),
    frozenRows: 1,
    tabColor: TAB_COLOR,
    showGridlines: false,
    fingerprint: status.fingerprint,
  };
}
