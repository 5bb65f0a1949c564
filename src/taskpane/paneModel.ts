/**
 * What the pane shows, computed from an Analysis (pure): tables found and missing, findings
 * in words with where they point, indicators, score rows, total and grade.
 */
import { Analysis } from '../core/model/analysis';
import { TableId } from '../core/model/types';
import { Severity } from '../core/findings/finding';
import { describeFinding, unavailableText } from '../core/findings/wording';
import { TABLE_NAMES } from '../core/findings/tableNames';
import { RECOMMENDED_TABLES, REQUIRED_TABLES } from '../core/recognise/locate';
import { a1, a1Range } from '../core/grid/address';
import { formatRate, formatScore } from '../core/money';
import { UiLang } from './strings';

export interface PaneTable {
  readonly id: TableId;
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly unit: string;
  readonly unitAssumed: boolean;
}

export interface PaneFinding {
  readonly severity: Severity;
  readonly text: string;
  /** Where a click goes, when the finding points at a cell. */
  readonly cell: { readonly sheet: string; readonly a1: string } | null;
}

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
  readonly total: string;
  readonly grade: string;
  readonly scheme: string;
  readonly counts: Readonly<Record<Severity, number>>;
}

const NO_AMOUNTS: readonly TableId[] = ['P3', 'P4', 'S'];

/** How much a missing table matters (spec/workbook.md): required, recommended, or optional. */
export type Need = 'required' | 'recommended' | 'optional';

/** spec/workbook.md: required tables, then recommended ones, then optional ones with a template. */
const EXPECTED: readonly { id: TableId; need: Need }[] = [
  ...REQUIRED_TABLES.map((id) => ({ id, need: 'required' as const })),
  ...RECOMMENDED_TABLES.map((id) => ({ id, need: 'recommended' as const })),
  ...(['T5', 'P4'] as const).map((id) => ({ id, need: 'optional' as const })),
];

export function toPaneModel(analysis: Analysis, lang: UiLang): PaneModel {
  const found = new Set(analysis.model.tables.map((t) => t.id));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  return {
    department: analysis.department,
    year: analysis.year,
    tables: analysis.model.tables.map((t) => ({
      id: t.id,
      name: TABLE_NAMES[t.id],
      sheet: t.sheet,
      range: a1Range(t.range.top, t.range.left, t.range.bottom, t.range.right),
      // Tables without amounts (基本情况, 报告文字, 评分方案) have no unit to show.
      unit: NO_AMOUNTS.includes(t.id) ? '' : t.unit,
      unitAssumed: !NO_AMOUNTS.includes(t.id) && t.unitAssumed,
    })),
    missing: EXPECTED.filter((e) => !found.has(e.id)).map((e) => ({ ...e, name: TABLE_NAMES[e.id] })),
    findings: analysis.findings.map((f) => ({
      severity: f.severity,
      text: describeFinding(f, lang),
      cell:
        f.at.sheet !== null && f.at.row !== null && f.at.col !== null
          ? { sheet: f.at.sheet, a1: a1(f.at.row, f.at.col) }
          : null,
    })),
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
    total: formatScore(analysis.scoring.total),
    grade: analysis.scoring.grade,
    scheme: analysis.scoring.scheme,
    counts,
  };
}
