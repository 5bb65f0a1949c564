/** en-US wording of every finding code. Text from the workbook (科目, 指标, sheet names) stays as typed, quoted. */
import { fieldName } from '../tables/fieldNames';
import { UncomputedWhy } from '../grid/snapshot';
import { displayRef } from '../grid/address';
import { formatRate, formatScore } from '../money';
import { FindingOf, SchemeParam, SchemeProblem } from './finding';
import { FIXES_EN_US } from './fixes.en-US';
import {
  FIGURES_EN_US,
  INDICATORS_EN_US,
  LABEL_STYLE_EN_US,
  LABELS_EN_US,
  TABLES_EN_US,
  unavailableEnUS,
} from './words.en-US';
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
import { p2InferredEn, p2UserScoreProblemEn } from './wordingP2';

const WAN = ' (10k yuan)';
const RESIDUE = ' (rounding residue, within tolerance)';
const wan = (v: AmountFinding['actual']): string => valueText(v, WAN) ?? '—';
/** `"text"` for text from the workbook. */
const q = (text: string): string => `"${text}"`;
const T = TABLES_EN_US;
const L = LABELS_EN_US;
const lab = (l: Parameters<typeof labelIn>[1]): string => labelIn({ labels: LABEL_STYLE_EN_US }, l);

/** `project spending total is 640.68 (10k yuan), the sum of … is 549.89 (10k yuan): a difference of 90.79 (10k yuan)`. */
function comparison(f: AmountFinding): string {
  const diff = absDifference(f);
  const text = `${lab(f.fields.subject)} is ${wan(f.actual)}, ${lab(f.fields.other)} is ${wan(f.expected)}${diff ? `: a difference of ${amountText(diff)}${WAN}` : ''}`;
  return f.fields.residue ? `${text}${RESIDUE}` : text;
}

function overLimit(f: AmountFinding): string {
  const diff = absDifference(f);
  return `${lab(f.fields.subject)} is ${wan(f.actual)}, above ${lab(f.fields.other)} of ${wan(f.expected)}${diff ? ` by ${amountText(diff)}${WAN}` : ''}`;
}

function underPart(f: AmountFinding): string {
  const diff = absDifference(f);
  const text =
    `${lab(f.fields.subject)} is ${wan(f.actual)}, less than ${lab(f.fields.other)} of ${wan(f.expected)}` +
    `${diff ? ` by ${amountText(diff)}${WAN}` : ''} ("three public" spending must include the same item of basic spending)`;
  return f.fields.residue ? `${text}${RESIDUE}` : text;
}

function t6Code(f: FindingOf<'T6.code'>): string {
  const { code, name, problem, classes } = f.fields;
  const why =
    problem === 'class'
      ? `class ${code.slice(0, 3)} is not a known economic class (${classes.join(', ')})`
      : 'an economic code has 3 (class) or 5 (item) digits';
  return `economic classification code ${q(code)} ${name ? `(${q(name)}) ` : ''}is not recognised: ${why}; its personnel/public classification may be wrong`;
}

function p2Row(f: FindingOf<'P2.row'>): string {
  const p = f.fields;
  if (p.problem === 'missing') return `indicator ${q(p.row)} lacks ${p.missing.map((m) => L[m]).join(', ')}`;
  const band = `${formatScore(p.from)}–${formatScore(p.to)} points`;
  if (p.problem === 'outsideBand')
    return `indicator ${q(p.row)} is ${q(p.completion)} but its score is outside ${band}; ${formatScore(p.used)} is used`;
  return `indicator ${q(p.row)} is ${q(p.completion)} — enter a score within ${band} (${formatScore(p.used)} is used meanwhile)`;
}

function p2UserScore(f: FindingOf<'P2.userScore'>): string {
  const special = p2UserScoreProblemEn(f);
  if (special !== null || 'problem' in f.fields) return special ?? '';
  const { row, subject, entered, recomputed } = f.fields;
  const rate = subject === 'rate';
  const found = rate ? enteredRateText(entered) : numberText(entered);
  const expected = rate ? formatRate(recomputed) : numberText(recomputed);
  return `${q(row)}: the ${rate ? L['p2.rate'] : L['p2.score']} entered, ${found}, differs from the recomputed ${expected}; the report uses the recomputed value`;
}

const UNCOMPUTED_EN_US: Record<UncomputedWhy, string> = {
  noValue: 'the file holds no value for it',
  unknownFunction: 'the file holds no value for it and it uses a function or name this tool cannot compute',
  cycle: 'the file holds no value for it and it refers to itself (a circular reference)',
  failed: 'the file holds no value for it and it cannot be computed',
  tooLarge: 'the file holds no value for it and the workbook is too large to compute it',
  noText: 'the file holds neither its value nor its formula text',
};

