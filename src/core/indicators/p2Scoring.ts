/**
 * Scores the indicator rows of the self-evaluation form (P2 part 3), each by its own 分值 and
 * 指标性质, with the findings the form's rows call for (P2.row, P2.userScore, P2.deviation).
 */
import Decimal from 'decimal.js';
import { Expr } from '../model/expr';
import { ScoreRow } from '../model/analysis';
import { P2IndicatorRow } from '../model/types';
import { Finding, atCell, finding } from '../findings/finding';
import { LabelId } from '../findings/labels';
import { ZERO, formatTrimmed, roundHalfAway } from '../money';
import { QUALITATIVE_BANDS, RuleResult, scoreEqual, scorePositive, scoreQualitative, scoreReverse } from './rules';
import { RowWeight, WeightScale, rowWeights, scaledExpr } from './p2Weights';
import { inferenceFindings, keepUserScore, onlyUserScore, withScoreBand } from './p2Author';

export type { WeightScale } from './p2Weights';

export interface ScoredRows {
  readonly rows: ScoreRow[];
  readonly findings: Finding[];
}

/** The P2 indicator rows as score rows; `factor` (null: the form's own weights) scales every 分值. */
export function scoreP2Rows(indicators: readonly P2IndicatorRow[], factor: WeightScale | null): ScoredRows {
  const weights = rowWeights(indicators, factor);
  const rows: ScoreRow[] = [];
  const findings: Finding[] = [];
  for (const r of indicators) {
    const out = scoreP2Row(r, weights.get(r) ?? null, factor);
    rows.push(out.row);
    findings.push(...out.findings);
  }
  return { rows, findings };
}

/** True when `computed`, rounded to the places the user wrote, equals what the user wrote. */
export function agreesAsWritten(computed: Decimal, user: Decimal): boolean {
  return roundHalfAway(computed, user.decimalPlaces()).eq(user);
}

/** What a row lacks, in the form's column words (empty when it can be scored). */
function missingParts(r: P2IndicatorRow): LabelId[] {
  const missing: LabelId[] = [];
  if (r.direction === null) missing.push('p2.direction');
  if (r.direction !== 'qualitative') {
    if (r.target === null) missing.push('p2.target');
    if (r.actual === null) missing.push('p2.actual');
  } else if (r.completion === null) {
    missing.push('p2.completion');
  }
  if (r.weight === null) missing.push('p2.weight');
  return missing;
}

function scoreP2Row(
  r: P2IndicatorRow,
  weight: RowWeight | null,
  factor: WeightScale | null,
): { row: ScoreRow; findings: Finding[] } {
  const read = withScoreBand(r);
  const scored = scoreP2RowItself(read, weight, factor);
  return { row: scored.row, findings: [...inferenceFindings(read), ...scored.findings] };
}

function scoreP2RowItself(
  r: P2IndicatorRow,
  weight: RowWeight | null,
  factor: WeightScale | null,
): { row: ScoreRow; findings: Finding[] } {
  const base = baseRow(r, weight);
  if (onlyUserScore(r)) return keepUserScore(r, base, weight, factor);
  const missing = missingParts(r);
  if (missing.length > 0) {
    const f = finding('P2.row', 'error', atCell(r.level3.ref), { row: base.level3, problem: 'missing', missing });
    return { row: { ...base, score: ZERO, scoreExpr: null }, findings: [f] };
  }
  const findings: Finding[] = [];
  let result: RuleResult;
  if (r.direction === 'qualitative') {
    result = qualitative(r, base.weight, factor, findings);
  } else {
    result = quantitative(r, weight!.expr);
    findings.push(...userScoreCheck(r, result.score));
  }
  if (result.score.lt(roundHalfAway(base.weight, 2)) && base.deviationReason.trim() === '') {
    const params = { row: base.level3, score: result.score, weight: base.weight };
    findings.push(finding('P2.deviation', 'warning', atCell(r.level3.ref), params));
  }
  return { row: { ...base, score: result.score, scoreExpr: result.expr }, findings };
}

/** The row's texts and weight, as the user wrote them (the formatted value when the cell was a number). */
function baseRow(r: P2IndicatorRow, weight: RowWeight | null): Omit<ScoreRow, 'score' | 'scoreExpr'> {
  return {
    key: `P2:${r.row}`,
    level1: r.level1,
    level2: r.level2,
    level3: r.level3.text,
    targetText: r.targetText?.text ?? (r.target ? formatTrimmed(r.target.value, 4) : ''),
    actualText: r.actualText?.text ?? (r.actual ? formatTrimmed(r.actual.value, 4) : (r.completion ?? '')),
    weight: weight?.value ?? ZERO,
    rule: r.direction ? { kind: 'form', direction: r.direction } : null,
    deviationReason: r.deviationReason?.text ?? '',
    source: r.level3.ref,
  };
}

/** A typed 得分 on a quantitative row is recomputed; a disagreeing one is a P2.userScore warning. */
function userScoreCheck(r: P2IndicatorRow, score: Decimal): Finding[] {
  const user = r.userScore;
  if (!user || agreesAsWritten(score, user.value)) return [];
  const numbers = { expected: score, actual: user.value, difference: user.value.minus(score) };
  // Over-scored rows are what evaluators look for first: the wording says 高于.
  const fields = { subject: 'score' as const, row: r.level3.text, entered: user.value, recomputed: score };
  return [finding('P2.userScore', 'warning', atCell(user.ref), { ...fields, over: user.value.gt(score) }, numbers)];
}

function quantitative(r: P2IndicatorRow, weight: Expr): RuleResult {
  const actual = r.actual!.expr;
  const target = r.target!.expr;
  switch (r.direction) {
    case '<=':
      return scoreReverse(actual, target, weight);
    case '=':
      return scoreEqual(actual, target, weight, r.target!.value.decimalPlaces());
    default:
      return scorePositive(actual, target, weight);
  }
}

function qualitative(r: P2IndicatorRow, weight: Decimal, factor: WeightScale | null, findings: Finding[]): RuleResult {
  const completion = r.completion!;
  // A scaled scheme scales the user's score with the weight, so the band check stays fair.
  const user = r.userScore ? scaledExpr(r.userScore.expr, factor) : null;
  const result = scoreQualitative(completion, weight, user);
  if (result.issue) {
    const band = QUALITATIVE_BANDS[completion];
    const at = result.issue === 'outsideBand' && r.userScore ? r.userScore.ref : (r.completionRef ?? r.level3.ref);
    findings.push(
      finding('P2.row', 'error', atCell(at), {
        row: r.level3.text,
        problem: result.issue,
        completion,
        from: weight.times(band.from),
        to: weight.times(band.to),
        used: result.score,
      }),
    );
  }
  return result;
}
