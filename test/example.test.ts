/**
 * End-to-end acceptance on the example workbook (examples/zhuhui-2022.xlsx, 珠晖区教育局 2022):
 * the file is read the way the CLI reads it, analysed, and the figures, score, findings and
 * report text are those of the seed report.
 */
import path from 'path';
import { analyse } from '../src/core/analyse';
import { Analysis } from '../src/core/model/analysis';
import { dec, sum } from '../src/core/money';
import { WorkbookSnapshot } from '../src/core/grid/snapshot';
import { buildExampleWorkbook, EXAMPLE_SHEETS } from '../examples/build-example';
import { readSnapshot, roundTrip, snapshotOfFile } from './support/workbookIO';
import { reportText } from './support/reportText';
import { SEED_PROSE, SEED_SENTENCES } from './support/seedSentences';
import { describeFinding } from '../src/core/findings/wording';

const EXAMPLE_FILE = path.join(__dirname, '..', 'examples', 'zhuhui-2022.xlsx');

async function loadExample(): Promise<WorkbookSnapshot> {
  return snapshotOfFile(EXAMPLE_FILE);
}

test('the committed example file is exactly what build-example writes', async () => {
  const fresh = readSnapshot(await roundTrip(buildExampleWorkbook()));
  expect(await loadExample()).toEqual(fresh);
});

describe('analysing the example workbook', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = analyse(await loadExample());
  });

  const figure = (id: keyof Analysis['figures']): string | undefined => analysis.figures[id].value?.toString();

  test('reads the seed figures from the tables', () => {
    expect(figure('personnelExpenditure')).toBe('26833.46');
    expect(figure('publicExpenditure')).toBe('4551.4');
    expect(figure('basicExpenditure')).toBe('31384.86');
    expect(figure('projectExpenditure')).toBe('640.68');
    expect(figure('expenditureTotal')).toBe('32025.54');
    expect(figure('threePublicActual')).toBe('0');
    expect(figure('staffActual')).toBe('1225');
    expect(figure('subUnitCount')).toBe('24');
    expect(figure('projectExecuted')).toBe('549.89');
  });

  test('knows the department and the year from 部门基本情况', () => {
    expect(analysis.department).toBe('珠晖区教育局');
    expect(analysis.year).toBe(2022);
  });

  test('scores 88 (良) under the default scheme, row by row as computed by hand', () => {
    // The hand computation (examples/zhuhui-2022-data.ts): 预算执行率 10 × 32025.54/32430 → 9.88, then the
    // ten P2 rows in sheet order.
    const expected = ['9.88', '10', '8', '10', '5', '4.25', '9.42', '10', '6.5', '6', '8.95'];
    expect(sum(expected.map(dec)).toString()).toBe('88');
    expect(analysis.scoring.scheme).toBe('财政部自评');
    expect(analysis.scoring.rows.map((r) => r.score.toString())).toEqual(expected);
    expect(analysis.scoring.total.toString()).toBe('88');
    expect(analysis.scoring.grade).toBe('良');
  });

  test('finds the seed gap: project lines 549.89 against the project total 640.68, at T3 合计 项目支出', () => {
    const project = analysis.findings.filter((f) => f.code === 'P1.T3.project');
    expect(project).toHaveLength(1);
    const [f] = project;
    expect(f.severity).toBe('error');
    // G6: 合计 is row 6, 项目支出 is column G (类 款 项 名称 合计 基本 项目).
    expect(f.at).toEqual({ sheet: EXAMPLE_SHEETS.t3, row: 5, col: 6 });
    expect(f.difference?.abs().toString()).toBe('90.79');
  });

  test('finds no other error: the example is otherwise consistent', () => {
    const others = analysis.findings
      .filter((f) => f.severity === 'error' && f.code !== 'P1.T3.project')
      .map((f) => `${f.code} ${f.at.sheet}!r${f.at.row}c${f.at.col} ${describeFinding(f)}`);
    expect(others).toEqual([]);
  });

  test('writes the seed sentences into the report', () => {
    const text = reportText(analysis.report);
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence);
  });

  test("carries the user's prose and the deviation reasons into the report", () => {
    const text = reportText(analysis.report);
    for (const prose of SEED_PROSE) expect(text).toContain(prose);
    expect(text).not.toContain('请在“报告文字”表填写');
  });
});
