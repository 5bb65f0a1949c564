/**
 * Department-level self-evaluation forms (部门整体绩效自评表) read by the P2 readers: the 重庆
 * layout (unlabelled fund row, 年初/调整指标值, 得分系数 beside 指标得分) — see
 * test/real/forms/chongqingKexuecheng2021.ts for the published form.
 */
import { CellValue, sheetOf } from '../grid/snapshot';
import { readP2 } from './p2';
import { tableContext } from './common';
import { matchTitle } from './locate';
import { analyse } from '../analyse';

const S = '绩效自评表';
const _ = null;

function chongqing(fundRows: CellValue[][] = [[_, _, 100, 120, 90, '75%', 10, 7.5]]): CellValue[][] {
  return [
    ['部门整体绩效自评表', _, _, _, _, _, _, _, _, _],
    [
      '部门预算执行情况（万元）',
      _,
      '年初预算数',
      '全年（调整）预算数',
      '全年执行数',
      '执行率（%）',
      '执行率权重',
      '执行率得分（分）',
      _,
      _,
    ],
    ...fundRows,
    [
      '绩效指标',
      '指标名称',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '得分系数（%）',
      '指标权重（分）',
      '指标得分（分）',
    ],
    [_, '播发稿件数量', '篇', '定量指标', '≥2000篇', '≥2200篇', '2100篇', '95%', 10, 9.55],
    [_, '预算调整率', '%', '定量指标', '3%', '/', '0', '100%', 5, 5],
  ];
}

function read(values: CellValue[][]) {
  const ctx = tableContext(sheetOf(S, values, []), 'P2', { titleCell: { sheet: S, row: 0, col: 0 } });
  return { data: readP2(ctx), findings: ctx.findings };
}

describe('重庆 部门整体绩效自评表', () => {
  it('reads the one unlabelled row of amounts as 年度资金总额, and says so at its 执行数', () => {
    const { data, findings } = read(chongqing());
    expect(data.funds.map((f) => [f.kind, f.budgetFinal?.value.toString(), f.executed?.value.toString()])).toEqual([
      ['total', '120', '90'],
    ]);
    expect(data.funds[0].weight?.value.toString()).toBe('10');
    expect(data.funds[0].userScore?.value.toString()).toBe('7.5');
    const said = findings.filter((f) => f.code === 'P2.inferred');
    expect(said.map((f) => [f.fields, f.at.row, f.at.col])).toEqual([[{ kind: 'fundRowUnlabelled' }, 2, 4]]);
  });

  it('guesses nothing when two unlabelled rows hold amounts', () => {
    const two = [
      [_, _, 100, 120, 90, '75%', 10, 7.5],
      [_, _, 50, 60, 30, '50%', _, _],
    ];
    const { data, findings } = read(chongqing(two));
    expect(data.funds).toEqual([]);
    expect(findings.filter((f) => f.code === 'P2.inferred')).toEqual([]);
  });

  it('takes 指标得分 for the author’s score, not 得分系数 left of it', () => {
    const rows = read(chongqing()).data.indicators;
    expect(rows.map((r) => r.userScore?.value.toString())).toEqual(['9.55', '5']);
    expect(rows.map((r) => r.weight?.value.toString())).toEqual(['10', '5']);
  });

  it('scores a filled 调整指标值, said at its cell; a “/” there leaves 年初指标值', () => {
    const [adjusted, plain] = read(chongqing()).data.indicators;
    expect(adjusted.targetText?.text).toBe('≥2200篇');
    expect(adjusted.target?.value.toString()).toBe('2200');
    expect(adjusted.inferences).toContainEqual({
      ref: { sheet: S, row: 4, col: 5 },
      fields: { kind: 'targetAdjusted', row: '播发稿件数量', found: '≥2200篇' },
    });
    expect(plain.targetText?.text).toBe('3%');
    expect((plain.inferences ?? []).some((i) => i.fields.kind === 'targetAdjusted')).toBe(false);
  });
});

describe('福建 部门整体支出绩效自评表 fund block', () => {
  const fujian: CellValue[][] = [
    ['部门整体支出绩效自评表', _, _, _, _, _, _, _, _],
    [
      '财政资金安排和使用情况（万元）',
      '资金结构',
      '年初部门预算安排金额（含历年结余结转）①',
      '年中调整金额②',
      '小计③=①+②',
      '年度拨付金额',
      '支出实现率（%）⑤=④/③',
      '本年度结余金额⑥=③-④',
      '资金结余率（%）⑦=⑥/③',
    ],
    [_, '财政资金小计', 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08],
    [_, '① 项目支出', 30, 0, 30, 30, 100, 0, 0],
    [_, '② 基本支出', 100.54, 58.07, 158.61, 158.45, 99.9, 0.16, 0.1],
    [_, '合 计', 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08],
    ['一级指标', '二级指标', '三级指标', '绩效目标值', '实际完成值', '指标分值', '自评得分', '未完成原因', _],
    ['产出目标', '数量目标', '宣传活动场数', '10场', '11场', 100, 100, '已完成', _],
  ];

  it('reads 小计 as 全年预算数 and 年度拨付金额 as 执行数; 合 计 is the total, 财政资金小计 the fiscal part', () => {
    const { data } = read(fujian);
    const rows = data.funds.map((f) => [
      f.kind,
      f.label.text,
      f.budgetInitial?.value.toString(),
      f.budgetFinal?.value.toString(),
      f.executed?.value.toString(),
    ]);
    expect(rows).toEqual([
      ['fiscal', '财政资金小计', '130.54', '188.61', '188.45'],
      ['total', '合 计', '130.54', '188.61', '188.45'],
    ]);
    expect(data.funds[1].userRate?.value.toString()).toBe('99.92');
  });

  it('reads 指标分值 | 自评得分 | 未完成原因 of the indicator rows', () => {
    const [row] = read(fujian).data.indicators;
    expect([row.weight?.value.toString(), row.userScore?.value.toString(), row.deviationReason?.text]).toEqual([
      '100',
      '100',
      '已完成',
    ]);
  });
});

