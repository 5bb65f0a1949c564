/**
 * Live numbers: the numbers inside the report's sentences and tables, each an expression
 * (so the sheet can write it as a formula) with the engine's own value and text.
 */
import Decimal from 'decimal.js';
import { Expr, evaluate, named } from '../model/expr';
import { FigureId, Figures, Indicator, IndicatorId } from '../model/analysis';
import { formatAmount, formatFixed2, formatRate, formatScore, formatTrimmed } from '../money';
import { Inline, LiveNumber, NumberFormat } from './document';
import { gradeOf } from '../indicators/grades';

/** A live number from its parts. */
export function live(expr: Expr, format: NumberFormat, name?: string): LiveNumber {
  return name === undefined ? { expr, format } : { expr, format, name };
}

/** A figure as a live number named by its id (amounts in 万元, persons and counts as integers); null when unavailable. */
export function figureNumber(figures: Figures, id: FigureId, format?: NumberFormat): LiveNumber | null {
  const f = figures[id];
  if (!f || f.value === null || f.expr === null) return null;
  return live(f.expr, format ?? (f.unit === '万元' ? 'amount' : 'count'), id);
}

/** A figure wrapped as a named node, to build derived numbers (differences, shares) that still point at the figure's cell. */
export function figureNode(figures: Figures, id: FigureId): Expr | null {
  const f = figures[id];
  return f && f.value !== null && f.expr !== null ? named(id, f.expr) : null;
}

/** An available indicator as a live rate named by its id; null when unavailable. */
export function indicatorNumber(indicators: readonly Indicator[], id: IndicatorId): LiveNumber | null {
  const ind = indicators.find((i) => i.id === id);
  if (!ind || ind.value === null || ind.expr === null) return null;
  return live(ind.expr, 'rate', id);
}

/** The engine's value of a live number, or null when it cannot be computed (a zero divisor). */
export function liveValue(n: LiveNumber): Decimal | null {
  try {
    return evaluate(n.expr);
  } catch {
    return null;
  }
}

/** 评价等级 of a total score (the bands are in indicators/grades.ts). */
export { gradeOf } from '../indicators/grades';

/** A value as the report writes it in the given format: 4551.4, 98.76%, 1225, 88, 良. */
export function formatValue(value: Decimal, format: NumberFormat): string {
  switch (format) {
    case 'amount':
      return formatAmount(value);
    case 'fixed2':
      return formatFixed2(value);
    case 'rate':
      return formatRate(value);
    case 'count':
      return formatTrimmed(value, 0);
    case 'score':
      return formatScore(value);
    case 'grade':
      return gradeOf(value);
  }
}

/** A word chosen live by the sign of `expr`: `up` when ≥ 0, `down` below (增加/减少, 增长/下降). */
export function signWord(expr: Expr, up: string, down: string): LiveNumber {
  return { expr, format: 'amount', signWords: [up, down] };
}

/**
 * Texts of live numbers already shown. Layout reads each number's text several times (to
 * measure, to split, to write); LiveNumbers and their expressions are immutable, so the text
 * of one object cannot change.
 */
const liveTexts = new WeakMap<LiveNumber, string>();

/** The text a live number shows (— when it cannot be computed); a sign word shows its word. */
export function liveText(n: LiveNumber): string {
  let text = liveTexts.get(n);
  if (text === undefined) {
    text = computeLiveText(n);
    liveTexts.set(n, text);
  }
  return text;
}

function computeLiveText(n: LiveNumber): string {
  const v = liveValue(n);
  if (v === null) return '—';
  if (n.signWords) return v.gte(0) ? n.signWords[0] : n.signWords[1];
  return formatValue(v, n.format);
}

/** Plain text of a run of inlines (live numbers formatted as the engine computes them). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((x) => (typeof x === 'string' ? x : liveText(x))).join('');
}

/** Builds inlines from a template's parts, dropping nulls: sentence('基本支出', n, '万元'). */
export function sentence(...parts: (Inline | null | undefined | false)[]): Inline[] {
  const out: Inline[] = [];
  for (const p of parts) {
    if (p === null || p === undefined || p === false || p === '') continue;
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

/** ASCII-quoted terms as the report writes them: "三公经费"控制率 → “三公经费”控制率 (the catalogue uses ASCII quotes). */
export function chineseQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}
