import { layoutReport } from './layout';
import { lineCount, MAX_ROW_HEIGHT, rowHeight } from './layoutMeasure';
import { ReportSheet } from './sheet';
import { exampleAnalysis } from './testing/exampleAnalysis';
import { Analysis } from '../model/analysis';

/** The text of the rows of one style, in order. */
const rowsOf = (sheet: ReportSheet, style: string) => sheet.cells.filter((c) => c.style === style && c.col === 0);

function withTitle(a: Analysis, title: string): Analysis {
  return { ...a, report: { ...a.report, title } };
}

describe('long text in the report sheet', () => {
  it('spreads a 3,000-character title over rows no taller than Excel allows, every character kept', () => {
    const title = '珠晖区教育局部门整体支出绩效自评报告'.repeat(170).slice(0, 3000);
    const sheet = layoutReport(withTitle(exampleAnalysis(), title), '绩效自评报告');
    const rows = rowsOf(sheet, 'title');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((c) => c.value).join('')).toBe(title);
    expect(rows[0].row).toBe(sheet.page.printArea.top);
    for (const c of rows) {
      expect(sheet.rowHeights[c.row]).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
      // The row is as tall as its own lines need: nothing of it is cut off.
      expect(sheet.rowHeights[c.row]).toBeGreaterThanOrEqual(rowHeight(lineCount(String(c.value), 20, 656), 20));
    }
  });

  it('keeps a short title on one row, followed by the gap row and the first heading', () => {
    const sheet = layoutReport(exampleAnalysis(), '绩效自评报告');
    expect(rowsOf(sheet, 'title').map((c) => c.row)).toEqual([1]);
    expect(rowsOf(sheet, 'h1')[0].row).toBe(4);
  });
});
