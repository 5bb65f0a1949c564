/**
 * The 15 indicators of spec/indicators.md, declared as data (a ratio of figure sums, or a
 * change rate against a prior-year figure) and computed exactly from the figures.
 */
import Decimal from 'decimal.js';
import { Expr, cmp, div, evaluate, ifThen, named, num, sub, sumOf } from '../model/expr';
import { FigureId, Figures, Indicator, IndicatorId } from '../model/analysis';
import { ZERO } from '../money';
import { Unavailable } from '../findings/finding';
import { FIGURE_NAMES } from './figures';

/** How an indicator is computed from figures. */
export type IndicatorDefinition =
  /** Σ numerator ÷ Σ denominator. */
  | {
      readonly kind: 'ratio';
      readonly numerator: readonly FigureId[];
      readonly denominator: readonly FigureId[];
      /** The denominator used when the form has no column for `denominator` (figure.notOnForm). */
      readonly fallback?: readonly FigureId[];
      /** A control rate (actual ÷ limit): a limit of 0 is decided, not unavailable (spec "Zero … denominators"). */
      readonly limit?: true;
    }
  /** (current − base) ÷ base; `zeroWhenBothZero` for the year-on-year change rates. */
  | {
      readonly kind: 'change';
      readonly current: FigureId;
      readonly base: FigureId;
      readonly zeroWhenBothZero: boolean;
    };

const ratio = (numerator: FigureId[], denominator: FigureId[], fallback?: FigureId[]): IndicatorDefinition => ({
  kind: 'ratio',
  numerator,
  denominator,
  ...(fallback ? { fallback } : {}),
});
const controlRate = (actual: FigureId, limit: FigureId): IndicatorDefinition => ({
  kind: 'ratio',
  numerator: [actual],
  denominator: [limit],
  limit: true,
});
const change = (current: FigureId, base: FigureId, zeroWhenBothZero: boolean): IndicatorDefinition => ({
  kind: 'change',
  current,
  base,
  zeroWhenBothZero,
});

/** id → 中文 name and definition, in the order of spec/indicators.md. */
export const INDICATOR_CATALOGUE: Readonly<
  Record<IndicatorId, { readonly name: string; readonly definition: IndicatorDefinition }>
> = {
  // Forms with only 年初预算数 | 全年执行数 measure execution against 年初预算数 (issue 14, shape 3).
  budgetExecutionRate: {
    name: '预算执行率',
    definition: ratio(['budgetExecuted'], ['budgetFinal'], ['budgetInitial']),
  },
  // Not a year-on-year change: an initial budget of 0 leaves nothing to adjust against.
  budgetAdjustmentRate: { name: '预算调整率', definition: change('budgetFinal', 'budgetInitial', false) },
  budgetCompletionRate: {
    name: '预算完成率',
    definition: ratio(['expenditureTotal'], ['incomeTotal', 'carryoverBeginning']),
  },
  carryoverRate: { name: '结转结余率', definition: ratio(['carryoverEnd'], ['budgetFinal']) },
  carryoverChangeRate: { name: '结转结余变动率', definition: change('carryoverEnd', 'carryoverEndPrior', true) },
  staffControlRate: { name: '在职人员控制率', definition: controlRate('staffActual', 'staffAuthorized') },
  threePublicControlRate: { name: '"三公经费"控制率', definition: controlRate('threePublicActual', 'threePublicBudget') },
  threePublicChangeRate: {
    name: '"三公经费"变动率',
    definition: change('threePublicActual', 'threePublicActualPrior', true),
  },
  keySpendingRate: { name: '重点支出安排率', definition: ratio(['keyProjectExecuted'], ['projectExpenditure']) },
  projectExecutionRate: { name: '项目支出执行率', definition: ratio(['projectExecuted'], ['projectBudgetFinal']) },
  basicShare: { name: '基本支出占比', definition: ratio(['basicExpenditure'], ['expenditureTotal']) },
  projectShare: { name: '项目支出占比', definition: ratio(['projectExpenditure'], ['expenditureTotal']) },
  personnelShare: { name: '人员经费占比', definition: ratio(['personnelExpenditure'], ['basicExpenditure']) },
  publicShare: { name: '公用经费占比', definition: ratio(['publicExpenditure'], ['basicExpenditure']) },
  expenditureGrowth: { name: '支出增长率', definition: change('expenditureTotal', 'expenditureTotalPrior', true) },
};

/** Every indicator id, in catalogue order. */
export const INDICATOR_IDS = Object.keys(INDICATOR_CATALOGUE) as IndicatorId[];

/** id → 中文 name (for placeholders and the report). */
export const INDICATOR_NAMES: Readonly<Record<IndicatorId, string>> = Object.fromEntries(
  INDICATOR_IDS.map((id) => [id, INDICATOR_CATALOGUE[id].name]),
) as Record<IndicatorId, string>;

/** The figures an indicator reads (to name what to fill in when it is unavailable). */
export function indicatorFigures(id: IndicatorId): FigureId[] {
  return figuresOf(INDICATOR_CATALOGUE[id].definition);
}

function figuresOf(d: IndicatorDefinition): FigureId[] {
  return d.kind === 'ratio' ? [...d.numerator, ...d.denominator] : [d.current, d.base];
}

