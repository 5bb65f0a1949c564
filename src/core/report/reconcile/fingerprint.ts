/**
 * What we last wrote into the report sheet, as fingerprints per row (spec: Ownership and
 * safety): a layout print (cells, number formats, styles, merges, height) tells whether our
 * layout changed at a row; a content print over the cells as Excel gives them back
 * (`range.formulas`) tells whether the user edited the row since. Kept in the workbook's
 * settings, so they travel with the file by email.
 */
import { ReportSheet } from '../sheet';
import { a1Range } from '../../grid/address';
import { cellInput } from '../cellInput';

export type CellEntry = string | number | boolean;

/** 32-bit FNV-1a, 7 base-36 characters: short enough for one print per row of a large report. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** One cell as written and as read back compare equal: the quote prefix dropped, formulas in one case, no spaces. */
export function normaliseEntry(entry: CellEntry | null | undefined): string {
  if (entry === null || entry === undefined || entry === '') return '';
  if (typeof entry === 'number') return `n${entry}`;
  if (typeof entry === 'boolean') return `n${entry ? 'TRUE' : 'FALSE'}`;
  if (entry.startsWith('=')) return `=${entry.slice(1).replace(/\s+/g, '').toUpperCase()}`;
  return `t${entry.startsWith("'") ? entry.slice(1) : entry}`;
}

export function contentPrint(row: readonly (CellEntry | null | undefined)[], cols: number): string {
  const parts: string[] = [];
  for (let c = 0; c < cols; c++) parts.push(normaliseEntry(row[c]));
  return hashText(parts.join('\u0001'));
}

/** The report sheet as rows of what `range.formulas` gets, and each row's layout. */
export interface LayoutRows {
  readonly cols: number;
  readonly entries: (string | number)[][];
  readonly layout: string[];
  readonly content: string[];
  /** Page, panes, gridlines, tab colour, column widths: re-applied only when this changes. */
  readonly sheetPrint: string;
  /** Merges over more than one row, 'top,left,bottom,right': a row rewrite must take them whole. */
  readonly tallMerges: string[];
}

export function layoutRows(sheet: ReportSheet): LayoutRows {
  let rows = 0;
  let cols = sheet.columnWidths.length;
  for (const c of sheet.cells) [rows, cols] = [Math.max(rows, c.row + 1), Math.max(cols, c.col + 1)];
  for (const m of sheet.merges) [rows, cols] = [Math.max(rows, m.bottom + 1), Math.max(cols, m.right + 1)];
  const entries: (string | number)[][] = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(''));
  const looks: string[][] = Array.from({ length: rows }, () => []);
  for (const c of sheet.cells) {
    entries[c.row][c.col] = cellInput(c.value, c.formula, sheet.name);
    looks[c.row].push(`${c.col}:${JSON.stringify(sheet.styles[c.style] ?? null)}`);
  }
  for (const m of sheet.merges) {
    looks[m.top].push(`m${m.left}-${m.bottom}-${m.right}`);
    // Merging keeps only the top-left value: the print is of what the sheet holds after it.
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) entries[r][c] = '';
  }
  const content = entries.map((row) => contentPrint(row, cols));
  const layout = content.map((print, r) =>
    hashText(`${print}|${looks[r].sort().join('|')}|h${sheet.rowHeights[r] ?? ''}`),
  );
  const { cells: _c, merges: _m, rowHeights: _h, styles: _s, fingerprint: _f, ...rest } = sheet;
  return {
    cols,
    entries,
    layout,
    content,
    sheetPrint: hashText(JSON.stringify(rest)),
    tallMerges: sheet.merges.filter((m) => m.bottom > m.top).map((m) => `${m.top},${m.left},${m.bottom},${m.right}`),
  };
}

/** The prints of one write, as stored in the workbook. */
export interface WrittenPrints {
  readonly cols: number;
  /** 7 characters per row, concatenated (compact in the settings). */
  readonly layout: string;
  readonly content: string;
  readonly sheetPrint: string;
  readonly tallMerges: readonly string[];
}

/**
 * The state kept in the workbook: the last completed write, and the one under way — so a
 * refresh that failed half way is completed by the next one and never mistaken for user edits.
 */
export interface WrittenState {
  readonly version: 1;
  readonly sheet: string;
  readonly done: WrittenPrints | null;
  readonly pending: WrittenPrints | null;
  /** A write failed half way and the status line says so: the next refresh rewrites it. */
  readonly incomplete?: boolean;
}

export const WRITTEN_KEY = 'perfReportWritten';
const PRINT = 7;

export function printsOf(rows: LayoutRows): WrittenPrints {
  return {
    cols: rows.cols,
    layout: rows.layout.join(''),
    content: rows.content.join(''),
    sheetPrint: rows.sheetPrint,
    tallMerges: rows.tallMerges,
  };
}

export const rowCount = (p: WrittenPrints): number => p.layout.length / PRINT;
export const printAt = (joined: string, r: number): string | null =>
  r * PRINT < joined.length ? joined.slice(r * PRINT, (r + 1) * PRINT) : null;

/** A stored state, or null when it is missing or not one we understand (then the sheet is rewritten whole). */
export function parseWritten(raw: unknown): WrittenState | null {
  const s = raw as WrittenState | null;
  if (!s || typeof s !== 'object' || s.version !== 1 || typeof s.sheet !== 'string') return null;
  const ok = (p: WrittenPrints | null) =>
    p === null ||
    (typeof p.layout === 'string' && typeof p.content === 'string' && p.layout.length === p.content.length);
  return ok(s.done) && ok(s.pending) ? s : null;
}

/** 'A1:F1' for row r across cols columns. */
export const rowAddress = (top: number, bottom: number, cols: number): string => a1Range(top, 0, bottom, cols - 1);
