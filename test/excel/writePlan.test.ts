import {
  cellInput,
  needsQuotePrefix,
  packAddresses,
  planReportWrite,
  MAX_AREAS_ADDRESS,
} from '../../src/excel/writePlan';
import { chooseReportName, temporaryName } from '../../src/core/grid/sheetNames';
import { areaRect, splitAreas } from '../../src/excel/snapshotFromRanges';
import { reportSheetOf } from './reportSheetOf';

describe('the write plan', () => {
  it('quotes text Excel would read as a formula, number or boolean, and nothing else', () => {
    for (const t of ['=1', '+1', '-x', '@a', '12', '3.5%', 'true', "'x"]) expect(needsQuotePrefix(t)).toBe(true);
    for (const t of ['主要职能', '（一）部门概况', 'abc']) expect(needsQuotePrefix(t)).toBe(false);
    expect(cellInput('=SUM(A1)', undefined, 'R')).toBe("'=SUM(A1)");
    expect(cellInput(null, "'R'!A1+'S'!B2", 'R')).toBe("=A1+'S'!B2");
  });

  it('gives one multi-area range per style, stacking repeated runs into rectangles', () => {
    const plan = planReportWrite(
      reportSheetOf('R', [
        ['标题', null],
        ['a', 'b'],
        ['c', 'd'],
        [null, 'e'],
      ]),
    );
    const body = plan.styleAreas.filter((a) => a.style.fontName === '仿宋').map((a) => a.address);
    expect(body).toEqual(['A2:B3,B4']);
    expect(plan.chunks).toHaveLength(1);
    expect(plan.chunks[0].address).toBe('A1:B4');
  });

  it('keeps every getRanges address within the length Excel parses', () => {
    const many = Array.from({ length: 200 }, (_, i) => `A${i * 2 + 1}`);
    const packed = packAddresses(many);
    expect(packed.length).toBeGreaterThan(1);
    for (const p of packed) expect(p.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    expect(packed.join(',').split(',')).toEqual(many);
  });
});

describe('the report sheet name', () => {
  it("reuses our marked sheet's name, never a user's sheet", () => {
    expect(chooseReportName(['表1'], null, '绩效自评报告')).toBe('绩效自评报告');
    expect(chooseReportName(['表1', '绩效自评报告'], '绩效自评报告', '绩效自评报告')).toBe('绩效自评报告');
    expect(chooseReportName(['表1', '绩效自评报告', '绩效自评报告 (2)'], null, '绩效自评报告')).toBe(
      '绩效自评报告 (3)',
    );
    expect(chooseReportName(['绩效自评报告', '我的报告'], '我的报告', '绩效自评报告')).toBe('我的报告');
    expect(temporaryName(['~perf-report-1'])).toBe('~perf-report-2');
  });
});

describe('merged-area addresses', () => {
  it('split on commas outside quoted sheet names', () => {
    const parts = splitAreas("'a,b''s'!A1:B2,'a,b''s'!$C$3");
    expect(parts).toEqual(["'a,b''s'!A1:B2", "'a,b''s'!$C$3"]);
    expect(parts.map(areaRect)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});
