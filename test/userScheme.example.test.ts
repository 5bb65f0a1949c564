/**
 * The example workbook (examples/zhuhui-2022.xlsx) scored under both built-in schemes and under
 * a user scheme in a 评分方案 sheet, each total worked out by hand; and the drafted text of 五
 * and 六 against the scores and the indicator table.
 */
import path from 'path';
import { analyse, buildReportSheet } from '../src/core/analyse';
import { Analysis } from '../src/core/model/analysis';
import { CellValue, WorkbookSnapshot, sheetOf } from '../src/core/grid/snapshot';
import { dec, sum } from '../src/core/money';
import { LiveNumber } from '../src/core/report/document';
import { inlineText, liveText } from '../src/core/report/live';
import { reportSections } from '../src/core/report/sections';
import { evaluateSheet } from './support/sheetEval';
import { loadWorkbookFile } from '../src/xlsx/exceljsFile';
import { readSnapshot } from '../src/xlsx/readSnapshot';

const EXAMPLE_FILE = path.join(__dirname, '..', 'examples', 'zhuhui-2022.xlsx');
const _ = null;

/** A user scheme using every rule type, worth 100, with one typo row (每点=abc). */
const USER_SCHEME: CellValue[][] = [
  ['评分方案'],
  ['一级指标', '二级指标', '指标', '分值', '规则', '参数'],
  ['预算执行', '预算执行率', '预算执行率', _, '执行率', _],
  ['过程', '预算执行', '预算调整率', 5, '分档', '0:5; 10%:4; 20%:3; 30%:2; :0'],
  ['过程', '预算执行', '预算完成率', 5, '每点扣分', '阈值=100%; 每点=1; 步长=0.2'],
  ['过程', '预算执行', '结转结余率', 5, '反向', '目标=0.3%'],
  ['产出', '项目执行', '项目支出执行率', 10, '正向', '目标=100%'],
  ['投入', '预算配置', '基本支出占比', 5, '等于', '目标=98%'],
  ['投入', '预算配置', '重点支出安排率', 5, '分档', '<60%:0; <70%:2; <80%:3; <90%:4; :5'],
  ['投入', '预算配置', '在职人员控制率', 5, '每点扣分', '阈值=100%; 每点=abc'],
  ['产出/效益/满意度', '绩效指标', '绩效指标表', 55, _, _],
];

