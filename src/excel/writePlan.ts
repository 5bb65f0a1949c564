/**
 * The report sheet as a plan of Office.js writes (pure data): the cell grid in row chunks
 * (formulas and number formats, one assignment each), one multi-area range per style,
 * merges, row heights, column widths. Each step carries its approximate request size so the
 * writer can keep every sync under Excel on the web's 5 MB request limit.
 */
import { a1, a1Range, columnLetters } from '../core/grid/address';
import { CellStyle, SheetLayout } from '../core/report/sheet';

/** Stay well below the 5 MB request limit of Excel on the web (JSON overhead, other steps). */
export const MAX_REQUEST_BYTES = 4_500_000;
/** Longest address text handed to getRanges (Excel parses references up to 255 characters). */
export const MAX_AREAS_ADDRESS = 255;

/** UTF-8 size of a text (the request limit counts bytes; a CJK character is 3). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
}

export interface GridChunk {
  readonly address: string;
  readonly formulas: (string | number)[][];
  readonly numberFormat: string[][];
  readonly bytes: number;
}

export interface StyleAreas {
  readonly style: CellStyle;
  /** 'A1:B2,C3' — at most MAX_AREAS_ADDRESS characters. */
  readonly address: string;
}

export interface WritePlan {
  readonly chunks: readonly GridChunk[];
  readonly styleAreas: readonly StyleAreas[];
  readonly merges: readonly string[];
  readonly rowHeights: readonly { readonly rows: string; readonly points: number }[];
  readonly columnWidths: readonly { readonly column: string; readonly points: number }[];
}

import { cellInput } from '../core/report/cellInput';

export { cellInput, needsQuotePrefix } from '../core/report/cellInput';

/** Excel column width in characters → points (7 px per character + 5 px padding, 96 dpi). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function gridChunks(sheet: SheetLayout, rows: number, cols: number): GridChunk[] {
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(''));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  for (const c of sheet.cells) {
    formulas[c.row][c.col] = cellInput(c.value, c.formula, sheet.name);
    formats[c.row][c.col] = sheet.styles[c.style]?.numberFormat ?? 'General';
  }
  const chunks: GridChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r <= rows; r++) {
    const rowBytes = r < rows ? utf8Length(JSON.stringify(formulas[r])) + utf8Length(JSON.stringify(formats[r])) : 0;
    if (r === rows || (r > start && bytes + rowBytes > MAX_REQUEST_BYTES / 2)) {
      if (r > start)
        chunks.push({
          address: a1Range(start, 0, r - 1, cols - 1),
          formulas: formulas.slice(start, r),
          numberFormat: formats.slice(start, r),
          bytes,
        });
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  return chunks;
}

/** The cells of one style as few rectangles: runs along a row, stacked when rows repeat the run. */
function rectanglesOf(cells: readonly { row: number; col: number }[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.col]);
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: string[] = [];
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const cols = byRow.get(row)!.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const col of cols) {
      const last = runs[runs.length - 1];
      if (last && col === last[1] + 1) last[1] = col;
      else if (!last || col !== last[1]) runs.push([col, col]);
    }
    for (const [key, rect] of open) {
      if (rect.bottom === row - 1 && runs.some(([l, r]) => `${l}:${r}` === key)) continue;
      done.push(a1Range(rect.top, rect.left, rect.bottom, rect.right));
      open.delete(key);
    }
    for (const [l, r] of runs) {
      const rect = open.get(`${l}:${r}`);
      if (rect) rect.bottom = row;
      else open.set(`${l}:${r}`, { top: row, bottom: row, left: l, right: r });
    }
  }
  for (const rect of open.values()) done.push(a1Range(rect.top, rect.left, rect.bottom, rect.right));
  return done;
}

/** Joins addresses with commas into strings of at most MAX_AREAS_ADDRESS characters. */
export function packAddresses(addresses: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > MAX_AREAS_ADDRESS) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

export function styleAreasOf(sheet: SheetLayout): StyleAreas[] {
  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const c of sheet.cells) byStyle.set(c.style, [...(byStyle.get(c.style) ?? []), c]);
  const out: StyleAreas[] = [];
  for (const [id, cells] of byStyle) {
    const style = sheet.styles[id];
    if (!style) continue;
    for (const address of packAddresses(rectanglesOf(cells))) out.push({ style, address });
  }
  return out;
}

export function rowHeightRuns(heights: Readonly<Record<number, number>>): { rows: string; points: number }[] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const out: { top: number; bottom: number; points: number }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.bottom === r - 1 && last.points === heights[r]) last.bottom = r;
    else out.push({ top: r, bottom: r, points: heights[r] });
  }
  return out.map((x) => ({ rows: `${x.top + 1}:${x.bottom + 1}`, points: x.points }));
}

/** The plan for writing `sheet` (the report or an inserted template sheet) into an empty worksheet. */
export function planReportWrite(sheet: SheetLayout): WritePlan {
  let rows = 0;
  let cols = sheet.columnWidths.length;
  for (const c of sheet.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return {
    chunks: rows && cols ? gridChunks(sheet, rows, cols) : [],
    styleAreas: styleAreasOf(sheet),
    merges: sheet.merges.map((m) => a1Range(m.top, m.left, m.bottom, m.right)),
    rowHeights: rowHeightRuns(sheet.rowHeights),
    columnWidths: sheet.columnWidths.map((w, i) => ({
      column: `${columnLetters(i)}:${columnLetters(i)}`,
      points: columnWidthPoints(w),
    })),
  };
}

export { a1 };
