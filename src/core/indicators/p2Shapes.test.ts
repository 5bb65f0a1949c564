/**
 * Issue 14 shapes 3, 4 and 10: provincial self-evaluation forms read and scored the way an
 * evaluator reads them (spec/indicators.md "Reading a form as evaluators do"). Each form is
 * the only sheet of the workbook and goes through analyse(), as a user's workbook would.
 */
import { analyse } from '../analyse';
import { a1 } from '../grid/address';
import { CellValue, Rect, sheetOf } from '../grid/snapshot';
import { Finding } from '../findings/finding';
import { describeFinding as zhCN } from '../findings/wording';

const S = '绩效自评表';
const _ = null;

function run(values: CellValue[][], merges: Rect[] = []) {
  return analyse({ sheets: [sheetOf(S, values, merges)] });
}

const scoreOf = (a: ReturnType<typeof run>, name: string): string =>
  a.scoring.rows.find((r) => r.level3 === name)!.score.toString();

const at = (f: Finding): string => (f.at.row === null || f.at.col === null ? '-' : a1(f.at.row, f.at.col));

function findingsAt(a: ReturnType<typeof run>, code: string, cell: string): Finding[] {
  return a.findings.filter((f) => f.code === code && f.at.sheet === S && at(f) === cell);
}

const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'];