describe('the example scored under three schemes', () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    const plain = readSnapshot(await loadWorkbookFile(EXAMPLE_FILE));
    snapshot = { sheets: [...plain.sheets, sheetOf('评分方案', USER_SCHEME)] };
  });
  const scores = (a: Analysis) => a.scoring.rows.map((r) => r.score.toString());

  test('财政部自评: 9.88 + the ten form rows = 88 (部门基本情况 names it, so the sheet is not used)', () => {
    const a = analyse(snapshot);
    // 预算执行率 10 × 32025.54 ÷ 32430 = 9.875… → 9.88; the form rows as written in examples/zhuhui-2022-data.ts.
    const expected = ['9.88', '10', '8', '10', '5', '4.25', '9.42', '10', '6.5', '6', '8.95'];
    expect(sum(expected.map(dec)).toString()).toBe('88');
    expect(a.scoring.scheme).toBe('财政部自评');
    expect(scores(a)).toEqual(expected);
    expect(a.findings.filter((f) => f.code.startsWith('scheme.')).map((f) => f.code)).toEqual(['scheme.ignored']);
  });

  test('湖南部门整体: 17 from the indicator rows + 52.95 from the form rows scaled to 61 = 69.95 (63.95 before issue 11)', () => {
    const a = analyse(snapshot, { scheme: '湖南部门整体' });
    // 在职人员控制率 (no 编制数) 0; "三公经费"变动率 (no prior year) 0; 预算完成率 99.55%: 0.45 points under → one
    // started 5-point step → 5 − 2 = 3; 预算调整率 (32430 − 30500) ÷ 30500 = 6.33% → ≤10% → 4; "三公经费"控制率
    // (budget 0 and nothing spent: full compliance → 6; it was 0 before issue 11, which cites this very
    // example); 重点支出安排率 54.21% < 60% → 0; 结转结余率 0.45% → ≤5% → 4. Sum 17.
    // Form rows × 61 ÷ 90 (a 10-point row is worth 6.777…, a 5-point row 3.388…):
    //   6.78 + 24/30 × 6.777… = 5.42 + 6.78 + 3.39 + 0.85 × 3.388… = 2.88 + (1 − 251.4/4300) × 6.777… = 6.38
    //   + 6.78 + 6.5 × 61/90 = 4.41 + 6 × 61/90 = 4.07 + 0.85/0.95 × 6.777… = 6.06 → 52.95
    const expected = [
      '0',
      '0',
      '3',
      '4',
      '6',
      '0',
      '4',
      '6.78',
      '5.42',
      '6.78',
      '3.39',
      '2.88',
      '6.38',
      '6.78',
      '4.41',
      '4.07',
      '6.06',
    ];
    expect(sum(expected.map(dec)).toString()).toBe('69.95');
    expect(a.scoring.scheme).toBe('湖南部门整体');
    expect(scores(a)).toEqual(expected);
    expect(a.scoring.total.toString()).toBe('69.95');
    // 在职人员控制率 and "三公经费"变动率 cannot be computed: the total is provisional.
    expect(a.scoring.pending).toBe(2);
    expect(a.scoring.grade).toBe('中');
  });

  test('the user scheme: 33.28 from its indicator rows + 47.74 from the form rows scaled to 55 = 81.02; one error for the typo', () => {
    const a = analyse(snapshot, { scheme: '自定义' });
    // 执行率 (blank 分值 → the form's 10): 10 × 0.98753 = 9.88
    // 预算调整率 6.33% → ≤10% → 4
    // 预算完成率 99.546%: 0.454 points under ÷ step 0.2 = 2.27 → 3 started steps → 5 − 3 × 1 = 2
    // 结转结余率 146.08 ÷ 32430 = 0.4504% vs 目标 0.3%: 5 × (1 − (0.4504 − 0.3) ÷ 0.3) = 2.4926 → 2.49
    // 项目支出执行率 549.89 ÷ 555 = 99.08%: 10 × 0.99079 = 9.91
    // 基本支出占比 31384.86 ÷ 32025.54 = 97.9995% → to the target's 2 places 98% = 98% → 5
    // 重点支出安排率 54.21% < 60% → 0
    //   → 9.88 + 4 + 2 + 2.49 + 9.91 + 5 + 0 = 33.28
    // Form rows × 55 ÷ 90 (a 10-point row is worth 6.111…, a 5-point row 3.055…):
    //   6.11 + 24/30 × 6.111… = 4.89 + 6.11 + 3.06 + 0.85 × 3.055… = 2.60 + 0.94153 × 6.111… = 5.75
    //   + 6.11 + 6.5 × 55/90 = 3.97 + 6 × 55/90 = 3.67 + 0.85/0.95 × 6.111… = 5.47 → 47.74
    const expected = [
      '9.88',
      '4',
      '2',
      '2.49',
      '9.91',
      '5',
      '0',
      '6.11',
      '4.89',
      '6.11',
      '3.06',
      '2.6',
      '5.75',
      '6.11',
      '3.97',
      '3.67',
      '5.47',
    ];
    expect(sum(expected.map(dec)).toString()).toBe('81.02');
    expect(a.scoring.scheme).toBe('自定义评分方案');
    expect(scores(a)).toEqual(expected);
    expect(a.scoring.total.toString()).toBe('81.02');
    expect(a.scoring.grade).toBe('良');
    const schemeFindings = a.findings.filter((f) => f.code.startsWith('scheme.'));
    expect(schemeFindings.map((f) => [f.code, f.at])).toEqual([['scheme.row', { sheet: '评分方案', row: 9, col: 5 }]]);
    // The weights still total 100 without the typo row (10 + 5 × 5 + 10 + 55): no P2.weights warning.
    expect(a.findings.filter((f) => f.code === 'P2.weights')).toEqual([]);
  });

  test('the appendix names the scheme in use and each row’s rule in words', () => {
    const a = analyse(snapshot, { scheme: '自定义' });
    const table = a.report.blocks.find((b) => b.kind === 'table' && b.title.startsWith('附表1-1'));
    expect(table?.kind === 'table' && table.title).toBe(
      '附表1-1 计分规则（评分方案：自定义评分方案（取自“评分方案”表））',
    );
    const rules = table?.kind === 'table' ? table.rows.map((r) => [r[0], r[2], r[3]]) : [];
    expect(rules[2]).toEqual(['预算完成率', '不低于100.00%得满分，每低于0.2个百分点扣1分，扣完为止', '评分方案!第5行']);
    expect(rules[3][1]).toContain('反向指标');
    expect(rules).toHaveLength(17);
  });
});

