/**
 * The user's prose from 报告文字 (P4): paragraphs per section, placeholders such as {基本支出}
 * replaced by live numbers, and the gap sentence when a section is missing.
 */
import { Figures, Indicator, Scoring } from '../model/analysis';
import { Model, TextCell } from '../model/types';
import { Finding, Unavailable, atCell, finding } from '../findings/finding';
import { named, num } from '../model/expr';
import { totalScoreExpr } from './scoreExprs';
import { Block, Inline, LiveNumber } from './document';
import { chineseQuotes, live } from './live';

/** The sentence a missing P4 section leaves in the report, so the reader sees the gap. */
export function gapText(key: string): string {
  return `（请在“报告文字”表填写“${key}”）`;
}

/** A gap paragraph for a missing P4 section. */
export function gapBlock(key: string): Block {
  return { kind: 'paragraph', inlines: [gapText(key)], source: 'gap' };
}

const normalise = (s: string): string => s.replace(/[\s\u3000]/g, '');

/** Other words users put in 章节 for a section id. */
const SECTION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  存在问题: ['存在的主要问题', '主要问题'],
  改进措施: ['有关建议'],
  支出主要内容: ['主要支出内容'],
};

/** The P4 cells of one section, matched after removing spaces (a key like `三、项目组织情况分析` also matches). */
export function sectionCells(model: Model, key: string): TextCell[] {
  const wants = [key, ...(SECTION_ALIASES[key] ?? [])].map(normalise);
  return (model.p4?.sections ?? []).filter((s) => wants.some((w) => normalise(s.key).includes(w))).map((s) => s.cell);
}

/** A cell's text as paragraphs: one per non-blank line, leading indentation removed (layout indents). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '');
}

/** What a placeholder name stands for: a live number, or the reason it is not available. */
export type PlaceholderTarget = { readonly number: LiveNumber } | { readonly unavailable: Unavailable | null };

/** Placeholders for the total score and its grade (besides the figure and indicator names). */
const SCORE_NAMES = ['综合自评得分', '自评得分', '综合得分'];
const GRADE_NAMES = ['评价等级', '等级'];

/** Placeholder name (中文 name or id) → its live number, from the figures, indicators and the total score. */
export function placeholderTable(figures: Figures, indicators: readonly Indicator[], scoring?: Scoring): Map<string, PlaceholderTarget> {
  const table = new Map<string, PlaceholderTarget>();
  const put = (keys: string[], target: PlaceholderTarget): void => keys.forEach((k) => table.set(normalise(k), target));
  for (const f of Object.values(figures)) {
    const target: PlaceholderTarget =
      f.value !== null && f.expr !== null ? { number: live(f.expr, f.unit === '万元' ? 'amount' : 'count', f.id) } : { unavailable: f.unavailable };
    put([f.name, f.id], target);
  }
  for (const ind of indicators) {
    const target: PlaceholderTarget =
      ind.value !== null && ind.expr !== null ? { number: live(ind.expr, 'rate', ind.id) } : { unavailable: ind.unavailable };
    // "三公经费"控制率 may be typed with full-width or no quotes.
    put([ind.name, ind.name.replace(/"/g, ''), chineseQuotes(ind.name), ind.id], target);
  }
  if (scoring) {
    const total = totalScoreExpr(scoring);
    put(SCORE_NAMES, { number: live(total, 'score', 'scoreTotal') });
    put(GRADE_NAMES, { number: live(named('scoreTotal', total), 'grade', 'scoreGrade') });
  }
  return table;
}

const PLACEHOLDER = /[{｛]([^{}｛｝\r\n]{1,40})[}｝]/g;

/** Splits text at its placeholders: known and available ones become live numbers, others stay as typed. */
export function fillPlaceholders(text: string, table: Map<string, PlaceholderTarget>): { inlines: Inline[]; problems: { name: string; reason: Unavailable | null }[] } {
  const inlines: Inline[] = [];
  const problems: { name: string; reason: Unavailable | null }[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const target = table.get(normalise(m[1]));
    if (target && 'number' in target) {
      pushText(inlines, text.slice(last, m.index));
      inlines.push(target.number);
    } else {
      pushText(inlines, text.slice(last, (m.index ?? 0) + m[0].length));
      problems.push({ name: m[1], reason: target ? target.unavailable : null });
    }
    last = (m.index ?? 0) + m[0].length;
  }
  pushText(inlines, text.slice(last));
  return { inlines, problems };
}

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const prev = out[out.length - 1];
  if (typeof prev === 'string') out[out.length - 1] = prev + text;
  else out.push(text);
}

/** The user's paragraphs for a P4 section, or the gap paragraph when the section is missing or empty. */
export function userBlocks(model: Model, key: string, table: Map<string, PlaceholderTarget>): Block[] {
  const blocks: Block[] = [];
  for (const cell of sectionCells(model, key)) {
    for (const para of splitParagraphs(cell.text)) {
      blocks.push({ kind: 'paragraph', inlines: fillPlaceholders(para, table).inlines, source: 'user' });
    }
  }
  return blocks.length > 0 ? blocks : [gapBlock(key)];
}

/** `text.placeholder` warnings for every P4 placeholder that is unknown or not available, at its cell. */
export function findPlaceholderFindings(model: Model, figures: Figures, indicators: readonly Indicator[]): Finding[] {
  const table = placeholderTable(figures, indicators);
  // The score is computed after this runs in analyse(); its names are known all the same.
  for (const k of [...SCORE_NAMES, ...GRADE_NAMES]) table.set(normalise(k), { number: live(num(0), 'score') });
  const out: Finding[] = [];
  for (const s of model.p4?.sections ?? []) {
    for (const p of fillPlaceholders(s.cell.text, table).problems) {
      const fields = { placeholder: p.name, section: s.key, reason: p.reason };
      out.push(finding('text.placeholder', 'warning', atCell(s.cell.ref), fields));
    }
  }
  return out;
}
