/**
 * Pure edits of a WorkbookSnapshot for the metamorphic harness: each returns a new snapshot and
 * leaves its input alone. Rows and columns are 0-based, as the snapshot counts them.
 */
import { CellValue, Rect, SheetSnapshot, WorkbookSnapshot } from '../../src/core/grid/snapshot';

export type CellKey = string;

export const keyOf = (sheet: string, row: number, col: number): CellKey => `${sheet}!${row},${col}`;

/** The snapshot with one sheet replaced by `edit(sheet)`. */
export function editSheet(
  wb: WorkbookSnapshot,
  name: string,
  edit: (s: SheetSnapshot) => SheetSnapshot,
): WorkbookSnapshot {
  return { sheets: wb.sheets.map((s) => (s.name === name ? edit(s) : s)) };
}

/** The sheet with cell values mapped (`map` returns the value unchanged to leave a cell). */
export function mapCells(s: SheetSnapshot, map: (v: CellValue, row: number, col: number) => CellValue): SheetSnapshot {
  return { ...s, values: s.values.map((r, i) => r.map((v, j) => map(v, i, j))) };
}

/** The sheet with `count` blank rows (or the given rows) inserted before `at`; merges and formats move down. */
export function insertRows(s: SheetSnapshot, at: number, rows: CellValue[][]): SheetSnapshot {
  const n = rows.length;
  const shift = (m: Rect): Rect => (m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m);
  const formats = s.numberFormats && [
    ...s.numberFormats.slice(0, at),
    ...rows.map(() => []),
    ...s.numberFormats.slice(at),
  ];
  return {
    ...s,
    values: [...s.values.slice(0, at), ...rows, ...s.values.slice(at)],
    merges: s.merges.map(shift),
    numberFormats: formats,
  };
}

/** The sheet with a blank column inserted before `at` in every row; merges and formats move right. */
export function insertColumn(s: SheetSnapshot, at: number): SheetSnapshot {
  const widen = <T>(r: readonly T[], blank: T): T[] =>
    r.length > at ? [...r.slice(0, at), blank, ...r.slice(at)] : [...r];
  const shift = (m: Rect): Rect =>
    m.left >= at ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= at ? { ...m, right: m.right + 1 } : m;
  return {
    ...s,
    values: s.values.map((r) => widen(r, null as CellValue)),
    merges: s.merges.map(shift),
    numberFormats: s.numberFormats?.map((r) => widen(r, null as string | null)),
  };
}

/** Renames a sheet (sheet names inside cells are not touched). */
export function renameSheet(wb: WorkbookSnapshot, from: string, to: string): WorkbookSnapshot {
  return editSheet(wb, from, (s) => ({ ...s, name: to }));
}

/** The sheet with the number format `format` on every cell `pick` chooses (formats made when missing). */
export function setFormats(
  s: SheetSnapshot,
  pick: (row: number, col: number) => boolean,
  format: string,
): SheetSnapshot {
  const formats = s.values.map((r, i) => r.map((_v, j) => (pick(i, j) ? format : (s.numberFormats?.[i]?.[j] ?? null))));
  return { ...s, numberFormats: formats };
}
