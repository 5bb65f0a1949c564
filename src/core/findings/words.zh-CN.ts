/** zh-CN names: labels by id, table titles, figure and indicator names, unavailable reasons. */
import { FIGURE_NAMES } from '../indicators/figures';
import { INDICATOR_NAMES } from '../indicators/indicators';
import { IndicatorId } from '../model/analysis';
import { Unavailable } from './finding';
import { LabelStyle, LabelWords } from './labels';
import { TABLE_NAMES } from './tableNames';
import { quoted } from './quote';

export const LABELS_ZH_CN: LabelWords = {
  'col.total': '本年支出合计',
  'col.basic': '基本支出',
  'col.project': '项目支出',
  'col.upper': '上缴上级支出',
  'col.business': '经营支出',
  'col.subsidiary': '对附属单位补助支出',
  'col.budgetInitial': '年初预算数',
  'col.budgetFinal': '全年预算数',
  total: '合计',
  'children.class': '各类',
  'children.kuan': '其下各款',
  'children.xiang': '其下各项',
  't1.incomeGrand': '收入总计',
  't1.spendingGrand': '支出总计',
  't1.incomeThisYear': '本年收入合计',
  't1.nonFiscalBalanceUsed': '使用非财政拨款结余',
  't1.carryoverBeginning': '年初结转和结余',
  't1.spendingThisYear': '本年支出合计',
  't1.balanceAllocation': '结余分配',
  't1.carryoverEnd': '年末结转和结余',
  't3.totalRowSpending': '支出决算表合计行本年支出合计',
  't3.spendingTotal': '支出决算表本年支出合计',
  't6.short': '基本支出决算表',
  't6.personnelTotal': '人员经费合计',
  't6.publicTotal': '公用经费合计',
  't6.personnelItems': '人员经费（301、303）各项之和',
  't6.publicItems': '公用经费（301、303 以外）各项之和',
  't6.personnelAndPublic': '基本支出决算表人员经费与公用经费之和',
  't6.actual': '决算数',
  'tp.total': '"三公"经费合计',
  'tp.abroad': '因公出国（境）费',
  'tp.vehicleSubtotal': '公务用车购置及运行费小计',
  'tp.vehiclePurchase': '公务用车购置费',
  'tp.vehicleOperation': '公务用车运行费',
  'tp.reception': '公务接待费',
  't7.abroad': '因公出国(境)费',
  't7.vehicle': '公务用车购置及运行费',
  't7.meeting': '会议费',
  't7.training': '培训费',
  't7.grandTotal': '合计（含会议费、培训费）',
  't7.itemsAndOthers': '"三公"经费各项与会议费、培训费',
  't6.personnel': '人员经费',
  't6.public': '公用经费',
  't6.t3Basic': '支出决算表基本支出合计',
  't6.generalBasic': '一般公共预算财政拨款基本支出（人员经费与公用经费之和）',
  'lane.budget': '预算数',
  'lane.actual': '决算数',
  'p1.executed': '执行数',
  'p1.budgetFinal': '全年预算数',
  'p1.executedSum': '项目支出明细表执行数之和',
  'p2.fundsExecuted': '年度资金总额全年执行数',
  'p2.budgetInitial': '年初预算数',
  'p2.budgetFinal': '全年预算数',
  'p2.executed': '全年执行数',
  'p2.weight': '分值',
  'p2.rate': '执行率',
  'p2.score': '得分',
  'p2.target': '年度指标值',
  'p2.actual': '实际完成值',
  'p2.direction': '指标性质',
  'p2.completion': '完成情况',
  'p2.fundParts': '其中各行',
  'p3.departmentName': '部门名称',
  'p3.year': '年度',
  'p3.subUnitCount': '二级预算单位数',
  'p3.staffAuthorized': '编制数',
  'p3.staffActual': '年末在职人员数',
  'p3.threePublicActualPrior': '上年"三公"经费决算数',
  'p3.carryoverEndPrior': '上年年末结转和结余',
  'p3.expenditureTotalPrior': '上年本年支出合计',
  'p3.internalOrgs': '内设机构',
  's.sheet': '评分方案',
  's.weight': '分值',
  's.rule': '规则',
  's.params': '参数',
  's.indicator': '指标',
};

export const LABEL_STYLE_ZH_CN: LabelStyle = {
  words: LABELS_ZH_CN,
  user: (text) => text,
  join: (parts, sep) => parts.join(sep),
  list: (parts) => parts.join('、'),
  sumOf: (text) => `${text}之和`,
};

/** Indicator names as the indicator catalogue gives them. */
export const INDICATORS_ZH_CN: Readonly<Record<IndicatorId, string>> = INDICATOR_NAMES;

const L = LABELS_ZH_CN;
const T = TABLE_NAMES;

/** Why a figure or indicator is not available, in zh-CN: what is missing and where to fill it in. */
export function unavailableZhCN(u: Unavailable): string {
  switch (u.kind) {
    case 'table':
      return `缺少${quoted(T[u.table])}`;
    case 't1Line':
      return `缺少${quoted(T.T1)}的${quoted(FIGURE_NAMES[u.figure])}`;
    case 't3TotalRow':
      return `缺少${quoted(T.T3)}合计行的${FIGURE_NAMES[u.figure]}`;
    case 't6Detail':
      return `缺少${quoted(T.T6)}的${FIGURE_NAMES[u.figure]}明细`;
    case 't7Item':
      return `缺少${quoted(T.T7)}的${L[u.item]}${L[u.lane]}`;
    case 'p2Fund':
      return `请在${quoted(T.P2)}填写“年度资金总额”的${L[u.what]}`;
    case 'p1Column':
      return `请在${quoted(T.P1)}填写各项目的${L[u.what]}`;
    case 'p1KeyProjects':
      return `请在${quoted(T.P1)}的“重点项目”列标明重点项目（是/否）`;
    case 'p3':
      return `请在${quoted(T.P3)}填写${quoted(L[u.key])}`;
    case 'figures':
      return `缺少${u.figures.map((f) => FIGURE_NAMES[f]).join('、')}`;
    case 'zero': {
      const words = u.figures.map((f) => FIGURE_NAMES[f]);
      return words.length === 1 ? `${words[0]}为0` : `${words.join('与')}之和为0`;
    }
    case 'notOnForm':
      return `“${T.P2}”没有${L[u.what]}列`;
    case 'overLimit':
      return `${FIGURE_NAMES[u.limit]}为0而${FIGURE_NAMES[u.actual]}为${u.value.toString()}，超出限额`;
  }
}
