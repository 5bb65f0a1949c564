import { cellRef } from '../grid/address';
import { cell } from '../model/expr';
import { Figure, FigureId, Figures, Indicator } from '../model/analysis';
import { toFormula } from '../report/formula';
import { dec } from '../money';
import { FIGURE_CATALOGUE, FIGURE_IDS } from './figures';
import { INDICATOR_NAMES, computeIndicators } from './indicators';
import { unavailableText } from '../findings/wording';

/** Why an indicator is not available, in the zh-CN words the report shows. */
const reason = (i: Indicator): string | null => (i.unavailable ? unavailableText(i.unavailable) : null);

/** Figures from plain values: each available one reads cell B(row) of sheet F; the rest are missing. */
function figuresOf(values: Partial<Record<FigureId, number | string>>): Figures {
  const out = {} as Record<FigureId, Figure>;
  FIGURE_IDS.forEach((id, i) => {
    const v = values[id];
    const base = { id, name: FIGURE_CATALOGUE[id].name, unit: FIGURE_CATALOGUE[id].unit };
    out[id] =
      v === undefined
        ? { ...base, value: null, expr: null, unavailable: { kind: 'figures', figures: [id] } }
        : { ...base, value: dec(v), expr: cell(cellRef('F', i, 1), dec(v)), unavailable: null };
  });
  return out;
}

const byId = (figures: Figures) => Object.fromEntries(computeIndicators(figures).map((i) => [i.id, i]));

describe('computeIndicators', () => {
  it('gives all 15 indicators in the order of the spec', () => {
    const ids = computeIndicators(figuresOf({})).map((i) => i.id);
    expect(ids).toEqual([
      'budgetExecutionRate',
      'budgetAdjustmentRate',
      'budgetCompletionRate',
      'carryoverRate',
      'carryoverChangeRate',
      'staffControlRate',
      'threePublicControlRate',
      'threePublicChangeRate',
      'keySpendingRate',
      'projectExecutionRate',
      'basicShare',
      'projectShare',
      'personnelShare',
      'publicShare',
      'expenditureGrowth',
    ]);
    expect(INDICATOR_NAMES.threePublicControlRate).toBe('"三公经费"控制率');
  });

  it('keeps the exact ratio, not a rounded one', () => {
    const i = byId(figuresOf({ budgetExecuted: 1, budgetFinal: 3 })).budgetExecutionRate;
    expect(i.value!.eq(dec(1).div(3))).toBe(true);
    expect(i.value!.decimalPlaces()).toBeGreaterThan(30);
    expect(i.formulaWords).toBe('全年执行数 ÷ 全年预算数');
  });

  it('builds the expression from named figure nodes the report can point at', () => {
    const i = byId(figuresOf({ budgetExecuted: 95, budgetFinal: 100 })).budgetExecutionRate;
    const lookup = (name: string) => ({ budgetExecuted: 'R!C5', budgetFinal: 'R!C6' })[name];
    expect(toFormula(i.expr!, lookup)).toBe('R!C5/R!C6');
    expect(toFormula(i.expr!)).toBe("'F'!B18/'F'!B17");
  });

  it('sums the denominator of 预算完成率', () => {
    const i = byId(figuresOf({ expenditureTotal: 90, incomeTotal: 80, carryoverBeginning: 20 })).budgetCompletionRate;
    expect(i.value!.toString()).toBe('0.9');
    expect(i.formulaWords).toBe('本年支出合计 ÷ （本年收入合计 + 年初结转和结余）');
  });

  it('names the missing figure when one is missing', () => {
    const i = byId(figuresOf({ threePublicActual: 5 })).threePublicChangeRate;
    expect(i.value).toBeNull();
    expect(i.expr).toBeNull();
    expect(reason(i)).toBe('缺少上年"三公"经费决算数');
  });

  it('is not available when the denominator is 0', () => {
    const i = byId(figuresOf({ budgetExecuted: 5, budgetFinal: 0 })).budgetExecutionRate;
    expect(i.value).toBeNull();
    expect(reason(i)).toBe('全年预算数为0');
  });

  it('a control rate with nothing allowed and nothing spent is 0 (full compliance), its formula free of #DIV/0!', () => {
    const i = byId(figuresOf({ threePublicActual: 0, threePublicBudget: 0 })).threePublicControlRate;
    expect(i.value!.toString()).toBe('0');
    expect(i.zeroLimit).toBe('nothingSpent');
    expect(toFormula(i.expr!)).toMatch(/^IF\(/);
    expect(byId(figuresOf({ staffActual: 0, staffAuthorized: 0 })).staffControlRate.zeroLimit).toBe('nothingSpent');
  });

  it('a control rate with spending against a limit of 0 is over the limit, with no rate', () => {
    const i = byId(figuresOf({ threePublicActual: 2, threePublicBudget: 0 })).threePublicControlRate;
    expect(i.value).toBeNull();
    expect(i.zeroLimit).toBe('overLimit');
    expect(i.unavailable).toEqual({ kind: 'overLimit', limit: 'threePublicBudget', actual: 'threePublicActual', value: dec(2) });
    expect(unavailableText(i.unavailable!)).toBe('"三公"经费预算数为0而"三公"经费决算数为2，超出限额');
  });

  it('a change rate with both years 0 is 0, with a formula free of #DIV/0!', () => {
    const i = byId(figuresOf({ threePublicActual: 0, threePublicActualPrior: 0 })).threePublicChangeRate;
    expect(i.value!.toString()).toBe('0');
    expect(toFormula(i.expr!)).toMatch(/^IF\(/);
  });

  it('a change rate against a prior 0 with a current value is not available', () => {
    const i = byId(figuresOf({ expenditureTotal: 10, expenditureTotalPrior: 0 })).expenditureGrowth;
    expect(i.value).toBeNull();
    expect(reason(i)).toBe('上年本年支出合计为0');
  });

  it('预算调整率 with an initial budget of 0 is not available even when the final is 0', () => {
    const i = byId(figuresOf({ budgetInitial: 0, budgetFinal: 0 })).budgetAdjustmentRate;
    expect(reason(i)).toBe('年初预算数为0');
  });

  it('computes a change rate as (current − prior) ÷ prior', () => {
    const i = byId(figuresOf({ carryoverEnd: 90, carryoverEndPrior: 120 })).carryoverChangeRate;
    expect(i.value!.toString()).toBe('-0.25');
    expect(i.formulaWords).toBe('（年末结转和结余 − 上年年末结转和结余）÷ 上年年末结转和结余');
  });

  it('computes the shares of basic spending', () => {
    const all = byId(figuresOf({ personnelExpenditure: 75, publicExpenditure: 25, basicExpenditure: 100 }));
    expect(all.personnelShare.value!.toString()).toBe('0.75');
    expect(all.publicShare.value!.toString()).toBe('0.25');
  });
});
