/** The bench department's report sheet (scripts/benchWorkbook.ts), built once per test file. */
import { buildBenchWorkbook } from '../../scripts/benchWorkbook';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { ReportSheet } from '../../src/core/report/sheet';

let sheet: ReportSheet | null = null;

export async function benchReportSheet(): Promise<ReportSheet> {
  sheet ??= buildReportSheet(analyse(readSnapshot(buildBenchWorkbook())), '绩效自评报告');
  return sheet;
}
