/**
 * A SheetLayout into an ExcelJS worksheet — cells (values, or formulas with their cached
 * result) with their styles, merges, row heights, column widths — for the report sheet and
 * the template sheets alike.
 */
import ExcelJS from 'exceljs';
import { a1 } from '../core/grid/address';
import { Rect } from '../core/grid/snapshot';
import { CellStyle, ReportCell, SheetLayout } from '../core/report/sheet';

/** Writes `layout`'s cells, merges and sizes into the empty worksheet `ws`. */
export function writeLayoutCells(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  const styles = new Map(Object.entries(layout.styles).map(([id, s]) => [id, toExcelStyle(s)]));
  for (const c of layout.cells) writeCell(ws.getCell(c.row + 1, c.col + 1), c, styles.get(c.style));
  mergeAll(ws, layout.merges);
  for (const [row, height] of Object.entries(layout.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  layout.columnWidths.forEach((width, col) => {
    ws.getColumn(col + 1).width = width;
  });
}

/** Writes `layout` into the empty worksheet `ws`, gridlines on (a sheet the user fills in). */
export function writeSheetLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  writeLayoutCells(ws, layout);
  ws.views = [frozenView(layout.frozenRows)];
}

/** The worksheet view with the first `rows` rows frozen (none: a normal view). */
export function frozenView(rows: number): Partial<ExcelJS.WorksheetView> {
  return rows > 0 ? { state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: a1(rows, 0) } : { state: 'normal' };
}

/**
 * Merges all areas. ExcelJS's mergeCells compares each new area with every existing one
 * (quadratic: 8 of the CLI's 11 s on a 2,000-project report), so we check overlaps once with
 * a set of covered cells and let ExcelJS see an empty merge list on each call. This leans on
 * ExcelJS's private `_merges` (master address → range): checked on every call, so a change in
 * ExcelJS throws here (and fails writeReport.test.ts) instead of writing a file without merges.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly Rect[]): void {
  checkNoOverlap(merges);
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const all = internal._merges;
  if (all === null || typeof all !== 'object')
    throw new Error('ExcelJS internals changed: worksheet._merges is missing');
  try {
    for (const m of merges) {
      internal._merges = {};
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const added = Object.keys(internal._merges);
      if (added.length !== 1 || added[0] !== a1(m.top, m.left))
        throw new Error('ExcelJS internals changed: mergeCells no longer records its area in worksheet._merges');
      Object.assign(all, internal._merges);
    }
  } finally {
    internal._merges = all;
  }
}

/** Throws when two report merges cover the same cell (ExcelJS's own check is skipped by mergeAll). */
function checkNoOverlap(merges: readonly Rect[]): void {
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16384 + c;
        if (covered.has(key)) throw new Error(`report merges overlap at row ${r + 1}, column ${c + 1}`);
        covered.add(key);
      }
    }
  }
}

/**
 * Values as values, formulas with their cached result. A string is always written as a
 * string cell: ExcelJS never parses `=1+1` in a string value, so user text stays literal.
 */
function writeCell(cell: ExcelJS.Cell, c: ReportCell, style: Partial<ExcelJS.Style> | undefined): void {
  if (c.formula !== undefined && c.formula !== '') {
    cell.value = { formula: c.formula, result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = c.value;
  }
  if (style) cell.style = style;
}

/** The ExcelJS style of a report style (shared per id, so styles.xml stays small). */
export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: s.fontName,
      size: s.fontSize,
      bold: s.bold ?? false,
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: argb(s.color) } } : {}),
    },
    alignment: {
      horizontal: s.horizontal,
      vertical: s.vertical,
      wrapText: s.wrap,
      ...(s.indent ? { indent: s.indent } : {}),
    },
  };
  if (s.border === 'thin') {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

/** "1F4E79" → "FF1F4E79" (ExcelJS wants ARGB). */
export function argb(hex: string): string {
  const clean = hex.replace(/^#/, '').toUpperCase();
  return clean.length === 6 ? `FF${clean}` : clean;
}
