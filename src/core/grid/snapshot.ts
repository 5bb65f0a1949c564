/**
 * The host-neutral picture of a workbook that core reads. Both adapters (Office.js and
 * ExcelJS) must produce the same snapshot for the same workbook (a contract test).
 */

/** A formula error shown in a cell (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!). */
export interface CellError {
  readonly error: string;
}

/** What a cell shows: its value, or a formula's cached result. Blank cells are null. */
export type CellValue = number | string | boolean | CellError | null;

/** A rectangle of cells, 0-based and inclusive: row 0 / col 0 is A1. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** values[row][col] from A1; rows may be ragged; missing cells are blank. */
  readonly values: readonly (readonly CellValue[])[];
  readonly merges: readonly Rect[];
  /** Same shape as values where known; "General" or null for default. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** True when the add-in made this sheet (the ownership mark): never read as a source table. */
  readonly isReport?: boolean;
  /** True for a hidden sheet: a visible sheet holding the same table is read instead. */
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

/**
 * Why a formula cell has no value: the .xlsx reader puts `{ error: '#UNCOMPUTED:<why>' }` at a
 * formula cell the file holds no value for and that could not be computed, so the engine
 * reports the figure missing at that cell instead of reading 0.
 */
export type UncomputedWhy = 'noValue' | 'unknownFunction' | 'cycle' | 'failed' | 'tooLarge' | 'noText';
export const UNCOMPUTED = '#UNCOMPUTED:';

/** The marker value for an uncomputed formula cell. */
export function uncomputed(why: UncomputedWhy): CellError {
  return { error: `${UNCOMPUTED}${why}` };
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** The value at (row, col), reading a merged cell's value into every cell it covers. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const direct = sheet.values[row]?.[col];
  if (direct !== undefined && direct !== null && direct !== '') return direct;
  for (const m of sheet.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) {
      return sheet.values[m.top]?.[m.left] ?? null;
    }
  }
  return direct ?? null;
}

/** The raw value at (row, col), ignoring merges (what the cell itself holds). */
export function rawAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

export function colCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const r of sheet.values) if (r.length > max) max = r.length;
  return max;
}

/** Builds a sheet from a tiny 2D array, for tests and generated workbooks. */
export function sheetOf(name: string, values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { name, values, merges };
}
