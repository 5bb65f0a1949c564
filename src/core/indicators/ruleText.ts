/**
 * The 规则 and 参数 cells of a user scheme (sheet 评分方案) parsed into a RuleSpec:
 * `正向 | 目标=95%`, `每点扣分 | 阈值=100%; 每点=0.5; 步长=1`, `分档 | 0:5; 10%:4; 20%:3; 30%:2; :0`.
 * Numbers are ratios as the indicators are (`95%` = 0.95 = `0.95`).
 */
import Decimal from 'decimal.js';
import { IndicatorId } from '../model/analysis';
import { Dec } from '../money';
import { Band } from './rules';
import { RuleSpec } from './schemes';
import { SchemeParam } from '../findings/finding';

export type RuleKind = RuleSpec['kind'];

/** What is wrong with a rule's text: the problem, the parameter it concerns, and what was found. */
export interface RuleProblem {
  readonly problem: 'rule' | 'param' | 'bands';
  /** The parameter's name (阈值, 每点, 步长, 目标, 方向) for `param`. */
  readonly name?: SchemeParam;
  readonly found: string;
}

const RULE_WORDS: readonly (readonly [RegExp, RuleKind])[] = [
  [/^(正向|正向指标|≥|>=)$/, 'positive'],
  [/^(反向|反向指标|≤|<=)$/, 'reverse'],
  [/^(等于|=)$/, 'equal'],
  [/^(执行率|预算执行率)$/, 'budgetExecution'],
  [/^(每点扣分|扣分|按点扣分)$/, 'deductPerPoint'],
  [/^(分档|分档计分|区间|档次)$/, 'bands'],
];

/** 规则 words → kind (正向 / 反向 / 等于 / 执行率 / 每点扣分 / 分档); null when not one of them. */
export function ruleKind(text: string): RuleKind | null {
  const t = compact(text).replace(/＞/g, '>').replace(/＜/g, '<').replace(/＝/g, '=');
  for (const [re, kind] of RULE_WORDS) if (re.test(t)) return kind;
  return null;
}

/** Rates where a higher value is the good side: 每点扣分 deducts below the threshold unless 方向 says otherwise. */
const HIGHER_IS_BETTER: ReadonlySet<IndicatorId> = new Set([
  'budgetExecutionRate',
  'budgetCompletionRate',
  'projectExecutionRate',
  'keySpendingRate',
]);

/** Parses the parameters of a rule of `kind` scoring `indicator`; a problem names the part at fault. */
export function parseRule(kind: RuleKind, params: string, indicator: IndicatorId): RuleSpec | RuleProblem {
  switch (kind) {
    case 'budgetExecution':
      return { kind };
    case 'positive':
    case 'reverse':
    case 'equal': {
      const target = namedNumber(params, ['目标', '目标值', '指标值'], true);
      return isProblem(target) ? target : { kind, target };
    }
    case 'deductPerPoint':
      return deductPerPoint(params, indicator);
    case 'bands':
      return bands(params);
  }
}

export function isProblem(x: unknown): x is RuleProblem {
  return typeof x === 'object' && x !== null && 'problem' in x;
}

function deductPerPoint(params: string, indicator: IndicatorId): RuleSpec | RuleProblem {
  const threshold = namedNumber(params, ['阈值', '标准', '基准'], false);
  if (isProblem(threshold)) return threshold;
  const perPoint = namedNumber(params, ['每点', '每点扣分', '扣分'], false);
  if (isProblem(perPoint)) return perPoint;
  const stepText = items(params).find((i) => ['步长', '每'].includes(i.key ?? ''));
  const step = stepText ? number(stepText.value) : new Dec(1);
  if (step === null || step.lte(0)) return { problem: 'param', name: '步长', found: stepText?.raw ?? '' };
  const sideText = items(params).find((i) => i.key === '方向');
  const side = sideText ? sideOf(sideText.value) : HIGHER_IS_BETTER.has(indicator) ? 'under' : 'over';
  if (side === null) return { problem: 'param', name: '方向', found: sideText!.raw };
  return { kind: 'deductPerPoint', threshold, perPoint, step, side };
}

/** 方向=超过 (deduct above the threshold) or 方向=低于 (deduct below it). */
function sideOf(text: string): 'over' | 'under' | null {
  if (/^(超过|高于|超出|上限|>|≤|<=|反向)$/.test(text)) return 'over';
  if (/^(低于|不足|下限|<|≥|>=|正向)$/.test(text)) return 'under';
  return null;
}

/**
 * `0:5; 10%:4; 20%:3; 30%:2; :0` — each `upper bound : score`, ascending; a bound is inclusive
 * (`≤` may be written) unless written `<`; an empty bound is everything above the last one.
 */
function bands(params: string): RuleSpec | RuleProblem {
  const parts = splitItems(params);
  const out: Band[] = [];
  for (const raw of parts) {
    const m = /^(<=|≤|<)?([^:]*):(.+)$/.exec(raw);
    const score = m ? number(m[3]) : null;
    const bound = m && m[2] !== '' ? number(m[2]) : null;
    const open = m !== null && m[2] === '' && m[1] === undefined;
    const last = out[out.length - 1];
    const ascending = !last || (last.upTo !== null && bound !== null && bound.gt(last.upTo));
    if (
      !m ||
      score === null ||
      score.lt(0) ||
      (!open && bound === null) ||
      last?.upTo === null ||
      (!open && !ascending)
    ) {
      return { problem: 'bands', found: raw };
    }
    // The open band's inclusiveness means nothing; false as the built-in schemes write it.
    out.push({ upTo: open ? null : bound, inclusive: !open && m[1] !== '<', score });
  }
  if (out.length === 0) return { problem: 'bands', found: params };
  return { kind: 'bands', bands: out };
}

interface Item {
  readonly key: string | null;
  readonly value: string;
  readonly raw: string;
}

function compact(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0]+/g, '');
}

function splitItems(params: string): string[] {
  return compact(params)
    .split(/[;,、]/)
    .filter((s) => s !== '');
}

/** `阈值=100%` → {key 阈值, value 100%}; a bare `95%` has no key. */
function items(params: string): Item[] {
  return splitItems(params).map((raw) => {
    const m = /^([^=:]+)[=:](.*)$/.exec(raw);
    return m ? { key: m[1], value: m[2], raw } : { key: null, value: raw, raw };
  });
}

/** The number under one of `keys` (or, when `bare`, a lone number); a problem when absent or not a number. */
function namedNumber(params: string, keys: readonly [SchemeParam, ...string[]], bare: boolean): Decimal | RuleProblem {
  const all = items(params);
  const hit =
    all.find((i) => i.key !== null && keys.includes(i.key)) ??
    (bare && all.length === 1 && all[0].key === null ? all[0] : undefined);
  const value = hit ? number(hit.value) : null;
  return value ?? { problem: 'param', name: keys[0], found: hit?.raw ?? '' };
}

/** `95%` → 0.95, `0.5` → 0.5, `1,000` → 1000; null when not a number. */
export function number(text: string): Decimal | null {
  const t = compact(text).replace(/,/g, '');
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(%)?$/.exec(t);
  if (!m) return null;
  const v = new Dec(m[1]);
  return m[2] ? v.div(100) : v;
}
