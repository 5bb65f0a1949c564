/**
 * The user's own scheme (sheet 评分方案, spec/indicators.md "Schemes"): each row of the sheet
 * parsed into a SchemeRow. A malformed row is a `scheme.row` error at its cell, saying what was
 * expected and what was found, and is left out; the other rows still score.
 */
import { CellRef } from '../grid/address';
import { IndicatorId } from '../model/analysis';
import { SchemeSheetData, SchemeSheetRow } from '../model/types';
import { Finding, SchemeParam, SchemeProblem, atCell, finding } from '../findings/finding';
import { INDICATOR_IDS, INDICATOR_NAMES } from './indicators';
import { looseLabel } from '../recognise/text';
import { SCHEMES, Scheme, SchemeRow } from './schemes';
import { isProblem, parseRule, ruleKind } from './ruleText';

export const USER_SCHEME_NAME = '自定义评分方案';

/** Words that name the P2 indicator rows in the 指标 column. */
const P2_ROWS_WORDS = ['绩效指标表', '绩效指标', '自评表指标', '绩效自评表', '自评表'];

/** Names that choose the sheet's scheme in --scheme or 部门基本情况's 评分方案. */
const USER_SCHEME_WORDS = [USER_SCHEME_NAME, '自定义', '评分方案', '评分方案表', '用户方案'];

/** True when a scheme name means the workbook's own 评分方案 sheet. */
export function namesUserScheme(name: string): boolean {
  return USER_SCHEME_WORDS.includes(looseLabel(name));
}

/** The scheme of the 评分方案 sheet (null when no row is valid) and a finding per malformed row. */
export function userScheme(data: SchemeSheetData): { scheme: Scheme | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const rows: SchemeRow[] = [];
  const taken = new Set<string>();
  for (const r of data.rows) {
    const parsed = parseRow(r, taken);
    if ('problem' in parsed) findings.push(rowFinding(r, parsed));
    else rows.push(parsed);
  }
  if (rows.length === 0) return { scheme: null, findings };
  // Rows that are a built-in scheme as written (the template's copy of 财政部自评) keep its name.
  const builtIn = Object.values(SCHEMES).find((b) => sameRows(b.rows, rows));
  const scheme = {
    name: builtIn?.name ?? USER_SCHEME_NAME,
    rows,
    checkWeights: builtIn?.checkWeights ?? true,
    sheet: data.info.sheet,
  };
  return { scheme, findings };
}

/** What a scheme row scores, without where it was read from (cells) or where it was published (origin). */
function essence(r: SchemeRow): unknown {
  if (r.source === 'p2Rows') return r;
  const { weightExpr: _expr, cell: _cell, origin: _origin, ...rest } = r;
  return rest;
}

/** True when two lists of rows score the same way (Decimals compare by their text). */
export function sameRows(a: readonly SchemeRow[], b: readonly SchemeRow[]): boolean {
  return JSON.stringify(a.map(essence)) === JSON.stringify(b.map(essence));
}

interface Problem {
  readonly problem: SchemeProblem;
  readonly field: 's.indicator' | 's.weight' | 's.rule' | 's.params';
  readonly at: CellRef;
  readonly found: string;
  readonly name?: SchemeParam;
}

/** 指标 → indicator id, `p2Rows`, or null: the id itself or its 中文 name, quotes and spaces ignored. */
export function schemeTarget(text: string): IndicatorId | 'p2Rows' | null {
  const t = looseLabel(text);
  if (P2_ROWS_WORDS.includes(t)) return 'p2Rows';
  const lower = t.toLowerCase();
  return INDICATOR_IDS.find((id) => id.toLowerCase() === lower || looseLabel(INDICATOR_NAMES[id]) === t) ?? null;
}

function parseRow(r: SchemeSheetRow, taken: Set<string>): SchemeRow | Problem {
  const indicatorRef = r.indicator?.ref ?? r.weightRef;
  const target = r.indicator ? schemeTarget(r.indicator.text) : null;
  if (target === null)
    return { problem: 'indicator', field: 's.indicator', at: indicatorRef, found: r.indicator?.text ?? '' };
  if (taken.has(target))
    return { problem: 'duplicate', field: 's.indicator', at: indicatorRef, found: r.indicator!.text };
  const weightIssue = badWeight(r, target === 'p2Rows');
  if (weightIssue) return weightIssue;
  const row: SchemeRow | Problem =
    target === 'p2Rows' ? { source: 'p2Rows', scaleTo: r.weight?.value ?? null } : indicatorRow(r, target);
  if (!('problem' in row)) taken.add(target);
  return row;
}

/** 分值 must be a number ≥ 0 (above 0 to scale the form's rows), or blank / 按自评表 for the form's own. */
function badWeight(r: SchemeSheetRow, p2Rows: boolean): Problem | null {
  const w = r.weight?.value;
  const bad = w === undefined ? !blankOrP2(r.weightText?.text) : w.lt(0) || (p2Rows && w.isZero());
  return bad ? { problem: 'weight', field: 's.weight', at: r.weightRef, found: r.weightText?.text ?? '' } : null;
}

function indicatorRow(r: SchemeSheetRow, indicator: IndicatorId): SchemeRow | Problem {
  const kind = r.rule ? ruleKind(r.rule.text) : null;
  if (kind === null) return { problem: 'rule', field: 's.rule', at: r.ruleRef, found: r.rule?.text ?? '' };
  // A blank 分值 takes the 年度资金总额 分值 of the form (10 unless given) — only 预算执行率 has one.
  if (r.weight === null && !(kind === 'budgetExecution' && indicator === 'budgetExecutionRate')) {
    return { problem: 'weight', field: 's.weight', at: r.weightRef, found: r.weightText?.text ?? '' };
  }
  const rule = parseRule(kind, r.params?.text ?? '', indicator);
  if (isProblem(rule))
    return { problem: rule.problem, field: 's.params', at: r.paramsRef, found: rule.found, name: rule.name };
  if (rule.kind === 'bands' && r.weight && rule.bands.some((b) => b.score.gt(r.weight!.value))) {
    const over = rule.bands.find((b) => b.score.gt(r.weight!.value))!;
    return { problem: 'bandScore', field: 's.params', at: r.paramsRef, found: over.score.toString() };
  }
  return {
    source: 'indicator',
    indicator,
    level1: r.level1,
    level2: r.level2,
    weight: r.weight?.value ?? 'p2Fund',
    rule,
    ...(r.weight ? { weightExpr: r.weight.expr } : {}),
    cell: r.indicator!.ref,
  };
}

/** A blank 分值, or words saying "the form's own" (按自评表). */
function blankOrP2(text: string | undefined): boolean {
  return text === undefined || /自评表/.test(text);
}

function rowFinding(r: SchemeSheetRow, p: Problem): Finding {
  const fields = { row: r.row + 1, field: p.field, problem: p.problem, found: p.found, param: p.name ?? null };
  return finding('scheme.row', 'error', atCell(p.at), fields, { actual: p.found });
}
