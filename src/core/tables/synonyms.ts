/**
 * The header words each reader matches, per table and column key, in order of preference
 * (compared after normaliseLabel: spaces, line breaks and full-width forms do not matter).
 * Earlier words win over later ones; exact matches win over containment (recognise/header.ts).
 * A new provincial or software-year synonym is one word added here (docs/table-layouts.md).
 */
import { SpendingColumn, TableId } from '../model/types';

type Vocabulary = Readonly<Record<string, readonly string[]>>;

/** T3 支出决算表 and T5 一般公共预算财政拨款支出决算表 share their columns. */
const SPENDING: Vocabulary = {
  total: ['决算数合计', '本年支出合计', '本年支出', '支出合计', '合计', '决算数'],
  basic: ['决算数基本支出', '基本支出'],
  project: ['决算数项目支出', '项目支出'],
  upper: ['上缴上级支出'],
  business: ['经营支出'],
  subsidiary: ['对附属单位补助支出', '对附属单位补助'],
  budgetInitial: ['年初预算数合计', '年初预算数', '年初预算'],
  budgetFinal: ['全年预算数合计', '调整预算数合计', '全年预算数', '调整预算数', '调整后预算数', '全年预算'],
  lei: ['类'],
  kuan: ['款'],
  xiang: ['项'],
  code: ['科目编码', '功能分类科目编码', '科目代码', '编码', '代码'],
  name: ['科目名称', '功能分类科目名称', '名称', '项目', '科目'],
};

export const COLUMN_SYNONYMS: Partial<Record<TableId, Vocabulary>> = {
  T1: {
    amount: ['决算数', '本年决算数', '金额', '决算', '本年数'],
    label: ['项目', '收入项目', '支出项目', '科目名称', '项目名称', '收入', '支出'],
    secondLabel: ['项目', '支出项目', '项目名称', '科目名称', '支出'],
  },
  T3: SPENDING,
  T5: SPENDING,
  T6: {
    amount: ['决算数', '本年决算数', '金额', '本年支出', '支出数', '决算'],
    lei: ['类'],
    kuan: ['款'],
    xiang: ['项'],
    code: ['科目编码', '经济分类科目编码', '经济分类编码', '科目代码', '编码'],
    name: ['科目名称', '经济分类科目名称', '名称', '项目'],
    // The 功能分类 layout: amount columns 合计 | 人员经费 | 公用经费 by 类 | 款 | 项 rows.
    personnelColumn: ['人员经费'],
    publicColumn: ['公用经费'],
    functionalCode: ['科目编码', '功能分类科目编码', '科目代码', '编码'],
  },
  T7: {
    budget: ['全年预算数', '预算数', '年初预算数', '预算'],
    actual: ['决算数', '实际支出', '支出数', '决算'],
    label: ['项目', '费用项目', '科目名称', '名称', '科目'],
  },
  P1: {
    name: ['项目名称', '项目'],
    code: ['功能分类科目编码', '科目编码', '功能分类编码'],
    budgetInitial: ['年初预算数', '年初预算'],
    // 福建 2018: 年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④=①+②+③ — ② is added to 年初 (p2.ts).
    fundCarryover: ['历年结余结转', '上年结转结余', '上年结余结转'],
    budgetFinal: ['全年预算数', '调整预算数', '全年预算'],
    executed: ['执行数', '全年执行数', '实际支出数', '决算数', '支出数'],
    key: ['重点项目', '是否重点项目'],
    purpose: ['主要用途', '资金用途', '用途'],
  },
  // P2 has three blocks (recognise/p2.ts, p2Indicators.ts); the fund and goal keys that share a
  // word with the indicator columns are prefixed (fundWeight, fundScore, goalActual). Provincial
  // forms letter their columns (年初预算数（A）, 执行率（C/B）): matched by containment.
  P2: {
    // 福建 department form: 年初部门预算安排金额（含历年结余结转）① | 年中调整金额② | 小计③=①+② | 年度拨付金额 | 支出实现率（%）.
    budgetInitial: ['年初预算数', '年初预算', '年初部门预算安排金额', '年初部门预算'],
    // 福建 2018: 年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④=①+②+③ — ② is added to 年初 (p2.ts).
    fundCarryover: ['历年结余结转', '上年结转结余', '上年结余结转'],
    budgetFinal: ['全年预算数', '调整后预算数', '调整预算数', '全年预算', '预算数', '小计'],
    executed: ['全年执行数', '预算执行数', '执行数', '实际执行数', '年度拨付金额', '拨付金额'],
    fundWeight: ['分值', '权重'],
    rate: ['执行率', '支出实现率'],
    fundScore: ['得分'],
    // 重庆 department form: 年初绩效目标 | 全年（调整）绩效目标 | 全年目标实际完成情况 — the adjusted goal is the one in force.
    expected: ['预期目标', '年度目标', '全年(调整)绩效目标', '调整绩效目标', '年初绩效目标'],
    goalActual: ['实际完成情况', '全年实际完成情况', '实际完成'],
    level1: ['一级指标'],
    level2: ['二级指标'],
    level3: ['三级指标', '指标名称', '绩效指标'],
    direction: ['指标性质', '指标方向', '性质'],
    // 重庆: 年初指标值 | 调整指标值; a filled 调整指标值 is the target scored (p2Indicators.ts).
    targetAdjusted: ['调整指标值', '调整后指标值', '全年(调整)指标值'],
    target: ['年度指标值', '年度目标值', '年初目标值', '指标值', '目标值'],
    unit: ['计量单位', '度量单位', '单位'],
    actual: ['实际完成值', '全年实际值', '实际值', '完成值'],
    weight: ['分值', '权重'],
    completion: ['完成情况', '完成情况评价'],
    // 指标得分 before 得分: 重庆 puts 得分系数（%） left of 指标得分（分）, and containment would take it.
    score: ['指标得分', '自评得分', '得分'],
    reason: ['偏差原因', '偏差原因分析及改进措施', '偏差原因分析', '未完成原因分析', '原因分析', '未完成原因'],
  },
  P3: { key: ['项目', '事项'], value: ['内容', '数值'] },
  P4: { key: ['章节', '部分', '标题'], value: ['内容', '文字', '正文'] },
  S: {
    level1: ['一级指标'],
    level2: ['二级指标'],
    indicator: ['指标', '三级指标', '指标名称'],
    weight: ['分值', '权重'],
    rule: ['规则', '计分规则', '评分规则'],
    params: ['参数', '规则参数'],
  },
};