describe('评价指标体系 forms (score sheets)', () => {
  const sheet = (header: CellValue[], row: CellValue[]): CellValue[][] => [
    ['2017年部门整体支出绩效评价得分表', _, _, _, _],
    header,
    row,
  ];

  it('reads 一级/二级/三级 | 得分 with the 分值 written after the name, said at the name', () => {
    const { data } = read(
      sheet(
        ['一级指标', '二级指标', '三级指标', '得分', _],
        ['部门决策（25分）', '目标任务（15分）', '相关性（5分）', 4, _],
      ),
    );
    const [row] = data.indicators;
    expect([row.level1, row.level3.text, row.weight?.value.toString(), row.userScore?.value.toString()]).toEqual([
      '部门决策（25分）',
      '相关性（5分）',
      '5',
      '4',
    ]);
    expect([row.noValueColumns, row.noWeightColumn]).toEqual([true, undefined]);
    expect(row.inferences?.map((i) => [i.fields.kind, i.ref.row, i.ref.col])).toEqual([['weightInName', 2, 2]]);
  });

  it('takes 指标分值 | 自评得分 as they are, and no points from a name when there is a 分值 column', () => {
    const { data } = read(
      sheet(
        ['一级指标', '三级指标', '指标分值', '指标说明及评分标准', '自评得分'],
        ['规划', '明确性（5分）', 3, '明确（3分）', 3],
      ),
    );
    expect(
      data.indicators.map((r) => [r.weight?.value.toString(), r.userScore?.value.toString(), r.inferences]),
    ).toEqual([['3', '3', []]]);
  });

  it('is not taken for a form that has 实际完成值 but an unknown target word (the header is reported missing)', () => {
    const { data, findings } = read(
      sheet(['一级指标', '三级指标', '预期值', '实际完成值', '得分'], ['产出', '完成数', 10, 10, 5]),
    );
    expect(data.indicators).toEqual([]);
    expect(findings.some((f) => f.code === 'table.header')).toBe(true);
  });
});

describe('department-level titles', () => {
  it.each([
    ['部门整体绩效自评表', 'P2'],
    ['2023年度部门整体支出绩效评价自评表', 'P2'],
    ['2017年部门整体支出绩效评价得分表', 'P2'],
    ['项目支出绩效评价自评表', 'P2'],
  ])('%s is the self-evaluation form', (title, id) => {
    expect(matchTitle(title)?.target).toBe(id);
  });

  it('finds a 评价指标体系 form by its title in a sheet named Sheet1', () => {
    const values: CellValue[][] = [
      ['2017年部门整体支出绩效评价得分表', _, _, _],
      ['一级指标', '二级指标', '三级指标', '得分'],
      ['部门决策（25分）', '目标任务（15分）', '相关性（5分）', 5],
    ];
    const a = analyse({ sheets: [sheetOf('Sheet1', values, [])] });
    expect(a.model.p2?.indicators.map((r) => r.weight?.value.toString())).toEqual(['5']);
  });
});

describe('福建 2018 fund block with 历年结余结转 in its own column', () => {
  const values: CellValue[][] = [
    ['部门整体支出绩效自评表', _, _, _, _, _, _, _],
    [
      _,
      '资金结构（万元）',
      '年初部门预算安排金额',
      '历年结余结转',
      '年中调整金额③',
      '小计④=①+②+③',
      '年度拨付金额',
      '支出实现率（%）',
    ],
    [_, '合 计', 250, 20, 0, 270, 260, '96%'],
    ['年度总体目标完成情况', '预期目标', _, _, _, '目标实际完成情况', _, _],
    [_, '目标1：保障运转', _, _, _, '目标1完成情况：基本完成', _, _],
    ['一级指标', '二级指标', '三级指标', '指标解释', '绩效目标值', '实际完成值', '指标分值', '得分'],
    ['产出指标', '数量指标', '按月发放工资', '按月发放', '100%', '100%', 100, 100],
  ];

  it('adds 历年结余结转 to 年初预算数 (so 预算调整率 counts 年中调整 only), said at that header', () => {
    const { data, findings } = read(values);
    const total = data.funds.find((f) => f.kind === 'total')!;
    expect([total.budgetInitial?.value.toString(), total.budgetFinal?.value.toString()]).toEqual(['270', '270']);
    const said = findings.filter((f) => f.code === 'P2.inferred').map((f) => [f.fields.kind, f.at.row, f.at.col]);
    expect(said).toEqual([['initialWithCarryover', 1, 3]]);
  });

  it('keeps a goal whose text says 完成情况 out of the indicator header', () => {
    const { data } = read(values);
    expect(data.goals.map((g) => g.actual?.text)).toEqual(['目标1完成情况：基本完成']);
    expect(data.info.range.bottom).toBe(6);
    expect(data.indicators.map((r) => r.level1)).toEqual(['产出指标']);
  });
});
