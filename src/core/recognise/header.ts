/**
 * Finding header rows (spec/workbook.md "Header row", "Rows"; units in units.ts): one- or
 * two-row (up to three-row) headers, merged cells read into every cell they cover.
 */
import { CellValue, Rect, SheetSnapshot, colCount, rowCount } from '../grid/snapshot';
import { parseNumberCell } from './numbers';
import { isPageFurnitureRow } from './pageBreak';
import { firstFilledRow } from './split';

export { firstFilledRow } from './split';
import { normaliseLabel, stripNumbering } from './text';

export interface HeaderColumn {
  readonly key: string;
  /** Words in order of preference, compared after normaliseLabel. */
  readonly words: readonly string[];
  readonly required?: boolean;
  /** Match the whole text or the last header row's text only: no containment, no group row (类 / 款 / 项). */
  readonly exact?: boolean;
}

export interface HeaderOptions {
  readonly startRow?: number;
  /** How many rows to try as the header's first row (default 12). */
  readonly maxRows?: number;
  readonly left?: number;
  readonly right?: number;
  /** The deepest header to try (default 2; the wide 三公 table needs 3). */
  readonly maxDepth?: number;
}

export interface HeaderMatch {
  readonly firstRow: number;
  readonly lastRow: number;
  /** key → column index. */
  readonly columns: ReadonlyMap<string, number>;
  /** Keys taken because a header word is only contained in the column's header text. */
  readonly weak?: ReadonlySet<string>;
}

const mergeIndex = new WeakMap<SheetSnapshot, Map<number, Rect[]>>();

/** row → merges covering that row, built once per sheet (cellAt scans every merge on every call). */
function mergesByRow(sheet: SheetSnapshot): Map<number, Rect[]> {
  let index = mergeIndex.get(sheet);
  if (index) return index;
  index = new Map();
  const rows = rowCount(sheet);
  for (const m of sheet.merges) {
    for (let r = Math.max(m.top, 0); r <= Math.min(m.bottom, rows - 1); r++) {
      const list = index.get(r);
      if (list) list.push(m);
      else index.set(r, [m]);
    }
  }
  mergeIndex.set(sheet, index);
  return index;
}

/** The value at (row, col), merge-aware (a merged cell's value in every cell it covers). */
export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const direct = sheet.values[row]?.[col];
  if (direct !== undefined && direct !== null && direct !== '') return direct;
  for (const m of mergesByRow(sheet).get(row) ?? []) {
    if (col >= m.left && col <= m.right) return sheet.values[m.top]?.[m.left] ?? null;
  }
  return direct ?? null;
}

/** Normalised, merge-aware label at (row, col). */
export function labelAt(sheet: SheetSnapshot, row: number, col: number): string {
  return normaliseLabel(valueAt(sheet, row, col));
}

/** Per column, the header text of rows first..last joined (group + sub, repeats from vertical merges dropped). */
export function headerTexts(
  sheet: SheetSnapshot,
  first: number,
  last: number,
  left = 0,
  right = colCount(sheet) - 1,
): string[] {
  const out: string[] = [];
  for (let c = left; c <= right; c++) out.push(columnParts(sheet, first, last, c).join(''));
  return out;
}

/**
 * A unit line (`金额单位：万元`) or a filler line (`编制单位：…`) standing over a column: it is never a
 * header word, wherever it stands (over an amount or a 行次 column).
 */
