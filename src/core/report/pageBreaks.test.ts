import { pageBreakRows, pageHeightPt } from './pageBreaks';
import { layoutReport } from './layout';
import { exampleAnalysis } from '../../../test/support/exampleAnalysis';
import { COLUMN_WIDTHS, MARGINS } from './layoutStyles';
import { ReportSheet } from './sheet';
import { analyse, buildReportSheet } from '../analyse';
import { readSnapshot } from '../../xlsx/readSnapshot';
import { buildBenchWorkbook } from '../../../scripts/benchWorkbook';

/** The rows between two breaks add up to at most one printed page. */
function expectPagesFit(sheet: ReportSheet): void {
  const page = pageHeightPt(COLUMN_WIDTHS, MARGINS);
  const starts = [sheet.page.printArea.top, ...(sheet.page.rowBreaks ?? []), sheet.page.printArea.bottom + 1];
  for (let i = 1; i < starts.length; i++) {
    let used = 0;
    for (let r = starts[i - 1]; r < starts[i]; r++) used += sheet.rowHeights[r] ?? 15;
    expect(used).toBeLessThanOrEqual(page);
  }
}

describe('page breaks of the report sheet', () => {
  it('breaks before a heading rather than leaving it last on a page', () => {
    // Rows 1–10 of 100 pt on pages of 450 pt: rows 1–4 fill page 1, row 4 is a heading.
    const heights = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 1, 100]));
    expect(pageBreakRows(heights, { top: 1, bottom: 10 }, new Set(), 450)).toEqual([5, 9]);
    expect(pageBreakRows(heights, { top: 1, bottom: 10 }, new Set([4]), 450)).toEqual([4, 8]);
    // A heading, a spacer and a table header before the break all move to the next page.
    expect(pageBreakRows(heights, { top: 1, bottom: 10 }, new Set([3, 4]), 450)).toEqual([3, 7]);
  });

  it('does not loop on a page made only of rows kept with the next', () => {
    const heights = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [i + 1, 100]));
    expect(pageBreakRows(heights, { top: 1, bottom: 6 }, new Set([1, 2, 3, 4, 5, 6]), 250)).toEqual([3, 5]);
  });

  it('fills an A4 page inside the margins, enlarged by the fit-to-width scale', () => {
    const h = pageHeightPt(COLUMN_WIDTHS, MARGINS);
    expect(h).toBeGreaterThan(650);
    expect(h).toBeLessThan(842 - 2 * 0.98 * 72);
  });

  it('leaves no heading or table title as the last row before a break in the example', () => {
    const sheet = layoutReport(exampleAnalysis({ assetText: '资产管理'.repeat(400) }), '绩效自评报告');
    const breaks = sheet.page.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const styleOf = (row: number) => sheet.cells.find((c) => c.row === row && c.col === 0)?.style;
    for (const b of breaks) expect(['h1', 'h2', 'h3', 'tableTitle', 'title', 'th']).not.toContain(styleOf(b - 1));
    // Every page fits: the rows between two breaks add up to at most one page.
    expectPagesFit(sheet);
  });
});

describe('tables across printed pages', () => {
  it('repeats the header row after every break inside a table, and each page fits', () => {
    const wb = buildBenchWorkbook({ classes: 2, kuanPerClass: 3, xiangPerKuan: 4, projects: 60, indicators: 120 });
    const sheet = buildReportSheet(analyse(readSnapshot(wb)));
    const styleOf = (row: number) => sheet.cells.find((c) => c.row === row && c.col === 0)?.style ?? '';
    const inTable = (row: number) => ['th', 'tableTitle'].includes(styleOf(row)) || styleOf(row).startsWith('td') || styleOf(row).startsWith('total');
    const breaks = sheet.page.rowBreaks ?? [];
    const inside = breaks.filter((b) => inTable(b - 1) && styleOf(b - 1) !== 'tableTitle' && inTable(b) && styleOf(b) !== 'tableTitle');
    expect(inside.length).toBeGreaterThan(3);
    expect(inside.filter((b) => styleOf(b) !== 'th')).toEqual([]);
    expectPagesFit(sheet);
    // The repeated header is the table's own: the same texts as the header above the first page's rows.
    const textOf = (row: number) => sheet.cells.filter((c) => c.row === row && c.value !== null).map((c) => c.value);
    for (const b of inside) expect(textOf(b)[0]).toMatch(/一级指标|三级指标|项目/);
  });
});