/** The lines of T1 read by label (spec/workbook.md), besides the 功能分类 classes (all ending in 支出). */
export const T1_INCOME_LINES: readonly string[] = [
  '一般公共预算财政拨款收入',
  '政府性基金预算财政拨款收入',
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
  '本年收入合计',
  '使用非财政拨款结余',
  '年初结转和结余',
  '总计',
];
export const T1_SPENDING_LINES: readonly string[] = ['本年支出合计', '结余分配', '年末结转和结余', '总计'];

/** 功能分类 amount columns as the tables head them (findings' subjects, the reading summary). */
export const SPENDING_COLUMN_WORDS: Readonly<Record<SpendingColumn, string>> = {
  total: '本年支出合计',
  basic: '基本支出',
  project: '项目支出',
  upper: '上缴上级支出',
  business: '经营支出',
  subsidiary: '对附属单位补助支出',
  budgetInitial: '年初预算数',
  budgetFinal: '全年预算数',
};

/** The 中文 name of a reader field key, for the reading summary and column.weak findings. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  ...SPENDING_COLUMN_WORDS,
  lei: '类',
  kuan: '款',
  xiang: '项',
  code: '科目编码',
  name: '科目名称',
  amount: '金额（决算数）',
  label: '项目',
  budget: '预算数',
  actual: '决算数',
  personnel: '人员经费',
  public: '公用经费',
  executed: '执行数',
  key: '项目',
  value: '内容',
  purpose: '主要用途',
};

/** A field's 中文 name (T1's `label` is 项目, P1's `key` 重点项目 …). */
export function fieldWord(table: TableId, field: string): string {
  if (table === 'P1' && field === 'key') return '重点项目';
  if (table === 'P1' && field === 'name') return '项目名称';
  return FIELD_WORDS[field] ?? field;
}

/** The 三公 items as the official table heads them. */
export const T7_ITEM_WORDS: Readonly<Record<string, string>> = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicleSubtotal: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};
