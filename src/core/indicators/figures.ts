/**
 * The figures of spec/indicators.md: each one a value with the expression over the source
 * cells it came from, or null with why (typed: findings/finding.ts Unavailable, worded at the edge).
 */
import { Expr, evaluate, num, sumOf } from '../model/expr';
import { Figure, FigureId, Figures } from '../model/analysis';
import { Unavailable } from '../findings/finding';
import { LabelId } from '../findings/labels';
import { Amount, Model, P3NumberKey, T1Data, T6Item, TableId, ThreePublicItem } from '../model/types';
import { countableT6Items } from '../recognise/t6';

/** id → 中文 name and unit, in the order of spec/indicators.md (placeholders look names up here). */
export const FIGURE_CATALOGUE: Readonly<Record<FigureId, { readonly name: string; readonly unit: Figure['unit'] }>> = {
  incomeTotal: { name: '本年收入合计', unit: '万元' },
  generalBudgetIncome: { name: '一般公共预算财政拨款收入', unit: '万元' },
  carryoverBeginning: { name: '年初结转和结余', unit: '万元' },
  expenditureTotal: { name: '本年支出合计', unit: '万元' },
  basicExpenditure: { name: '基本支出', unit: '万元' },
  projectExpenditure: { name: '项目支出', unit: '万元' },
  personnelExpenditure: { name: '人员经费', unit: '万元' },
  publicExpenditure: { name: '公用经费', unit: '万元' },
  carryoverEnd: { name: '年末结转和结余', unit: '万元' },
  threePublicBudget: { name: '"三公"经费预算数', unit: '万元' },
  threePublicActual: { name: '"三公"经费决算数', unit: '万元' },
  abroadActual: { name: '因公出国（境）费', unit: '万元' },
  vehiclePurchaseActual: { name: '公务用车购置费', unit: '万元' },
  vehicleOperationActual: { name: '公务用车运行费', unit: '万元' },
  receptionActual: { name: '公务接待费', unit: '万元' },
  budgetInitial: { name: '年初预算数', unit: '万元' },
  budgetFinal: { name: '全年预算数', unit: '万元' },
  budgetExecuted: { name: '全年执行数', unit: '万元' },
  projectBudgetFinal: { name: '项目全年预算数', unit: '万元' },
  projectExecuted: { name: '项目执行数', unit: '万元' },
  keyProjectExecuted: { name: '重点项目执行数', unit: '万元' },
  staffAuthorized: { name: '编制数', unit: '人' },
  staffActual: { name: '年末在职人员数', unit: '人' },
  internalOrgCount: { name: '内设机构数', unit: '个' },
  subUnitCount: { name: '二级预算单位数', unit: '个' },
  threePublicActualPrior: { name: '上年"三公"经费决算数', unit: '万元' },
  carryoverEndPrior: { name: '上年年末结转和结余', unit: '万元' },
  expenditureTotalPrior: { name: '上年本年支出合计', unit: '万元' },
};

/** Every figure id, in catalogue order. */
export const FIGURE_IDS = Object.keys(FIGURE_CATALOGUE) as FigureId[];

/** id → 中文 name (for placeholders and the report). */
export const FIGURE_NAMES: Readonly<Record<FigureId, string>> = Object.fromEntries(
  FIGURE_IDS.map((id) => [id, FIGURE_CATALOGUE[id].name]),
) as Record<FigureId, string>;

type Source = Expr | Unavailable;

const missingTable = (table: TableId): Unavailable => ({ kind: 'table', table });

/** Every kind of Unavailable (a Record, so a new kind must be listed); no Expr kind is one of them. */
const UNAVAILABLE_KINDS: Readonly<Record<Unavailable['kind'], true>> = {
  table: true,
  t1Line: true,
  t3TotalRow: true,
  t6Detail: true,
  t7Item: true,
  p2Fund: true,
  p1Column: true,
  p1KeyProjects: true,
  p3: true,
  figures: true,
  zero: true,
  notOnForm: true,
  overLimit: true,
};

function isExpr(s: Source): s is Expr {
  return !Object.prototype.hasOwnProperty.call(UNAVAILABLE_KINDS, s.kind);
}

