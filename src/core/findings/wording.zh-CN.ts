/** zh-CN wording of every finding code: names both sides and the difference (spec/checks.md). */
import { Finding, FindingCode } from './finding';
import {
  absDifference,
  amountText,
  braced,
  isResidue,
  numberText,
  param,
  rateText,
  tableTitle,
  valueText,
} from './wordingParts';
import { p2InferredZh, p2UserScoreProblemZh } from './wordingP2';

const WAN = ' 万元';
const wan = (v: Finding['actual']): string => valueText(v, WAN) ?? '—';
/** `“text”`, or nothing when the text is absent (no empty quotes in a message). */
const q = (text: string | undefined): string => (text ? `“${text}”` : '');

/** `项目支出合计 640.68 万元，项目支出明细表执行数之和 549.89 万元，相差 90.79 万元` (+ 尾差 note). */
function comparison(f: Finding): string {
  const subject = param(f, 'subject') ?? '金额';
  const other = param(f, 'other') ?? '应有金额';
  const diff = absDifference(f);
  const text = `${subject} ${wan(f.actual)}，${other} ${wan(f.expected)}${diff ? `，相差 ${amountText(diff)}${WAN}` : ''}`;
  return isResidue(f) ? `${text}（尾差，在四舍五入允许范围内）` : text;
}

/** `… 决算数 12 万元，超过 … 预算数 10 万元，超出 2 万元`. */
function overLimit(f: Finding): string {
  const diff = absDifference(f);
  return `${param(f, 'subject') ?? '执行数'} ${wan(f.actual)}，超过${param(f, 'other') ?? '预算数'} ${wan(f.expected)}${diff ? `，超出 ${amountText(diff)}${WAN}` : ''}`;
}

function underPart(f: Finding): string {
  const diff = absDifference(f);
  const text =
    `${param(f, 'subject') ?? '"三公"经费决算数'} ${wan(f.actual)}，少于${param(f, 'other') ?? '基本支出中的同类支出'} ${wan(f.expected)}` +
    `${diff ? `，相差 ${amountText(diff)}${WAN}` : ''}（"三公"经费应包含基本支出中的同类支出）`;
  return isResidue(f) ? `${text}（尾差，在四舍五入允许范围内）` : text;
}

function t6Code(f: Finding): string {
  const code = param(f, 'found', 'code') ?? (typeof f.actual === 'string' ? f.actual : '');
  const name = param(f, 'name');
  const head = `经济分类科目编码${q(code)}${name ? `（${name}）` : ''}无法识别`;
  const why =
    f.params.reason === 'class'
      ? `：类级编码“${code.slice(0, 3)}”不是已知的经济分类（${param(f, 'expected') ?? '301、302、303 …'}）`
      : `：应为 ${param(f, 'expected') ?? '3 位（类）或 5 位（款）数字'}`;
  return `${head}${why}，该行的人员经费/公用经费归类可能有误`;
}

function p2Row(f: Finding): string {
  const row = param(f, 'row', 'indicator') ?? '';
  const completion = param(f, 'completion');
  const band = `${param(f, 'from') ?? '?'}–${param(f, 'to') ?? '?'} 分`;
  if (f.params.problem === 'outsideBand')
    return `指标${q(row)}完成情况为${q(completion)}，填写的得分不在 ${band}之间，按 ${param(f, 'used') ?? '?'} 分计`;
  if (f.params.problem === 'scoreNeeded')
    return `指标${q(row)}完成情况为${q(completion)}，请在 ${band}之间填写得分（暂按 ${param(f, 'used') ?? '?'} 分计）`;
  const missing = param(f, 'missing', 'field');
  if (missing) return `指标${q(row)}缺少${missing}`;
  return `指标${q(row)}填写不完整${param(f, 'reason') ? `：${f.params.reason}` : ''}`;
}

