/** A SheetLayout into an ExcelJS worksheet: cells with their styles, merges, row heights, column widths. */
import ExcelJS from 'exceljs';
import { a1 } from '../core/grid/address';
import { SheetLayout } from '../core/report/sheet';
import { toExcelStyle } from './writeReport';

/** Writes `layout` into the empty worksheet `ws`, gridlines on (a sheet the user fills in). */
export function writeSheetLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  const styles = new Map(Object.entries(layout.styles).map(([id, s]) => [id, toExcelStyle(s)]));
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = c.value;
    const style = styles.get(c.style);
    if (style) cell.style = style;
  }
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const [row, height] of Object.entries(layout.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  layout.columnWidths.forEach((width, col) => (ws.getColumn(col + 1).width = width));
  ws.views = [
    layout.frozenRows > 0
      ? { state: 'frozen', xSplit: 0, ySplit: layout.frozenRows, topLeftCell: a1(layout.frozenRows, 0) }
      : { state: 'normal' },
  ];
}