function cellValue(f: FindingOf<'cell.value'>): string {
  const { found, subject, table, problem } = f.fields;
  if (problem?.kind === 'uncomputed')
    return `${lab(subject)} in ${T[table]} is a formula, but ${UNCOMPUTED_EN_US[problem.why]}; the figure is missing and left out — open and save the file in Excel or WPS, then try again`;
  if (problem?.kind === 'implausible')
    return `${lab(subject)} in ${T[table]} holds ${found}, beyond any plausible amount (10^16 yuan or more); it is left out`;
  const what = found.startsWith('#')
    ? `the formula error ${found}`
    : `${found ? q(found) : 'text'}, which is not a number`;
  return `${lab(subject)} in ${T[table]} holds ${what}; it is left out`;
}

function indicatorUnavailable(f: FindingOf<'indicator.unavailable'>): string {
  const reason = f.fields.reason ? unavailableEnUS(f.fields.reason) : '';
  const fill = f.fields.fill.length > 0 ? f.fields.fill.map(unavailableEnUS).join('; ') : reason;
  return `the indicator ${INDICATORS_EN_US[f.fields.indicator]} cannot be computed${reason ? `: ${reason}` : ''}${fill && fill !== reason ? `; to fix: ${fill}` : ''}; it scores 0 until then`;
}

/** What a scoring-scheme cell should hold, by the problem found there. */
const SCHEME_EXPECTED: Readonly<Record<SchemeProblem, string | null>> = {
  indicator: "an indicator id (e.g. budgetExecutionRate) or its Chinese name, or the word for the form's indicators",
  duplicate: 'each indicator once',
  rule: 'one of the rule words (positive, negative, equal, execution rate, points per step, bands)',
  weight: "points of 0 or more (blank on the execution-rate and form rows: the form's own points)",
  bands: 'bands by ascending upper bound, e.g. "0:5; 10%:4; 20%:3; 30%:2; :0"',
  bandScore: "band scores no higher than the row's points",
  param: null,
};

/** Parameter examples by parameter (the names are the words typed in the sheet). */
const PARAM_EXPECTED: Readonly<Record<SchemeParam, string>> = {
  目标: 'a target, e.g. "目标=95%"',
  阈值: 'a threshold, e.g. "阈值=100%"',
  每点: 'points per step, e.g. "每点=0.5"',
  步长: 'a step above 0 (percentage points), e.g. "步长=1"',
  方向: '"方向=超过" (above) or "方向=低于" (below)',
};

