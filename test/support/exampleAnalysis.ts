/**
 * A small hand-built Analysis after the seed (珠晖区教育局 2022), for the report tests. Built
 * from Model and Figures directly, so the report can be tested without recognition or scoring.
 */
import { label, sumLabel } from '../../src/core/findings/labels';
import Decimal from 'decimal.js';
import { CellRef, cellRef } from '../../src/core/grid/address';
import { Expr, cell, cmp, div, evaluate, ifThen, max, min, mul, named, num, round, sumOf } from '../../src/core/model/expr';
import { Analysis, Figure, FigureId, Figures, Indicator, IndicatorId, ScoreRow } from '../../src/core/model/analysis';
import { Amount, Model, P1Project, P2IndicatorRow, T6Item, TableInfo, TableId, TextCell } from '../../src/core/model/types';
import { Finding, atCell, finding } from '../../src/core/findings/finding';
import { dec } from '../../src/core/money';
import { buildReport } from '../../src/core/report/buildReport';

export const T3_SHEET = 'Z03 支出决算表(财决04表)';
export const T6_SHEET = '基本支出决算表';
export const T7_SHEET = '三公经费支出决算表';
export const P1_SHEET = "项目支出明细表'22";
export const P2_SHEET = '绩效自评表';
export const P3_SHEET = '部门基本情况';
export const P4_SHEET = '报告文字';

/** An amount read from a number cell. */
export function amount(sheet: string, row: number, col: number, value: number | string): Amount {
  const ref = cellRef(sheet, row, col);
  const v = dec(value);
  return { ref, value: v, expr: cell(ref, v) };
}

function text(sheet: string, row: number, col: number, t: string): TextCell {
  return { ref: cellRef(sheet, row, col), text: t };
}

function info(id: TableId, sheet: string): TableInfo {
  return { id, sheet, range: { top: 0, left: 0, bottom: 40, right: 10 }, unit: '万元', unitAssumed: false, titleCell: null, headerRows: [2, 2] };
}

const FIGURE_INFO: Record<FigureId, [string, Figure['unit']]> = {
  incomeTotal: ['本年收入合计', '万元'],
  generalBudgetIncome: ['一般公共预算财政拨款收入', '万元'],
  carryoverBeginning: ['年初结转和结余', '万元'],
  expenditureTotal: ['本年支出合计', '万元'],
  basicExpenditure: ['基本支出', '万元'],
  projectExpenditure: ['项目支出', '万元'],
  personnelExpenditure: ['人员经费', '万元'],
  publicExpenditure: ['公用经费', '万元'],
  carryoverEnd: ['年末结转和结余', '万元'],
  threePublicBudget: ['"三公"经费预算数', '万元'],
  threePublicActual: ['"三公"经费决算数', '万元'],
  abroadActual: ['因公出国（境）费', '万元'],
  vehiclePurchaseActual: ['公务用车购置费', '万元'],
  vehicleOperationActual: ['公务用车运行费', '万元'],
  receptionActual: ['公务接待费', '万元'],
  budgetInitial: ['年初预算数', '万元'],
  budgetFinal: ['全年预算数', '万元'],
  budgetExecuted: ['全年执行数', '万元'],
  projectBudgetFinal: ['项目全年预算数', '万元'],
  projectExecuted: ['项目执行数', '万元'],
  keyProjectExecuted: ['重点项目执行数', '万元'],
  staffAuthorized: ['编制数', '人'],
  staffActual: ['年末在职人员数', '人'],
  internalOrgCount: ['内设机构数', '个'],
  subUnitCount: ['二级预算单位数', '个'],
  threePublicActualPrior: ['上年"三公"经费决算数', '万元'],
  carryoverEndPrior: ['上年年末结转和结余', '万元'],
  expenditureTotalPrior: ['上年本年支出合计', '万元'],
};

/** What a test may change about the example. */
export interface ExampleOptions {
  /** 三公 budget and actual items (abroad, vehicle operation, reception); all 0 by default. */
  readonly threePublic?: { budget: number; abroad: number; operation: number; reception: number };
  /** P4 sections to leave out (by key). */
  readonly withoutSections?: readonly string[];
  /** Extra P4 sections. */
  readonly extraSections?: readonly { key: string; text: string }[];
  readonly findings?: readonly Finding[];
  /** A long paragraph for 资产管理情况 (row-height tests). */
  readonly assetText?: string;
}

