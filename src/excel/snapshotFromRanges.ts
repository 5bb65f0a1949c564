/**
 * Turns what Office.js returns for a sheet's used range (values, valueTypes, numberFormat,
 * its top-left offset, the merged areas' address) into the host-neutral SheetSnapshot —
 * the same picture the ExcelJS adapter (src/xlsx) gives for the same workbook.
 */
import { CellValue, Rect, SheetSnapshot } from '../core/grid/snapshot';
import { parseA1 } from '../core/grid/address';

/** The loaded used range of one sheet (null for an empty sheet). */
export interface LoadedUsedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

export interface LoadedSheet {
  readonly name: string;
  readonly used: LoadedUsedRange | null;
  /** RangeAreas.address of the merged areas ("'S'!A1:B2,'S'!C3:D4"), or null. */
  readonly mergedAddress: string | null;
  readonly isReport: boolean;
  /** Hidden or very hidden in Excel. */
  readonly hidden?: boolean;
}

/** One cell as the snapshot holds it: blank → null, errors → {error}, numbers/text/booleans as they are. */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

function toFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}

/** Drops trailing blank cells so rows are as short as their content (the snapshot may be ragged). */
function trimRow<T>(row: T[], blank: (v: T) => boolean): T[] {
  let end = row.length;
  while (end > 0 && blank(row[end - 1])) end--;
  return row.slice(0, end);
}

/** Splits a RangeAreas address on commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still right
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** "'S'!B2:C3" → {top:1,left:1,bottom:2,right:2}. */
export function areaRect(area: string): Rect {
  const local = area.slice(area.lastIndexOf('!') + 1);
  const [start, end = start] = local.split(':');
  const a = parseA1(start);
  const b = parseA1(end);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A sheet's snapshot: values from A1 (the used range's offset padded with blanks). */
export function sheetSnapshotOf(sheet: LoadedSheet): SheetSnapshot {
  const merges = sheet.mergedAddress ? splitAreas(sheet.mergedAddress).map(areaRect) : [];
  const used = sheet.used;
  if (!used)
    return { name: sheet.name, values: [], merges, numberFormats: [], ...marks(sheet) };
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < used.rowIndex + used.values.length; r++) {
    const i = r - used.rowIndex;
    if (i < 0) {
      values.push([]);
      formats.push([]);
      continue;
    }
    const pad = new Array<null>(used.columnIndex).fill(null);
    const row = trimRow(
      [...pad, ...used.values[i].map((v, c) => toCellValue(v, used.valueTypes[i]?.[c]))],
      (v) => v === null,
    );
    values.push(row);
    // Same shape as the values: a format on a blank cell tells the engine nothing.
    formats.push([...pad, ...used.numberFormat[i].map(toFormat)].slice(0, row.length));
  }
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
    formats.pop();
  }
  return { name: sheet.name, values, merges, numberFormats: formats, ...marks(sheet) };
}

/** The snapshot's marks of a sheet: ours (isReport), hidden; absent when false, as the file readers give them. */
function marks(sheet: LoadedSheet): { isReport?: true; hidden?: true } {
  return { ...(sheet.isReport ? { isReport: true } : {}), ...(sheet.hidden ? { hidden: true } : {}) };
}