describe('the drafted text of the example (财政部自评)', () => {
  let a: Analysis;
  beforeAll(async () => {
    a = analyse(readSnapshot(await loadWorkbookFile(EXAMPLE_FILE)));
  });
  const section = (heading: string) => reportSections(a.report).find((s) => s.heading === heading)?.paragraphs ?? [];

  test('六 lists each row that lost points with its target, actual, points lost and 偏差原因', () => {
    const lost = a.scoring.rows.filter((r) => r.score.lt(r.weight)).map((r) => r.level3);
    expect(lost).toEqual([
      '预算执行率',
      '校舍维修改造学校数',
      '资金支付及时率',
      '公用经费支出',
      '办学条件改善',
      '教育事业持续健康发展',
      '学生家长满意度',
    ]);
    // Worded by the kind of loss (issue 10: the seed's 六 repeated one sentence seven times).
    const items = section('六、存在的主要问题').filter((p) => /扣[\d.]+分。/.test(p));
    expect(items).toEqual([
      '预算执行方面，预算执行率为98.75%，距100%的年度目标尚有差距，扣0.12分。',
      '校舍维修改造学校数计划30所，实际完成24所，未完成年度目标，扣2分。6所学校维修改造因疫情防控停工，延至2023年实施。',
      '资金支付及时率实际为85.00%，低于100.00%的目标值，扣0.75分。部分项目资金12月下达，年底前未能全部支付。',
      '公用经费支出实际4551.4万元，超出4300万元的目标，扣0.58分。疫情防控物资和校园排危支出增加。',
      '办学条件改善年度目标为“明显改善”，实际评价为“部分学校改善”，扣3.5分。茶山坳镇中心学校建设资金缺口3000万元。',
      '教育事业持续健康发展未达到“持续健康发展”的要求（实际：教师缺编、城区学位紧张），扣4分。局机关缺员12名，全区教师缺编严重。',
      '学生家长满意度目标95.00%，实际仅达到85.00%，扣1.05分。城区学位“一位难求”，部分家长不满意。',
    ]);
  });

  test('五 states the main indicators with the values of 附表2, as live numbers pointing at the same cells', () => {
    const heading = a.report.blocks.findIndex((b) => b.kind === 'heading' && b.text === '五、部门整体支出绩效情况');
    const paragraph = a.report.blocks.slice(heading).find((b) => b.kind === 'paragraph');
    if (paragraph?.kind !== 'paragraph') throw new Error('no paragraph in 五');
    expect(inlineText(paragraph.inlines)).toBe(
      '2022年，部门整体支出主要绩效指标：预算执行率98.75%，预算调整率6.33%，预算完成率99.55%，结转结余率0.45%，项目支出执行率99.08%，重点支出安排率54.21%。',
    );
    const table2 = a.report.blocks.find((b) => b.kind === 'table' && b.title === '附表2 主要财务指标');
    if (table2?.kind !== 'table') throw new Error('no 附表2');
    const inTable = new Map(
      table2.rows.flatMap((r) =>
        r[2] !== null && typeof r[2] !== 'string' ? [[r[2].name, liveText(r[2])] as const] : [],
      ),
    );
    const numbers = paragraph.inlines.filter((x): x is LiveNumber => typeof x !== 'string');
    expect(numbers).toHaveLength(6);
    for (const n of numbers) expect([n.name, liveText(n)]).toEqual([n.name, inTable.get(n.name)]);
  });
});

describe('the report sheet of the example under the user scheme', () => {
  test('reads the 分值 of the scheme rows live from 评分方案 in 附表1', async () => {
    const plain = readSnapshot(await loadWorkbookFile(EXAMPLE_FILE));
    const a = analyse({ sheets: [...plain.sheets, sheetOf('评分方案', USER_SCHEME)] }, { scheme: '自定义' });
    const sheet = buildReportSheet(a);
    // 预算调整率 is on row 4 of 评分方案 (分值 in D4).
    expect(sheet.cells.some((c) => c.formula === "'评分方案'!D4")).toBe(true);
    const recomputed = evaluateSheet(sheet, a);
    for (const c of sheet.cells.filter((x) => x.formula !== undefined)) {
      const v = recomputed.get(`${c.row}!${c.col}`);
      if (typeof c.value === 'number') expect(Math.abs(Number(v) - c.value)).toBeLessThan(1e-9);
      else expect({ at: `${c.row}!${c.col}`, v }).toEqual({ at: `${c.row}!${c.col}`, v: c.value });
    }
  });
});
