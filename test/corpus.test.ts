/**
 * The bad-input corpus (test/corpus/cases.ts), end to end: each workbook goes through an
 * .xlsx buffer and the ExcelJS reader, is analysed, its report is laid out and written back
 * into the workbook — and each must give its finding at its cell, never throw, and leave
 * every original sheet as it was.
 */
import ExcelJS from 'exceljs';
import { analyse, buildReportSheet } from '../src/core/analyse';
import { a1 } from '../src/core/grid/address';
import { Finding } from '../src/core/findings/finding';
import { Analysis } from '../src/core/model/analysis';
import { WorkbookSnapshot } from '../src/core/grid/snapshot';
import { CorpusCase, corpusCases, ExpectedFinding } from './corpus/cases';
import { readSnapshot, roundTrip, writeReport } from './support/workbookIO';

function describeFinding(f: Finding): string {
  const cell = f.at.row !== null && f.at.col !== null ? a1(f.at.row, f.at.col) : '-';
  return `${f.severity} ${f.code} ${f.at.sheet ?? '(workbook)'}!${cell} diff=${f.difference?.toString() ?? ''}`;
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (f.code !== e.code) return false;
  if (e.severity && f.severity !== e.severity) return false;
  if (e.sheet !== undefined && f.at.sheet !== e.sheet) return false;
  if (e.cells) {
    if (f.at.row === null || f.at.col === null || !e.cells.includes(a1(f.at.row, f.at.col))) return false;
  }
  if (e.difference !== undefined && f.difference?.abs().toString() !== e.difference) return false;
  return true;
}

async function runCase(
  c: CorpusCase,
): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot; analysis: Analysis }> {
  const workbook = await roundTrip(c.build());
  const snapshot = readSnapshot(workbook);
  const analysis = analyse(snapshot);
  return { workbook, snapshot, analysis };
}

test('the corpus has at least 30 named cases, names unique', () => {
  expect(corpusCases.length).toBeGreaterThanOrEqual(30);
  expect(new Set(corpusCases.map((c) => c.name)).size).toBe(corpusCases.length);
});

describe.each(corpusCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  let run: Awaited<ReturnType<typeof runCase>>;
  beforeAll(
    async () => {
      run = await runCase(c);
    },
    c.slow ? 300_000 : 60_000,
  );

  test('gives the expected findings at their cells', () => {
    const seen = run.analysis.findings.map(describeFinding);
    for (const e of c.expect) {
      const found = run.analysis.findings.some((f) => matches(f, e));
      if (!found) throw new Error(`expected ${JSON.stringify(e)}\nfound:\n${seen.join('\n')}`);
    }
  });

  if (c.absent || c.figures) {
    test('reads through the quirk: no stray finding, figures unchanged', () => {
      const stray = run.analysis.findings.filter((f) => c.absent?.includes(f.code)).map(describeFinding);
      expect(stray).toEqual([]);
      for (const [id, value] of Object.entries(c.figures ?? {})) {
        expect([id, run.analysis.figures[id as keyof Analysis['figures']].value?.toString()]).toEqual([id, value]);
      }
    });
  }

  test(
    'lays out and writes the report, leaving every original sheet as it was',
    async () => {
      const report = buildReportSheet(run.analysis);
      if (c.literalInReport !== undefined) {
        const cells = report.cells.filter(
          (cell) => typeof cell.value === 'string' && cell.value.includes(c.literalInReport!),
        );
        expect(cells.length).toBeGreaterThan(0);
        expect(report.cells.filter((cell) => cell.formula?.includes('HYPERLINK'))).toEqual([]);
      }
      const { sheetName } = writeReport(run.workbook, report);
      const after = readSnapshot(await roundTrip(run.workbook));
      const byName = new Map(after.sheets.map((s) => [s.name, s]));
      for (const original of run.snapshot.sheets) expect(byName.get(original.name)).toEqual(original);
      expect(byName.get(sheetName)?.isReport).toBe(true);
      expect(after.sheets).toHaveLength(run.snapshot.sheets.length + 1);
    },
    c.slow ? 300_000 : 60_000,
  );
});
