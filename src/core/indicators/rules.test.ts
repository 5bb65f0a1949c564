import fc from 'fast-check';
import Decimal from 'decimal.js';
import { Expr, num } from '../model/expr';
import { toFormula } from '../report/formula';
import { dec } from '../money';
import {
  Band,
  RuleResult,
  gradeOf,
  scoreBands,
  scoreBudgetExecution,
  scoreDeductPerPoint,
  scoreEqual,
  scorePositive,
  scoreQualitative,
  scoreReverse,
} from './rules';

const n = (v: number | string): Expr => num(v);
const s = (r: RuleResult): string => r.score.toString();

describe('every rule rounds to 2 places as the outermost formula step', () => {
  it('the expression is ROUND(…,2) and evaluates to the score', () => {
    const r = scorePositive(n(2), n(3), n(10));
    expect(r.expr.kind).toBe('round');
    expect(toFormula(r.expr)).toMatch(/^ROUND\(.*,2\)$/);
    expect(s(r)).toBe('6.67');
  });
});

describe('positive (≥)', () => {
  it('gives full weight exactly at the target', () => expect(s(scorePositive(n('0.95'), n('0.95'), n(20)))).toBe('20'));
  it('gives full weight above the target', () => expect(s(scorePositive(n(5000), n(4404), n(20)))).toBe('20'));
  it('scores weight × actual ÷ target below it', () => expect(s(scorePositive(n('0.9'), n(1), n(30)))).toBe('27'));
  it('gives 0 for an actual of 0', () => expect(s(scorePositive(n(0), n(5), n(10)))).toBe('0'));
  it('never goes below 0', () => expect(s(scorePositive(n(-1), n(5), n(10)))).toBe('0'));
  it('with target 0 gives full weight when actual ≥ 0', () => expect(s(scorePositive(n(0), n(0), n(10)))).toBe('10'));
  it('with target 0 gives 0 when actual < 0', () => expect(s(scorePositive(n(-1), n(0), n(10)))).toBe('0'));
  it('rounds half away from zero', () => expect(s(scorePositive(n('0.12345'), n(1), n(10)))).toBe('1.23'));
});

describe('reverse (≤)', () => {
  it('gives full weight exactly at the target', () => expect(s(scoreReverse(n('0.05'), n('0.05'), n(20)))).toBe('20'));
  it('gives full weight below the target', () => expect(s(scoreReverse(n(0), n('0.05'), n(20)))).toBe('20'));
  it('is linear between target and twice the target', () =>
    expect(s(scoreReverse(n('0.06'), n('0.05'), n(20)))).toBe('16'));
  it('gives 0 exactly at twice the target', () => expect(s(scoreReverse(n('0.1'), n('0.05'), n(20)))).toBe('0'));
  it('gives 0 beyond twice the target', () => expect(s(scoreReverse(n(1), n('0.05'), n(20)))).toBe('0'));
  it('with target 0 gives full weight when actual ≤ 0', () => expect(s(scoreReverse(n(0), n(0), n(8)))).toBe('8'));
  it('with target 0 gives 0 for any actual above 0', () => expect(s(scoreReverse(n('0.01'), n(0), n(8)))).toBe('0'));
});

describe('equal (=)', () => {
  it('gives full weight when the actual rounds to the target at its decimals', () =>
    expect(s(scoreEqual(n('0.9504'), n('0.95'), n(10), 2))).toBe('10'));
  it('scores as positive below the target', () => expect(s(scoreEqual(n('0.9'), n('0.95'), n(10), 2))).toBe('9.47'));
  it('scores as reverse above the target', () => expect(s(scoreEqual(n(1), n('0.95'), n(10), 2))).toBe('9.47'));
  it('a whole-number target compares whole numbers', () => expect(s(scoreEqual(n('12.4'), n(12), n(6), 0))).toBe('6'));
});

describe('budget execution', () => {
  it('is weight × rate', () => expect(s(scoreBudgetExecution(n('0.9876'), n(10)))).toBe('9.88'));
  it('is capped at full weight', () => expect(s(scoreBudgetExecution(n('1.2'), n(10)))).toBe('10'));
  it('is full at exactly 100%', () => expect(s(scoreBudgetExecution(n(1), n(10)))).toBe('10'));
});

