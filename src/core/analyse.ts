/**
 * The application service every face calls: snapshot in, Analysis out; Analysis in,
 * ReportSheet out. Pure: no host, no clock.
 */
import { WorkbookSnapshot } from './grid/snapshot';
import { Analysis } from './model/analysis';
import { Finding, Severity } from './findings/finding';
import { recognise } from './recognise/recognise';
import { computeFigures } from './indicators/figures';
import { computeIndicators } from './indicators/indicators';
import { computeScoring } from './indicators/scoring';
import { runChecks } from './checks/runChecks';
import { buildReport, findPlaceholderFindings } from './report/buildReport';
import { findProseFigureFindings } from './report/proseFigures';
import { layoutReport } from './report/layout';
import { ReportSheet, DEFAULT_REPORT_SHEET } from './report/sheet';
import { CalendarDay } from './report/sections/closing';

export interface AnalyseOptions {
  /** A built-in scheme name, or 自定义 for the 评分方案 sheet (overrides 部门基本情况's 评分方案; docs/scoring-schemes.md). */
  readonly scheme?: string;
  /** The day the face makes the report (from its clock): the report's 成文日期. None: no date line. */
  readonly today?: CalendarDay;
}

/** Reads, checks, computes and scores a workbook and drafts its report. Never throws on data. */
export function analyse(snapshot: WorkbookSnapshot, options: AnalyseOptions = {}): Analysis {
  const model = recognise(snapshot);
  const figures = computeFigures(model);
  const indicators = computeIndicators(figures);
  const scored = computeScoring(model, figures, indicators, options.scheme);
  const findings = sortFindings([
    ...model.findings,
    ...runChecks(model, figures),
    ...scored.findings,
    ...findPlaceholderFindings(model, figures, indicators),
    ...findProseFigureFindings(model, figures),
  ]);
  const department = model.p3?.departmentName?.text ?? '';
  const year = model.p3?.year?.value ?? null;
  const today = options.today ?? null;
  const report = buildReport({
    model,
    figures,
    indicators,
    scoring: scored.scoring,
    findings,
    department,
    year,
    today,
  });
  return { department, year, model, figures, indicators, scoring: scored.scoring, findings, report };
}

/** The report sheet for an analysis, named `sheetName` (default 绩效自评报告). */
export function buildReportSheet(analysis: Analysis, sheetName: string = DEFAULT_REPORT_SHEET): ReportSheet {
  return layoutReport(analysis, sheetName);
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable within a severity (table order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => severityOrder[x.f.severity] - severityOrder[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
}
