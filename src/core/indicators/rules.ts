/**
 * The scoring rules of spec/indicators.md as small pure functions. Each builds the rule as
 * an expression with ROUND(…,2) outermost and evaluates it, so the engine's score and the
 * live Excel/LibreOffice formula are one and the same computation.
 */
import Decimal from 'decimal.js';
import { Expr, cmp, div, evaluate, ifThen, max, min, mul, num, round, roundUp, sub } from '../model/expr';
import { Completion } from '../model/types';
import { Dec, HUNDRED } from '../money';

export interface RuleResult {
  /** Already rounded 四舍五入 to 2 places. */
  readonly score: Decimal;
  /** The same score as a formula: ROUND(…,2) outermost. */
  readonly expr: Expr;
}

const ZERO_EXPR = num(0);

function finish(core: Expr): RuleResult {
  const expr = round(core, 2);
  return { score: evaluate(expr), expr };
}

/** weight × actual ÷ target below the target, not below 0 (unrounded; shared by equal). */
function positiveCore(actual: Expr, target: Expr, weight: Expr): Expr {
  // Target ≤ 0 and actual below it: no proportion to take, 0 (and no #DIV/0! in the formula).
  return ifThen(
    cmp(actual, '>=', target),
    weight,
    ifThen(cmp(target, '<=', ZERO_EXPR), ZERO_EXPR, max(ZERO_EXPR, div(mul(weight, actual), target))),
  );
}

/** weight × (1 − (actual − target) ÷ target) above the target, 0 from 2·target on (unrounded). */
function reverseCore(actual: Expr, target: Expr, weight: Expr): Expr {
  // MAX(0,…) is the "≥ 2·target → 0" clause: the linear part reaches 0 exactly there.
  return ifThen(
    cmp(actual, '<=', target),
    weight,
    ifThen(
      cmp(target, '<=', ZERO_EXPR),
      ZERO_EXPR,
      max(ZERO_EXPR, mul(weight, sub(num(1), div(sub(actual, target), target)))),
    ),
  );
}

/** 正向 (≥): actual ≥ target → full; else weight × actual ÷ target, not below 0; target 0 → full when actual ≥ 0. */
export function scorePositive(actual: Expr, target: Expr, weight: Expr): RuleResult {
  return finish(positiveCore(actual, target, weight));
}

/** 反向 (≤): actual ≤ target → full; up to 2·target linear; beyond → 0; target 0: actual ≤ 0 full, else 0. */
export function scoreReverse(actual: Expr, target: Expr, weight: Expr): RuleResult {
  return finish(reverseCore(actual, target, weight));
}

/** 等于 (=): actual rounded to the target's decimals equals the target → full; below → positive; above → reverse. */
export function scoreEqual(actual: Expr, target: Expr, weight: Expr, targetPlaces: number): RuleResult {
  const core = ifThen(
    cmp(round(actual, targetPlaces), '=', target),
    weight,
    ifThen(cmp(actual, '<', target), positiveCore(actual, target, weight), reverseCore(actual, target, weight)),
  );
  return finish(core);
}

/** 预算执行率: weight × min(rate, 1), not below 0 (a negative 执行数 is a data error, not a negative score). */
export function scoreBudgetExecution(rate: Expr, weight: Expr): RuleResult {
  return finish(max(ZERO_EXPR, mul(weight, min(rate, num(1)))));
}

export interface DeductPerPoint {
  /** The threshold as a ratio (100% → 1). */
  readonly threshold: Decimal;
  /** Points taken off per step. */
  readonly perPoint: Decimal;
  /** Percentage points per step (1 unless given). */
  readonly step: Decimal;
  /** `over`: the good side is ≤ threshold (deduct above it); `under`: the good side is ≥ threshold. */
  readonly side: 'over' | 'under';
}

/**
 * 每点扣分: full on the good side of the threshold; else weight − perPoint × (percentage points
 * past it, in whole steps, each started step counting), not below 0.
 *   threshold 100%, perPoint 0.5, step 1, over: 102.1% → 10 − 0.5 × 3 = 8.5
 */
export function scoreDeductPerPoint(rate: Expr, weight: Expr, p: DeductPerPoint): RuleResult {
  const threshold = num(p.threshold);
  const past = p.side === 'over' ? sub(rate, threshold) : sub(threshold, rate);
  // ROUND(…,9) first: in binary floats (1.05−1)×100 is 5.000000000000004, which ROUNDUP would make 6 steps.
  const steps = roundUp(round(div(mul(past, num(HUNDRED)), num(p.step)), 9), 0);
  const deducted = max(ZERO_EXPR, sub(weight, mul(num(p.perPoint), steps)));
  const good = p.side === 'over' ? cmp(rate, '<=', threshold) : cmp(rate, '>=', threshold);
  return finish(ifThen(good, weight, deducted));
}

/** One band of a 分档 rule: values up to `upTo` (inclusive or not) score `score`; `upTo` null: everything above. */
export interface Band {
  readonly upTo: Decimal | null;
  readonly inclusive: boolean;
  readonly score: Decimal;
}

/** 分档: the first band (ascending) whose upper bound holds the value gives the score. */
export function scoreBands(value: Expr, bands: readonly Band[]): RuleResult {
  let core: Expr = ZERO_EXPR;
  for (let i = bands.length - 1; i >= 0; i--) {
    const b = bands[i];
    core =
      b.upTo === null ? num(b.score) : ifThen(cmp(value, b.inclusive ? '<=' : '<', num(b.upTo)), num(b.score), core);
  }
  return finish(core);
}

/** The 定性 bands as fractions of the weight: 达成 [80%,100%], 部分达成 [60%,80%), 未达成 [0,60%). */
export const QUALITATIVE_BANDS: Readonly<
  Record<Completion, { readonly from: Decimal; readonly to: Decimal; readonly toInclusive: boolean }>
> = {
  达成: { from: new Dec('0.8'), to: new Dec(1), toInclusive: true },
  部分达成: { from: new Dec('0.6'), to: new Dec('0.8'), toInclusive: false },
  未达成: { from: new Dec(0), to: new Dec('0.6'), toInclusive: false },
};

export interface QualitativeResult extends RuleResult {
  /** outsideBand: the user's score was outside the band (nearest bound used); scoreNeeded: no score given for 部分达成/未达成. */
  readonly issue: 'outsideBand' | 'scoreNeeded' | null;
}

/**
 * 定性: the user's 得分 when inside the band of the completion; outside → the band's nearest
 * bound; none given: 达成 → full weight, others → the band's lower bound (and an issue).
 */
export function scoreQualitative(completion: Completion, weight: Decimal, userScore: Expr | null): QualitativeResult {
  const band = QUALITATIVE_BANDS[completion];
  const low = weight.times(band.from);
  const high = weight.times(band.to);
  if (userScore === null) {
    if (completion === '达成') return { ...finish(num(weight)), issue: null };
    return { ...finish(num(low)), issue: 'scoreNeeded' };
  }
  const given = evaluate(userScore);
  const inside = given.gte(low) && (band.toInclusive ? given.lte(high) : given.lt(high));
  if (inside) return { ...finish(userScore), issue: null };
  return { ...finish(num(given.lt(low) ? low : high)), issue: 'outsideBand' };
}

/** 等级 of a total (the bands are in grades.ts). */
export { gradeOf } from './grades';
