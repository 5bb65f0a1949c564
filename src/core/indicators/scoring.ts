/**
 * The self-evaluation score under a named scheme: each scheme row scored by its rule, the
 * total as the sum of the rounded rows, and the grade (spec/indicators.md "Scoring").
 */
import Decimal from 'decimal.js';
import { Expr, named, num } from '../model/expr';
import { Figures, Indicator, IndicatorId, ScoreRow, Scoring } from '../model/analysis';
import { Model, P2Data } from '../model/types';
import { Finding, Unavailable, atCell, atSheet, finding } from '../findings/finding';
import { HUNDRED, ZERO, formatScore, sum } from '../money';
import {
  RuleResult,
  gradeOf,
  scoreBands,
  scoreBudgetExecution,
  scoreDeductPerPoint,
  scoreEqual,
  scorePositive,
  scoreReverse,
} from './rules';
import {
  DEFAULT_BUDGET_EXECUTION_WEIGHT,
  DEFAULT_SCHEME,
  RuleSpec,
  Scheme,
  SchemeRow,
  findScheme,
} from './schemes';
import { actualWords, targetWords } from './ruleWords';
import { namesUserScheme, sameRows, userScheme } from './userScheme';
import { WeightScale, agreesAsWritten, scoreP2Rows } from './p2Scoring';
import { executionLeftOut } from './p2Weights';
import { userTotalFinding } from './p2Author';
import { indicatorFigures } from './indicators';

type IndicatorRow = Extract<SchemeRow, { source: 'indicator' }>;

/** Scores the model under `schemeName` (else P3 评分方案, else the 评分方案 sheet, else 财政部自评); never throws on data. */
export function computeScoring(
  model: Model,
  figures: Figures,
  indicators: readonly Indicator[],
  schemeName?: string,
): { scoring: Scoring; findings: Finding[] } {
  const findings: Finding[] = [];
  const scheme = chooseScheme(model, schemeName, findings);
  const rows: ScoreRow[] = [];
  for (const def of scheme.rows) {
    if (def.source === 'p2Rows') {
      const scored = scoreP2Rows(model.p2?.indicators ?? [], p2Factor(model.p2, def.scaleTo));
      rows.push(...scored.rows);
      findings.push(...scored.findings);
    } else if (def.weight === 'p2Fund' && executionLeftOut(model.p2)) {
      findings.push(executionLeftOut(model.p2)!);
    } else {
      rows.push(scoreIndicatorRow(def, model, figures, indicators, findings));
    }
  }
  findings.push(...fundBlockChecks(model.p2, indicators, rows));
  if (scheme.checkWeights) findings.push(...weightCheck(model.p2, rows));
  const total = sum(rows.map((r) => r.score));
  const userTotal = scheme === DEFAULT_SCHEME ? userTotalFinding(model.p2, total) : null;
  if (userTotal) findings.push(userTotal);
  // A row without a score formula could not be computed: it is 0 until filled in (暂计).
  const pending = rows.filter((r) => r.scoreExpr === null).length;
  const scoring: Scoring = { scheme: scheme.name, rows, total, grade: gradeOf(total), pending };
  return { scoring: scheme.sheet ? { ...scoring, schemeSheet: scheme.sheet } : scoring, findings };
}

/**
 * The scheme in use. Precedence: a built-in named by `--scheme` (or the add-in's setting), else by
 * 部门基本情况's 评分方案; else the 评分方案 sheet when it has valid rows; else 财政部自评. A name
 * that means the sheet (自定义, 评分方案) chooses the sheet. A filled sheet overridden by a
 * built-in name gets an info note, so the user knows why their rows were not used.
 */
function chooseScheme(model: Model, argument: string | undefined, findings: Finding[]): Scheme {
  const user = model.s ? userScheme(model.s) : null;
  const fromP3 = model.p3?.schemeName;
  const name = argument?.trim() || fromP3?.text.trim() || '';
  const at = !argument?.trim() && fromP3 ? atCell(fromP3.ref) : atSheet(null);
  if (name !== '' && !namesUserScheme(name)) {
    const builtIn = findScheme(name);
    if (builtIn) {
      // A sheet that is this very scheme (the template's copy) was not overridden: nothing to say.
      if (user?.scheme && !sameRows(user.scheme.rows, builtIn.rows))
        findings.push(finding('scheme.ignored', 'info', at, { scheme: builtIn.name, sheet: model.s!.info.sheet }));
      return builtIn;
    }
    const used = user?.scheme ?? DEFAULT_SCHEME;
    findings.push(finding('scheme.unknown', 'warning', at, { scheme: name, used: used.name }));
  }
  if (user) findings.push(...user.findings);
  return user?.scheme ?? DEFAULT_SCHEME;
}

/** The scale that gives the P2 rows `scaleTo` points in all (null: the form's own weights). */
function p2Factor(p2: P2Data | undefined, scaleTo: Decimal | null): WeightScale | null {
  if (scaleTo === null) return null;
  const from = sum((p2?.indicators ?? []).map((r) => r.weight?.value ?? ZERO));
  return from.isZero() ? null : { to: scaleTo, from };
}

