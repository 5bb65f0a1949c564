/**
 * The lean, tolerant .xlsx reader: bytes → WorkbookSnapshot straight from the package, the same
 * picture the Office.js adapter gives (values from A1, rows trimmed, merged slave cells blank,
 * number formats of the same shape, `isReport` on the sheet the workbook-scoped ownership mark
 * points at). It takes what Excel takes — strict OOXML, prefixed XML, sheet names other tools
 * write (`[ ] * ? : / \`), overlapping merges, rows and cells without numbers — and streams each
 * sheet (src/xlsx/read/sheetReader.ts). Runs in Node and in the browser.
 */
import { SheetSnapshot, WorkbookSnapshot } from '../../core/grid/snapshot';
import { entryText, readZip, ZipEntry } from '../package/zip';
import { markedSheet, readWorkbook, WorkbookInfo } from '../package/workbookXml';
import { readRels, Relationship, resolveTarget } from '../package/parts';
import { cellFormats, sharedStrings } from './parts';
import { FormulaInfo, readSheetEntry, SheetCells } from './sheetReader';
import { WorkbookReadError } from './readError';
import { moveFormula } from './moveFormula';

/**
 * A formula cell the file holds no value for, located (0-based): it reads as an error until
 * computed (computeUncached.ts), never as 0. `text` is its formula (a shared one's taken from
 * its master and moved), null when the file does not say.
 */
export interface UncachedFormula {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string | null;
}

export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly date1904: boolean;
  readonly uncached: readonly UncachedFormula[];
}

/** Reads the .xlsx `bytes`; WorkbookReadError (中文) when it is not one or is damaged. */
export function readWorkbookBytesToSnapshot(bytes: Uint8Array, label = '工作簿'): ReadResult {
  checkMagic(bytes, label);
  try {
    return readPackage(readZip(bytes));
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError(`无法读取 ${label}：不是有效的 .xlsx 文件或文件已损坏`, err);
  }
}

function checkMagic(bytes: Uint8Array, label: string): void {
  // An .xlsx is a zip ("PK" first); an .xls or an encrypted workbook is an OLE file (D0 CF 11 E0).
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new WorkbookReadError(
      `无法读取 ${label}：这是旧版 Excel 97-2003（.xls）文件或设置了打开密码的工作簿；请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再打开`,
    );
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new WorkbookReadError(`不是 .xlsx 文件：${label}（CSV、.xls 等请先在 Excel 或 WPS 中另存为 .xlsx）`);
}

function readPackage(entries: readonly ZipEntry[]): ReadResult {
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const text = (name: string) => {
    const e = byName.get(name.toLowerCase());
    return e ? entryText(e) : null;
  };
  const office = readRels(text('_rels/.rels') ?? '').find((r) => r.type.endsWith('/officeDocument'));
  const bookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const bookXml = text(bookPath);
  if (bookXml === null) throw new Error(`no ${bookPath}`);
  const info = readWorkbook(bookXml);
  const rels = readRels(text(bookPath.replace(/([^/]+)$/, '_rels/$1.rels')) ?? '');
  const part = (kind: string) => {
    const rel = rels.find((r) => r.type.endsWith(`/${kind}`));
    return rel ? text(resolveTarget(bookPath, rel.target)) : null;
  };
  const ctxBase = { strings: sharedStrings(part('sharedStrings')), formats: cellFormats(part('styles')), date1904: info.date1904 };
  const marked = markedSheet(info)?.name ?? null;
  const uncached: UncachedFormula[] = [];
  const sheets: SheetSnapshot[] = [];
  for (const { name, entry, hidden } of worksheetEntries(info, rels, bookPath, byName)) {
    const found: { row: number; col: number; formula: FormulaInfo }[] = [];
    const onUncached = (row: number, col: number, formula: FormulaInfo) => found.push({ row, col, formula });
    const cells = entry ? readSheetEntry(entry, { ...ctxBase, onUncached }) : EMPTY_SHEET;
    for (const u of found) uncached.push({ sheet: name, row: u.row, col: u.col, text: formulaText(u, cells) });
    const sheet = toSnapshot(name, cells);
    sheets.push({ ...sheet, ...(name === marked ? { isReport: true } : {}), ...(hidden ? { hidden: true } : {}) });
  }
  return { snapshot: { sheets }, date1904: info.date1904, uncached };
}

const EMPTY_SHEET: SheetCells = { values: [], formats: [], merges: [], sharedMasters: new Map() };

/** The formula of an uncached cell; a shared one's is its master's, moved by the offset. */
function formulaText(u: { row: number; col: number; formula: FormulaInfo }, cells: SheetCells): string | null {
  if (u.formula.text !== '') return u.formula.text;
  const master = u.formula.shared === null ? undefined : cells.sharedMasters.get(u.formula.shared);
  return master ? moveFormula(master.text, u.row - master.row, u.col - master.col) : null;
}

/** The worksheets in tab order (chart sheets and dialog sheets are not worksheets). */
function worksheetEntries(info: WorkbookInfo, rels: readonly Relationship[], bookPath: string, byName: Map<string, ZipEntry>) {
  return info.sheets.flatMap((s) => {
    const rel = rels.find((r) => r.id === s.rid);
    if (rel && !rel.type.endsWith('/worksheet')) return [];
    const entry = rel ? byName.get(resolveTarget(bookPath, rel.target).toLowerCase()) : undefined;
    return [{ name: s.name, entry, hidden: s.hidden }];
  });
}

/** Rows trimmed of trailing blanks, merged slave cells blank, formats of the values' shape. */
function toSnapshot(name: string, cells: SheetCells): SheetSnapshot {
  blankSlaves(cells);
  const values = cells.values;
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < values.length; r++) {
    const line = values[r] ?? (values[r] = []);
    const fmts = cells.formats[r];
    let end = line.length;
    while (end > 0 && (line[end - 1] === null || line[end - 1] === undefined)) end--;
    line.length = end; // trimmed in place: a big sheet is not copied
    let formats: (string | null)[] | null = null;
    for (let c = 0; c < end; c++) {
      if (line[c] === undefined) line[c] = null;
      else if (fmts?.[c] != null) (formats ??= nullFormats(end).slice())[c] = fmts[c];
    }
    numberFormats.push(formats ?? nullFormats(end));
  }
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
    numberFormats.pop();
  }
  return { name, values, merges: cells.merges, numberFormats };
}

const NULL_ROWS: (string | null)[][] = [];

/**
 * A row of `n` General formats, shared by every such row (most rows of a big sheet): the
 * snapshot is read-only, so one array serves them all.
 */
function nullFormats(n: number): (string | null)[] {
  return (NULL_ROWS[n] ??= Object.freeze(new Array<string | null>(n).fill(null)) as (string | null)[]);
}

/**
 * Every cell a merge covers, but its top-left master, reads blank (overlapping merges too); a
 * slave cell counts as present (null), so its own format shows, as the other adapter sees it.
 */
function blankSlaves(cells: SheetCells): void {
  const rows = Math.max(cells.values.length, cells.formats.length);
  for (const m of cells.merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) {
      const width = Math.max(cells.values[r]?.length ?? 0, cells.formats[r]?.length ?? 0);
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
        if (r === m.top && c === m.left) continue;
        if (cells.values[r]?.[c] !== undefined || (cells.formats[r]?.[c] ?? null) !== null) (cells.values[r] ??= [])[c] = null;
      }
    }
  }
}
