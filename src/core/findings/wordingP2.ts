/**
 * Wording of the P2 findings that say how a form was read (P2.inferred) and the P2.userScore
 * variants for rows the author scored: zh-CN and en-US side by side, one entry per kind.
 */
import { Finding } from './finding';
import { numberText, param } from './wordingParts';

const DIRECTION_ZH: Readonly<Record<string, string>> = { '>=': '正向指标（≥）', '<=': '反向指标（≤）', '=': '等于指标（=）' };
const DIRECTION_EN: Readonly<Record<string, string>> = {
  '>=': 'a higher-is-better indicator (≥)',
  '<=': 'a lower-is-better indicator (≤)',
  '=': 'an equal-to indicator (=)',
};

const ZH: Readonly<Record<string, (f: Finding) => string>> = {
  directionByName: (f) => `未写明指标性质，按指标名称中的“${param(f, 'word') ?? ''}”视为${DIRECTION_ZH[f.params.direction] ?? ''}`,
  directionByTarget: (f) => `未写明指标性质，按年度指标值前的符号视为${DIRECTION_ZH[f.params.direction] ?? ''}`,
  directionDefault: () => `未写明指标性质，指标名称和指标值也未说明方向，按${DIRECTION_ZH['>=']}计分`,
  qualitativeByText: () => '未写明指标性质，年度指标值为文字，按定性指标计分',
  bandInActual: (f) => `未填写完成情况，按实际完成值“${param(f, 'found') ?? ''}”视为“${param(f, 'band') ?? ''}”`,
  bandByEqualValues: () => '实际完成值与年度指标值相同，视为“达成”',
  bandByScore: (f) => `未填写完成情况，按填写的得分所在档次视为“${param(f, 'band') ?? ''}”`,
  basisInitial: () => '表中没有全年预算数，预算执行率按年初预算数计算',
};

const EN: Readonly<Record<string, (f: Finding) => string>> = {
  directionByName: (f) => `no direction given; read as ${DIRECTION_EN[f.params.direction] ?? ''} from "${param(f, 'word') ?? ''}" in its name`,
  directionByTarget: (f) => `no direction given; read as ${DIRECTION_EN[f.params.direction] ?? ''} from the sign before the target`,
  directionDefault: () => `no direction given by the form, the name or the target; scored as ${DIRECTION_EN['>=']}`,
  qualitativeByText: () => 'no direction given and the target is words: scored as qualitative',
  bandInActual: (f) => `no completion given; the actual value "${param(f, 'found') ?? ''}" is read as "${param(f, 'band') ?? ''}"`,
  bandByEqualValues: () => 'the actual value repeats the target: read as met (达成)',
  bandByScore: (f) => `no completion given; read as "${param(f, 'band') ?? ''}" from the band the entered score falls in`,
  basisInitial: () => 'the form has no full-year budget column: the execution rate is measured against the initial budget',
};

function rowPrefix(f: Finding, zh: boolean): string {
  const row = param(f, 'row');
  if (!row) return '';
  return zh ? `指标“${row}”：` : `indicator "${row}": `;
}

export function p2InferredZh(f: Finding): string {
  return `${rowPrefix(f, true)}${(ZH[f.params.kind] ?? (() => '按评审惯例推断'))(f)}`;
}

export function p2InferredEn(f: Finding): string {
  return `${rowPrefix(f, false)}${(EN[f.params.kind] ?? (() => 'inferred as evaluators read forms'))(f)}`;
}

/** A row scored only by its author, or scored above the rules: null for the plain disagreement. */
export function p2UserScoreProblemZh(f: Finding): string | null {
  const row = param(f, 'row') ?? '';
  const user = numberText(f.actual) ?? '—';
  const other = numberText(f.expected) ?? '—';
  switch (f.params.problem) {
    case 'unchecked':
      return `指标“${row}”没有年度指标值和实际完成值，无法核对，沿用填写的得分 ${user}（分值 ${other}）；请补填指标值和完成值`;
    case 'noWeight':
      return `指标“${row}”：表中没有分值列，无法按规则核对，沿用填写的得分 ${user}；请补充各指标分值`;
    case 'uncheckedOverWeight':
      return `指标“${row}”没有年度指标值和实际完成值，填写的得分 ${user} 高于分值 ${other}，按分值计；请补填指标值和完成值`;
    case 'over':
      return `“${row}”填写的得分 ${user}，高于按规则重算的 ${other}（自评多计 ${numberText(f.difference) ?? '—'} 分）；报告使用重算值`;
    default:
      return null;
  }
}

export function p2UserScoreProblemEn(f: Finding): string | null {
  const row = param(f, 'row') ?? '';
  const user = numberText(f.actual) ?? '—';
  const other = numberText(f.expected) ?? '—';
  switch (f.params.problem) {
    case 'unchecked':
      return `indicator "${row}" has neither target nor actual value, so its entered score ${user} (weight ${other}) cannot be checked and is kept; fill in both values`;
    case 'noWeight':
      return `indicator "${row}": the form has no weight column, so its entered score ${user} cannot be checked and is kept; add the weights`;
    case 'uncheckedOverWeight':
      return `indicator "${row}" has neither target nor actual value and its entered score ${user} exceeds the weight ${other}; the weight is used`;
    case 'over':
      return `"${row}": the score entered, ${user}, is above the recomputed ${other} (over-scored by ${numberText(f.difference) ?? '—'}); the report uses the recomputed value`;
    default:
      return null;
  }
}