function schemeRow(f: FindingOf<'scheme.row'>): string {
  const { row, field, problem, found, param } = f.fields;
  const expected = problem === 'param' ? (param ? PARAM_EXPECTED[param] : null) : SCHEME_EXPECTED[problem];
  const why = expected ? `: expected ${expected}, found ${found ? q(found) : 'a blank'}` : '';
  return `row ${row} of the scoring scheme is not valid (${L[field]})${why}; it is left out`;
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
    const text = `${lab(f.fields.subject)} is ${wan(f.actual)}, less than ${lab(f.fields.other)} of ${wan(f.expected)}${diff ? ` by ${amountText(diff)}${WAN}` : ''} (general-budget basic spending is only part of all basic spending)`;
    return f.fields.residue ? `${text}${RESIDUE}` : text;
  },
  'T6.code': t6Code,
  'T7.sum': comparison,
  'T7.T6.part': underPart,
  'T7.overBudget': overLimit,
  'P1.T3.project': comparison,
  'P1.code': (f) =>
    `the functional code ${q(f.fields.code)} of project ${q(f.fields.project)} is not in ${T.T3}, so the project cannot be tied to it`,
  'P1.overBudget': overLimit,
  'P2.execution': (f) => `${comparison(f)}${f.fields.residue ? '' : ' (both should describe the same money)'}`,
  'P2.weights': (f) =>
    `the indicator points total ${formatScore(f.fields.sum)}, not ${formatScore(f.fields.expectedSum)}; the total score is still the plain sum`,
  'P2.row': p2Row,
  'P2.userScore': p2UserScore,
  'P2.inferred': p2InferredEn,
  'P2.fundParts': (f) => `${comparison(f)} (the annual total cannot be less than its parts)`,
  'P2.deviation': (f) =>
    `indicator ${q(f.fields.row)} lost points (${formatScore(f.fields.score)} of ${formatScore(f.fields.weight)}) but gives no reason for the deviation`,
  'P3.required': (f) =>
    f.fields.found
      ? `the ${L[f.fields.key]} holds ${q(f.fields.found)}, which is not valid`
      : `${T.P3} lacks the ${L[f.fields.key]}`,
  'P3.unknownKey': (f) => `the profile item ${q(f.fields.key)} is not known and is ignored`,
  'cell.value': cellValue,
  'amount.negative': (f) =>
    `${T[f.fields.table]}: ${lab(f.fields.subject)} is negative (${wan(f.actual)}); spending cannot be below zero, please check`,
  'table.notTaken': (f) =>
    f.fields.like
      ? `sheet ${q(f.fields.sheet)} has the header of ${T[f.fields.like]} but no title, so it is not read; add the title above its header`
      : `sheet ${q(f.fields.sheet)} is a ${q(f.fields.found ?? '')}, none of the tables this tool reads: it is not read (if it is one of the standard tables, give it that table's title)`,
  'table.totals': (f) =>
    `${T[f.fields.table]} has two total rows whose ${lab(f.fields.column)} differ: ${wan(f.actual)} here was taken, the other row (${f.related[0] ? displayRef(f.related[0]) : ''}) says ${wan(f.expected)}; check which is the table's total`,
  'table.hiddenCopy': (f) =>
    `the hidden sheet ${q(f.fields.hidden)} also looks like ${T[f.fields.table]} and is not read; the visible sheet ${q(f.fields.read)} is read`,
  'table.year': (f) =>
    `${T[f.fields.table]} is headed for the year ${f.fields.found}, but the department profile's year is ${f.fields.year}; check that the table is not another year's`,
  'table.entity': (f) =>
    `${T[f.fields.table]} was prepared by ${q(f.fields.found)}, not by the department ${q(f.fields.department)}; check that it is the department's own (consolidated) table`,
  'table.textLines': (f) =>
    `sheet ${q(f.fields.sheet)} holds each row as one line of text in a single cell (as pasted from a PDF): its columns cannot be told apart, so it is not read as ${T[f.fields.table]}; split it into columns (Data → Text to Columns, by spaces) and run again`,
  'column.weak': (f) =>
    `${T[f.fields.table]}: the column headed ${q(f.fields.header)} was taken for the field ${q(fieldName(f.fields.table, f.fields.field, 'en-US'))} on a partial match of its header words; please check`,
  'table.missing': (f) =>
    `${T[f.fields.table]} (${f.fields.table}) is missing; add it (a template sheet can be inserted and filled in)`,
  'table.empty': (f) =>
    `${T[f.fields.table]} is not filled in yet (every amount cell is empty); it is left out of the checks and figures until it is. Fill it in and refresh the report; enter 0 or - where there was no spending, or delete the sheet if the table is not needed`,
  'table.duplicate': (f) =>
    `sheets ${q(f.fields.sheets[0])} and ${q(f.fields.sheets[1])} both look like ${T[f.fields.table]}; keep only one`,
  'table.header': (f) => {
    const table = f.fields.table ? T[f.fields.table] : 'a table';
    return f.fields.problem === 'notFound'
      ? `the header of ${table} was not found: it should contain ${f.fields.expected.map(q).join(', ')}`
      : `the header of ${table} was not found`;
  },
  'unit.missing': (f) => `${T[f.fields.table]} has no unit line; 10k yuan is assumed`,
  'unit.unknown': (f) =>
    `the unit ${q(f.fields.found)} is not known (yuan, thousand yuan, 10k yuan, 100m yuan); 10k yuan is assumed`,
  'text.placeholder': (f) => {
    const { placeholder, section, reason } = f.fields;
    return `the placeholder ${q(braced(placeholder))} ${section ? `in section ${q(section)} ` : ''}${reason ? `cannot be filled: ${unavailableEnUS(reason)}` : 'is not known'}; it stays visible in the report`;
  },
  'text.figure': (f) =>
    `the report text ${q(f.fields.section)} gives ${FIGURES_EN_US[f.fields.figure]} as ${f.fields.written}, but the tables give ${wan(f.expected)}; correct it, or write the placeholder {${f.fields.figure}} so the number follows the tables`,
  'indicator.unavailable': indicatorUnavailable,
  'indicator.overLimit': (f) =>
    `the indicator ${INDICATORS_EN_US[f.fields.indicator]}: ${unavailableEnUS(f.fields.reason)}; it scores 0 as over the limit`,
  'scheme.unknown': (f) => `the scoring scheme ${q(f.fields.scheme)} is not known; ${q(f.fields.used)} is used`,
  'scheme.row': schemeRow,
  'scheme.ignored': (f) =>
    `scored under ${q(f.fields.scheme)}; the own scheme in sheet ${q(f.fields.sheet)} is not used (clear the scoring scheme in ${T.P3}, or choose the custom one, to use it)`,
};

/** en-US words (the location is added by describeFinding). */
export const WORDING_EN_US: Wording = {
  labels: LABEL_STYLE_EN_US,
  tables: TABLES_EN_US,
  figures: FIGURES_EN_US,
  indicators: INDICATORS_EN_US,
  unavailable: unavailableEnUS,
  messages: MESSAGES,
  fixes: FIXES_EN_US,
};
