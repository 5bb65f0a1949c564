/**
 * ExcelJS workbook → WorkbookSnapshot, the same picture the Office.js adapter gives
 * (src/excel/snapshotFromRanges.ts): values from A1, rows trimmed of trailing blanks, merged
 * slave cells blank, number formats of the same shape ("General" → null), `isReport` on the
 * sheet the ownership mark points at. Runs in Node and in the browser: no fs here
 * (file loading is src/xlsx/nodeFile.ts).
 *
 * Always ExcelJS's normal (DOM) reader: its streaming reader garbles CJK shared strings.
 *
 * Dates: ExcelJS turns date-formatted cells into JS Dates; the snapshot holds the Excel
 * serial number instead (what Office.js `range.values` returns), so both adapters agree.
 */
import ExcelJS from 'exceljs';
import { CellValue, Rect, SheetSnapshot, WorkbookSnapshot } from '../core/grid/snapshot';
import { REPORT_MARK_NAME } from '../core/report/sheet';

import { WorkbookReadError } from './read/readError';

export { WorkbookReadError };

/** Loads an .xlsx from bytes (browser or Node); throws WorkbookReadError when it is not one. */
export async function loadWorkbookBuffer(data: ArrayBuffer | Uint8Array, label = '工作簿'): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // An .xlsx is a zip ("PK" first); an .xls or an encrypted workbook is an OLE file (D0 CF 11 E0).
  // Saying which beats the zip library's message.
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new WorkbookReadError(
      `无法读取 ${label}：这是旧版 Excel 97-2003（.xls）文件或设置了打开密码的工作簿；请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再打开`,
    );
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new WorkbookReadError(`不是 .xlsx 文件：${label}（CSV、.xls 等请先在 Excel 或 WPS 中另存为 .xlsx）`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (err) {
    throw new WorkbookReadError(`无法读取 ${label}：不是有效的 .xlsx 文件或文件已损坏`, err);
  }
  return wb;
}

/** Every worksheet of the workbook as a snapshot, in tab order. */
export function readSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const marked = markedSheetName(wb);
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets: SheetSnapshot[] = wb.worksheets.map((ws) => readSheet(ws, ws.name === marked, date1904));
  return { sheets };
}

/** The name of the sheet the ownership mark (`PerfReport_Owner`) points at, or null. */
export function markedSheetName(wb: ExcelJS.Workbook): string | null {
  const entry = definedNamesModel(wb).find((n) => n.name === REPORT_MARK_NAME);
  const range = entry?.ranges?.[0];
  if (!range) return null;
  const sheet = sheetOfRange(range);
  return sheet !== null && wb.worksheets.some((ws) => ws.name === sheet) ? sheet : null;
}

/** ExcelJS's own list of defined names: [{name, ranges: ["'S'!$A$1"]}]. */
export function definedNamesModel(wb: ExcelJS.Workbook): { name: string; ranges?: string[] }[] {
  return (wb.definedNames as unknown as { model: { name: string; ranges?: string[] }[] }).model ?? [];
}

/** "'绩效自评报告'!$A$1" → 绩效自评报告 ('' undoubled). */
export function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf('!');
  if (bang < 0) return null;
  const raw = range.slice(0, bang).trim();
  if (raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

function readSheet(ws: ExcelJS.Worksheet, isReport: boolean, date1904: boolean): SheetSnapshot {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: CellValue[] = [];
    const fmts: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const slave = cell.isMerged && cell.master !== cell;
      line[c - 1] = slave ? null : readCell(cell, date1904);
      fmts[c - 1] = toFormat(cell.numFmt);
    });
    const trimmed = trimRow(line);
    values[r - 1] = trimmed;
    formats[r - 1] = fill(fmts, trimmed.length);
  });
  for (let i = 0; i < values.length; i++) {
    if (values[i] === undefined) values[i] = [];
    if (formats[i] === undefined) formats[i] = [];
  }
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
    formats.pop();
  }
  const snapshot = { name: ws.name, values, merges: mergesOf(ws), numberFormats: formats };
  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  return { ...snapshot, ...(isReport ? { isReport: true } : {}), ...(hidden ? { hidden: true } : {}) };
}

/**
 * A cell's value. Formula cells go through `cell.result`: ExcelJS's `cell.value` copies only
 * truthy fields, so a cached 0 or FALSE would read as blank (an ExcelJS quirk).
 */
function readCell(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula)
    return toCellValue(cell.result as ExcelJS.CellValue | undefined, date1904);
  return toCellValue(cell.value, date1904);
}

/** A cell as the snapshot holds it: formula → cached result, rich text and hyperlinks → their text. */
export function toCellValue(value: ExcelJS.CellValue | undefined, date1904 = false): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return dateSerial(value, date1904);
  if (typeof value !== 'object') return String(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return nullIfEmpty(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result !== null && typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      return { error: String((result as { error: unknown }).error) };
    }
    return toCellValue(result as ExcelJS.CellValue | undefined, date1904);
  }
  if ('hyperlink' in value || 'text' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'object' && text !== null
      ? toCellValue(text as ExcelJS.CellValue, date1904)
      : nullIfEmpty(String(text ?? ''));
  }
  return null;
}

/** The Excel serial number of a date (ExcelJS's own conversion, reversed). */
export function dateSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / 86400000 + (date1904 ? 24107 : 25569);
  return Math.round(serial * 1e10) / 1e10; // drop float noise from the millisecond round trip
}

function nullIfEmpty(text: string): CellValue {
  return text === '' ? null : text;
}

function toFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}

function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  const out = row.slice(0, end);
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
  return out;
}

function fill(formats: (string | null)[], length: number): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < length; i++) out.push(formats[i] ?? null);
  return out;
}

function mergesOf(ws: ExcelJS.Worksheet): Rect[] {
  const ranges: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return ranges.map((range) => {
    const [from, to = from] = range.split(':');
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    return { top: Number(a.row) - 1, left: Number(a.col) - 1, bottom: Number(b.row) - 1, right: Number(b.col) - 1 };
  });
}