function t6Items(): T6Item[] {
  const rows: [string, string, string, T6Item['kind']][] = [
    ['301', '工资福利支出', '26833.46', 'personnel'],
    ['30101', '基本工资', '10000', 'personnel'],
    ['30102', '津贴补贴', '8000', 'personnel'],
    ['30107', '绩效工资', '8833.46', 'personnel'],
    ['30301', '离休费', '0', 'personnel'],
    ['30201', '办公费', '4000', 'public'],
    ['30211', '差旅费', '551.4', 'public'],
    ['30299', '其他商品和服务支出', '0', 'public'],
  ];
  return rows.map(([code, name, v, kind], i) => ({ row: 6 + i, code, name, amount: amount(T6_SHEET, 6 + i, 2, v), kind }));
}

function p1Projects(): P1Project[] {
  const rows: [string, string, string, string][] = [
    ['学前教育发展资金', '200', '180', '主要用于公办园（含民转公）校舍维修改造和添置图书教学用具。'],
    ['小学教育', '167.31', '167.31', '改善中小学校办学条件，扩大市区优质教育资源'],
    ['其他普通教育经费', '210', '202.58', '用于义务教育薄弱环节改善改造'],
  ];
  return rows.map(([name, budget, executed, purpose], i) => ({
    row: 3 + i,
    name: text(P1_SHEET, 3 + i, 0, name),
    code: null,
    budgetInitial: null,
    budgetFinal: amount(P1_SHEET, 3 + i, 4, budget),
    executed: amount(P1_SHEET, 3 + i, 5, executed),
    key: i === 0,
    purpose: text(P1_SHEET, 3 + i, 7, purpose),
  }));
}

/** P2 indicator rows: [一级, 二级, 三级, 指标值, 实际值, target, actual, weight, qualitative score]. */
const P2_ROWS: [string, string, string, string, string, string, string, string, string | null][] = [
  ['产出指标', '数量指标', '新增义务教育学位', '4000个', '4404个', '4000', '4404', '20', null],
  ['产出指标', '质量指标', '建档立卡学生资助率', '100%', '100%', '1', '1', '20', null],
  ['效益指标', '社会效益指标', '义务教育巩固率', '100%', '80%', '1', '0.8', '30', null],
  ['满意度指标', '服务对象满意度指标', '家长满意度', '达成', '部分达成', '', '', '20', '14.02'],
];

function p2Indicators(): P2IndicatorRow[] {
  return P2_ROWS.map(([l1, l2, l3, tText, aText, t, a, w], i) => {
    const row = 12 + i;
    return {
      row,
      level1: l1,
      level2: l2,
      level3: text(P2_SHEET, row, 2, l3),
      direction: t === '' ? 'qualitative' : '>=',
      directionInferred: false,
      targetText: text(P2_SHEET, row, 4, tText),
      target: t === '' ? null : amount(P2_SHEET, row, 4, t),
      unitText: '',
      actualText: text(P2_SHEET, row, 6, aText),
      actual: a === '' ? null : amount(P2_SHEET, row, 6, a),
      weight: amount(P2_SHEET, row, 7, w),
      completion: null,
      completionRef: null,
      userScore: null,
      deviationReason: i === 2 ? text(P2_SHEET, row, 10, '部分学生随迁外地就读') : null,
    };
  });
}

const P4_TEXT: Record<string, string> = {
  支出主要内容: '1、保障按国家规定标准核定人员经费。2、保障学校正常运行的公用经费。',
  项目资金管理: '各项资金本着专款专用的原则，严格执行项目资金批准的使用计划。',
  项目组织情况: '在项目组织实施过程中，一是认真组织各部门各项目的实施。',
  项目管理情况: '严格执行财务管理制度、财务处理及时、会计核算规范。',
  绩效情况: '从整体上看，预算执行率{预算执行率}，基本支出{基本支出}万元，{不存在的指标}。\n第二段：资金管理规范。',
  存在问题: '（一）工作力量结构性失衡。',
  改进措施: '=SUM(A1) 这是用户写的文字，不是公式。',
};

