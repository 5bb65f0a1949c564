/**
 * The figures of spec/indicators.md: each one a value with the expression over the source
 * cells it came from, or null with a Chinese reason saying what to fill in.
 */
import { Expr, evaluate, num, sumOf } from '../model/expr';
import { Figure, FigureId, Figures } from '../model/analysis';
import { Amount, Model, P3NumberKey, T1Data, T6Item, ThreePublicItem } from '../model/types';
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

const T1_NAME = '收入支出决算总表';
const T3_NAME = '支出决算表';
const T6_NAME = '一般公共预算财政拨款基本支出决算表';
const T7_NAME = '"三公"经费支出决算表';
const P1_NAME = '项目支出明细表';
const P2_NAME = '部门整体支出绩效自评表';
const P3_NAME = '部门基本情况';

type Source = Expr | string;

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
  if (typeof source === 'string') return { id, name, unit, value: null, expr: null, unavailableReason: source };
  return { id, name, unit, value: evaluate(source), expr: source, unavailableReason: null };
}

// ── T1 and T3 ────────────────────────────────────────────────────────
function t1Line(t1: T1Data | undefined, side: 'income' | 'spending', label: string): Source {
  if (!t1) return `缺少“${T1_NAME}”`;
  // Some exports drop the trailing 收入 (一般公共预算财政拨款); accept both spellings.
  const short = label.replace(/收入$/, '');
  const line =
    t1.lines.find((l) => l.side === side && l.label === label) ??
    t1.lines.find((l) => l.side === side && l.label === short);
  return line ? line.amount.expr : `缺少“${T1_NAME}”的“${label}”`;
}

function t1Figures(
  model: Model,
): Pick<Record<FigureId, Source>, 'incomeTotal' | 'generalBudgetIncome' | 'carryoverBeginning' | 'carryoverEnd'> {
  return {
    incomeTotal: t1Line(model.t1, 'income', '本年收入合计'),
    generalBudgetIncome: t1Line(model.t1, 'income', '一般公共预算财政拨款收入'),
    carryoverBeginning: t1Line(model.t1, 'income', '年初结转和结余'),
    carryoverEnd: t1Line(model.t1, 'spending', '年末结转和结余'),
  };
}

function t3Figures(
  model: Model,
): Pick<Record<FigureId, Source>, 'expenditureTotal' | 'basicExpenditure' | 'projectExpenditure'> {
  const total = model.t3?.totalRow?.amounts;
  const column = (key: 'basic' | 'project', word: string): Source =>
    total?.[key]?.expr ?? (model.t3 ? `缺少“${T3_NAME}”合计行的${word}` : `缺少“${T3_NAME}”`);
  const t1Total = t1Line(model.t1, 'spending', '本年支出合计');
  return {
    // T3 合计 is the authority; T1 本年支出合计 describes the same money when T3 lacks it.
    expenditureTotal:
      total?.total?.expr ?? (typeof t1Total !== 'string' ? t1Total : `缺少“${T3_NAME}”合计行的本年支出合计`),
    basicExpenditure: column('basic', '基本支出'),
    projectExpenditure: column('project', '项目支出'),
  };
}