describe('shape 3: provincial fund blocks', () => {
  it('reads 年初预算数（A）| 全年预算数（B）| 全年执行数（C）| 分值 | 执行率（C/B）| 得分', () => {
    const a = run([
      ['2023年度部门整体支出绩效自评表', _, _, _, _, _, _, _],
      ['项目资金（万元）', _, '年初预算数（A）', '全年预算数（B）', '全年执行数（C）', '分值', '执行率（C/B）', '得分'],
      [_, '年度资金总额', 100, 120, 108, 10, '90%', 9],
      INDICATOR_HEADER,
      ['产出指标', '数量指标', '培训人次', '≥100', 120, 90, 90, _],
    ]);
    const execution = a.scoring.rows.find((r) => r.key === 'budgetExecutionRate')!;
    expect(execution.weight.toString()).toBe('10');
    expect(execution.score.toString()).toBe('9');
    expect(a.figures.budgetInitial.value!.toString()).toBe('100');
    expect(a.scoring.total.toString()).toBe('99');
  });

  it('reads 预算数（A）| 执行数（B）| 执行率（B/A） under a 年度财政资金总额 row (湖北)', () => {
    const a = run([
      ['2020年度部门整体支出绩效自评表', _, _, _, _, _],
      ['预算执行情况（万元）', _, '预算数（A）', '执行数（B）', '分值', '执行率（B/A）', '得分'],
      [_, '年度财政资金总额', 10, 9.6, 20, '96%', 19.2],
      INDICATOR_HEADER,
      ['产出指标', '质量指标', '监测数据合格率', '100%', '100%', 80, 80, _],
    ]);
    expect(a.figures.budgetFinal.value!.toString()).toBe('10');
    expect(scoreOf(a, '预算执行率')).toBe('19.2');
    expect(a.findings.filter((f) => f.code === 'P2.userScore')).toEqual([]);
  });

  it('a form with only 年初预算数 | 全年执行数 measures execution against 年初预算数 and says so', () => {
    const a = run([
      ['部门整体支出绩效自评表', _, _, _, _, _],
      [_, '项目', '年初预算数', '全年执行数', '分值', '得分'],
      [_, '资金总额', 200, 190, 10, 9.5],
      INDICATOR_HEADER,
      ['产出指标', '数量指标', '培训人次', '≥100', 120, 90, 90, _],
    ]);
    const rate = a.indicators.find((i) => i.id === 'budgetExecutionRate')!;
    expect(rate.value!.toString()).toBe('0.95');
    expect(rate.formulaWords).toContain('年初预算数');
    expect(scoreOf(a, '预算执行率')).toBe('9.5');
    const said = findingsAt(a, 'P2.inferred', 'C2');
    expect(said).toHaveLength(1);
    expect(zhCN(said[0])).toContain('年初预算数');
    // 预算调整率 needs 全年预算数, which the form does not have: not computed from 年初预算数.
    expect(a.indicators.find((i) => i.id === 'budgetAdjustmentRate')!.value).toBeNull();
  });

  it('reads a 总额 row under 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 (四川)', () => {
    const a = run([
      ['部门整体支出绩效自评表（2023年度）', _, _, _, _, _, _, _],
      ['预算执行情况（10分）', '年度预算数（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
      [_, '总额', 238.93, 251.89, 239.3, '95.00%', 10, 9.5],
      [_, '其中：财政资金', 238.93, 251.89, 239.3, '95.00%', '/', '/'],
      INDICATOR_HEADER,
      ['产出指标', '数量指标', '培训人次', '≥100', 120, 90, 90, _],
    ]);
    expect(a.figures.budgetFinal.value!.toString()).toBe('251.89');
    expect(a.figures.budgetExecuted.value!.toString()).toBe('239.3');
    expect(scoreOf(a, '预算执行率')).toBe('9.5');
    expect(a.model.p2!.funds.map((f) => f.kind)).toEqual(['total', 'fiscal']);
  });
});

describe('shape 4: 定性 rows on forms without a 完成情况 column', () => {
  const form = (): CellValue[][] => [
    ['部门整体支出绩效自评表', _, _, _, _, _, _, _],
    [_, '项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [_, '年度资金总额', 100, 100, 100, 10, '100%', 10],
    INDICATOR_HEADER,
    ['产出指标', '质量指标', '经费支出合规性', '严格执行相关制度规定', '达成预期指标', 20, 20, _],
    [_, _, '服务效果', '效果明显', '部分达成年度指标并具有一定效果', 20, 14, '部分服务延期'],
    [_, '成本指标', '项目总成本', '≤90万元', '88万元', 20, 20, _],
    [_, '时效指标', '资金到位率', '＝100%', '100%', 10, 10, _],
    ['效益指标', '社会效益指标', '群众获得感', '明显提升', '有所提升', 20, 17, '宣传不足'],
  ];

  it('reads the band from 实际完成值 and honours the user 得分 inside it', () => {
    const a = run(form());
    expect(scoreOf(a, '经费支出合规性')).toBe('20');
    expect(scoreOf(a, '服务效果')).toBe('14');
    expect(findingsAt(a, 'P2.row', 'C5')).toEqual([]);
  });

  it('a 定性 row with only the user 得分 keeps it (band from the score), said at the row', () => {
    const a = run(form());
    expect(scoreOf(a, '群众获得感')).toBe('17');
    expect(findingsAt(a, 'P2.row', 'C9')).toEqual([]);
    expect(zhCN(findingsAt(a, 'P2.inferred', 'G9')[0])).toContain('达成');
  });

  it('without 指标性质 or 计量单位 the direction comes from the target text', () => {
    const a = run(form());
    expect(a.model.p2!.indicators.map((r) => r.direction)).toEqual([
      'qualitative',
      'qualitative',
      '<=',
      '=',
      'qualitative',
    ]);
    expect(scoreOf(a, '项目总成本')).toBe('20');
    expect(scoreOf(a, '资金到位率')).toBe('10');
    expect(a.scoring.total.toString()).toBe('91');
  });
});

describe('shape 10: forms scored by their authors', () => {
  const form = (): CellValue[][] => [
    ['部门整体支出绩效自评表', _, _, _, _, _, _, _, _],
    [_, '项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', _],
    [_, '年度资金总额', 100, 103, 100, 10, '97.09%', 9.71, _],
    ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
    ['产出指标', '数量指标', '预算调整率', '定量指标', '3%', '0', 20, 20, _],
    [_, '质量指标', '服务质量', '定性指标', '好', '好', 20, _, _],
    [_, '时效指标', '工程质量合格', _, _, _, 20, 20, _],
    ['满意度指标', '服务对象满意度', '服务对象满意度', '定量指标', '95%', '90%', 20, 20, _],
  ];

  it('预算调整率 takes ≤ from its name when 指标性质 says only 定量指标, and says so', () => {
    const a = run(form());
    expect(a.model.p2!.indicators[0].direction).toBe('<=');
    expect(scoreOf(a, '预算调整率')).toBe('20');
    expect(zhCN(findingsAt(a, 'P2.inferred', 'C5')[0])).toContain('反向');
  });

  it('a 定性 row whose 完成值 equals its 指标值 is 达成', () => {
    const a = run(form());
    expect(a.model.p2!.indicators[1].completion).toBe('达成');
    expect(scoreOf(a, '服务质量')).toBe('20');
    expect(zhCN(findingsAt(a, 'P2.inferred', 'F6')[0])).toContain('达成');
  });

  it('a row without target and actual keeps the user 得分 with a P2.userScore warning', () => {
    const a = run(form());
    expect(scoreOf(a, '工程质量合格')).toBe('20');
    const w = findingsAt(a, 'P2.userScore', 'H7');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('warning');
    expect(findingsAt(a, 'P2.row', 'C7')).toEqual([]);
  });

  it('flags the row the department over-scored, and totals by the rules', () => {
    const a = run(form());
    // 20 × 0.90 / 0.95 = 18.947… → 18.95, not the 20 the department wrote.
    expect(scoreOf(a, '服务对象满意度')).toBe('18.95');
    const over = findingsAt(a, 'P2.userScore', 'H8');
    expect(over).toHaveLength(1);
    expect(zhCN(over[0])).toContain('高于');
    expect(a.scoring.total.toString()).toBe('88.66');
  });
});
