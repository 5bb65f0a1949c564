/**
 * What the pane shows, computed from an Analysis (pure): tables found and missing, findings
 * in words with where they point, indicators, score rows, total and grade.
 */
import { Analysis } from '../core/model/analysis';
import { TableId } from '../core/model/types';
import { Severity } from '../core/findings/finding';
import { unavailableText } from '../core/findings/wording';
import { officialTableName } from '../core/findings/tableNames';
import { formatRate, formatScore } from '../core/money';
import { UiLang } from './strings';
import { PaneScoring, toPaneScoring, totalText } from './scoreModel';
import { PaneFinding, toPaneFinding } from './findingModel';
import { TABLES, tableSpec } from '../core/tables/registry';
import { readingLines } from '../core/output/reading';

export interface PaneTable {
  readonly id: TableId;
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly unit: string;
  readonly unitAssumed: boolean;
  /** How it was read: header rows, columns taken, rows read and skipped (core/output/reading.ts). */
  readonly reading: readonly string[];
}

export type { PaneFinding } from './findingModel';

export interface PaneModel {
  readonly department: string;
  readonly year: number | null;
  readonly tables: readonly PaneTable[];
  readonly missing: readonly { readonly id: TableId; readonly name: string; readonly need: Need }[];
  readonly findings: readonly PaneFinding[];
  readonly indicators: readonly {
    readonly name: string;
    readonly value: string | null;
    readonly reason: string | null;
  }[];
  readonly scores: readonly { readonly name: string; readonly weight: string; readonly score: string }[];
  /** The score explained row by row, grouped by 一级/二级 (scoreModel.ts). */
  readonly scoring: PaneScoring;
  readonly total: string;
  /** The total in words: `88 分`, or `暂计 63.95 分（3 项待补充）` while rows cannot be computed. */
  readonly totalText: string;
  readonly grade: string;
  readonly scheme: string;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** How much a missing table matters (spec/workbook.md): required, recommended, or optional. */
export type Need = 'required' | 'recommended' | 'optional';

/** spec/workbook.md: required tables, then recommended ones, then optional ones with a template. */
const EXPECTED: readonly { id: TableId; need: Need }[] = (['required', 'recommended', 'optional'] as const).flatMap(
  (need) => TABLES.filter((t) => t.offered && t.need === need).map((t) => ({ id: t.id, need })),
);

export function toPaneModel(analysis: Analysis, lang: UiLang): PaneModel {
  const found = new Set(analysis.model.tables.map((t) => t.id));
  const counts = { error: 0, warning: 0, info: 0 };
  const scoring = toPaneScoring(analysis, lang);
  for (const f of analysis.findings) counts[f.severity]++;
  return {
    department: analysis.department,
    year: analysis.year,
    tables: analysis.model.tables.map((t) => ({
      id: t.id,
      name: officialTableName(t.id),
      sheet: t.sheet,
      range: rowsText(t.range.top, t.range.bottom, lang),
      // Tables without amounts (基本情况, 报告文字, 评分方案) have no unit to show.
      unit: tableSpec(t.id).amounts ? t.unit : '',
      unitAssumed: tableSpec(t.id).amounts && t.unitAssumed,
      // The first line repeats id, sheet and unit, which the table row shows already.
      reading: readingLines(t, lang)
        .slice(1)
        .map((l) => l.trim()),
    })),
    missing: EXPECTED.filter((e) => !found.has(e.id)).map((e) => ({ ...e, name: officialTableName(e.id) })),
    findings: analysis.findings.map((f) => toPaneFinding(f, analysis.model, lang)),
    indicators: analysis.indicators.map((i) => ({
      name: i.name,
      value: i.value ? formatRate(i.value) : null,
      reason: i.unavailable ? unavailableText(i.unavailable, lang) : null,
    })),
    scores: analysis.scoring.rows.map((r) => ({
      name: r.level3,
      weight: formatScore(r.weight),
      score: formatScore(r.score),
    })),
    scoring,
    total: formatScore(analysis.scoring.total),
    totalText: totalText(formatScore(analysis.scoring.total), scoring.pending, lang),
    grade: analysis.scoring.grade,
    scheme: analysis.scoring.scheme,
    counts,
  };
}

/** `第 5–17 行` (1-based, as Excel numbers rows): ranges like A5:F17 are for developers. */
export function rowsText(top: number, bottom: number, lang: UiLang): string {
  const span = top === bottom ? `${top + 1}` : `${top + 1}–${bottom + 1}`;
  return lang === 'zh-CN' ? `第 ${span} 行` : `rows ${span}`;
}