export function isUnitOrFillerLabel(label: string): boolean {
  return /^(金额)?单位[:(]/.test(label) || /^(编制|填报|报送)单位/.test(label);
}

const HEADER_UNIT_SUFFIX = /\((?:亿元|万元|千元|元)\)$/;

/** 行次 / 栏次 columns number the lines: never money, never a field. */
function isLineNumberHeader(parts: readonly string[]): boolean {
  return parts.length > 0 && /^(行次|栏次|栏号|序号)$/.test(parts[parts.length - 1]);
}

function columnParts(sheet: SheetSnapshot, first: number, last: number, col: number): string[] {
  const parts: string[] = [];
  for (let r = first; r <= last; r++) {
    // `决算数（万元）` is the header 决算数 carrying its unit (findHeaderUnit reads the unit).
    const t = labelAt(sheet, r, col).replace(HEADER_UNIT_SUFFIX, '');
    if (t !== '' && parts[parts.length - 1] !== t && !isUnitOrFillerLabel(t)) parts.push(t);
  }
  return parts;
}

/** The first header row (within maxRows from startRow, default the first filled row) where every required column's words appear. */
export function findHeader(
  sheet: SheetSnapshot,
  columns: readonly HeaderColumn[],
  opts: HeaderOptions = {},
): HeaderMatch | null {
  const start = Math.max(opts.startRow ?? firstFilledRow(sheet), 0);
  const end = Math.min(start + (opts.maxRows ?? 12), rowCount(sheet));
  const left = Math.max(opts.left ?? 0, 0);
  const right = Math.min(opts.right ?? colCount(sheet) - 1, colCount(sheet) - 1);
  if (right < left) return null;
  for (let r = start; r < end; r++) {
    // A title or a lone note (one text, often merged across) never starts a header.
    if (distinctLabels(sheet, r) < 2) continue;
    let best: HeaderMatch | null = null;
    for (let depth = 1; depth <= (opts.maxDepth ?? 2); depth++) {
      const last = r + depth - 1;
      if (last >= rowCount(sheet) || (depth > 1 && !canBeSubRow(sheet, last, left, right))) break;
      const { cols, weak } = matchColumns(sheet, r, last, left, right, columns);
      // The first row must name something itself; otherwise the header starts lower.
      if (depth === 1 && cols.size === 0) break;
      if (!columns.every((c) => !c.required || cols.has(c.key))) continue;
      if (!best || cols.size > best.columns.size) best = { firstRow: r, lastRow: last, columns: cols, weak };
    }
    if (best) return best;
  }
  return null;
}

/** How many different labels a row shows (merge-aware, whole width), counting to 2 at most. */
export function distinctLabels(sheet: SheetSnapshot, row: number): number {
  const seen = new Set<string>();
  const width = Math.max(
    sheet.values[row]?.length ?? 0,
    ...(mergesByRow(sheet).get(row) ?? []).map((m) => m.right + 1),
  );
  for (let c = 0; c < width && seen.size < 2; c++) {
    const t = labelAt(sheet, row, c);
    if (t !== '' && !isUnitOrFillerLabel(t)) seen.add(t);
  }
  return seen.size;
}

/** A row can continue a header when it holds no numbers and is not a data 合计 row (a label alone). */
function canBeSubRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  if (isNoteRow(sheet, row) || distinctLabels(sheet, row) < 2) return false;
  let totals = 0;
  let others = 0;
  for (let c = left; c <= right; c++) {
    const raw = sheet.values[row]?.[c];
    if (raw === null || raw === undefined || raw === '') continue;
    if (parseNumberCell(raw).kind === 'number') return false;
    if (isTotalLabel(stripNumbering(normaliseLabel(raw)))) totals++;
    else if (normaliseLabel(raw) !== '') others++;
  }
  return totals === 0 || others > 0;
}

/** 合计 / 总计 / 本年支出合计 … — a total row's label. */
export function isTotalLabel(label: string): boolean {
  return /^(合计|总计|本年支出合计|支出合计|本年收入合计|收入合计|总合计|合计数)$/.test(label);
}

function matchColumns(
  sheet: SheetSnapshot,
  first: number,
  last: number,
  left: number,
  right: number,
  columns: readonly HeaderColumn[],
): { cols: Map<string, number>; weak: Set<string> } {
  const parts: string[][] = [];
  // A 行次 column offers no words: neither money nor a label is read from it.
  for (let c = left; c <= right; c++) {
    const p = columnParts(sheet, first, last, c);
    parts.push(isLineNumberHeader(p) ? [] : p);
  }
  const joined = parts.map((p) => p.join(''));
  const used = new Set<number>();
  const out = new Map<string, number>();
  const weak = new Set<string>();
  for (const spec of columns) {
    const words = spec.words.map((w) => normaliseLabel(w));
    const hit = pick(words, joined, parts, used, spec.exact ?? false);
    if (hit) {
      if (hit.consumes) used.add(hit.index);
      if (hit.weak) weak.add(spec.key);
      out.set(spec.key, hit.index + left);
    }
  }
  return { cols: out, weak };
}

