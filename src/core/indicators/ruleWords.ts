/**
 * A score row's rule in words, per language: the rule is data on the row (RuleText — a scheme
 * row's RuleSpec, or a form row's 指标性质), worded here as findings are worded, so the report
 * and the CLI say it in Chinese and the English pane in English.
 */
import { Direction } from '../model/types';
import type { Indicator } from '../model/analysis';
import { formatRate, formatScore, formatTrimmed } from '../money';
import type { Lang } from '../findings/wording';
import type { Band } from './rules';
import type { RuleSpec } from './schemes';

/** The rule a score row was scored by: a scheme's rule, or the form row's 指标性质. */
export type RuleText =
  | { readonly kind: 'scheme'; readonly spec: RuleSpec }
  | { readonly kind: 'form'; readonly direction: Direction };

/** The row's rule in words; '' when it has none (a form row without 指标性质). */
export function ruleWords(rule: RuleText | null, lang: Lang = 'zh-CN'): string {
  if (rule === null) return '';
  return rule.kind === 'scheme' ? specWords(rule.spec, lang) : directionWords(rule.direction, lang);
}

/** A scheme rule in words (附表1-1 计分规则, the pane's 规则). */
export function specWords(rule: RuleSpec, lang: Lang = 'zh-CN'): string {
  const zh = lang === 'zh-CN';
  switch (rule.kind) {
    case 'budgetExecution':
      return zh
        ? '预算执行率×分值，执行率100%及以上得满分'
        : 'budget execution rate × points; full marks at 100% or more';
    case 'positive':
    case 'reverse':
    case 'equal': {
      const direction = rule.kind === 'positive' ? '>=' : rule.kind === 'reverse' ? '<=' : '=';
      const target = formatRate(rule.target);
      return zh ? `${directionWords(direction, lang)}（目标值${target}）` : `${directionWords(direction, lang)} (target ${target})`;
    }
    case 'deductPerPoint':
      return deductWords(rule, zh);
    case 'bands':
      return zh
        ? `分档计分：${rule.bands.map((b) => bandWords(b, zh)).join('；')}`
        : `in bands: ${rule.bands.map((b) => bandWords(b, zh)).join('; ')}`;
  }
}

function deductWords(rule: Extract<RuleSpec, { kind: 'deductPerPoint' }>, zh: boolean): string {
  // The step count is always written: `每超过1个百分点`, never `每超过个百分点` (issue 11).
  const step = formatTrimmed(rule.step, 4);
  const threshold = formatRate(rule.threshold);
  const points = formatScore(rule.perPoint);
  const over = rule.side === 'over';
  if (zh) return `${over ? '不高于' : '不低于'}${threshold}得满分，每${over ? '超过' : '低于'}${step}个百分点扣${points}分，扣完为止`;
  const unit = step === '1' ? 'percentage point' : 'percentage points';
  return `full marks at ${over ? 'or below' : 'or above'} ${threshold}; ${points} off for every ${step} ${unit} ${over ? 'above' : 'below'}, down to 0`;
}

function bandWords(b: Band, zh: boolean): string {
  const score = formatScore(b.score);
  if (b.upTo === null) return zh ? `其余得${score}分` : `otherwise ${score}`;
  const bound = `${b.inclusive ? '≤' : '<'}${formatRate(b.upTo)}`;
  return zh ? `${bound}得${score}分` : `${bound} scores ${score}`;
}

/** A scheme row's target as shown: `≥95.00%`, `100%`, 分档 (in bands). */
export function targetWords(rule: RuleSpec, lang: Lang = 'zh-CN'): string {
  switch (rule.kind) {
    case 'budgetExecution':
      return '100%';
    case 'positive':
      return `≥${formatRate(rule.target)}`;
    case 'reverse':
      return `≤${formatRate(rule.target)}`;
    case 'equal':
      return formatRate(rule.target);
    case 'deductPerPoint':
      return `${rule.side === 'over' ? '≤' : '≥'}${formatRate(rule.threshold)}`;
    case 'bands':
      return lang === 'zh-CN' ? '分档' : 'in bands';
  }
}

/** A scheme row's actual as shown: the rate, 无支出 for nothing spent against a limit of 0, 超出限额 for spending against it. */
export function actualWords(indicator: Indicator | undefined, lang: Lang = 'zh-CN'): string {
  const zh = lang === 'zh-CN';
  if (indicator?.zeroLimit === 'nothingSpent') return zh ? '无支出' : 'nothing spent';
  if (indicator?.zeroLimit === 'overLimit') return zh ? '超出限额' : 'over the limit';
  return indicator?.value ? formatRate(indicator.value) : '—';
}

const DIRECTION_WORDS: Readonly<Record<Lang, Readonly<Record<Direction, string>>>> = {
  'zh-CN': {
    '>=': '正向指标：实际值≥目标值得满分，否则按实际值÷目标值×分值计分',
    '<=': '反向指标：实际值≤目标值得满分，超出按超出比例扣分，达到目标值2倍及以上得0分',
    '=': '等于指标：实际值等于目标值得满分，低于目标按正向、高于目标按反向计分',
    qualitative: '定性指标：达成年度指标得分值的80%–100%，部分达成得60%–80%，未达成得0–60%',
  },
  'en-US': {
    '>=': 'higher is better: full marks when actual ≥ target, else actual ÷ target × points',
    '<=': 'lower is better: full marks when actual ≤ target, points off in proportion to the excess, 0 at twice the target or more',
    '=': 'equal to target: full marks when actual = target; below it scored as higher-is-better, above as lower-is-better',
    qualitative: 'qualitative: 80%–100% of the points when achieved, 60%–80% when partly achieved, 0–60% when not',
  },
};

/** The rule of a P2 indicator row in words, by its 指标性质. */
export function directionWords(direction: Direction, lang: Lang = 'zh-CN'): string {
  return DIRECTION_WORDS[lang][direction];
}