/** The example model: T3, T6, T7, P1, P2, P3 and P4 as the seed has them. */
export function exampleModel(options: ExampleOptions = {}): Model {
  const tp = options.threePublic ?? { budget: 0, abroad: 0, operation: 0, reception: 0 };
  const sections = Object.entries({ ...P4_TEXT, ...(options.assetText ? { 资产管理情况: options.assetText } : {}) })
    .filter(([key]) => !(options.withoutSections ?? []).includes(key))
    .map(([key, t], i) => ({ key, cell: text(P4_SHEET, 1 + i, 1, t) }))
    .concat((options.extraSections ?? []).map((s, i) => ({ key: s.key, cell: text(P4_SHEET, 20 + i, 1, s.text) })));
  return {
    tables: [],
    t6: { info: info('T6', T6_SHEET), items: t6Items(), personnelTotal: null, publicTotal: null },
    t7: {
      info: info('T7', T7_SHEET),
      budget: { total: amount(T7_SHEET, 6, 1, tp.budget) },
      actual: {
        total: amount(T7_SHEET, 6, 7, tp.abroad + tp.operation + tp.reception),
        abroad: amount(T7_SHEET, 6, 8, tp.abroad),
        vehicleOperation: amount(T7_SHEET, 6, 11, tp.operation),
        reception: amount(T7_SHEET, 6, 12, tp.reception),
      },
    },
    p1: { info: info('P1', P1_SHEET), projects: p1Projects() },
    p2: {
      info: info('P2', P2_SHEET),
      funds: [
        {
          kind: 'total',
          row: 4,
          label: text(P2_SHEET, 4, 0, '年度资金总额'),
          budgetInitial: amount(P2_SHEET, 4, 1, '30000'),
          budgetFinal: amount(P2_SHEET, 4, 2, '32100'),
          executed: amount(P2_SHEET, 4, 3, '32025.54'),
          weight: amount(P2_SHEET, 4, 4, '10'),
          userRate: null,
          userScore: null,
        },
      ],
      goals: [],
      indicators: p2Indicators(),
    },
    p3: {
      info: info('P3', P3_SHEET),
      departmentName: text(P3_SHEET, 1, 1, '珠晖区教育局'),
      year: { ref: cellRef(P3_SHEET, 2, 1), value: 2022 },
      duties: [text(P3_SHEET, 3, 1, '1）贯彻执行中央和省、市有关教育工作的方针、政策。\n2、负责全区基础教育的管理工作。')],
      internalOrgs: ['办公室', '行政审批服务股', '教育督导股'],
      internalOrgsRef: cellRef(P3_SHEET, 4, 1),
      numbers: { subUnitCount: amount(P3_SHEET, 5, 1, '24'), staffActual: amount(P3_SHEET, 6, 1, '1225') },
      schemeName: null,
      reportTitle: null,
    },
    p4: { info: info('P4', P4_SHEET), sections },
    findings: [],
  };
}

function figure(id: FigureId, source: Expr | null): Figure {
  const [name, unit] = FIGURE_INFO[id];
  if (source === null) return { id, name, unit, value: null, expr: null, unavailable: { kind: 'figures', figures: [id] } };
  return { id, name, unit, value: evaluate(source), expr: source, unavailable: null };
}

/** The figures of the example model (T3's 合计 row written as cells of T3_SHEET row 7). */
export function exampleFigures(model: Model): Figures {
  const items = model.t6!.items.filter((i) => i.code.length === 5);
  const p1 = model.p1!.projects;
  const fund = model.p2!.funds[0];
  const t7 = model.t7!;
  const sources: Partial<Record<FigureId, Expr>> = {
    expenditureTotal: amount(T3_SHEET, 6, 4, '32025.54').expr,
    basicExpenditure: amount(T3_SHEET, 6, 5, '31384.86').expr,
    projectExpenditure: amount(T3_SHEET, 6, 6, '640.68').expr,
    personnelExpenditure: sumOf(items.filter((i) => i.kind === 'personnel').map((i) => i.amount.expr)),
    publicExpenditure: sumOf(items.filter((i) => i.kind === 'public').map((i) => i.amount.expr)),
    threePublicBudget: t7.budget.total!.expr,
    threePublicActual: t7.actual.total!.expr,
    abroadActual: t7.actual.abroad!.expr,
    vehicleOperationActual: t7.actual.vehicleOperation!.expr,
    receptionActual: t7.actual.reception!.expr,
    budgetInitial: fund.budgetInitial!.expr,
    budgetFinal: fund.budgetFinal!.expr,
    budgetExecuted: fund.executed!.expr,
    projectBudgetFinal: sumOf(p1.map((p) => p.budgetFinal!.expr)),
    projectExecuted: sumOf(p1.map((p) => p.executed!.expr)),
    keyProjectExecuted: sumOf(p1.filter((p) => p.key).map((p) => p.executed!.expr)),
    staffActual: model.p3!.numbers.staffActual!.expr,
    internalOrgCount: num(model.p3!.internalOrgs.length),
    subUnitCount: model.p3!.numbers.subUnitCount!.expr,
  };
  const ids = Object.keys(FIGURE_INFO) as FigureId[];
  return Object.fromEntries(ids.map((id) => [id, figure(id, sources[id] ?? null)])) as Record<FigureId, Figure>;
}

