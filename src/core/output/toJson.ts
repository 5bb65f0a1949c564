/**
 * The analysis as plain JSON for `--json` (CLI) and batch use: numbers as JSON numbers
 * (amounts in 万元 to 2 places, persons and counts as integers, ratios to 6 places, all
 * 四舍五入), every figure with the Excel formula over the cells it comes from, findings
 * with their zh-CN sentence. Pure: no fs, no clock.
 */
import Decimal from 'decimal.js';
import { a1, a1Range, displayRef } from '../grid/address';
import { Analysis, Figure } from '../model/analysis';
import { Finding } from '../findings/finding';
import { describeFinding, unavailableText } from '../findings/wording';
import { roundHalfAway } from '../money';
import { toFormula } from '../report/formula';
import { reportSections } from '../report/sections';
import { readingJson } from './reading';
import { ruleWords } from '../indicators/ruleWords';

export interface JsonOptions {
  /** The sheet the report was written to; null when no report was written (check). */
  readonly reportSheet?: string | null;
}

/** The --json document of an analysis. */
export function analysisToJson(a: Analysis, options: JsonOptions = {}): object {
  return {
    department: a.department,
    year: a.year,
    scheme: a.scoring.scheme,
    tables: a.model.tables.map((t) => ({
      id: t.id,
      sheet: t.sheet,
      range: a1Range(t.range.top, t.range.left, t.range.bottom, t.range.right),
      unit: t.unit,
      reading: readingJson(t),
    })),
    figures: figuresJson(a),
    indicators: a.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      value: numberOrNull(i.value, 6),
      unavailableReason: i.unavailable ? unavailableText(i.unavailable) : null,
    })),
    scores: a.scoring.rows.map((r) => ({
      indicator: r.level3,
      weight: toNumber(r.weight, 2),
      score: toNumber(r.score, 2),
      rule: ruleWords(r.rule),
    })),
    totalScore: toNumber(a.scoring.total, 2),
    grade: a.scoring.grade,
    findings: a.findings.map(findingJson),
    report: { sheet: options.reportSheet ?? null, title: a.report.title, sections: reportSections(a.report) },
  };
}

function figuresJson(a: Analysis): Record<string, { value: number | null; source: string | null }> {
  const out: Record<string, { value: number | null; source: string | null }> = {};
  for (const f of Object.values(a.figures) as Figure[]) {
    out[f.id] = {
      value: numberOrNull(f.value, f.unit === '万元' ? 2 : 0),
      source: f.expr ? `=${toFormula(f.expr)}` : null,
    };
  }
  return out;
}

/** One finding as JSON: where (sheet, A1 cell), the cells involved, both sides and the sentence. */
export function findingJson(f: Finding): object {
  const hasCell = f.at.sheet !== null && f.at.row !== null && f.at.col !== null;
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.at.sheet,
    cell: hasCell ? a1(f.at.row as number, f.at.col as number) : null,
    related: f.related.map(displayRef),
    expected: sideJson(f.expected),
    actual: sideJson(f.actual),
    difference: sideJson(f.difference),
    message: describeFinding(f, 'zh-CN'),
  };
}

function sideJson(v: Decimal | string | null | undefined): number | string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : toNumber(v, 6);
}

function numberOrNull(v: Decimal | null, places: number): number | null {
  return v === null ? null : toNumber(v, places);
}

/** 四舍五入 to `places`, then a JSON number (the rounded decimal text is exact in a double for these sizes). */
function toNumber(v: Decimal, places: number): number {
  const n = Number(roundHalfAway(v, places).toFixed(places));
  return Object.is(n, -0) ? 0 : n;
}