describe('deduct per point', () => {
  const over = { threshold: dec(1), perPoint: dec('0.5'), step: dec(1), side: 'over' as const };
  const under = { threshold: dec(1), perPoint: dec(2), step: dec(5), side: 'under' as const };
  it('is full exactly at the threshold', () => expect(s(scoreDeductPerPoint(n(1), n(5), over))).toBe('5'));
  it('takes one step off for one point past', () => expect(s(scoreDeductPerPoint(n('1.01'), n(5), over))).toBe('4.5'));
  it('counts a started step as a whole one', () => expect(s(scoreDeductPerPoint(n('1.0101'), n(5), over))).toBe('4'));
  it('counts 5 points as 5 steps, not 6 (float noise guarded)', () => {
    const r = scoreDeductPerPoint(n('1.05'), n(5), over);
    expect(s(r)).toBe('2.5');
    expect(toFormula(r.expr)).toContain('ROUNDUP(ROUND(');
  });
  it('stops at 0', () => expect(s(scoreDeductPerPoint(n(2), n(5), over))).toBe('0'));
  it('on the under side deducts per started step of 5 points', () => {
    expect(s(scoreDeductPerPoint(n('0.95'), n(5), under))).toBe('3');
    expect(s(scoreDeductPerPoint(n('0.9499'), n(5), under))).toBe('1');
    expect(s(scoreDeductPerPoint(n('1.2'), n(5), under))).toBe('5');
    expect(s(scoreDeductPerPoint(n('0.8'), n(5), under))).toBe('0');
  });
});

describe('bands', () => {
  const b = (upTo: string | null, inclusive: boolean, score: number): Band => ({
    upTo: upTo === null ? null : dec(upTo),
    inclusive,
    score: dec(score),
  });
  const adjustment = [b('0', true, 5), b('0.1', true, 4), b('0.2', true, 3), b('0.3', true, 2), b(null, false, 0)];
  const keySpending = [
    b('0.6', false, 0),
    b('0.7', false, 2),
    b('0.8', false, 3),
    b('0.9', false, 4),
    b(null, false, 5),
  ];
  it('an inclusive upper bound holds its own value', () => {
    expect(s(scoreBands(n(0), adjustment))).toBe('5');
    expect(s(scoreBands(n('0.1'), adjustment))).toBe('4');
    expect(s(scoreBands(n('0.1001'), adjustment))).toBe('3');
    expect(s(scoreBands(n('0.5'), adjustment))).toBe('0');
  });
  it('[from, to) bands give the higher score from the bound on', () => {
    expect(s(scoreBands(n('0.9'), keySpending))).toBe('5');
    expect(s(scoreBands(n('0.8999'), keySpending))).toBe('4');
    expect(s(scoreBands(n('0.5'), keySpending))).toBe('0');
  });
});

describe('qualitative (定性)', () => {
  const w = dec(10);
  const q = (c: '达成' | '部分达成' | '未达成', user: number | null) =>
    scoreQualitative(c, w, user === null ? null : num(user));
  it('达成 without a score gets full weight', () =>
    expect(q('达成', null)).toMatchObject({ score: dec(10), issue: null }));
  it('部分达成 without a score asks for one and uses the lower bound', () => {
    const r = q('部分达成', null);
    expect(r.issue).toBe('scoreNeeded');
    expect(s(r)).toBe('6');
  });
  it('未达成 without a score asks for one and uses 0', () =>
    expect(q('未达成', null)).toMatchObject({ issue: 'scoreNeeded', score: dec(0) }));
  it('a score inside the band is used', () =>
    expect(q('部分达成', 7.5)).toMatchObject({ score: dec('7.5'), issue: null }));
  it('a score at the inclusive lower bound is inside', () => expect(q('达成', 8).issue).toBeNull());
  it('a score below the band uses the lower bound', () =>
    expect(q('达成', 7)).toMatchObject({ score: dec(8), issue: 'outsideBand' }));
  it('a score at the open upper bound is outside and uses that bound', () =>
    expect(q('部分达成', 8)).toMatchObject({ score: dec(8), issue: 'outsideBand' }));
  it('a score above the band uses the upper bound', () =>
    expect(q('未达成', 9)).toMatchObject({ score: dec(6), issue: 'outsideBand' }));
});