function ratio(id: IndicatorId, name: string, words: string, figures: Figures, a: FigureId, b: FigureId): Indicator {
  const fa = figures[a];
  const fb = figures[b];
  if (fa.expr === null || fb.expr === null || fb.value === null || fb.value.isZero()) {
    return { id, name, formulaWords: words, value: null, expr: null, unavailable: { kind: 'figures', figures: [b] } };
  }
  const expr = div(named(a, fa.expr), named(b, fb.expr));
  return { id, name, formulaWords: words, value: evaluate(expr), expr, unavailable: null };
}

/** A few indicators, as expressions over named figures. */
export function exampleIndicators(figures: Figures): Indicator[] {
  return [
    ratio('budgetExecutionRate', '预算执行率', '全年执行数 ÷ 全年预算数', figures, 'budgetExecuted', 'budgetFinal'),
    ratio('threePublicControlRate', '"三公经费"控制率', '"三公"经费决算数 ÷ "三公"经费预算数', figures, 'threePublicActual', 'threePublicBudget'),
    ratio('projectExecutionRate', '项目支出执行率', '项目执行数 ÷ 项目全年预算数', figures, 'projectExecuted', 'projectBudgetFinal'),
    ratio('basicShare', '基本支出占比', '基本支出 ÷ 本年支出合计', figures, 'basicExpenditure', 'expenditureTotal'),
    ratio('projectShare', '项目支出占比', '项目支出 ÷ 本年支出合计', figures, 'projectExpenditure', 'expenditureTotal'),
    ratio('staffControlRate', '在职人员控制率', '年末在职人员数 ÷ 编制数', figures, 'staffActual', 'staffAuthorized'),
  ];
}

function positive(actual: Expr, target: Expr, weight: Expr): Expr {
  return round(ifThen(cmp(actual, '>=', target), weight, max(num(0), div(mul(weight, actual), target))), 2);
}

function scoreRow(key: string, levels: [string, string, string], texts: [string, string], weight: Amount, expr: Expr | null, score: Decimal, reason = '', source: CellRef | null = null): ScoreRow {
  return { key, level1: levels[0], level2: levels[1], level3: levels[2], targetText: texts[0], actualText: texts[1], weight: weight.value, score, scoreExpr: expr, rule: null, deviationReason: reason, source };
}

/** The example scoring: 预算执行率 (10) and the four P2 rows; total 88 → 良. */
export function exampleScoring(model: Model, indicators: readonly Indicator[]): Analysis['scoring'] {
  const fund = model.p2!.funds[0];
  const rate = indicators.find((i) => i.id === 'budgetExecutionRate')!;
  const budgetExpr = round(mul(min(named('budgetExecutionRate', rate.expr!), num(1)), fund.weight!.expr), 2);
  const rows: ScoreRow[] = [
    scoreRow('budgetExecutionRate', ['预算执行', '预算执行率', '预算执行率'], ['100%', '99.77%'], fund.weight!, budgetExpr, evaluate(budgetExpr)),
  ];
  model.p2!.indicators.forEach((r, i) => {
    const qualitative = P2_ROWS[i][8];
    const expr = qualitative === null ? positive(r.actual!.expr, r.target!.expr, r.weight!.expr) : null;
    const score = expr === null ? dec(qualitative as string) : evaluate(expr);
    const texts: [string, string] = [r.targetText!.text, r.actualText!.text];
    rows.push(scoreRow(`P2:${r.row}`, [r.level1, r.level2, r.level3.text], texts, r.weight!, expr, score, r.deviationReason?.text ?? '', r.level3.ref));
  });
  const total = rows.reduce((acc, r) => acc.plus(r.score), dec(0));
  return { scheme: '财政部自评', rows, total, grade: total.gte(90) ? '优' : total.gte(80) ? '良' : total.gte(60) ? '中' : '差' };
}

/** One error and one warning, for the status line and 附表3. */
export function exampleFindings(): Finding[] {
  return [
    finding(
      'T3.rowSum',
      'error',
      atCell(cellRef(T3_SHEET, 9, 4)),
      { table: 'T3', subject: label('col.total'), other: sumLabel(label('col.basic')), residue: false },
      { expected: dec(10), actual: dec(11), difference: dec(1) },
    ),
    finding('unit.unknown', 'warning', atCell(cellRef(P1_SHEET, 0, 0)), { table: 'P1', found: '万' }),
  ];
}

/** The whole example Analysis, report included. */
export function exampleAnalysis(options: ExampleOptions = {}): Analysis {
  const model = exampleModel(options);
  const figures = exampleFigures(model);
  const indicators = exampleIndicators(figures);
  const scoring = exampleScoring(model, indicators);
  const findings = options.findings ?? exampleFindings();
  const input = { model, figures, indicators, scoring, findings, department: '珠晖区教育局', year: 2022 };
  return { ...input, report: buildReport(input) };
}
