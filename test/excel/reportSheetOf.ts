/** A small ReportSheet for adapter tests: rows of values/formulas, one body style and one header style. */
import { ReportCell, ReportSheet } from '../../src/core/report/sheet';
import { Rect } from '../../src/core/grid/snapshot';

export type TestCell = string | number | null | { f: string; v: string | number };

export function reportSheetOf(name: string, rows: TestCell[][], merges: Rect[] = []): ReportSheet {
  const cells: ReportCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c === null) return;
      const style = r === 0 ? 'title' : 'body';
      if (typeof c === 'object') cells.push({ row: r, col, value: c.v, formula: c.f, style });
      else cells.push({ row: r, col, value: c, style });
    }),
  );
  const cols = Math.max(...rows.map((r) => r.length));
  return {
    name,
    cells,
    merges,
    rowHeights: { 0: 30, 1: 20, 2: 20 },
    columnWidths: new Array(cols).fill(12),
    styles: {
      title: { fontName: '黑体', fontSize: 18, bold: true, horizontal: 'center', vertical: 'middle', wrap: false },
      body: {
        fontName: '仿宋',
        fontSize: 14,
        horizontal: 'left',
        vertical: 'top',
        wrap: true,
        border: 'thin',
        numberFormat: '0.00',
      },
    },
    page: {
      paperSize: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      margins: { left: 0.8, right: 0.8, top: 1, bottom: 1, header: 0.3, footer: 0.3 },
      footer: '第 &P 页 共 &N 页',
      printArea: { top: 0, left: 0, bottom: rows.length - 1, right: cols - 1 },
      printTitleRows: null,
    },
    frozenRows: 1,
    tabColor: '1F4E79',
    showGridlines: false,
    fingerprint: 'test',
  };
}
