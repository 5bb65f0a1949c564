/**
 * Wording of how a self-evaluation form was read (P2.inferred), of the P2.userScore variants
 * for rows their author scored, of P2.fundParts and of indicator.overLimit: zh-CN and en-US
 * side by side, one entry per kind.
 */
import { FindingOf, P2InferredFields } from './finding';
import { Completion, Direction } from '../model/types';
import { numberText } from './wordingParts';

const DIRECTION_ZH: Readonly<Record<Direction, string>> = {
  '>=': '正向指标（≥）',
  '<=': '反向指标（≤）',
  '=': '等于指标（=）',
  qualitative: '定性指标',
};
const DIRECTION_EN: Readonly<Record<Direction, string>> = {
  '>=': 'a higher-is-better indicator (≥)',
  '<=': 'a lower-is-better indicator (≤)',
  '=': 'an equal-to indicator (=)',
  qualitative: 'a qualitative indicator',
};
const BAND_EN: Readonly<Record<Completion, string>> = { 达成: 'met', 部分达成: 'partly met', 未达成: 'not met' };

function inferredZh(p: P2InferredFields): string {
  switch (p.kind) {
    case 'directionByName':
      return `未写明指标性质，按指标名称中的“${p.word}”视为${DIRECTION_ZH[p.direction]}`;
    case 'directionByTarget':
      return `未写明指标性质，按年度指标值前的符号视为${DIRECTION_ZH[p.direction]}`;
    case 'directionDefault':
      return `未写明指标性质，指标名称和指标值也未说明方向，按${DIRECTION_ZH[p.direction]}计分`;
    case 'qualitativeByText':
      return '未写明指标性质，年度指标值为文字，按定性指标计分';
    case 'bandInActual':
      return `未填写完成情况，按实际完成值“${p.found}”视为“${p.band}”`;
    case 'bandByEqualValues':
      return '实际完成值与年度指标值相同，视为“达成”';
    case 'bandByScore':
      return `未填写完成情况，按填写的得分所在档次视为“${p.band}”`;
    case 'basisInitial':
      return '表中没有全年预算数，预算执行率按年初预算数计算';
    case 'fundRowUnlabelled':
      return '预算执行情况只有一行金额且未写“年度资金总额”等行名，按年度资金总额读取';
    case 'initialWithCarryover':
      return '表中单列历年结余结转，年初预算数按年初部门预算安排金额加历年结余结转计（预算调整率只计年中调整）';
    case 'executionNotScored':
      return `绩效指标分值合计已为 100 分，${p.fundBlock ? '预算执行情况没有分值' : '表中没有预算执行情况'}：预算执行率照常计算列示，但不另计分`;
    case 'weightInName':
      return `表中没有分值列，按指标名称中的“${numberText(p.weight)}分”作为分值`;
    case 'targetAdjusted':
      return `填写了调整指标值“${p.found}”，按调整后的指标值计分（不用年初指标值）`;
  }
}

function inferredEn(p: P2InferredFields): string {
  switch (p.kind) {
    case 'directionByName':
      return `no direction given; read as ${DIRECTION_EN[p.direction]} from "${p.word}" in its name`;
    case 'directionByTarget':
      return `no direction given; read as ${DIRECTION_EN[p.direction]} from the sign before the target`;
    case 'directionDefault':
      return `no direction given by the form, the name or the target; scored as ${DIRECTION_EN[p.direction]}`;
    case 'qualitativeByText':
      return 'no direction given and the target is words: scored as qualitative';
    case 'bandInActual':
      return `no completion given; the actual value "${p.found}" is read as ${BAND_EN[p.band]}`;
    case 'bandByEqualValues':
      return 'the actual value repeats the target: read as met';
    case 'bandByScore':
      return `no completion given; read as ${BAND_EN[p.band]} from the band the entered score falls in`;
    case 'basisInitial':
      return 'the form has no full-year budget column: the execution rate is measured against the initial budget';
    case 'fundRowUnlabelled':
      return 'the budget block has one row of amounts and no row label such as 年度资金总额: read as the total';
    case 'initialWithCarryover':
      return 'the form lists carried-over funds in a column of their own: they are added to the initial budget (the adjustment rate counts mid-year adjustments only)';
    case 'executionNotScored':
      return `the indicator weights already total 100 and ${p.fundBlock ? 'the budget block gives no points' : 'the form has no budget block'}: the execution rate is shown but not scored`;
    case 'weightInName':
      return `the form has no weight column; the ${numberText(p.weight)} points written after the name are taken as the weight`;
    case 'targetAdjusted':
      return `an adjusted target "${p.found}" is filled in: it is scored instead of the initial target`;
  }
}

