/** A small ReportSheet for the ExcelJS adapter's tests: rows of values and formulas, two styles. */
import { ReportCell, ReportSheet } from '../../src/core/report/sheet';
import { Rect } from '../../src/core/grid/snapshot';

export type TinyCell = string | number | null | { f: string; v: string | number };

/** Rows → a ReportSheet with a title style on row 0, a body style below, A4 page setup. */
export function tinyReport(
  name: string,
  rows: TinyCell[][],
  merges: Rect[] = [],
  printTitleRows: [number, number] | null = null,
): ReportSheet {
  const cells: ReportCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c === null) return;
      const style = r === 0 ? 'title' : 'body';
      cells.push(
        typeof c === 'object' ? { row: r, col, value: c.v, formula: c.f, style } : { row: r, col, value: c, style },
      );
    }),
  );
  const cols = Math.max(...rows.map((r) => r.length));
  return {
    name,
    cells,
    merges,
    rowHeights: { 0: 30, 1: 42 },
    columnWidths: new Array(cols).fill(12),
    styles: {
      title: { fontName: '黑体', fontSize: 20, bold: true, horizontal: 'center', vertical: 'middle', wrap: false },
      body: {
        fontName: '仿宋',
        fontSize: 14,
        horizontal: 'left',
        vertical: 'top',
        wrap: true,
        indent: 1,
        border: 'thin',
        fill: 'D9D9D9',
        numberFormat: '0.00',
        color: '333333',
      },
    },
    page: {
      paperSize: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      margins: { left: 0.79, right: 0.79, top: 0.98, bottom: 0.98, header: 0.5, footer: 0.5 },
      footer: '第 &P 页 共 &N 页',
      printArea: { top: 0, left: 0, bottom: rows.length - 1, right: cols - 1 },
      printTitleRows,
    },
    frozenRows: 1,
    tabColor: '1F4E79',
    showGridlines: false,
    fingerprint: 'test',
  };
}
