/**
 * Issue 11's scoring defects, each with its boundary cases worked out by hand: scaled weights
 * that add up exactly (largest remainder at 0.01), control rates with a limit of 0, the rule
 * text's step count, and the provisional total when a row cannot be computed.
 */
import Decimal from 'decimal.js';
import { num } from '../model/expr';
import { Indicator, IndicatorId } from '../model/analysis';
import { Model, P2IndicatorRow } from '../model/types';
import { dec, sum } from '../money';
import { computeFigures } from './figures';
import { INDICATOR_IDS, INDICATOR_NAMES } from './indicators';
import { allocateCents } from './p2Weights';
import { computeScoring, totalWords } from './scoring';
import { DEFAULT_SCHEME, HUNAN_SCHEME } from './schemes';
import { specWords as ruleWords } from './ruleWords';
import { formModel, indicatorRow } from '../../../test/support/testBuilders';

/** Every indicator at the given value (the others unavailable). */
function indicatorsOf(values: Partial<Record<IndicatorId, string>>, extra: Partial<Record<IndicatorId, Partial<Indicator>>> = {}) {
  return INDICATOR_IDS.map((id): Indicator => {
    const v = values[id];
    const base = { id, name: INDICATOR_NAMES[id], formulaWords: '' };
    const own =
      v === undefined
        ? { ...base, value: null, expr: null, unavailable: { kind: 'figures' as const, figures: [] } }
        : { ...base, value: dec(v), expr: num(v), unavailable: null };
    return { ...own, ...extra[id] };
  });
}

/** The best value of each indicator the Hunan scheme scores. */
const HUNAN_BEST: Partial<Record<IndicatorId, string>> = {
  staffControlRate: '1',
  threePublicChangeRate: '0',
  budgetCompletionRate: '1',
  budgetAdjustmentRate: '0',
  threePublicControlRate: '1',
  keySpendingRate: '0.95',
  carryoverRate: '0',
};

/** A form whose rows all meet their targets, with these 分值. */
function metForm(weights: readonly number[]): Model {
  const indicators: P2IndicatorRow[] = weights.map((w, i) =>
    indicatorRow({ row: 10 + i, name: `指标${i + 1}`, direction: '>=', target: 1, actual: 1, weight: w }),
  );
  return formModel(indicators);
}

describe('scaled weights add up exactly (largest remainder at 0.01)', () => {
  it('8 rows of 分值 10 and 2 of 5 scaled to 61: 6.78 × 6 + 6.77 × 2 + 3.39 × 2 = 61, not 61.02', () => {
    // 10 × 61 ÷ 90 = 6.7777… (remainder 0.0077 over 6.77), 5 × 61 ÷ 90 = 3.3888… (0.0088 over 3.38).
    // Floors: 6.77 × 8 + 3.38 × 2 = 60.92; the 8 missing cents go to the largest remainders:
    // both 3.38s first, then the first six 6.77s.
    const exact = [...Array(8).fill(10), 5, 5].map((w) => new Decimal(w).times(61).div(90));
    const given = allocateCents(exact, new Decimal(61));
    expect(given.map(String)).toEqual(['6.78', '6.78', '6.78', '6.78', '6.78', '6.78', '6.77', '6.77', '3.39', '3.39']);
    expect(sum(given).toString()).toBe('61');
  });

  it('湖南部门整体 on that form, every row met: exactly 100 (was 100.02)', () => {
    const model = metForm([...Array(8).fill(10), 5, 5]);
    const { scoring } = computeScoring(model, computeFigures(model), indicatorsOf(HUNAN_BEST), '湖南部门整体');
    expect(sum(scoring.rows.map((r) => r.weight)).toString()).toBe('100');
    expect(scoring.total.toString()).toBe('100');
  });

  it('财政部自评 on a form whose 分值 total 90, every row met: exactly 100', () => {
    const model = metForm([30, 30, 20, 10]);
    const { scoring, findings } = computeScoring(model, computeFigures(model), indicatorsOf({ budgetExecutionRate: '1' }));
    expect(scoring.scheme).toBe(DEFAULT_SCHEME.name);
    expect(scoring.total.toString()).toBe('100');
    expect(findings.filter((f) => f.code === 'P2.weights')).toEqual([]);
  });

  it('a single row takes the whole 61; three equal rows give the odd cent to the first', () => {
    expect(allocateCents([new Decimal(61)], new Decimal(61)).map(String)).toEqual(['61']);
    const third = new Decimal(61).div(3);
    expect(allocateCents([third, third, third], new Decimal(61)).map(String)).toEqual(['20.34', '20.33', '20.33']);
  });
});