export function p2InferredZh(f: FindingOf<'P2.inferred'>): string {
  const p = f.fields;
  return `${'row' in p ? `指标“${p.row}”：` : ''}${inferredZh(p)}`;
}

export function p2InferredEn(f: FindingOf<'P2.inferred'>): string {
  const p = f.fields;
  return `${'row' in p ? `indicator "${p.row}": ` : ''}${inferredEn(p)}`;
}

type UserScore = FindingOf<'P2.userScore'>;

/** A row scored only by its author, or scored above the rules: null for the plain disagreement. */
export function p2UserScoreProblemZh(f: UserScore): string | null {
  const p = f.fields;
  if ('problem' in p) {
    const user = numberText(p.entered) ?? '—';
    const weight = p.weight ? (numberText(p.weight) ?? '—') : '—';
    if (p.problem === 'noWeight')
      return `指标“${p.row}”：表中没有分值列，无法按规则核对，沿用填写的得分 ${user}；请补充各指标分值`;
    if (p.problem === 'scoreSheet')
      return `指标“${p.row}”：自评表为评价指标体系（只有分值和自评得分，没有指标值和完成值），无法按规则核对，沿用填写的得分 ${user}（分值 ${weight}）；请按评分标准复核`;
    if (p.problem === 'uncheckedOverWeight')
      return `指标“${p.row}”没有年度指标值和实际完成值，填写的得分 ${user} 高于分值 ${weight}，按分值计；请补填指标值和完成值`;
    return `指标“${p.row}”没有年度指标值和实际完成值，无法核对，沿用填写的得分 ${user}（分值 ${weight}）；请补填指标值和完成值`;
  }
  if (!p.over) return null;
  const more = numberText(p.entered.minus(p.recomputed)) ?? '—';
  return `“${p.row}”填写的得分 ${numberText(p.entered) ?? '—'}，高于按规则重算的 ${numberText(p.recomputed) ?? '—'}（自评多计 ${more} 分）；报告使用重算值`;
}

export function p2UserScoreProblemEn(f: UserScore): string | null {
  const p = f.fields;
  if ('problem' in p) {
    const user = numberText(p.entered) ?? '—';
    const weight = p.weight ? (numberText(p.weight) ?? '—') : '—';
    if (p.problem === 'noWeight')
      return `indicator "${p.row}": the form has no weight column, so its entered score ${user} cannot be checked and is kept; add the weights`;
    if (p.problem === 'scoreSheet')
      return `indicator "${p.row}": the form is an evaluation index table (weights and self-scores only, no target or actual values), so its entered score ${user} (weight ${weight}) cannot be checked and is kept; review it against the scoring standard`;
    if (p.problem === 'uncheckedOverWeight')
      return `indicator "${p.row}" has neither target nor actual value and its entered score ${user} exceeds the weight ${weight}; the weight is used`;
    return `indicator "${p.row}" has neither target nor actual value, so its entered score ${user} (weight ${weight}) cannot be checked and is kept; fill in both values`;
  }
  if (!p.over) return null;
  const more = numberText(p.entered.minus(p.recomputed)) ?? '—';
  return `"${p.row}": the score entered, ${numberText(p.entered) ?? '—'}, is above the recomputed ${numberText(p.recomputed) ?? '—'} (over-scored by ${more}); the report uses the recomputed value`;
}
