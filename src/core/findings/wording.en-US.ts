/** en-US wording of every finding code. Labels from the workbook (科目, 指标) stay in Chinese. */
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
import { p2InferredEn, p2UserScoreProblemEn } from './wordingP2';

const WAN = ' (10k yuan)';
const wan = (v: Finding['actual']): string => valueText(v, WAN) ?? '—';
const RESIDUE = ' (rounding residue, within tolerance)';
/** `"text" ` with a trailing space, or nothing when the text is absent. */
const q = (text: string | undefined): string => (text ? `"${text}" ` : '');

/** `项目支出合计 is 640.68 (10k yuan), 项目支出明细表执行数之和 is 549.89 (10k yuan): a difference of 90.79 (10k yuan)`. */
function comparison(f: Finding): string {
  const diff = absDifference(f);
  const text = `${param(f, 'subject') ?? 'the amount'} is ${wan(f.actual)}, ${param(f, 'other') ?? 'the other side'} is ${wan(f.expected)}${diff ? `: a difference of ${amountText(diff)}${WAN}` : ''}`;
  return isResidue(f) ? `${text}${RESIDUE}` : text;
}

function overLimit(f: Finding): string {
  const diff = absDifference(f);
  return `${param(f, 'subject') ?? 'the amount spent'} is ${wan(f.actual)}, above ${param(f, 'other') ?? 'the budget'} of ${wan(f.expected)}${diff ? ` by ${amountText(diff)}${WAN}` : ''}`;
}

function underPart(f: Finding): string {
  const diff = absDifference(f);
  const text =
    `${param(f, 'subject') ?? 'the "three public" actual'} is ${wan(f.actual)}, less than ${param(f, 'other') ?? 'the same item in basic spending'} of ${wan(f.expected)}` +
    `${diff ? ` by ${amountText(diff)}${WAN}` : ''} ("three public" spending must include the same item of basic spending)`;
  return isResidue(f) ? `${text}${RESIDUE}` : text;
}

function t6Code(f: Finding): string {
  const code = param(f, 'found', 'code') ?? (typeof f.actual === 'string' ? f.actual : '');
  const why =
    f.params.reason === 'class'
      ? `class ${code.slice(0, 3)} is not a known economic class (${param(f, 'expected') ?? '301, 302, 303 …'})`
      : 'an economic code has 3 (class) or 5 (item) digits';
  return `economic classification code ${q(code)}${param(f, 'name') ? `(${f.params.name}) ` : ''}is not recognised: ${why}; its personnel/public classification may be wrong`;
}

function p2Row(f: Finding): string {
  const row = param(f, 'row', 'indicator') ?? '';
  const band = `${param(f, 'from') ?? '?'}–${param(f, 'to') ?? '?'} points`;
  const completion = param(f, 'completion') ?? '';
  if (f.params.problem === 'outsideBand')
    return `indicator ${q(row)}is ${q(completion) || 'qualitative '}but its score is outside ${band}; ${param(f, 'used') ?? '?'} is used`;
  if (f.params.problem === 'scoreNeeded')
    return `indicator ${q(row)}is ${q(completion) || 'qualitative '}— enter a score within ${band} (${param(f, 'used') ?? '?'} is used meanwhile)`;
  const missing = param(f, 'missing', 'field');
  if (missing) return `indicator ${q(row)}lacks ${missing}`;
  return `indicator ${q(row)}is incomplete${param(f, 'reason') ? `: ${f.params.reason}` : ''}`;
}

function p2UserScore(f: Finding): string {
  const special = p2UserScoreProblemEn(f);
  if (special) return special;
  const subject = param(f, 'subject', 'field') ?? '得分';
  const show = subject.includes('率') ? rateText : numberText;
  const row = param(f, 'row', 'indicator');
  const found = param(f, 'found') ?? show(f.actual) ?? '—';
  const expected = param(f, 'expected') ?? show(f.expected) ?? '—';
  return `${row ? `"${row}": ` : ''}the ${subject} entered, ${found}, differs from the recomputed ${expected}; the report uses the recomputed value`;
}

function duplicate(f: Finding): string {
  const sheets = param(f, 'sheets') ?? [param(f, 'sheet'), param(f, 'other')].filter((s) => s).join('、');
  return `${
    sheets
      ? `sheets ${sheets
          .split('、')
          .map((s) => `"${s}"`)
          .join(' and ')}`
      : 'two sheets'
  } both look like ${tableTitle(f) || 'the same table'}; keep only one`;
}

function cellValue(f: Finding): string {
  const found = param(f, 'found') ?? (typeof f.actual === 'string' ? f.actual : '');
  const what = found.startsWith('#')
    ? `the formula error ${found}`
    : `${found ? `"${found}"` : 'text'}, which is not a number`;
  return `${param(f, 'subject') ?? 'an amount cell'}${tableTitle(f) ? ` in ${tableTitle(f)}` : ''} holds ${what}; it is left out`;
}

function indicatorUnavailable(f: Finding): string {
  const reason = param(f, 'reason');
  const fill = param(f, 'fill');
  return `indicator ${q(param(f, 'indicator'))}cannot be computed${reason ? `: ${reason}` : ''}${fill && fill !== reason ? `; fill in: ${fill}` : ''}; it scores 0 until then`;
}

/** `row 5 of the scoring scheme`, or the row named by its text. */
function rowWords(row: string | undefined): string {
  if (!row) return 'a scoring scheme row';
  return /^\d+$/.test(row) ? `row ${row} of the scoring scheme` : `the scoring scheme row "${row}"`;
}

