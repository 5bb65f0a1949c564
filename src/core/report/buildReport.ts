/**
 * The report document: the seven sections of spec/report.md in the seed's outline, then the
 * appendix tables. Numbers are live numbers; the user's prose is text.
 */
import { Block, ReportDocument } from './document';
import { findingTable, indicatorTable, ruleTable, scoreTable } from './appendix';
import { ReportInput, heading, sectionContext } from './sections/context';
import { overviewSection } from './sections/overview';
import { basicSpendingSection } from './sections/spending';
import { projectSection } from './sections/projects';
import { assetSection, organisationSection } from './sections/organisation';
import { performanceSection } from './sections/performance';
import { improvementSection, problemsSection } from './sections/problems';
import { auditNoteBlocks } from './handedIn';
import { closingBlocks } from './sections/closing';

export type { ReportInput } from './sections/context';
export { findPlaceholderFindings } from './userText';

/** The report title: P3 报告标题 when given, else {部门名称}{年度}年部门整体支出绩效自评报告. */
export function reportTitle(input: ReportInput): string {
  const override = input.model.p3?.reportTitle?.text.trim();
  if (override) return override;
  return `${input.department}${input.year === null ? '' : `${input.year}年`}部门整体支出绩效自评报告`;
}

/** Builds the report document from the analysis results. */
export function buildReport(input: ReportInput): ReportDocument {
  const ctx = sectionContext(input);
  const blocks: Block[] = [
    ...overviewSection(ctx),
    heading(1, '二、部门整体支出管理及使用情况'),
    ...basicSpendingSection(ctx),
    ...projectSection(ctx),
    ...organisationSection(ctx),
    ...assetSection(ctx),
    ...performanceSection(ctx),
    ...problemsSection(ctx),
    ...improvementSection(ctx),
    ...auditNoteBlocks(input.model, input.findings),
  ];
  const appendix: Block[] = [
    scoreTable(input.model, input.scoring, input.indicators),
    ruleTable(input.model, input.scoring),
    indicatorTable(input.figures, input.indicators, input.findings),
  ];
  const handedInTitles = appendix.flatMap((b) => (b.kind === 'table' ? [b.title] : []));
  blocks.push(
    ...closingBlocks(input.department, input.today ?? null, handedInTitles),
    ...appendix,
    ...findingTable(input.findings),
  );
  return { title: reportTitle(input), blocks };
}
