import { layoutReport } from './layout';
import { lineCount, MAX_ROW_HEIGHT, rowHeight } from './layoutMeasure';
import { ReportSheet } from './sheet';
import { exampleAnalysis } from '../../../test/support/exampleAnalysis';
import { Analysis } from '../model/analysis';
import { num } from '../model/expr';
import { live } from './live';

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

describe('a table row whose text passes one sheet row', () => {
  const long = '茶山坳镇中心学校建设资金缺口较大，'.repeat(300); // 5,100 characters
  const table = {
    kind: 'table' as const,
    title: '附表9 长文字',
    columns: [
      { header: '三级指标', numeric: false, width: 20 },
      { header: '分值', numeric: true, width: 10 },
      { header: '偏差原因', numeric: false, width: 40 },
    ],
    rows: [['办学条件改善', live(num(10), 'fixed2', 'weight:long'), long]],
  };
  const a = exampleAnalysis();
  const sheet = layoutReport({ ...a, report: { ...a.report, blocks: [...a.report.blocks, table] } }, '绩效自评报告');
  const titleRow = sheet.cells.find((c) => c.value === '附表9 长文字')!.row;
  // The table's own rows: after its header, before the next table (附表3, below the print area).
  const nextTitle = Math.min(...sheet.cells.filter((c) => c.style === 'tableTitle' && c.row > titleRow).map((c) => c.row));
  const dataRows = [...new Set(sheet.cells.filter((c) => c.row > titleRow + 1 && c.row < nextTitle - 1).map((c) => c.row))].sort((x, y) => x - y);

  it('continues on further sheet rows, every character kept and no row over 409 pt', () => {
    expect(dataRows.length).toBeGreaterThan(1);
    const reasonCol = sheet.cells.find((c) => c.row === titleRow + 1 && c.value === '偏差原因')!.col;
    const text = dataRows.map((r) => sheet.cells.find((c) => c.row === r && c.col === reasonCol)?.value ?? '').join('');
    expect(text.length).toBe(long.length);
    expect(text === long).toBe(true);
    for (const r of dataRows) expect(sheet.rowHeights[r]).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    for (const c of sheet.cells) expect(String(c.value ?? '').length).toBeLessThanOrEqual(32767);
  });

  it('shows the other cells once, merged down over the continuation rows', () => {
    const first = dataRows[0];
    const last = dataRows[dataRows.length - 1];
    expect(sheet.cells.filter((c) => c.value === '办学条件改善')).toHaveLength(1);
    expect(sheet.merges).toContainEqual({ top: first, left: 0, bottom: last, right: expect.any(Number) });
    expect(sheet.cells.filter((c) => c.value === 10 && c.row >= first)).toHaveLength(1);
  });
});
