import { num } from '../model/expr';
import { Indicator, IndicatorId } from '../model/analysis';
import { Model } from '../model/types';
import { dec } from '../money';
import { toFormula } from '../report/formula';
import { computeFigures } from './figures';
import { INDICATOR_IDS, INDICATOR_NAMES } from './indicators';
import { computeScoring } from './scoring';
import { HUNAN_SCHEME, SCHEMES } from './schemes';
import { P2_SHEET, fundTotal, indicatorRow, tableInfo } from '../../../test/support/testBuilders';
import { fieldsOf } from '../../../test/support/findingText';

/** Indicators with the given values; the others unavailable. */
function indicatorsOf(values: Partial<Record<IndicatorId, string>>): Indicator[] {
  return INDICATOR_IDS.map((id) => {
    const v = values[id];
    const base = { id, name: INDICATOR_NAMES[id], formulaWords: '' };
    return v === undefined
      ? { ...base, value: null, expr: null, unavailable: { kind: 'figures' as const, figures: [] } }
      : { ...base, value: dec(v), expr: num(v), unavailable: null };
  });
}

const model: Model = {
  tables: [],
  findings: [],
  p2: {
    info: tableInfo('P2', P2_SHEET),
    funds: [fundTotal(100, 100)],
    goals: [],
    indicators: [
      indicatorRow({ row: 10, name: '甲', direction: '>=', target: 1, actual: 1, weight: 30 }),
      indicatorRow({ row: 11, name: '乙', direction: '>=', target: 1, actual: '0.5', weight: 60, reason: '原因' }),
    ],
  },
};

const values: Partial<Record<IndicatorId, string>> = {
  staffControlRate: '1.0208', // 2.08 points over → 3 started steps → 5 − 1.5 = 3.5
  threePublicChangeRate: '-0.1', // ≤ 0 → 8
  budgetCompletionRate: '0.97', // 3 points under → 1 started step of 5 → 5 − 2 = 3
  budgetAdjustmentRate: '0.05', // ≤ 10% → 4
  threePublicControlRate: '0.8', // ≤ 100% → 6
  keySpendingRate: '0.85', // [80%, 90%) → 4
  carryoverRate: '0.03', // ≤ 5% → 4
};

describe('scheme 湖南部门整体', () => {
  it('is data: 39 points of indicator rows, each naming its source, and the P2 rows scaled to 61', () => {
    const indicatorRows = HUNAN_SCHEME.rows.filter((r) => r.source === 'indicator');
    expect(
      indicatorRows.reduce((s, r) => s + Number(r.source === 'indicator' && r.weight !== 'p2Fund' ? r.weight : 0), 0),
    ).toBe(39);
    expect(indicatorRows.every((r) => r.source === 'indicator' && (r.origin ?? '') !== '')).toBe(true);
    expect(SCHEMES['湖南部门整体']).toBe(HUNAN_SCHEME);
  });

  // The P2 rows: 分值 30 and 60 of 90 scaled to 61 are 20.333… and 40.666…; to 0.01 by largest
  // remainder 20.33 + 40.67 = 61 exactly. 甲 met → 20.33; 乙 half → 40.67 × 0.5 = 20.335 → 20.34.
  // (Was 20.33 / 73.16 with the unrounded weight 40.666…: issue 11, the maximum must be exactly 100.)
  it('totals the hand-worked rows: 32.5 + 20.33 + 20.34 = 73.17 → 中', () => {
    const { scoring, findings } = computeScoring(model, computeFigures(model), indicatorsOf(values), '湖南部门整体');
    expect(scoring.scheme).toBe('湖南部门整体');
    expect(scoring.rows.map((r) => r.score.toString())).toEqual([
      '3.5',
      '8',
      '3',
      '4',
      '6',
      '4',
      '4',
      '20.33',
      '20.34',
    ]);
    expect(scoring.total.toString()).toBe('73.17');
    expect(scoring.grade).toBe('中');
    expect(findings.map((f) => f.code)).toEqual([]);
    expect(toFormula(scoring.rows[7].scoreExpr!)).toContain("'绩效自评表'!H11*61/90");
  });

  it('is chosen by the 评分方案 of 部门基本情况 and scores an unavailable indicator 0 with an error', () => {
    const withP3: Model = {
      ...model,
      p3: {
        info: tableInfo('P3', 'P3'),
        departmentName: null,
        year: null,
        duties: [],
        internalOrgs: [],
        internalOrgsRef: null,
        numbers: {},
        schemeName: { ref: { sheet: 'P3', row: 3, col: 1 }, text: '湖南部门整体' },
        reportTitle: null,
      },
    };
    const { staffControlRate: _omit, ...rest } = values;
    const { scoring, findings } = computeScoring(withP3, computeFigures(withP3), indicatorsOf(rest));
    expect(scoring.scheme).toBe('湖南部门整体');
    expect(scoring.rows[0].score.toString()).toBe('0');
    expect(scoring.total.toString()).toBe('69.67');
    expect(findings.map((f) => [f.code, fieldsOf(f).indicator])).toEqual([
      ['indicator.unavailable', 'staffControlRate'],
    ]);
  });
});
