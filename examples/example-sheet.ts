/**
 * Small writing helpers for the example workbook: rows from arrays, merges, amounts and the
 * 示例数据 marks. Rows and columns here are 1-based, as ExcelJS counts them.
 */
import ExcelJS from 'exceljs';

/** A cell as the example writes it: text, a number, a formula with its cached result, or blank. */
export type ExampleCell = string | number | { formula: string; result: number } | null;

/** Amount text from the data file → the cell: '' → blank, '-' stays text (a zero dash), else a number. */
export function amountCell(text: string): ExampleCell {
  if (text === '') return null;
  if (text === '-') return '-';
  return Number(text);
}

/** Writes `rows` from (row, col) on, leaving null cells untouched. */
export function putRows(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  rows: readonly (readonly ExampleCell[])[],
): void {
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      if (value === null) return;
      const cell = ws.getCell(row + i, col + j);
      cell.value = value;
      if (typeof value !== 'string') cell.numFmt = '0.00';
    });
  });
}

/** Merges a rectangle (1-based, inclusive). */
export function merge(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  ws.mergeCells(top, left, bottom, right);
}

/** Title in row 1, merged over the table's width, bold and centred as the published forms print it. */
export function putTitle(ws: ExcelJS.Worksheet, title: string, width: number): void {
  ws.getCell(1, 1).value = title;
  merge(ws, 1, 1, 1, width);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
}

/** Marks invented amounts with a cell note `示例数据` (the values are not touched). */
export function markIllustrative(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      if (typeof cell.value === 'number') cell.note = '示例数据';
    }
  }
}

/** Header rows look: bold, grey fill, centred, wrapped. */
export function styleHeader(ws: ExcelJS.Worksheet, top: number, bottom: number, width: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    }
  }
}

/** Column widths in character units, from column A. */
export function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** Sheet names of the example (tests point at cells by them). */
export const EXAMPLE_SHEETS = {
  t1: 'Z01 收入支出决算总表',
  t3: 'Z03 支出决算表(财决04表)',
  t6: '公开05表 一般公共预算财政拨款基本支出决算表',
  t7: '公开06表 “三公”经费支出决算表',
  p1: '项目支出明细表',
  p2: '部门整体支出绩效自评表',
  p3: '部门基本情况',
  p4: '报告文字',
} as const;
