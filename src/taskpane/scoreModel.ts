/**
 * The 指标与评分 tab's rows, explained (pure): per score row its target, actual, the rule in
 * words, the points lost and why, the 偏差原因 (and the cell to write one in), the source cells,
 * and — for a row that could not be computed — what to fill in; grouped by 一级/二级 with
 * subtotals.
 */
import Decimal from 'decimal.js';
import { Analysis, ScoreRow } from '../core/model/analysis';
import { Finding } from '../core/findings/finding';
import { describeFinding } from '../core/findings/wording';
import { CellRef, a1, displayRef } from '../core/grid/address';
import { cellsOf } from '../core/model/expr';
import { P2IndicatorRow } from '../core/model/types';
import { GRADE_BANDS, LOWEST_GRADE } from '../core/indicators/grades';
import { formatScore, sum } from '../core/money';
import { UiLang } from './strings';
import { actualWords, ruleWords, targetWords } from '../core/indicators/ruleWords';

export interface PaneCell {
  readonly sheet: string;
  readonly a1: string;
  /** `支出决算表!E7`, for people. */
  readonly label: string;
}

export interface PaneScoreRow {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly rule: string;
  readonly weight: string;
  readonly score: string;
  /** 分值 − 得分, formatted; '0' when the row is met. */
  readonly lost: string;
  readonly lostAny: boolean;
  /** Could not be computed: what to fill in (null when the row was scored). */
  readonly pending: string | null;
  readonly reason: string;
  /** Where the 偏差原因 is written (null when the row has no such cell: a built-in scheme's row). */
  readonly reasonCell: PaneCell | null;
  readonly sources: readonly PaneCell[];
}

export interface PaneScoreGroup {
  readonly level1: string;
  readonly level2: string;
  readonly weight: string;
  readonly score: string;
  readonly rows: readonly PaneScoreRow[];
}

export interface PaneScoring {
  readonly groups: readonly PaneScoreGroup[];
  /** The grade bands, top first: 优 ≥ 90 … 差 < 60. */
  readonly bands: readonly { readonly grade: string; readonly from: number | null }[];
  /** Rows that could not be computed (the total is provisional while > 0). */
  readonly pending: number;
}

const MAX_SOURCES = 6;

const paneCell = (ref: CellRef): PaneCell => ({ sheet: ref.sheet, a1: a1(ref.row, ref.col), label: displayRef(ref) });

export function toPaneScoring(analysis: Analysis, lang: UiLang): PaneScoring {
  const p2Rows = new Map((analysis.model.p2?.indicators ?? []).map((r) => [`P2:${r.row}`, r]));
  const reasonCol = (analysis.model.p2?.indicators ?? []).find((r) => r.deviationReason)?.deviationReason?.ref.col;
  const rows = analysis.scoring.rows.map((r) => ({
    raw: r,
    view: explainRow(r, analysis, p2Rows.get(r.key), reasonCol, lang),
  }));
  const groups: { level1: string; level2: string; raws: ScoreRow[]; rows: PaneScoreRow[] }[] = [];
  for (const { raw, view } of rows) {
    let g = groups.find((x) => x.level1 === raw.level1 && x.level2 === raw.level2);
    if (!g) groups.push((g = { level1: raw.level1, level2: raw.level2, raws: [], rows: [] }));
    g.raws.push(raw);
    g.rows.push(view);
  }
  return {
    groups: groups.map((g) => ({
      level1: g.level1,
      level2: g.level2,
      weight: formatScore(sum(g.raws.map((r) => r.weight))),
      score: formatScore(sum(g.raws.map((r) => r.score))),
      rows: g.rows,
    })),
    bands: [
      ...GRADE_BANDS.map((b) => ({ grade: b.grade, from: b.from as number | null })),
      { grade: LOWEST_GRADE, from: null },
    ],
    pending: rows.filter((r) => r.view.pending !== null).length,
  };
}

function explainRow(
  r: ScoreRow,
  analysis: Analysis,
  p2: P2IndicatorRow | undefined,
  reasonCol: number | undefined,
  lang: UiLang,
): PaneScoreRow {
  const lost = Decimal.max(r.weight.minus(r.score), 0);
  const pending = pendingText(r, analysis.findings, lang);
  return {
    name: r.level3,
    // A scheme row's target and actual are ours, worded per language; a form row's are the user's text.
    target: (r.rule?.kind === 'scheme' ? targetWords(r.rule.spec, lang) : r.targetText) || '—',
    actual: (r.rule?.kind === 'scheme' ? actualWords(indicatorOf(analysis, r), lang) : r.actualText) || '—',
    rule: ruleWords(r.rule, lang),
    weight: formatScore(r.weight),
    score: formatScore(r.score),
    lost: formatScore(lost),
    lostAny: lost.gt(0),
    pending,
    reason: r.deviationReason,
    reasonCell: p2
      ? paneCell(p2.deviationReason?.ref ?? { ...p2.level3.ref, col: reasonCol ?? p2.level3.ref.col })
      : null,
    sources: sourcesOf(r, analysis, p2),
  };
}

const indicatorOf = (analysis: Analysis, r: ScoreRow) => analysis.indicators.find((i) => i.id === r.key);

/** The cells a row is computed from: the indicator's figures, or the form row's 指标值 cells. */
function sourcesOf(r: ScoreRow, analysis: Analysis, p2: P2IndicatorRow | undefined): PaneCell[] {
  const refs: CellRef[] = [];
  if (p2) {
    for (const c of [p2.targetText?.ref, p2.actualText?.ref ?? p2.completionRef, p2.actual?.ref]) if (c) refs.push(c);
  } else {
    const indicator = indicatorOf(analysis, r);
    if (indicator?.expr) refs.push(...cellsOf(indicator.expr));
    if (r.source) refs.push(r.source);
  }
  const seen = new Set<string>();
  return refs
    .map(paneCell)
    .filter((c) => !seen.has(c.label) && (seen.add(c.label), true))
    .slice(0, MAX_SOURCES);
}

/** What to fill in for a row that could not be computed, from its finding when one says (null: it was computed). */
function pendingText(r: ScoreRow, findings: readonly Finding[], lang: UiLang): string | null {
  if (r.scoreExpr !== null) return null;
  const f = findings.find(
    (x) =>
      (x.code === 'indicator.unavailable' && x.fields.indicator === r.key) ||
      (x.code === 'P2.row' &&
        x.fields.problem === 'missing' &&
        r.source !== null &&
        x.at.sheet === r.source.sheet &&
        x.at.row === r.source.row),
  );
  // Every row without a score formula is pending, as the report's and the CLI's total count it
  // (scoring.pending): a row no finding explains still says so, so the pane's count agrees.
  if (!f) return lang === 'en-US' ? 'cannot be computed yet: fill in the data it needs' : '暂无法计算：请补齐所需数据';
  // The sentence without its location (the row says where it is).
  return describeFinding(f, lang).replace(/^[^：:]*[：:]\s*/, '');
}

/** `88 分`, or with rows still to fill in `暂计 63.95 分（3 项待补充）` — the report's and the CLI's words. */
export function totalText(total: string, pending: number, lang: UiLang): string {
  if (lang === 'en-US') return pending > 0 ? `provisional ${total} (${pending} rows to fill in)` : total;
  return pending > 0 ? `暂计 ${total} 分（${pending} 项待补充）` : `${total} 分`;
}
