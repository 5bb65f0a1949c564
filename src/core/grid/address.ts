/**
 * Addresses are numbers inside core (0-based row/col) and become `'Sheet'!A1` text in
 * exactly one place: here.
 */

/** A cell in a sheet, 0-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (6, 4) → "E7". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "E7" → {row: 6, col: 4}; throws on text that is not an A1 address. */
export function parseA1(text: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`not an A1 address: ${text}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A range's A1 text: "A1:H20" (a single cell stays "A1"). */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * A sheet name as an Excel formula needs it: always quoted, `'` doubled.
 * `Z03 支出决算表(财决04表)` → `'Z03 支出决算表(财决04表)'`; `张's` → `'张''s'`.
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'支出决算表'!E7` — for formulas. */
export function formulaRef(ref: CellRef): string {
  return `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

/** `支出决算表!E7` — for people (findings, messages, --json). */
export function displayRef(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}
