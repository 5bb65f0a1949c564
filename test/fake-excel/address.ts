/**
 * A1 addressing for the fake Excel: cells, ranges, whole rows (5:9) and columns (A:C),
 * optionally sheet-qualified ('My sheet'!A1:B2). All rectangles are 0-based and inclusive.
 */
export interface FakeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits `'S'!A1:B2` into the sheet name (or null) and the local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

type Part = { row: number | null; col: number | null };

function parsePart(text: string): Part {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (!m[1] && !m[2])) throw fakeError('InvalidArgument', `bad address part: ${text}`);
  return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** Parses a local address (no sheet): A1, A1:B2, 5:9, A:C. */
export function parseRect(local: string): FakeRect {
  const [a, b = a] = local.split(':');
  const p = parsePart(a);
  const q = parsePart(b);
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) {
    throw fakeError('InvalidArgument', `bad address: ${local}`);
  }
  const rect = {
    top: p.row ?? 0,
    bottom: q.row ?? MAX_ROWS - 1,
    left: p.col ?? 0,
    right: q.col ?? MAX_COLS - 1,
  };
  if (rect.top > rect.bottom || rect.left > rect.right) throw fakeError('InvalidArgument', `bad address: ${local}`);
  return rect;
}

export function rectA1(r: FakeRect): string {
  const start = `${colLetters(r.left)}${r.top + 1}`;
  const end = `${colLetters(r.right)}${r.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** Sheet names Excel quotes in addresses: spaces, punctuation, a leading digit (CJK letters need none). */
export function qualified(sheet: string, r: FakeRect): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectA1(r)}`;
}

export function overlaps(a: FakeRect, b: FakeRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(a: FakeRect, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

/** An error shaped like OfficeExtension.Error: `code` is what callers test. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export function fakeError(code: string, message: string): FakeExcelError {
  return new FakeExcelError(code, message);
}
