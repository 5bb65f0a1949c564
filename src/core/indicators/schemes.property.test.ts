/**
 * Every built-in scheme on random complete data (issue 11): 0 ≤ total ≤ 100, and the maximum
 * 100 is reached exactly when every row is met — 100 when all are, below 100 when one is not
 * (a row that is not met is generated clearly short of its target, so rounding cannot lift it).
 */
import fc from 'fast-check';
import { num } from '../model/expr';
import { Indicator, IndicatorId } from '../model/analysis';
import { P2IndicatorRow } from '../model/types';
import { dec } from '../money';
import { computeFigures } from './figures';
import { INDICATOR_IDS, INDICATOR_NAMES } from './indicators';
import { computeScoring } from './scoring';
import { SCHEMES } from './schemes';
import { formModel, indicatorRow } from '../../../test/support/testBuilders';

type Kind = '>=' | '<=' | '=' | 'qualitative';

interface RowSpec {
  readonly kind: Kind;
  readonly target: number;
  readonly met: boolean;
  /** Where in its range a not-met row falls (0..1). */
  readonly shortfall: number;
}

const rowArb: fc.Arbitrary<RowSpec> = fc.record({
  kind: fc.constantFrom<Kind>('>=', '<=', '=', 'qualitative'),
  target: fc.integer({ min: 1, max: 500 }),
  met: fc.boolean(),
  shortfall: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** n positive integer 分值 adding up to `total` (a complete form: 90 under 财政部自评). */
const weightsArb = (n: number, total: number): fc.Arbitrary<number[]> =>
  fc.uniqueArray(fc.integer({ min: 1, max: total - 1 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), total];
    return points.slice(1).map((p, i) => p - points[i]);
  });

/** The P2 row for a spec: met rows reach their target; others fall clearly short of it. */
function p2Row(spec: RowSpec, weight: number, i: number): P2IndicatorRow {
  const row = 10 + i;
  const name = `指标${i + 1}`;
  const t = spec.target;
  const s = spec.shortfall;
  switch (spec.kind) {
    case '>=':
      return indicatorRow({ row, name, direction: '>=', target: t, actual: spec.met ? t + s * t : t * 0.9 * s, weight });
    case '<=':
      return indicatorRow({ row, name, direction: '<=', target: t, actual: spec.met ? t * s : t * (1.1 + s), weight });
    case '=':
      // floor, not round: round(1 × 0.8 × 0.625) is 1, which meets a target of 1.
      return indicatorRow({ row, name, direction: '=', target: t, actual: spec.met ? t : Math.floor(t * 0.8 * s), weight });
    case 'qualitative':
      // 部分达成 with a typed 得分 inside [60%, 80%) of the 分值.
      return spec.met
        ? indicatorRow({ row, name, direction: 'qualitative', weight, completion: '达成' })
        : indicatorRow({ row, name, direction: 'qualitative', weight, completion: '部分达成', userScore: (weight * (60 + 19 * s)) / 100 });
  }
}

/** The Hunan scheme's indicators: best values when met, values that lose points otherwise. */
const HUNAN_VALUES: Readonly<Record<string, readonly [string, string]>> = {
  budgetExecutionRate: ['1', '0.8'],
  staffControlRate: ['1', '1.05'],
  threePublicChangeRate: ['0', '0.1'],
  budgetCompletionRate: ['1', '0.9'],
  budgetAdjustmentRate: ['0', '0.15'],
  threePublicControlRate: ['1', '1.02'],
  keySpendingRate: ['0.95', '0.75'],
  carryoverRate: ['0', '0.08'],
};

function indicatorsOf(met: (id: IndicatorId) => boolean): Indicator[] {
  return INDICATOR_IDS.map((id) => {
    const pair = HUNAN_VALUES[id];
    const base = { id, name: INDICATOR_NAMES[id], formulaWords: '' };
    if (!pair) return { ...base, value: null, expr: null, unavailable: { kind: 'figures' as const, figures: [] } };
    const v = met(id) ? pair[0] : pair[1];
    return { ...base, value: dec(v), expr: num(v), unavailable: null };
  });
}

const caseArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    rows: fc.array(rowArb, { minLength: n, maxLength: n }),
    weights: weightsArb(n, 90),
    indicatorsMet: fc.dictionary(fc.constantFrom(...Object.keys(HUNAN_VALUES)), fc.boolean()),
  }),
);

describe.each(Object.keys(SCHEMES))('built-in scheme %s on random complete data', (scheme) => {
  it('0 ≤ total ≤ 100, and 100 exactly when every row is met', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, weights, indicatorsMet }) => {
        const model = formModel(rows.map((r, i) => p2Row(r, weights[i], i)));
        const used = SCHEMES[scheme].rows.flatMap((d) => (d.source === 'indicator' ? [d.indicator] : []));
        const met = (id: IndicatorId) => indicatorsMet[id] ?? true;
        const { scoring } = computeScoring(model, computeFigures(model), indicatorsOf(met), scheme);
        expect(scoring.total.gte(0) && scoring.total.lte(100)).toBe(true);
        const allMet = rows.every((r) => r.met) && used.every(met);
        expect([allMet, scoring.total.eq(100)]).toEqual([allMet, allMet]);
      }),
      { numRuns: 300 },
    );
  });
});