/** What a scoring-scheme cell should hold, by the problem found there. */
const SCHEME_EXPECTED: Readonly<Record<string, string>> = {
  indicator: 'an indicator id or Chinese name (e.g. budgetExecutionRate, 预算执行率), or 绩效指标表',
  duplicate: 'each indicator once',
  rule: 'one of 正向, 反向, 等于, 执行率, 每点扣分, 分档',
  weight: "points of 0 or more (blank on the 执行率 and 绩效指标表 rows: the form's own points)",
  bands: 'bands by ascending upper bound, e.g. "0:5; 10%:4; 20%:3; 30%:2; :0"',
  bandScore: "band scores no higher than the row's points",
};

/** 参数 examples by parameter name. */
const PARAM_EXPECTED: Readonly<Record<string, string>> = {
  目标: 'a target, e.g. "目标=95%"',
  阈值: 'a threshold, e.g. "阈值=100%"',
  每点: 'points per step, e.g. "每点=0.5"',
  步长: 'a step above 0 (percentage points), e.g. "步长=1"',
  方向: '"方向=超过" or "方向=低于"',
};

function schemeRow(f: Finding): string {
  const problem = f.params.problem ?? '';
  const name = param(f, 'name');
  const expected =
    (problem === 'param' && name ? PARAM_EXPECTED[name] : SCHEME_EXPECTED[problem]) ?? param(f, 'expected');
  const found = param(f, 'found');
  const why = expected
    ? `: expected ${expected}, found ${found ? `"${found}"` : 'a blank'}`
    : param(f, 'reason')
      ? `: ${f.params.reason}`
      : '';
  return `${rowWords(param(f, 'row'))} is not valid${param(f, 'field') ? ` (${f.params.field})` : ''}${why}; it is left out`;
}

/** en-US wording per code (the location is added by describeFinding). */
export const WORDING_EN_US: Readonly<Record<FindingCode, (f: Finding) => string>> = {
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
    `the functional code ${q(param(f, 'found'))}${param(f, 'project') ? `of project "${f.params.project}" ` : ''}is not in ${param(f, 'otherTableName') ?? '支出决算表'}, so the project cannot be tied to it`,
  'P1.overBudget': overLimit,
  'P2.execution': (f) => `${comparison(f)}${isResidue(f) ? '' : ' (both should describe the same money)'}`,
  'P2.fundParts': (f) => `${comparison(f)} (the annual total cannot be less than its parts)`,
  'P2.weights': (f) =>
    `the indicator weights total ${param(f, 'sum') ?? numberText(f.actual) ?? '?'}, not ${param(f, 'expectedSum') ?? numberText(f.expected) ?? '100'}; the total score is still the plain sum`,
  'P2.row': p2Row,
  'P2.userScore': p2UserScore,
  'P2.inferred': p2InferredEn,
  'P2.deviation': (f) =>
    `indicator ${q(param(f, 'row', 'indicator'))}lost points${param(f, 'score') ? ` (${f.params.score}${param(f, 'weight') ? ` of ${f.params.weight}` : ''})` : ''} but gives no reason for the deviation`,
  'P3.required': (f) => {
    const subject = param(f, 'subject', 'key') ?? 'a required item';
    const found = param(f, 'found');
    if (!found) return `the department profile lacks "${subject}"`;
    return `"${subject}" holds "${found}", which is not valid${param(f, 'expected') ? ` (expected ${f.params.expected})` : ''}`;
  },
  'P3.unknownKey': (f) => `the profile item ${q(param(f, 'key', 'found', 'subject'))}is not known and is ignored`,
  'cell.value': cellValue,
  'table.missing': (f) =>
    `${tableTitle(f) || 'a required table'}${param(f, 'table') && f.params.table !== tableTitle(f) ? ` (${f.params.table})` : ''} is missing; add it (a template sheet can be inserted and filled in)`,
  'table.empty': (f) =>
    `${tableTitle(f) || 'the table'} is not filled in yet (every amount cell is empty); it is left out of the checks and figures until it is. Fill it in and refresh the report; enter 0 or - where there was no spending, or delete the sheet if the table is not needed`,
  'table.duplicate': duplicate,
  'table.header': (f) =>
    `the header of ${tableTitle(f) || 'the table'} was not found${param(f, 'expected', 'header') ? `: it should contain ${param(f, 'expected', 'header')}` : ''}`,
  'unit.missing': (f) => `${tableTitle(f) || 'the table'} has no unit line; 万元 (10k yuan) is assumed`,
  'unit.unknown': (f) =>
    `the unit ${q(param(f, 'found', 'unit'))}is not known (元, 千元, 万元, 亿元); 万元 (10k yuan) is assumed`,
  'text.placeholder': (f) => {
    const name = param(f, 'placeholder', 'found') ?? '';
    const section = param(f, 'section');
    return `the placeholder ${name ? q(braced(name)) : ''}${section ? `in section "${section}" ` : ''}${param(f, 'reason') ? `cannot be filled: ${f.params.reason}` : 'is not known'}; it stays visible in the report`;
  },
  'indicator.overLimit': (f) =>
    `indicator ${q(param(f, 'indicator'))}has a limit of 0 but spending (${param(f, 'reason') ?? 'over the limit'}); scored 0 as over the limit`,
  'indicator.unavailable': indicatorUnavailable,
  'scheme.unknown': (f) =>
    `the scoring scheme ${q(param(f, 'scheme', 'found'))}is not known; "${param(f, 'used', 'expected') ?? '财政部自评'}" is used`,
  'scheme.row': schemeRow,
  'scheme.ignored': (f) =>
    `scored under "${param(f, 'scheme') ?? 'a built-in scheme'}"; the own scheme in sheet "${param(f, 'sheet') ?? '评分方案'}" is not used (clear 评分方案 in 部门基本情况, or write 自定义, to use it)`,
};
