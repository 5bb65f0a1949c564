/**
 * The report document → the report sheet: status line (row 1, frozen, not printed), title,
 * sections as merged wrapped blocks of the page width with computed heights, and the
 * appendix tables. Every number is a formula with the engine's value cached; the user's
 * text is always a plain value.
 */
import { Analysis } from '../model/analysis';
import { named } from '../model/expr';
import { Rect } from '../grid/snapshot';
import { Block, Inline, LiveNumber, ReportDocument } from './document';
import { handedInBlocks } from './handedIn';
import { PageSetup, ReportCell, ReportSheet } from './sheet';
import { RefLookup } from './formula';
import { gradeOf, inlineText, live, liveText, liveValue } from './live';
import { MAX_FORMULA_LENGTH, gradeFormula, sentenceFormula, signWordFormula, valueFormula } from './layoutFormula';
import { lineCount, rowHeight, textPixels } from './layoutMeasure';
import { chunkInlines } from './layoutChunks';
import { BODY_PT, COLUMN_WIDTHS, FOOTER, HEADING_PT, INDENT, LAST_COL, MARGINS, STATUS_PT, STYLES, TAB_COLOR, TITLE_PT } from './layoutStyles';
import { FRESH_TEXT, staleMarker } from './stale';
import { totalScoreExpr } from './scoreExprs';
import { Pager, pageBreakRows, pageHeightPt } from './pageBreaks';
import { PAGE_PIXELS, Plan, PlanState, spacer } from './layoutPlan';
import { planTable } from './layoutTable';
import { blankLineBefore } from './sections/closing';

/** A blank line of body text (the 28 pt line pitch of the document). */
const LINE_PT = 28;

/** A paragraph row holds at most this many wrapped lines (a row is never split across pages). */
const MAX_LINES_PER_ROW = 12;
/** Row 0 is the status line (screen only); the title starts the printed page. */
const TITLE_ROW = 1;

const HEADING_STYLE: Record<1 | 2 | 3, [string, number]> = { 1: ['h1', HEADING_PT], 2: ['h2', HEADING_PT], 3: ['h3', BODY_PT] };

/**
 * One merged row of the page width (or several for a long paragraph, so no row passes Excel's
 * 409 pt), with heights from the text; the first row indented unless `indent` is false (the title).
 */
function planMerged(state: PlanState, style: string, fontPt: number, inlines: readonly Inline[], minHeight: number, indent = true): void {
  const chunks = chunkInlines(inlines, fontPt, PAGE_PIXELS, MAX_LINES_PER_ROW, indent ? textPixels(INDENT, fontPt) : 0);
  chunks.forEach((chunk, i) => {
    const prefix = i === 0 && indent ? INDENT : '';
    state.plans.push({ kind: 'merged', row: state.row, style, prefix, inlines: chunk });
    state.heights[state.row] = rowHeight(lineCount(prefix + inlineText(chunk), fontPt, PAGE_PIXELS), fontPt, minHeight);
    state.row++;
  });
}

/** A closing line (附件名称 under the first, 署名, 成文日期): one row, indented or right-aligned by full-width spaces. */
function planPlaced(state: PlanState, text: string, place: { readonly align: 'left' | 'right'; readonly chars: number }): void {
  const pad = '\u3000'.repeat(place.chars);
  const value = place.align === 'left' ? pad + text : text + pad;
  const style = place.align === 'left' ? 'body' : 'closingRight';
  state.plans.push({ kind: 'merged', row: state.row, style, prefix: '', inlines: [value] });
  state.heights[state.row] = rowHeight(lineCount(value, BODY_PT, PAGE_PIXELS), BODY_PT, 22);
  state.row++;
}

function planBlocks(state: PlanState, blocks: readonly Block[]): void {
  blocks.forEach((b, i) => {
    if (blankLineBefore(blocks[i - 1], b)) spacer(state, LINE_PT);
    if (b.kind === 'heading') {
      if (b.level === 1) spacer(state, 8);
      const [style, pt] = HEADING_STYLE[b.level];
      const first = state.row;
      planMerged(state, style, pt, [b.text], 24);
      for (let r = first; r < state.row; r++) state.keep.add(r);
    } else if (b.kind === 'paragraph' && b.place) {
      planPlaced(state, inlineText(b.inlines), b.place);
    } else if (b.kind === 'paragraph') {
      planMerged(state, b.source === 'gap' ? 'gap' : 'body', BODY_PT, b.inlines, 22);
    } else {
      planTable(state, b);
    }
  });
}

/**
 * Plans what is handed in (printed), then below the print area what is for the author (the
 * findings list): the printed pages are the document that goes out, as the .docx is.
 */
function planDocument(doc: ReportDocument): { state: PlanState; lastPrinted: number } {
  const pager = new Pager(pageHeightPt(COLUMN_WIDTHS, MARGINS), TITLE_ROW);
  const state: PlanState = { row: TITLE_ROW, plans: [], heights: {}, names: new Map(), merges: [], keep: new Set(), pager };
  // The title from row 1 (a very long one over several rows), then a small gap.
  planMerged(state, 'title', TITLE_PT, [doc.title], 40, false);
  for (let r = TITLE_ROW; r < state.row; r++) state.keep.add(r);
  spacer(state, 10);
  const printed = handedInBlocks(doc);
  planBlocks(state, printed);
  const lastPrinted = state.row - 1;
  planBlocks(state, doc.blocks.filter((b) => !printed.includes(b)));
  return { state, lastPrinted };
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

/** A4 portrait, one page wide, page numbers; printed from the title down, broken where no heading ends a page. */
function pageSetup(lastRow: number, heights: Readonly<Record<number, number>>, keep: ReadonlySet<number>): PageSetup {
  const printArea = { top: TITLE_ROW, left: 0, bottom: lastRow, right: LAST_COL };
  return {
    paperSize: 'A4',
    orientation: 'portrait',
    fitToWidth: 1,
    margins: MARGINS,
    footer: FOOTER,
    // From the title: the status line (row 0) is for the screen, not the paper.
    printArea,
    rowBreaks: pageBreakRows(heights, printArea, keep, pageHeightPt(COLUMN_WIDTHS, MARGINS)),
    // Excel repeats one row range on every printed page, narrative pages included, so a
    // table header would print above the report's prose: no repeated rows (tables are short).
    printTitleRows: null,
  };
}

/** Lays the analysis's report out as the report sheet named `sheetName`. */
export function layoutReport(analysis: Analysis, sheetName: string): ReportSheet {
  const doc = analysis.report;
  const { state, lastPrinted } = planDocument(doc);
  const lookup: RefLookup = (name) => state.names.get(name);
  const cells: ReportCell[] = [];
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 0, left: 5, bottom: 0, right: LAST_COL },
  ];
  const status = statusCells(analysis, lookup);
  cells.push(...status.cells);
  render(state.plans, lookup, cells, merges);
  merges.push(...state.merges);
  const heights: Record<number, number> = {
    0: rowHeight(1, STATUS_PT, 18),
    ...state.heights,
  };
  return {
    name: sheetName,
    cells,
    merges,
    rowHeights: heights,
    columnWidths: COLUMN_WIDTHS,
    styles: STYLES,
    page: pageSetup(lastPrinted, heights, state.keep),
    frozenRows: 1,
    tabColor: TAB_COLOR,
    showGridlines: false,
    fingerprint: status.fingerprint,
  };
}