function p2UserScore(f: Finding): string {
  const special = p2UserScoreProblemZh(f);
  if (special) return special;
  const subject = param(f, 'subject', 'field') ?? '得分';
  const isRate = subject.includes('率');
  const show = isRate ? rateText : numberText;
  const row = param(f, 'row', 'indicator');
  const found = param(f, 'found') ?? show(f.actual) ?? '—';
  const expected = param(f, 'expected') ?? show(f.expected) ?? '—';
  return `${q(row)}填写的${subject} ${found}，按规则重算为 ${expected}；报告使用重算值`;
}

function duplicate(f: Finding): string {
  const sheets = param(f, 'sheets') ?? [param(f, 'sheet'), param(f, 'other')].filter((s) => s).join('、');
  return `工作表${sheets ? `“${sheets.split('、').join('”和“')}”` : ''}都像是${tableTitle(f) || '同一张表'}，请只保留一个`;
}

function cellValue(f: Finding): string {
  const found = param(f, 'found') ?? (typeof f.actual === 'string' ? f.actual : '');
  const subject = param(f, 'subject');
  const what = found.startsWith('#') ? `公式错误 ${found}` : `${q(found) || '文字'}，不是数字`;
  return `${tableTitle(f)}${subject ? `的${subject}` : '金额单元格'}为${what}，该值未计入`;
}

function indicatorUnavailable(f: Finding): string {
  const reason = param(f, 'reason');
  const fill = param(f, 'fill');
  return `指标${q(param(f, 'indicator'))}无法计算${reason ? `：${reason}` : ''}${fill && fill !== reason ? `；请填写：${fill}` : ''}；在补齐之前该项计 0 分`;
}

/** 第 5 行 for a row number, 中的“名称” for a row named by its text. */
function rowWords(row: string | undefined): string {
  if (!row) return '中的一行';
  return /^\d+$/.test(row) ? `第 ${row} 行` : `中的${q(row)}`;
}

/** What a 评分方案 cell should hold, by the problem found there. */
const SCHEME_EXPECTED: Readonly<Record<string, string>> = {
  indicator: '指标编号或中文名称（如 预算执行率、budgetExecutionRate），或“绩效指标表”',
  duplicate: '每个指标只出现一次',
  rule: '正向、反向、等于、执行率、每点扣分或分档',
  weight: '不小于0的分值（“执行率”行和“绩效指标表”行可留空，按自评表分值）',
  bands: '按上限从小到大的分档，如“0:5; 10%:4; 20%:3; 30%:2; :0”',
  bandScore: '各档得分不超过该行分值',
};

/** 参数 examples by parameter name. */
const PARAM_EXPECTED: Readonly<Record<string, string>> = {
  目标: '目标值，如“目标=95%”',
  阈值: '阈值，如“阈值=100%”',
  每点: '每点扣分，如“每点=0.5”',
  步长: '大于0的步长（百分点），如“步长=1”',
  方向: '“方向=超过”或“方向=低于”',
};

function schemeRow(f: Finding): string {
  const problem = f.params.problem ?? '';
  const name = param(f, 'name');
  const expected =
    (problem === 'param' && name ? PARAM_EXPECTED[name] : SCHEME_EXPECTED[problem]) ?? param(f, 'expected');
  const found = param(f, 'found');
  const why = expected
    ? `：应为${expected}，${found ? `实为${q(found)}` : '实为空白'}`
    : param(f, 'reason')
      ? `：${f.params.reason}`
      : '';
  return `评分方案${rowWords(param(f, 'row'))}无效${param(f, 'field') ? `（${f.params.field}）` : ''}${why}，该行未计分`;
}