function scoreIndicatorRow(
  def: IndicatorRow,
  model: Model,
  figures: Figures,
  indicators: readonly Indicator[],
  findings: Finding[],
): ScoreRow {
  const indicator = indicators.find((i) => i.id === def.indicator);
  const weight = rowWeight(def, model);
  const base = {
    key: def.indicator,
    level1: def.level1,
    level2: def.level2,
    level3: indicator?.name ?? def.indicator,
    targetText: targetWords(def.rule),
    actualText: actualWords(indicator),
    weight: weight.value,
    rule: { kind: 'scheme' as const, spec: def.rule },
    deviationReason: '',
    source: def.cell ?? null,
    ...(def.origin ? { origin: def.origin } : {}),
  };
  if (indicator?.zeroLimit === 'overLimit') {
    // Spending against a limit of 0: decided, the worst case (0 points), not "to be filled in".
    const fields = { indicator: indicator.id, reason: indicator.unavailable! };
    findings.push(finding('indicator.overLimit', 'warning', atSheet(null), fields));
    return { ...base, score: ZERO, scoreExpr: num(0) };
  }
  if (!indicator || indicator.value === null || indicator.expr === null) {
    findings.push(unavailableFinding(def.indicator, indicator, figures));
    return { ...base, score: ZERO, scoreExpr: null };
  }
  const result = applyRule(def.rule, named(indicator.id, indicator.expr), weight.expr);
  return { ...base, score: result.score, scoreExpr: result.expr };
}

function rowWeight(def: IndicatorRow, model: Model): { value: Decimal; expr: Expr } {
  if (def.weight !== 'p2Fund') return { value: def.weight, expr: def.weightExpr ?? num(def.weight) };
  const given = model.p2?.funds.find((f) => f.kind === 'total')?.weight;
  return given
    ? { value: given.value, expr: given.expr }
    : { value: DEFAULT_BUDGET_EXECUTION_WEIGHT, expr: num(DEFAULT_BUDGET_EXECUTION_WEIGHT) };
}

function applyRule(rule: RuleSpec, value: Expr, weight: Expr): RuleResult {
  switch (rule.kind) {
    case 'budgetExecution':
      return scoreBudgetExecution(value, weight);
    case 'positive':
      return scorePositive(value, num(rule.target), weight);
    case 'reverse':
      return scoreReverse(value, num(rule.target), weight);
    case 'equal':
      return scoreEqual(value, num(rule.target), weight, rule.target.decimalPlaces());
    case 'deductPerPoint':
      return scoreDeductPerPoint(value, weight, rule);
    case 'bands':
      return scoreBands(value, rule.bands);
  }
}

function unavailableFinding(id: IndicatorId, indicator: Indicator | undefined, figures: Figures): Finding {
  // What to fill in: the figures' own reasons (none: the indicator's own, e.g. a denominator of 0).
  const fill = indicatorFigures(id)
    .map((f) => figures[f].unavailable)
    .filter((r): r is Unavailable => r !== null);
  return finding('indicator.unavailable', 'error', atSheet(null), {
    indicator: id,
    reason: indicator?.unavailable ?? null,
    fill,
  });
}

/** User-typed 执行率 / 得分 in the fund block that disagree with the recomputed ones (P2.userScore). */
function fundBlockChecks(
  p2: P2Data | undefined,
  indicators: readonly Indicator[],
  rows: readonly ScoreRow[],
): Finding[] {
  const out: Finding[] = [];
  for (const f of p2?.funds ?? []) {
    // The budget the form measures against: 全年预算数, or 年初预算数 on a form without it.
    const final = p2?.budgetBasis ? f.budgetInitial?.value : f.budgetFinal?.value;
    if (f.userRate && f.executed && final && !final.isZero()) {
      const rate = f.executed.value.div(final);
      const user = f.userRate.value;
      // A rate cell may hold 0.9876 (formatted as %) or 98.76 (percent typed as a number).
      if (!agreesAsWritten(rate, user) && !agreesAsWritten(rate.times(HUNDRED), user)) {
        out.push(userFinding(f.userRate.ref, 'rate', f.label.text, rate, user));
      }
    }
  }
  const total = p2?.funds.find((f) => f.kind === 'total');
  const executionRow = rows.find((r) => r.key === 'budgetExecutionRate');
  const rateScored = indicators.some((i) => i.id === 'budgetExecutionRate' && i.value !== null);
  if (total?.userScore && executionRow && rateScored && !agreesAsWritten(executionRow.score, total.userScore.value)) {
    out.push(userFinding(total.userScore.ref, 'score', total.label.text, executionRow.score, total.userScore.value));
  }
  return out;
}

function userFinding(
  ref: { sheet: string; row: number; col: number },
  subject: 'rate' | 'score',
  row: string,
  expected: Decimal,
  actual: Decimal,
): Finding {
  return finding(
    'P2.userScore',
    'warning',
    atCell(ref),
    { subject, row, entered: actual, recomputed: expected },
    { expected, actual, difference: actual.minus(expected) },
  );
}

/** 分值 must total 100 (P2.weights): a warning showing the sum; the total stays the plain sum. */
function weightCheck(p2: P2Data | undefined, rows: readonly ScoreRow[]): Finding[] {
  // Without a form there is nothing to fix here (table.missing says so).
  // A form without a 分值 column has no weights to add up (each row's P2.userScore says so).
  if (!p2 || p2.indicators.some((r) => r.noWeightColumn)) return [];
  const total = sum(rows.map((r) => r.weight));
  if (total.eq(HUNDRED)) return [];
  const at = p2.info.titleCell ? atCell(p2.info.titleCell) : atSheet(p2.info.sheet);
  return [
    finding(
      'P2.weights',
      'warning',
      at,
      { sum: total, expectedSum: HUNDRED },
      {
        expected: HUNDRED,
        actual: total,
        difference: total.minus(HUNDRED),
      },
    ),
  ];
}

/** `63.95 分` or, with rows still to fill in, `暂计 63.95 分（3 项待补充）` (spec/indicators.md). */
export function totalWords(scoring: Pick<Scoring, 'total' | 'pending'>): string {
  const score = `${formatScore(scoring.total)} 分`;
  const pending = scoring.pending ?? 0;
  return pending > 0 ? `暂计 ${score}（${pending} 项待补充）` : score;
}