/** The formula in words: 全年执行数 ÷ 全年预算数. */
export function formulaWords(d: IndicatorDefinition): string {
  const group = (ids: readonly FigureId[]): string =>
    ids.length === 1 ? FIGURE_NAMES[ids[0]] : `（${ids.map((id) => FIGURE_NAMES[id]).join(' + ')}）`;
  if (d.kind === 'ratio') return `${group(d.numerator)} ÷ ${group(d.denominator)}`;
  return `（${FIGURE_NAMES[d.current]} − ${FIGURE_NAMES[d.base]}）÷ ${FIGURE_NAMES[d.base]}`;
}

/** All 15 indicators, in the order of spec/indicators.md. */
export function computeIndicators(figures: Figures): Indicator[] {
  return INDICATOR_IDS.map((id) => computeIndicator(id, figures));
}

type ZeroLimit = Indicator['zeroLimit'];
type Outcome =
  | { readonly expr: Expr; readonly zeroLimit?: ZeroLimit }
  | { readonly reason: Unavailable; readonly zeroLimit?: ZeroLimit };

/** The definition in use: a ratio's fallback denominator when its own is not on the form. */
function definitionFor(d: IndicatorDefinition, figures: Figures): IndicatorDefinition {
  if (d.kind !== 'ratio' || !d.fallback || !d.denominator.every((f) => figures[f].notOnForm)) return d;
  return { kind: 'ratio', numerator: d.numerator, denominator: d.fallback };
}

function computeIndicator(id: IndicatorId, figures: Figures): Indicator {
  const name = INDICATOR_CATALOGUE[id].name;
  const own = INDICATOR_CATALOGUE[id].definition;
  const definition = definitionFor(own, figures);
  const words = formulaWords(definition) + (definition === own ? '' : '（表中没有全年预算数，按年初预算数计算）');
  const base = { id, name, formulaWords: words };
  const missing = figuresOf(definition).filter((f) => figures[f].value === null);
  if (missing.length > 0) {
    return {
      ...base,
      value: null,
      expr: null,
      unavailable: { kind: 'figures', figures: missing },
    };
  }
  const outcome = definition.kind === 'ratio' ? ratioOutcome(definition, figures) : changeOutcome(definition, figures);
  const zero = outcome.zeroLimit ? { zeroLimit: outcome.zeroLimit } : {};
  if ('reason' in outcome) return { ...base, value: null, expr: null, unavailable: outcome.reason, ...zero };
  return { ...base, value: evaluate(outcome.expr), expr: outcome.expr, unavailable: null, ...zero };
}

/** A figure as a named node, so the report can point at the figure's own cell. */
function figureNode(figures: Figures, id: FigureId): Expr {
  return named(id, figures[id].expr as Expr);
}

function valueOf(figures: Figures, id: FigureId): Decimal {
  return figures[id].value as Decimal;
}

function ratioOutcome(d: Extract<IndicatorDefinition, { kind: 'ratio' }>, figures: Figures): Outcome {
  const denominator = d.denominator.reduce((acc, id) => acc.plus(valueOf(figures, id)), ZERO);
  const part = (ids: readonly FigureId[]): Expr => sumOf(ids.map((id) => figureNode(figures, id)));
  if (denominator.isZero()) {
    if (d.limit) return zeroLimitOutcome(d, figures, part);
    return { reason: { kind: 'zero', figures: d.denominator } };
  }
  return { expr: div(part(d.numerator), part(d.denominator)) };
}

/**
 * A control rate whose limit is 0 (spec/indicators.md, docs/scoring-schemes.md): nothing
 * allowed and nothing spent is full compliance — the rate is 0 (no spending against the limit;
 * the IF keeps the live formula free of #DIV/0!); spending against a limit of 0 is over the
 * limit — no rate, scored as the worst case.
 */
function zeroLimitOutcome(
  d: Extract<IndicatorDefinition, { kind: 'ratio' }>,
  figures: Figures,
  part: (ids: readonly FigureId[]) => Expr,
): Outcome {
  const actual = d.numerator.reduce((acc, id) => acc.plus(valueOf(figures, id)), ZERO);
  if (actual.isZero()) {
    const expr = ifThen(cmp(part(d.denominator), '=', num(0)), num(0), div(part(d.numerator), part(d.denominator)));
    return { expr, zeroLimit: 'nothingSpent' };
  }
  const reason: Unavailable = { kind: 'overLimit', limit: d.denominator[0], actual: d.numerator[0], value: actual };
  return { reason, zeroLimit: 'overLimit' };
}

function changeOutcome(d: Extract<IndicatorDefinition, { kind: 'change' }>, figures: Figures): Outcome {
  const current = figureNode(figures, d.current);
  const base = figureNode(figures, d.base);
  const rate = div(sub(current, base), base);
  if (!valueOf(figures, d.base).isZero()) return { expr: rate };
  if (d.zeroWhenBothZero && valueOf(figures, d.current).isZero()) {
    // Both years 0: nothing changed. The IF keeps the live formula free of #DIV/0!.
    return { expr: ifThen(cmp(base, '=', num(0)), num(0), rate) };
  }
  return { reason: { kind: 'zero', figures: [d.base] } };
}