/** zh-CN wording per code (the location is added by describeFinding). */
export const WORDING_ZH_CN: Readonly<Record<FindingCode, (f: Finding) => string>> = {
  'T1.balance': comparison,
  'T1.T3.total': comparison,
  'T3.rowSum': comparison,
  'T3.hierarchy': comparison,
  'T5.rowSum': comparison,
  'T5.hierarchy': comparison,
  'T5.T6.basic': comparison,
  'T6.totals': comparison,
  'T6.code': t6Code,
  'T7.sum': comparison,
  'T7.T6.part': underPart,
  'T7.overBudget': overLimit,
  'P1.T3.project': comparison,
  'P1.code': (f) =>
    `项目${q(param(f, 'project'))}的功能分类科目编码${q(param(f, 'found'))}在${param(f, 'otherTableName') ?? '支出决算表'}中找不到，无法与支出决算表对应`,
  'P1.overBudget': overLimit,
  'P2.execution': (f) => `${comparison(f)}${isResidue(f) ? '' : '（两者应为同一笔资金）'}`,
  'P2.fundParts': (f) => `${comparison(f)}（年度资金总额应不少于其中各项之和）`,
  'P2.weights': (f) =>
    `绩效指标分值合计 ${param(f, 'sum') ?? numberText(f.actual) ?? '?'}，应为 ${param(f, 'expectedSum') ?? numberText(f.expected) ?? '100'}；总分仍按各项得分相加`,
  'P2.row': p2Row,
  'P2.userScore': p2UserScore,
  'P2.inferred': p2InferredZh,
  'P2.deviation': (f) =>
    `指标${q(param(f, 'row', 'indicator'))}未得满分${param(f, 'score') ? `（${f.params.score}${param(f, 'weight') ? `/${f.params.weight}` : ''} 分）` : ''}，但没有填写偏差原因`,
  'P3.required': (f) => {
    const subject = param(f, 'subject', 'key') ?? '必填项';
    const found = param(f, 'found');
    if (!found) return `部门基本情况缺少“${subject}”`;
    return `${q(subject)}的内容${q(found)}无效${param(f, 'expected') ? `，应为${f.params.expected}` : ''}`;
  },
  'P3.unknownKey': (f) => `部门基本情况中的项目${q(param(f, 'key', 'found', 'subject'))}无法识别，已忽略`,
  'cell.value': cellValue,
  'table.missing': (f) =>
    `缺少${tableTitle(f) || '一张必需的表'}${param(f, 'table') && f.params.table !== tableTitle(f) ? `（${f.params.table}）` : ''}；请补充该表（可插入模板表后填写）`,
  'table.empty': (f) =>
    `${tableTitle(f)}尚未填写（金额单元格全部为空），暂不参与审核和计算；请填写后刷新报告，确无此项支出的请填 0 或“-”，不需要此表可删除该工作表`,
  'table.duplicate': duplicate,
  'table.header': (f) =>
    `${tableTitle(f)}未找到表头${param(f, 'expected', 'header') ? `：应包含 ${param(f, 'expected', 'header')}` : ''}`,
  'unit.missing': (f) => `${tableTitle(f)}未找到金额单位行，按万元处理`,
  'unit.unknown': (f) => `金额单位${q(param(f, 'found', 'unit'))}无法识别（可用：元、千元、万元、亿元），按万元处理`,
  'text.placeholder': (f) => {
    const name = param(f, 'placeholder', 'found') ?? '';
    const section = param(f, 'section');
    return `${section ? `报告文字${q(section)}中的` : ''}占位符${name ? q(braced(name)) : ''}${param(f, 'reason') ? `无法替换：${f.params.reason}` : '无法识别'}，在报告中原样保留`;
  },
  'indicator.overLimit': (f) => `指标${q(param(f, 'indicator'))}：${param(f, 'reason') ?? '限额为0而有支出'}，按超支计 0 分`,
  'indicator.unavailable': indicatorUnavailable,
  'scheme.unknown': (f) =>
    `未知的评分方案${q(param(f, 'scheme', 'found'))}，已改用${q(param(f, 'used', 'expected') ?? '财政部自评')}`,
  'scheme.row': schemeRow,
  'scheme.ignored': (f) =>
    `已按评分方案${q(param(f, 'scheme'))}评分，${q(param(f, 'sheet') ?? '评分方案')}表中的自定义方案未使用（将“部门基本情况”的评分方案清空或填“自定义”即可使用）`,
};
