/** zh-CN wording of every finding code: names both sides and the difference (spec/checks.md). */
import { UncomputedWhy } from '../grid/snapshot';
import { displayRef } from '../grid/address';
import { FIGURE_NAMES } from '../indicators/figures';
import { formatRate, formatScore } from '../money';
import { FindingOf, SchemeParam, SchemeProblem } from './finding';
import { FIXES_ZH_CN } from './fixes.zh-CN';
import { TABLE_NAMES } from './tableNames';
import { quoted } from './quote';
import { fieldWord } from '../tables/synonyms';
import { INDICATORS_ZH_CN, LABEL_STYLE_ZH_CN, LABELS_ZH_CN, unavailableZhCN } from './words.zh-CN';
import {
  AmountFinding,
  Messages,
  Wording,
  absDifference,
  amountText,
  braced,
  enteredRateText,
  labelIn,
  numberText,
  valueText,
} from './wordingParts';
import { p2InferredZh, p2UserScoreProblemZh } from './wordingP2';

const WAN = ' 万元';
const RESIDUE = '（尾差，在四舍五入允许范围内）';
const wan = (v: AmountFinding['actual']): string => valueText(v, WAN) ?? '—';
/** `“text”`, or nothing when the text is absent (no empty quotes in a message). */
const q = (text: string | undefined | null): string => (text ? quoted(text) : '');
const T = TABLE_NAMES;
const L = LABELS_ZH_CN;
const lab = (l: Parameters<typeof labelIn>[1]): string => labelIn({ labels: LABEL_STYLE_ZH_CN }, l);

/** `项目支出合计 640.68 万元，项目支出明细表执行数之和 549.89 万元，相差 90.79 万元` (+ 尾差 note). */
function comparison(f: AmountFinding): string {
  const diff = absDifference(f);
  const text = `${lab(f.fields.subject)} ${wan(f.actual)}，${lab(f.fields.other)} ${wan(f.expected)}${diff ? `，相差 ${amountText(diff)}${WAN}` : ''}`;
  return f.fields.residue ? `${text}${RESIDUE}` : text;
}

/** `… 决算数 12 万元，超过 … 预算数 10 万元，超出 2 万元`. */
function overLimit(f: AmountFinding): string {
  const diff = absDifference(f);
  return `${lab(f.fields.subject)} ${wan(f.actual)}，超过${lab(f.fields.other)} ${wan(f.expected)}${diff ? `，超出 ${amountText(diff)}${WAN}` : ''}`;
}

function underPart(f: AmountFinding): string {
  const diff = absDifference(f);
  const text =
    `${lab(f.fields.subject)} ${wan(f.actual)}，少于${lab(f.fields.other)} ${wan(f.expected)}` +
    `${diff ? `，相差 ${amountText(diff)}${WAN}` : ''}（"三公"经费应包含基本支出中的同类支出）`;
  return f.fields.residue ? `${text}${RESIDUE}` : text;
}

function t6Code(f: FindingOf<'T6.code'>): string {
  const { code, name, problem, classes } = f.fields;
  const head = `经济分类科目编码${q(code)}${name ? `（${name}）` : ''}无法识别`;
  const why =
    problem === 'class'
      ? `：类级编码${quoted(code.slice(0, 3))}不是已知的经济分类（${classes.join('、')}）`
      : '：应为 3 位（类）或 5 位（款）数字';
  return `${head}${why}，该行的人员经费/公用经费归类可能有误`;
}

function p2Row(f: FindingOf<'P2.row'>): string {
  const p = f.fields;
  if (p.problem === 'missing') return `指标${q(p.row)}缺少${p.missing.map((m) => L[m]).join('、')}`;
  const band = `${formatScore(p.from)}–${formatScore(p.to)} 分`;
  if (p.problem === 'outsideBand')
    return `指标${q(p.row)}完成情况为${q(p.completion)}，填写的得分不在 ${band}之间，按 ${formatScore(p.used)} 分计`;
  return `指标${q(p.row)}完成情况为${q(p.completion)}，请在 ${band}之间填写得分（暂按 ${formatScore(p.used)} 分计）`;
}

function p2UserScore(f: FindingOf<'P2.userScore'>): string {
  const special = p2UserScoreProblemZh(f);
  if (special !== null || 'problem' in f.fields) return special ?? '';
  const { row, subject, entered, recomputed } = f.fields;
  const rate = subject === 'rate';
  const found = rate ? enteredRateText(entered) : numberText(entered);
  const expected = rate ? formatRate(recomputed) : numberText(recomputed);
  return `${q(row)}填写的${rate ? L['p2.rate'] : L['p2.score']} ${found}，按规则重算为 ${expected}；报告使用重算值`;
}

const UNCOMPUTED_ZH_CN: Record<UncomputedWhy, string> = {
  noValue: '文件中没有该公式的计算结果',
  unknownFunction: '文件中没有计算结果，公式含本工具无法计算的函数或名称',
  cycle: '文件中没有计算结果，公式有循环引用',
  failed: '文件中没有计算结果，公式无法计算',
  tooLarge: '文件中没有计算结果，工作簿过大未自动计算',
  noText: '文件中没有计算结果，也没有公式文字',
};