/** All figures of a model; a figure whose source is missing is null with its reason. */
export function computeFigures(model: Model): Figures {
  const sources: Record<FigureId, Source> = {
    ...t1Figures(model),
    ...t3Figures(model),
    ...t6Figures(model),
    ...t7Figures(model),
    ...p2Figures(model),
    ...p1Figures(model),
    ...p3Figures(model),
  };
  const figures = Object.fromEntries(FIGURE_IDS.map((id) => [id, figureOf(id, sources[id])])) as Record<FigureId, Figure>;
  // A form without a 全年预算数 column: the figure is not on the form (预算执行率 then uses 年初预算数).
  if (model.p2?.budgetBasis?.kind === 'initial') figures.budgetFinal = { ...figures.budgetFinal, notOnForm: true };
  return figures;
}

function figureOf(id: FigureId, source: Source): Figure {
  const { name, unit } = FIGURE_CATALOGUE[id];
  if (!isExpr(source)) return { id, name, unit, value: null, expr: null, unavailable: source };
  return { id, name, unit, value: evaluate(source), expr: source, unavailable: null };
}

// ── T1 and T3 ────────────────────────────────────────────────────────
function t1Line(t1: T1Data | undefined, side: 'income' | 'spending', figure: FigureId): Source {
  if (!t1) return missingTable('T1');
  const label = FIGURE_CATALOGUE[figure].name;
  // Some exports drop the trailing 收入 (一般公共预算财政拨款); accept both spellings.
  const short = label.replace(/收入$/, '');
  const line =
    t1.lines.find((l) => l.side === side && l.label === label) ??
    t1.lines.find((l) => l.side === side && l.label === short);
  return line ? line.amount.expr : { kind: 't1Line', figure };
}

function t1Figures(
  model: Model,
): Pick<Record<FigureId, Source>, 'incomeTotal' | 'generalBudgetIncome' | 'carryoverBeginning' | 'carryoverEnd'> {
  return {
    incomeTotal: t1Line(model.t1, 'income', 'incomeTotal'),
    generalBudgetIncome: t1Line(model.t1, 'income', 'generalBudgetIncome'),
    carryoverBeginning: t1Line(model.t1, 'income', 'carryoverBeginning'),
    carryoverEnd: t1Line(model.t1, 'spending', 'carryoverEnd'),
  };
}

function t3Figures(
  model: Model,
): Pick<Record<FigureId, Source>, 'expenditureTotal' | 'basicExpenditure' | 'projectExpenditure'> {
  const total = model.t3?.totalRow?.amounts;
  const column = (key: 'basic' | 'project', figure: FigureId): Source =>
    total?.[key]?.expr ?? (model.t3 ? { kind: 't3TotalRow', figure } : missingTable('T3'));
  const t1Total = t1Line(model.t1, 'spending', 'expenditureTotal');
  return {
    // T3 合计 is the authority; T1 本年支出合计 describes the same money when T3 lacks it.
    expenditureTotal:
      total?.total?.expr ?? (isExpr(t1Total) ? t1Total : { kind: 't3TotalRow', figure: 'expenditureTotal' }),
    basicExpenditure: column('basic', 'basicExpenditure'),
    projectExpenditure: column('project', 'projectExpenditure'),
  };
}

// ── T6 ────────────────────────────────────────────────────────────────
function t6Figures(model: Model): Pick<Record<FigureId, Source>, 'personnelExpenditure' | 'publicExpenditure'> {
  const t6 = model.t6;
  if (!t6) return { personnelExpenditure: missingTable('T6'), publicExpenditure: missingTable('T6') };
  // 类 rows plus the 款 rows whose 类 is absent, so nothing counts twice (spec T6).
  const items = countableT6Items(t6.items);
  const kindSum = (kind: T6Item['kind'], footer: Amount | null, figure: FigureId): Source => {
    // A table with no item rows but its footer still tells the total.
    if (items.length === 0) return footer?.expr ?? { kind: 't6Detail', figure };
    return sumOf(items.filter((i) => i.kind === kind).map((i) => i.amount.expr));
  };
  return {
    personnelExpenditure: kindSum('personnel', t6.personnelTotal, 'personnelExpenditure'),
    publicExpenditure: kindSum('public', t6.publicTotal, 'publicExpenditure'),
  };
}

// ── T7 ────────────────────────────────────────────────────────────────
type T7Figure =
  | 'threePublicBudget'
  | 'threePublicActual'
  | 'abroadActual'
  | 'vehiclePurchaseActual'
  | 'vehicleOperationActual'
  | 'receptionActual';