// ── T6 ────────────────────────────────────────────────────────────────
function t6Figures(model: Model): Pick<Record<FigureId, Source>, 'personnelExpenditure' | 'publicExpenditure'> {
  const t6 = model.t6;
  if (!t6) return { personnelExpenditure: `缺少“${T6_NAME}”`, publicExpenditure: `缺少“${T6_NAME}”` };
  // 类 rows plus the 款 rows whose 类 is absent, so nothing counts twice (spec T6).
  const items = countableT6Items(t6.items);
  const kindSum = (kind: T6Item['kind'], footer: Amount | null, word: string): Source => {
    // A table with no item rows but its footer still tells the total.
    if (items.length === 0) return footer?.expr ?? `缺少“${T6_NAME}”的${word}明细`;
    return sumOf(items.filter((i) => i.kind === kind).map((i) => i.amount.expr));
  };
  return {
    personnelExpenditure: kindSum('personnel', t6.personnelTotal, '人员经费'),
    publicExpenditure: kindSum('public', t6.publicTotal, '公用经费'),
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
  const pick = (side: 'budget' | 'actual', item: ThreePublicItem, word: string): Source => {
    if (!t7) return `缺少“${T7_NAME}”`;
    return t7[side][item]?.expr ?? `缺少“${T7_NAME}”的${word}${side === 'budget' ? '预算数' : '决算数'}`;
  };
  return {
    threePublicBudget: pick('budget', 'total', '合计'),
    threePublicActual: pick('actual', 'total', '合计'),
    abroadActual: pick('actual', 'abroad', '因公出国（境）费'),
    vehiclePurchaseActual: pick('actual', 'vehiclePurchase', '公务用车购置费'),
    vehicleOperationActual: pick('actual', 'vehicleOperation', '公务用车运行费'),
    receptionActual: pick('actual', 'reception', '公务接待费'),
  };
}

// ── P2, P1, P3 ─────────────────────────────────────────────────────────
function p2Figures(model: Model): Pick<Record<FigureId, Source>, 'budgetInitial' | 'budgetFinal' | 'budgetExecuted'> {
  const total = model.p2?.funds.find((f) => f.kind === 'total');
  const pick = (amount: Amount | null | undefined, word: string): Source => {
    if (!model.p2) return `缺少“${P2_NAME}”`;
    return amount?.expr ?? `请在“${P2_NAME}”填写“年度资金总额”的${word}`;
  };
  return {
    budgetInitial: pick(total?.budgetInitial, '年初预算数'),
    budgetFinal: model.p2?.budgetBasis ? `“${P2_NAME}”没有全年预算数列` : pick(total?.budgetFinal, '全年预算数'),
    budgetExecuted: pick(total?.executed, '全年执行数'),
  };
}

function p1Figures(
  model: Model,
): Pick<Record<FigureId, Source>, 'projectBudgetFinal' | 'projectExecuted' | 'keyProjectExecuted'> {
  const p1 = model.p1;
  const sumColumn = (amounts: readonly (Amount | null)[], word: string): Source => {
    if (!p1) return `缺少“${P1_NAME}”`;
    const present = amounts.filter((a): a is Amount => a !== null);
    return present.length > 0 ? sumOf(present.map((a) => a.expr)) : `请在“${P1_NAME}”填写各项目的${word}`;
  };
  const projects = p1?.projects ?? [];
  const key = projects.filter((p) => p.key);
  return {
    projectBudgetFinal: sumColumn(
      projects.map((p) => p.budgetFinal),
      '全年预算数',
    ),
    projectExecuted: sumColumn(
      projects.map((p) => p.executed),
      '执行数',
    ),
    // No project marked 是 almost always means the column was left blank, not "no key spending".
    keyProjectExecuted:
      p1 && key.length === 0
        ? `请在“${P1_NAME}”的“重点项目”列标明重点项目（是/否）`
        : sumColumn(
            key.map((p) => p.executed),
            '执行数',
          ),
  };
}

/** 部门基本情况 keys as the user writes them. */
const P3_KEYS: Readonly<Record<P3NumberKey, string>> = {
  subUnitCount: '二级预算单位数',
  staffAuthorized: '编制数',
  staffActual: '年末在职人员数',
  threePublicActualPrior: '上年"三公"经费决算数',
  carryoverEndPrior: '上年年末结转和结余',
  expenditureTotalPrior: '上年本年支出合计',
};

function p3Figures(model: Model): Pick<Record<FigureId, Source>, P3NumberKey | 'internalOrgCount'> {
  const p3 = model.p3;
  const fill = (key: string): string => `请在“${P3_NAME}”填写“${key}”`;
  const numbers = Object.fromEntries(
    (Object.keys(P3_KEYS) as P3NumberKey[]).map((k) => [k, p3?.numbers[k]?.expr ?? fill(P3_KEYS[k])]),
  ) as Record<P3NumberKey, Source>;
  const orgs = p3?.internalOrgs ?? [];
  // A count of names has no single source cell: it is a constant in the report.
  return { ...numbers, internalOrgCount: orgs.length > 0 ? num(orgs.length) : fill('内设机构') };
}