describe('boundaries not covered above', () => {
  it('equal: exactly at the target is full; target 0 with actual 0 is full; target 0 with actual above is 0', () => {
    expect(s(scoreEqual(n('0.95'), n('0.95'), n(10), 2))).toBe('10');
    expect(s(scoreEqual(n(0), n(0), n(10), 0))).toBe('10');
    expect(s(scoreEqual(n('0.01'), n(0), n(10), 0))).toBe('10'); // 0.01 rounds to the target's 0 places
    expect(s(scoreEqual(n(1), n(0), n(10), 0))).toBe('0');
  });

  it('equal: one hundredth past a 2-place target is scored, not full', () =>
    expect(s(scoreEqual(n('0.96'), n('0.95'), n(10), 2))).toBe('9.89'));

  it('reverse: an actual of 0 is full; one hundredth past the target deducts in proportion', () => {
    expect(s(scoreReverse(n(0), n(5), n(10)))).toBe('10');
    expect(s(scoreReverse(n('5.01'), n(5), n(10)))).toBe('9.98');
  });

  it('positive: an actual of 0 against a target of 0 is full (nothing was asked)', () =>
    expect(s(scorePositive(n(0), n(0), n(10)))).toBe('10'));

  it('budget execution: an actual of 0 scores 0', () => expect(s(scoreBudgetExecution(n(0), n(10)))).toBe('0'));

  describe('deduct per point around a threshold of 0 (the change rates: ≤ 0 full)', () => {
    const zero = { threshold: dec(0), perPoint: dec('0.8'), step: dec(1), side: 'over' as const };
    it('exactly 0 (both years 0 give a change rate of 0) is full', () =>
      expect(s(scoreDeductPerPoint(n(0), n(8), zero))).toBe('8'));
    it('a fall is full', () => expect(s(scoreDeductPerPoint(n('-0.3'), n(8), zero))).toBe('8'));
    it('a hundredth of a point past 0 is one started step', () =>
      expect(s(scoreDeductPerPoint(n('0.0001'), n(8), zero))).toBe('7.2'));
    it('exactly one step past is one step, one step and a bit is two', () => {
      expect(s(scoreDeductPerPoint(n('0.01'), n(8), zero))).toBe('7.2');
      expect(s(scoreDeductPerPoint(n('0.0101'), n(8), zero))).toBe('6.4');
    });
  });

  it('deduct per point: exactly at the threshold on the under side is full; exactly one 5-point step under is one step', () => {
    const under = { threshold: dec(1), perPoint: dec(2), step: dec(5), side: 'under' as const };
    expect(s(scoreDeductPerPoint(n(1), n(5), under))).toBe('5');
    expect(s(scoreDeductPerPoint(n('0.9999'), n(5), under))).toBe('3');
    expect(s(scoreDeductPerPoint(n('0.9'), n(5), under))).toBe('1');
  });

  it('bands: below the first bound takes the first band; without an open band, above the last scores 0', () => {
    const bands: Band[] = [
      { upTo: dec('0.1'), inclusive: true, score: dec(4) },
      { upTo: dec('0.2'), inclusive: false, score: dec(2) },
    ];
    expect(s(scoreBands(n('-0.5'), bands))).toBe('4');
    expect(s(scoreBands(n('0.1'), bands))).toBe('4');
    expect(s(scoreBands(n('0.1001'), bands))).toBe('2');
    expect(s(scoreBands(n('0.2'), bands))).toBe('0');
  });
});

describe('grade bands', () => {
  const g = (v: string) => gradeOf(new Decimal(v));
  it('90 is 优 and 89.99 is 良', () => {
    expect(g('90')).toBe('优');
    expect(g('89.99')).toBe('良');
  });
  it('80 is 良 and 79.99 is 中', () => {
    expect(g('80')).toBe('良');
    expect(g('79.99')).toBe('中');
  });
  it('60 is 中 and 59.99 is 差', () => {
    expect(g('60')).toBe('中');
    expect(g('59.99')).toBe('差');
  });
});

describe('properties', () => {
  // Values in hundredths, as tables give them: exact decimals, not binary floats.
  const hundredths = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((i) => dec(i).div(100));
  const inRange = (r: RuleResult, w: Decimal) => r.score.gte(0) && r.score.lte(w);

  it('every quantitative rule scores between 0 and the weight', () => {
    fc.assert(
      fc.property(hundredths(-1000, 100000), hundredths(0, 100000), hundredths(0, 10000), (a, t, w) => {
        const [x, y, z] = [num(a), num(t), num(w)];
        return (
          inRange(scorePositive(x, y, z), w) &&
          inRange(scoreReverse(x, y, z), w) &&
          inRange(scoreEqual(x, y, z, t.decimalPlaces()), w) &&
          inRange(scoreBudgetExecution(x, z), w)
        );
      }),
    );
  });

  it('a higher actual never scores lower under the positive rule, nor higher under the reverse rule', () => {
    fc.assert(
      fc.property(hundredths(0, 10000), hundredths(0, 10000), hundredths(1, 10000), (a, b, t) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        const w = num(10);
        const pos = scorePositive(num(lo), num(t), w).score.lte(scorePositive(num(hi), num(t), w).score);
        const rev = scoreReverse(num(lo), num(t), w).score.gte(scoreReverse(num(hi), num(t), w).score);
        return pos && rev;
      }),
    );
  });
});
