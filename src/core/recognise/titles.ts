/**
 * Title keywords and what makes a cell a title (spec/workbook.md "Finding a table"), shared by
 * the sheet locator and the splitting of a sheet that holds two tables.
 */
import { TableId } from '../model/types';
import { OTHER_TITLES, TABLES } from '../tables/registry';
import { looseLabel } from './text';

/** A keyword's table, or 'other' for standard tables we must not mistake for ours (项目支出决算表 …). */
export type Target = TableId | 'other';

/** Title keywords (registry order), compared after looseLabel (no spaces, half-width, no quote marks). */
const KEYWORDS: readonly (readonly [Target, string])[] = [
  ...TABLES.flatMap((t) => t.keywords.map((k) => [t.id, k] as const)),
  ...OTHER_TITLES.map((k) => ['other', k] as const),
];

/**
 * The most specific keyword contained in `text` (longest wins; ties go to the earlier entry).
 * T3's 支出决算表 is inside most titles: it loses to any other table's keyword, however short
 * (`“三公”经费及会议费、培训费支出决算表` is T7).
 */
export function matchTitle(text: string): { target: Target; keyword: string } | null {
  let best: { target: Target; keyword: string } | null = null;
  let bestOther: { target: Target; keyword: string } | null = null;
  for (const [target, keyword] of KEYWORDS) {
    if (!text.includes(keyword)) continue;
    if (!best || keyword.length > best.keyword.length) best = { target, keyword };
    if (target !== 'T3' && target !== 'other' && (!bestOther || keyword.length > bestOther.keyword.length))
      bestOther = { target, keyword };
  }
  return best?.target === 'T3' && bestOther ? bestOther : best;
}

// What may stand around a short keyword in a title cell: years, table numbers, brackets, 表/公开/财决.
const TITLE_NOISE = /[\d\sA-Za-z()[\]【】<>《》:,.、_\-—年度表公开财决第附件一二三四五六七八九十〇]/g;

/** A cell text reads as a title for `keyword` (not a key like 上年"三公"经费决算数 or a sentence). */
export function titleLike(text: string, keyword: string): boolean {
  const rest = text.replace(keyword, '');
  // A sentence (prose in 报告文字, a note) mentions tables without being one.
  if (rest.length > 30 || /[，。；！？,;!?]/.test(rest)) return false;
  return keyword.length >= 5 || rest.replace(TITLE_NOISE, '') === '';
}

/**
 * A short title keyword stands alone in its row (beside it at most a unit line or a table
 * number): 评分方案 with a value beside it is a key of 部门基本情况, not the 评分方案 sheet.
 */
export function aloneInRow(cells: readonly unknown[], col: number): boolean {
  return cells.every((v, c) => {
    if (c === col || v === null || v === undefined) return true;
    const text = typeof v === 'string' ? looseLabel(v) : String(v);
    return text === '' || /^单位/.test(text) || text.replace(TITLE_NOISE, '') === '';
  });
}