describe('control rates with a limit of 0', () => {
  const hunan = (extra: Partial<Record<IndicatorId, Partial<Indicator>>>) => {
    const model = metForm([90]);
    return computeScoring(model, computeFigures(model), indicatorsOf(HUNAN_BEST, extra), '湖南部门整体');
  };

  it('nothing budgeted and nothing spent is full compliance: 6 of 6, shown as 无支出, no error', () => {
    const { scoring, findings } = hunan({
      threePublicControlRate: { value: dec(0), expr: num(0), zeroLimit: 'nothingSpent' },
    });
    const row = scoring.rows.find((r) => r.key === 'threePublicControlRate')!;
    expect(row.score.toString()).toBe('6');
    expect(row.actualText).toBe('无支出');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(scoring.pending).toBe(0);
  });

  it('budget 0 and spending above 0 is over budget: 0 of 6 with a warning, not a row to fill in', () => {
    const { scoring, findings } = hunan({
      threePublicControlRate: {
        value: null,
        expr: null,
        unavailable: { kind: 'overLimit', limit: 'threePublicBudget', actual: 'threePublicActual', value: dec(2) },
        zeroLimit: 'overLimit',
      },
    });
    const row = scoring.rows.find((r) => r.key === 'threePublicControlRate')!;
    expect(row.score.toString()).toBe('0');
    expect(row.actualText).toBe('超出限额');
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['indicator.overLimit', 'warning']]);
    expect(scoring.pending).toBe(0);
    expect(scoring.total.toString()).toBe('94');
  });
});

describe('rule text', () => {
  it('writes the step count of a deduction: 每超过1个百分点扣0.5分', () => {
    const staff = HUNAN_SCHEME.rows[0];
    expect(staff.source === 'indicator' && ruleWords(staff.rule)).toBe('不高于100.00%得满分，每超过1个百分点扣0.5分，扣完为止');
    const completion = HUNAN_SCHEME.rows[2];
    expect(completion.source === 'indicator' && ruleWords(completion.rule)).toBe(
      '不低于100.00%得满分，每低于5个百分点扣2分，扣完为止',
    );
  });
});

describe('a total with rows that cannot be computed is provisional', () => {
  it('says 暂计 … 分（N 项待补充）; without such rows, the plain score', () => {
    const model = metForm([90]);
    const { staffControlRate: _s, carryoverRate: _c, ...rest } = HUNAN_BEST;
    const { scoring } = computeScoring(model, computeFigures(model), indicatorsOf(rest), '湖南部门整体');
    // 100 − 5 (在职人员控制率) − 5 (结转结余率) = 90, two rows to fill in.
    expect(scoring.pending).toBe(2);
    expect(totalWords(scoring)).toBe('暂计 90 分（2 项待补充）');
    const full = computeScoring(model, computeFigures(model), indicatorsOf(HUNAN_BEST), '湖南部门整体').scoring;
    expect(totalWords(full)).toBe('100 分');
  });

  it('a P2 row missing its 实际完成值 counts as one to fill in', () => {
    const model = metForm([50, 40]);
    const rows = model.p2!.indicators;
    const broken: Model = { ...model, p2: { ...model.p2!, indicators: [rows[0], { ...rows[1], actual: null, actualText: null }] } };
    const { scoring } = computeScoring(broken, computeFigures(broken), indicatorsOf({ budgetExecutionRate: '1' }));
    expect(scoring.pending).toBe(1);
    expect(totalWords(scoring)).toBe('暂计 60 分（1 项待补充）');
  });
});
