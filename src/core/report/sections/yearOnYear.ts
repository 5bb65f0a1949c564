/**
 * Year-on-year comparisons in words: `比上年增加{Δ}万元，增长{g}` with 增加/减少 and 增长/下降
 * chosen live by the sign (IF formulas), so an edited table changes the words as well as the
 * numbers. Only "与上年持平" (equal when the report is made) is fixed at build time; the stale
 * marker covers that case.
 */
import { Expr, max, named, num, round, sub } from '../../model/expr';
import { FigureId, Figures, IndicatorId, Indicator } from '../../model/analysis';
import { Inline } from '../document';
import { figureNode, live, sentence, signWord } from '../live';

/** |x| as MAX(x,0-x): the expression language has no ABS and needs none. */
export function absolute(x: Expr): Expr {
  return max(x, sub(num(0), x));
}

/** A current figure, its prior-year figure and the change-rate indicator over them. */
export interface YearPair {
  readonly current: FigureId;
  readonly prior: FigureId;
  readonly rate: IndicatorId;
}

/** 本年支出合计 against 上年本年支出合计 (支出增长率). */
export const EXPENDITURE_PAIR: YearPair = {
  current: 'expenditureTotal',
  prior: 'expenditureTotalPrior',
  rate: 'expenditureGrowth',
};

/** The comparisons 五 states: spending, the year-end carry-over and the "三公" expenses. */
export const YEAR_PAIRS: readonly (YearPair & { readonly label: string })[] = [
  { ...EXPENDITURE_PAIR, label: '本年支出合计' },
  { current: 'carryoverEnd', prior: 'carryoverEndPrior', rate: 'carryoverChangeRate', label: '年末结转和结余' },
  {
    current: 'threePublicActual',
    prior: 'threePublicActualPrior',
    rate: 'threePublicChangeRate',
    label: '“三公”经费支出',
  },
];

/** {lead}比上年增加{Δ}万元，增长{g} — or {lead}与上年持平; empty when either year is unknown. */
export function changeOnPrior(
  figures: Figures,
  indicators: readonly Indicator[],
  pair: YearPair,
  lead = '，',
): Inline[] {
  const now = figureNode(figures, pair.current);
  const prior = figureNode(figures, pair.prior);
  const nowValue = figures[pair.current].value;
  const priorValue = figures[pair.prior].value;
  if (now === null || prior === null || nowValue === null || priorValue === null) return [];
  if (nowValue.eq(priorValue)) return [`${lead}与上年持平`];
  // ROUND(…,6) first: a binary-float residue must neither make an equal pair read 减少 nor turn
  // 807.685 into 807.684999… that ROUND(…,2) takes down (LibreOffice recomputes what the engine does).
  const delta = round(sub(now, prior), 6);
  const rate = indicators.find((i) => i.id === pair.rate);
  // A rate against a prior of 0 (or below) says nothing: the amount alone is given then.
  const rateNumber =
    rate && rate.expr !== null && rate.value !== null && priorValue.gt(0)
      ? live(absolute(named(rate.id, rate.expr)), 'rate')
      : null;
  return sentence(
    `${lead}比上年`,
    signWord(delta, '增加', '减少'),
    live(absolute(delta), 'amount'),
    '万元',
    rateNumber !== null && '，',
    rateNumber !== null && signWord(delta, '增长', '下降'),
    rateNumber,
  );
}
