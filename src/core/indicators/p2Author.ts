/**
 * Rows their author scored in a way the rules cannot check (spec/indicators.md "Reading a form
 * as evaluators do"): the 得分 kept with a P2.userScore warning, a 定性 band read from the 得分,
 * and the reader's inferences said as info findings.
 */
import Decimal from 'decimal.js';
import { evaluate } from '../model/expr';
import { ScoreRow } from '../model/analysis';
import { Completion, P2Data, P2IndicatorRow } from '../model/types';
import { Finding, atCell, finding } from '../findings/finding';
import { roundHalfAway } from '../money';
import { QUALITATIVE_BANDS } from './rules';
import { RowWeight, WeightScale, scaledExpr } from './p2Weights';

/** The reader's inferences on the row, said as info at their cells (never a silent guess). */
export function inferenceFindings(r: P2IndicatorRow): Finding[] {
  return (r.inferences ?? []).map((i) => finding('P2.inferred', 'info', atCell(i.ref), i.fields));
}

/**
 * Rows only their author can score: no 指标值, 完成值 or band (but a 分值), or a form with no
 * 分值 column at all. Both keep the user's 得分 with a P2.userScore warning (spec "Reading a
 * form as evaluators do").
 */
export function onlyUserScore(r: P2IndicatorRow): boolean {
  if (!r.userScore) return false;
  if (r.noWeightColumn && r.weight === null) return true;
  return r.targetText === null && r.actualText === null && r.completion === null && !!r.weight;
}

/** Keeps the user's 得分 (not above the 分值 when there is one), with the warning that says why. */
export function keepUserScore(
  r: P2IndicatorRow,
  base: Omit<ScoreRow, 'score' | 'scoreExpr'>,
  weight: RowWeight | null,
  factor: WeightScale | null,
): { row: ScoreRow; findings: Finding[] } {
  const user = r.userScore!;
  const over = weight !== null && r.weight !== null && user.value.gt(r.weight.value);
  const expr = over ? weight.expr : scaledExpr(user.expr, factor);
  const score = roundHalfAway(evaluate(expr), 2);
  const problem = userProblem(r, over);
  const fields = { row: r.level3.text, subject: 'score' as const, problem, entered: user.value, weight: r.weight?.value ?? null };
  const f = finding('P2.userScore', 'warning', atCell(user.ref), fields, { actual: user.value, expected: r.weight?.value ?? null });
  return { row: { ...base, score, scoreExpr: expr }, findings: [f] };
}

/** Why the user's 得分 stands: no 分值, no values (over the 分值 or not), or a 评价指标体系 form that has none to give. */
function userProblem(r: P2IndicatorRow, over: boolean): 'noWeight' | 'uncheckedOverWeight' | 'unchecked' | 'scoreSheet' {
  if (r.weight === null) return 'noWeight';
  if (over) return 'uncheckedOverWeight';
  return r.noValueColumns ? 'scoreSheet' : 'unchecked';
}

/** A 定性 row with no band anywhere but the user's 得分: the band the 得分 falls in (said). */
export function withScoreBand(r: P2IndicatorRow): P2IndicatorRow {
  if (r.direction !== 'qualitative' || r.completion !== null || !r.userScore || !r.weight) return r;
  // A form with a 完成情况 column and that cell blank: the author forgot it (P2.row asks for it).
  if (!r.noCompletionColumn) return r;
  if (r.targetText === null && r.actualText === null) return r;
  const band = bandOfScore(r.userScore.value, r.weight.value);
  if (band === null) return r;
  const inference = { ref: r.userScore.ref, fields: { kind: 'bandByScore' as const, row: r.level3.text, band } };
  return { ...r, completion: band, completionRef: r.userScore.ref, inferences: [...(r.inferences ?? []), inference] };
}

/** The band a typed 得分 falls in (spec: 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%)). */
function bandOfScore(score: Decimal, weight: Decimal): Completion | null {
  if (!weight.gt(0) || score.lt(0) || score.gt(weight)) return null;
  const share = score.div(weight);
  return (['达成', '部分达成', '未达成'] as const).find((c) => share.gte(QUALITATIVE_BANDS[c].from)) ?? null;
}


/**
 * The author's own total (总分 row, 自评总分) against ours, under 财政部自评 only (another scheme
 * scores other rows): a P2.userScore at the author's cell when they differ as written. The row
 * findings say why; this one says that the total the user typed is not the report's.
 */
export function userTotalFinding(p2: P2Data | undefined, total: Decimal): Finding | null {
  const user = p2?.userTotal;
  if (!user || roundHalfAway(total, user.value.value.decimalPlaces()).eq(user.value.value)) return null;
  const fields = { row: user.label.text, subject: 'score' as const, entered: user.value.value, recomputed: total };
  const over = user.value.value.gt(total) ? { over: true } : {};
  return finding('P2.userScore', 'warning', atCell(user.value.ref), { ...fields, ...over }, {
    expected: total,
    actual: user.value.value,
    difference: user.value.value.minus(total),
  });
}