/**
 * Exact matches (the whole text, or the last header row's text) beat containment; earlier words beat
 * later ones. A match on a group row (科目编码 over 类|款|项) leaves the column free for its sub-column key.
 */
function pick(
  words: readonly string[],
  joined: readonly string[],
  parts: readonly string[][],
  used: Set<number>,
  exact: boolean,
): { index: number; consumes: boolean; weak: boolean } | null {
  for (const w of words) {
    for (let i = 0; i < joined.length; i++) {
      if (!used.has(i) && (joined[i] === w || parts[i][parts[i].length - 1] === w))
        return { index: i, consumes: true, weak: false };
    }
    if (exact) continue;
    for (let i = 0; i < joined.length; i++)
      if (parts[i].slice(0, -1).includes(w)) return { index: i, consumes: false, weak: false };
  }
  if (exact) return null;
  for (const w of words) {
    for (let i = 0; i < joined.length; i++)
      if (!used.has(i) && joined[i].includes(w)) return { index: i, consumes: true, weak: true };
  }
  return null;
}

/** Every cell of the row is empty or spaces. */
export function isBlankRow(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.values[row];
  if (!cells) return true;
  return cells.every((v) => v === null || v === undefined || (typeof v === 'string' && normaliseLabel(v) === ''));
}

/** A note row: its first non-blank cell starts with 注：, 说明：, 备注：, 填表说明 … */
export function isNoteRow(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.values[row] ?? [];
  const first = cells.find((v) => v !== null && v !== undefined && normaliseLabel(v) !== '');
  if (first === undefined || typeof first !== 'string') return false;
  return /^(注|说明|备注|填表说明|附注)(\d|[:：.、]|[一二三四五六七八九]、)/.test(normaliseLabel(first));
}

/** The row repeats the header (a page break in an export) or is its 栏次 / 行次 numbering row. */
export function isRepeatedHeaderRow(sheet: SheetSnapshot, row: number, header: HeaderMatch): boolean {
  if (row >= header.firstRow && row <= header.lastRow) return true;
  if (isColumnNumberRow(sheet, row)) return true;
  const labels = headerLabels(sheet, header);
  let same = 0;
  let total = 0;
  for (const [col, texts] of labels) {
    const raw = sheet.values[row]?.[col];
    // Header texts are text: a number or a blank never repeats a header.
    if (typeof raw !== 'string') continue;
    const text = normaliseLabel(raw);
    if (text === '') continue;
    total++;
    if (texts.has(text)) same++;
  }
  return total > 0 && same * 2 >= total && same >= Math.min(2, header.columns.size);
}

const headerLabelCache = new WeakMap<HeaderMatch, Map<number, Set<string>>>();

/** Per matched column, the texts of its header rows (computed once per header). */
function headerLabels(sheet: SheetSnapshot, header: HeaderMatch): Map<number, Set<string>> {
  let labels = headerLabelCache.get(header);
  if (labels) return labels;
  labels = new Map();
  for (const col of new Set(header.columns.values())) {
    const texts = new Set<string>();
    for (let r = header.firstRow; r <= header.lastRow; r++) texts.add(labelAt(sheet, r, col));
    texts.delete('');
    labels.set(col, texts);
  }
  headerLabelCache.set(header, labels);
  return labels;
}

/** The 栏次 / 行次 row that numbers a header's columns (1, 2, 3 …). */
export function isColumnNumberRow(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.values[row] ?? [];
  const first = cells.find((v) => v !== null && v !== undefined && normaliseLabel(v) !== '');
  return typeof first === 'string' && /^(栏次|行次|栏号)$/.test(normaliseLabel(first));
}

/** Blank, note, repeated-header, 栏次 and page-break rows (title block, `第 2 页`, `续表`), which every reader skips. */
export function isSkippableRow(sheet: SheetSnapshot, row: number, header: HeaderMatch): boolean {
  return (
    isBlankRow(sheet, row) ||
    isNoteRow(sheet, row) ||
    isRepeatedHeaderRow(sheet, row, header) ||
    isPageFurnitureRow(sheet, row, header.firstRow)
  );
}

/** Some cell of the row holds a number (a wrapped-label row holds none). */
export function hasNumber(sheet: SheetSnapshot, r: number): boolean {
  return (sheet.values[r] ?? []).some((v) => parseNumberCell(v).kind === 'number');
}