function cellValue(f: FindingOf<'cell.value'>): string {
  const { found, subject, table, problem } = f.fields;
  if (problem?.kind === 'uncomputed')
    return `${T[table]}的${lab(subject)}是公式，${UNCOMPUTED_ZH_CN[problem.why]}，该值缺失、未计入；请在 Excel 或 WPS 中打开并保存后再试`;
  if (problem?.kind === 'implausible')
    return `${T[table]}的${lab(subject)}为 ${found}，超出合理范围（绝对值达到 10¹² 万元），该值未计入`;
  const what = found.startsWith('#') ? `公式错误 ${found}` : `${q(found) || '文字'}，不是数字`;
  return `${T[table]}的${lab(subject)}为${what}，该值未计入`;
}

function indicatorUnavailable(f: FindingOf<'indicator.unavailable'>): string {
  const reason = f.fields.reason ? unavailableZhCN(f.fields.reason) : '';
  const fill = f.fields.fill.length > 0 ? f.fields.fill.map(unavailableZhCN).join('；') : reason;
  return `指标${q(INDICATORS_ZH_CN[f.fields.indicator])}无法计算${reason ? `：${reason}` : ''}${fill && fill !== reason ? `；请填写：${fill}` : ''}；在补齐之前该项计 0 分`;
}

/** What a 评分方案 cell should hold, by the problem found there. */
const SCHEME_EXPECTED: Readonly<Record<SchemeProblem, string | null>> = {
  indicator: '指标编号或中文名称（如 预算执行率、budgetExecutionRate），或“绩效指标表”',
  duplicate: '每个指标只出现一次',
  rule: '正向、反向、等于、执行率、每点扣分或分档',
  weight: '不小于0的分值（“执行率”行和“绩效指标表”行可留空，按自评表分值）',
  bands: '按上限从小到大的分档，如“0:5; 10%:4; 20%:3; 30%:2; :0”',
  bandScore: '各档得分不超过该行分值',
  param: null,
};

/** 参数 examples by parameter name. */
const PARAM_EXPECTED: Readonly<Record<SchemeParam, string>> = {
  目标: '目标值，如“目标=95%”',
  阈值: '阈值，如“阈值=100%”',
  每点: '每点扣分，如“每点=0.5”',
  步长: '大于0的步长（百分点），如“步长=1”',
  方向: '“方向=超过”或“方向=低于”',
};

function schemeRow(f: FindingOf<'scheme.row'>): string {
  const { row, field, problem, found, param } = f.fields;
  const expected = problem === 'param' ? (param ? PARAM_EXPECTED[param] : null) : SCHEME_EXPECTED[problem];
  const why = expected ? `：应为${expected}，${found ? `实为${q(found)}` : '实为空白'}` : '';
  return `评分方案第 ${row} 行无效（${L[field]}）${why}，该行未计分`;
}