function t7Figures(model: Model): Pick<Record<FigureId, Source>, T7Figure> {
  const t7 = model.t7;
  const pick = (side: 'budget' | 'actual', item: ThreePublicItem, word: LabelId): Source => {
    if (!t7) return missingTable('T7');
    return (
      t7[side][item]?.expr ?? { kind: 't7Item', item: word, lane: side === 'budget' ? 'lane.budget' : 'lane.actual' }
    );
  };
  return {
    threePublicBudget: pick('budget', 'total', 'total'),
    threePublicActual: pick('actual', 'total', 'total'),
    abroadActual: pick('actual', 'abroad', 'tp.abroad'),
    vehiclePurchaseActual: pick('actual', 'vehiclePurchase', 'tp.vehiclePurchase'),
    vehicleOperationActual: pick('actual', 'vehicleOperation', 'tp.vehicleOperation'),
    receptionActual: pick('actual', 'reception', 'tp.reception'),
  };
}

// ── P2, P1, P3 ─────────────────────────────────────────────────────────
function p2Figures(model: Model): Pick<Record<FigureId, Source>, 'budgetInitial' | 'budgetFinal' | 'budgetExecuted'> {
  const total = model.p2?.funds.find((f) => f.kind === 'total');
  const pick = (amount: Amount | null | undefined, what: LabelId): Source => {
    if (!model.p2) return missingTable('P2');
    return amount?.expr ?? { kind: 'p2Fund', what };
  };
  return {
    budgetInitial: pick(total?.budgetInitial, 'p2.budgetInitial'),
    budgetFinal: model.p2?.budgetBasis ? { kind: 'notOnForm', what: 'p2.budgetFinal' } : pick(total?.budgetFinal, 'p2.budgetFinal'),
    budgetExecuted: pick(total?.executed, 'p2.executed'),
  };
}

function p1Figures(
  model: Model,
): Pick<Record<FigureId, Source>, 'projectBudgetFinal' | 'projectExecuted' | 'keyProjectExecuted'> {
  const p1 = model.p1;
  const sumColumn = (amounts: readonly (Amount | null)[], what: LabelId): Source => {
    if (!p1) return missingTable('P1');
    const present = amounts.filter((a): a is Amount => a !== null);
    return present.length > 0 ? sumOf(present.map((a) => a.expr)) : { kind: 'p1Column', what };
  };
  const projects = p1?.projects ?? [];
  const key = projects.filter((p) => p.key);
  return {
    projectBudgetFinal: sumColumn(
      projects.map((p) => p.budgetFinal),
      'p1.budgetFinal',
    ),
    projectExecuted: sumColumn(
      projects.map((p) => p.executed),
      'p1.executed',
    ),
    // No project marked 是 almost always means the column was left blank, not "no key spending".
    keyProjectExecuted:
      p1 && key.length === 0
        ? { kind: 'p1KeyProjects' }
        : sumColumn(
            key.map((p) => p.executed),
            'p1.executed',
          ),
  };
}

/** 部门基本情况 keys as the user writes them. */
const P3_KEYS: Readonly<Record<P3NumberKey, LabelId>> = {
  subUnitCount: 'p3.subUnitCount',
  staffAuthorized: 'p3.staffAuthorized',
  staffActual: 'p3.staffActual',
  threePublicActualPrior: 'p3.threePublicActualPrior',
  carryoverEndPrior: 'p3.carryoverEndPrior',
  expenditureTotalPrior: 'p3.expenditureTotalPrior',
};

function p3Figures(model: Model): Pick<Record<FigureId, Source>, P3NumberKey | 'internalOrgCount'> {
  const p3 = model.p3;
  const fill = (key: LabelId): Unavailable => ({ kind: 'p3', key });
  const numbers = Object.fromEntries(
    (Object.keys(P3_KEYS) as P3NumberKey[]).map((k) => [k, p3?.numbers[k]?.expr ?? fill(P3_KEYS[k])]),
  ) as Record<P3NumberKey, Source>;
  const orgs = p3?.internalOrgs ?? [];
  // A count of names has no single source cell: it is a constant in the report.
  return { ...numbers, internalOrgCount: orgs.length > 0 ? num(orgs.length) : fill('p3.internalOrgs') };
}
