import { pageBreakRows, pageHeightPt } from './pageBreaks';
import { layoutReport } from './layout';
import { exampleAnalysis } from '../../../test/support/exampleAnalysis';
import { COLUMN_WIDTHS, MARGINS } from './layoutStyles';

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
    const page = pageHeightPt(COLUMN_WIDTHS, MARGINS);
    const starts = [sheet.page.printArea.top, ...breaks, sheet.page.printArea.bottom + 1];
    for (let i = 1; i < starts.length; i++) {
      let used = 0;
      for (let r = starts[i - 1]; r < starts[i]; r++) used += sheet.rowHeights[r] ?? 15;
      expect(used).toBeLessThanOrEqual(page);
    }
  });
});
