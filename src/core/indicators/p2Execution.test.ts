/**
 * Whether the form scores 预算执行率 (p2Weights.executionLeftOut): a form whose indicator 分值
 * already total 100 and whose fund block gives no points (no 分值 column: 福建; no fund block:
 * 评价指标体系 forms) does not.
 */
import { analyse } from '../analyse';
import { CellValue, sheetOf } from '../grid/snapshot';

const _ = null;

/** `fund`: the 年度资金总额 分值, `blank` for an empty cell, `none` for a block without a 分值 column. */
function form(fund: number | 'blank' | 'none', weights: readonly number[]): CellValue[][] {
  const header = [_, '项目', '年初预算数', '全年预算数', '全年执行数', fund === 'none' ? '执行率' : '分值', '得分'];
  const weight = fund === 'none' ? '90%' : fund === 'blank' ? _ : fund;
  return [
    ['部门整体支出绩效自评表', _, _, _, _, _, _],
    header,
    [_, '年度资金总额', 100, 100, 90, weight, _],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ...weights.map((w, i) => ['产出指标', '数量指标', `指标${i + 1}完成数`, 10, 10, w, w]),
  ];
}

const run = (values: CellValue[][]) => analyse({ sheets: [sheetOf('绩效自评表', values, [])] });
const executionRow = (a: ReturnType<typeof run>) => a.scoring.rows.find((r) => r.key === 'budgetExecutionRate');
const leftOut = (a: ReturnType<typeof run>) =>
  a.findings.filter((f) => f.code === 'P2.inferred' && f.fields.kind === 'executionNotScored');

test('rows totalling 100 and no 分值 column in the fund block: 预算执行率 is not scored, said at 年度资金总额', () => {
  const a = run(form('none', [50, 30, 20]));
  expect(executionRow(a)).toBeUndefined();
  expect(a.scoring.total.toString()).toBe('100');
  expect(leftOut(a).map((f) => [f.at.row, f.at.col])).toEqual([[2, 1]]);
  expect(a.findings.some((f) => f.code === 'P2.weights')).toBe(false);
});

test('rows totalling 90 and no 分值 column: 预算执行率 takes the default 10, as before', () => {
  const a = run(form('none', [50, 30, 10]));
  expect(executionRow(a)?.weight.toString()).toBe('10');
  expect(executionRow(a)?.score.toString()).toBe('9');
  expect(leftOut(a)).toEqual([]);
});

test.each([
  ['a 分值 written in the fund block', 10 as const],
  ['a blank 分值 cell (the default 10)', 'blank' as const],
])('%s is scored even when the rows total 100 (then P2.weights says 110)', (_name, fund) => {
  const a = run(form(fund, [50, 30, 20]));
  expect(executionRow(a)?.score.toString()).toBe('9');
  expect(leftOut(a)).toEqual([]);
  expect(a.findings.some((f) => f.code === 'P2.weights')).toBe(true);
});

describe('the author’s own total', () => {
  const withTotal = (total: number): CellValue[][] => [...form(10, [50, 30, 10]), ['总分', _, _, _, _, 100, total]];

  it('is checked against ours at its cell: 总分 99 where the rules give 99 says nothing', () => {
    const a = run(withTotal(99));
    expect(a.scoring.total.toString()).toBe('99');
    expect(a.findings.filter((f) => f.code === 'P2.userScore')).toEqual([]);
  });

  it('a 总分 above ours is flagged as over-scored, at the 总分 得分 cell', () => {
    const a = run(withTotal(100));
    const f = a.findings.filter((x) => x.code === 'P2.userScore');
    expect(f.map((x) => [x.at.row, x.at.col, JSON.stringify(x.fields)])).toEqual([
      [7, 6, JSON.stringify({ row: '总分', subject: 'score', entered: '100', recomputed: '99', over: true })],
    ]);
  });
});