const MESSAGES: Messages = {
  'T1.balance': comparison,
  'T1.T3.total': comparison,
  'T3.rowSum': comparison,
  'T3.hierarchy': comparison,
  'T5.rowSum': comparison,
  'T5.hierarchy': comparison,
  'T5.T6.basic': comparison,
  'T6.totals': comparison,
  'T6.hierarchy': comparison,
  'T6.T3.basic': (f) => {
    const diff = absDifference(f);
    const text = `${lab(f.fields.subject)} ${wan(f.actual)}，少于${lab(f.fields.other)} ${wan(f.expected)}${diff ? `，相差 ${amountText(diff)}${WAN}` : ''}（一般公共预算财政拨款基本支出只是全部基本支出的一部分）`;
    return f.fields.residue ? `${text}${RESIDUE}` : text;
  },
  'T6.code': t6Code,
  'T7.sum': comparison,
  'T7.T6.part': underPart,
  'T7.overBudget': overLimit,
  'P1.T3.project': comparison,
  'P1.code': (f) =>
    `项目${q(f.fields.project)}的功能分类科目编码${q(f.fields.code)}在${T.T3}中找不到，无法与支出决算表对应`,
  'P1.overBudget': overLimit,
  'P2.execution': (f) => `${comparison(f)}${f.fields.residue ? '' : '（两者应为同一笔资金）'}`,
  'P2.weights': (f) =>
    `绩效指标分值合计 ${formatScore(f.fields.sum)}，应为 ${formatScore(f.fields.expectedSum)}；总分仍按各项得分相加`,
  'P2.row': p2Row,
  'P2.userScore': p2UserScore,
  'P2.inferred': p2InferredZh,
  'P2.fundParts': (f) => `${comparison(f)}（年度资金总额应不少于其中各项之和）`,
  'P2.deviation': (f) =>
    `指标${q(f.fields.row)}未得满分（${formatScore(f.fields.score)}/${formatScore(f.fields.weight)} 分），但没有填写偏差原因`,
  'P3.required': (f) => {
    const subject = L[f.fields.key];
    if (!f.fields.found) return `部门基本情况缺少${quoted(subject)}`;
    return `${q(subject)}的内容${q(f.fields.found)}无效`;
  },
  'P3.unknownKey': (f) => `部门基本情况中的项目${q(f.fields.key)}无法识别，已忽略`,
  'cell.value': cellValue,
  'amount.negative': (f) =>
    `${T[f.fields.table]}中${lab(f.fields.subject)}的金额为负数 ${wan(f.actual)}，支出不应为负，请核对`,
  'table.notTaken': (f) =>
    f.fields.like
      ? `工作表${q(f.fields.sheet)}的表头像是${T[f.fields.like]}，但没有标题，未读取；请在表头上方加上标题“${T[f.fields.like]}”`
      : `工作表${q(f.fields.sheet)}是${q(f.fields.found)}，不属于本工具读取的表，未读取；如它其实是标准表之一，请把标题改为该表的名称`,
  'table.totals': (f) =>
    `${T[f.fields.table]}有两行合计，${lab(f.fields.column)}不同：取了这一行的 ${wan(f.actual)}，另一行（${f.related[0] ? displayRef(f.related[0]) : ''}）为 ${wan(f.expected)}；请核对哪一行是全表合计`,
  'table.hiddenCopy': (f) =>
    `隐藏的工作表${q(f.fields.hidden)}也像是${T[f.fields.table]}，未读取；读取的是显示的工作表${q(f.fields.read)}`,
  'table.year': (f) =>
    `${T[f.fields.table]}标明的年度为 ${f.fields.found} 年，与部门基本情况的年度 ${f.fields.year} 年不一致；请核对是否放入了其他年度的表`,
  'table.entity': (f) =>
    `${T[f.fields.table]}的编制单位为${q(f.fields.found)}，与部门名称${q(f.fields.department)}不一致；请核对是否为本部门（汇总）的表`,
  'table.textLines': (f) =>
    `工作表${q(f.fields.sheet)}的每一行都是一整行文字（如从PDF复制粘贴所得），只占一个单元格，分不清各栏金额，未作为${T[f.fields.table]}读取；请用“数据→分列”按空格把它拆成各栏后再运行`,
  'column.weak': (f) =>
    `${T[f.fields.table]}的${q(fieldWord(f.fields.table, f.fields.field))}取自表头${q(f.fields.header)}一列（表头文字只部分吻合），请核对`,
  'table.missing': (f) => `缺少${T[f.fields.table]}（${f.fields.table}）；请补充该表（可插入模板表后填写）`,
  'table.empty': (f) =>
    `${T[f.fields.table]}尚未填写（金额单元格全部为空），暂不参与审核和计算；请填写后刷新报告，确无此项支出的请填 0 或“-”，不需要此表可删除该工作表`,
  'table.duplicate': (f) =>
    `工作表${quoted(f.fields.sheets[0])}和${quoted(f.fields.sheets[1])}都像是${T[f.fields.table]}，请只保留一个`,
  'table.header': (f) => {
    const title = f.fields.table ? T[f.fields.table] : '';
    return `${title}未找到表头${f.fields.problem === 'notFound' ? `：应包含 ${f.fields.expected.join('、')}` : ''}`;
  },
  'unit.missing': (f) => `${T[f.fields.table]}未找到金额单位行，按万元处理`,
  'unit.unknown': (f) => `金额单位${q(f.fields.found)}无法识别（可用：元、千元、万元、亿元），按万元处理`,
  'text.placeholder': (f) => {
    const { placeholder, section, reason } = f.fields;
    return `${section ? `报告文字${q(section)}中的` : ''}占位符${q(braced(placeholder))}${reason ? `无法替换：${unavailableZhCN(reason)}` : '无法识别'}，在报告中原样保留`;
  },
  'text.figure': (f) => {
    const name = FIGURE_NAMES[f.fields.figure];
    return `报告文字${q(f.fields.section)}中写的${name}为 ${f.fields.written}，表中为 ${wan(f.expected)}；请改正，或写成占位符“{${name}}”，让数字随表更新`;
  },
  'indicator.unavailable': indicatorUnavailable,
  'indicator.overLimit': (f) => `指标${q(INDICATORS_ZH_CN[f.fields.indicator])}：${unavailableZhCN(f.fields.reason)}，按超支计 0 分`,
  'scheme.unknown': (f) => `未知的评分方案${q(f.fields.scheme)}，已改用${q(f.fields.used)}`,
  'scheme.row': schemeRow,
  'scheme.ignored': (f) =>
    `已按评分方案${q(f.fields.scheme)}评分，${q(f.fields.sheet)}表中的自定义方案未使用（将“部门基本情况”的评分方案清空或填“自定义”即可使用）`,
};

/** zh-CN words (the location is added by describeFinding). */
export const WORDING_ZH_CN: Wording = {
  labels: LABEL_STYLE_ZH_CN,
  tables: TABLE_NAMES,
  figures: FIGURE_NAMES,
  indicators: INDICATORS_ZH_CN,
  unavailable: unavailableZhCN,
  messages: MESSAGES,
  fixes: FIXES_ZH_CN,
};
