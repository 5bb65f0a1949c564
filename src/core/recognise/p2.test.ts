import { CellValue, sheetOf } from '../grid/snapshot';
import { toFormula } from '../report/formula';
import { readP2 } from './p2';
import { tableContext } from './common';

const S = '绩效自评表';
const _ = null;

/** The official layout: fund block, goals, indicator rows (一级/二级 merged down). */
function form(): CellValue[][] {
  return [
    ['2022年度部门整体支出绩效自评表', _, _, _, _, _, _, _, _, _, _],
    ['单位：万元', _, _, _, _, _, _, _, _, _, _],
    ['年度预算执行情况', '项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', _, _, _],
    [_, '年度资金总额', 26000, 27000, 26833.46, 10, '99.38%', 9.94, _, _, _],
    [_, '其中：财政拨款', 25000, 26000, 25900, _, _, _, _, _, _],
    [_, '上年结转资金', '-', 1000, 933.46, _, _, _, _, _, _],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况', _, _, _, _, _],
    [_, '办好人民满意教育', _, _, _, '各项目标基本完成', _, _, _, _, _],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '年度指标值',
      '计量单位',
      '实际完成值',
      '分值',
      '完成情况',
      '得分',
      '偏差原因',
    ],
    ['产出指标', '数量指标', '新增学位数', '≥', 4000, '个', 4404, 20, _, _, _],
    [_, _, '资助覆盖率', _, '≥95%', _, '98%', 10, _, _, _],
    [_, '质量指标', '辍学率', '反向', '1%', _, '0%', 10, _, _, _],
    [
      '效益指标',
      '社会效益指标',
      '教育质量提升',
      _,
      '有效提升',
      _,
      '明显提升',
      20,
      '部分达成年度指标并具有一定效果',
      14,
      '布局失调',
    ],
    [_, _, '校园安全', '定性', '无事故', _, '无事故', 10, '达成', _, _],
    [_, _, '群众满意度', '不低于', 0.9, '%', 0.93, _, _, _, _],
    ['合计', _, _, _, _, _, _, 90, _, _, _],
  ];
}

const merges = [
  { top: 9, left: 0, bottom: 11, right: 0 },
  { top: 9, left: 1, bottom: 10, right: 1 },
  { top: 12, left: 0, bottom: 14, right: 0 },
  { top: 12, left: 1, bottom: 14, right: 1 },
];

function read(values = form()) {
  const ctx = tableContext(sheetOf(S, values, merges), 'P2', { titleCell: { sheet: S, row: 0, col: 0 } });
  return { data: readP2(ctx), findings: ctx.findings };
}

describe('readP2 fund block', () => {
  it('reads 年度资金总额 with its 分值 and the typed 执行率/得分', () => {
    const total = read().data.funds.find((f) => f.kind === 'total')!;
    expect(total.budgetFinal!.value.toString()).toBe('27000');
    expect(total.executed!.value.toString()).toBe('26833.46');
    expect(toFormula(total.executed!.expr)).toBe("'绩效自评表'!E4");
    expect(total.weight!.value.toString()).toBe('10');
    expect(total.userRate!.value.toString()).toBe('0.9938');
    expect(total.userScore!.value.toString()).toBe('9.94');
  });

  it('recognises 其中：财政拨款 and 上年结转资金', () => {
    const kinds = read().data.funds.map((f) => f.kind);
    expect(kinds).toEqual(['total', 'fiscal', 'carryover']);
  });

  it('leaves a blank 分值 null so the default weight applies', () => {
    expect(read().data.funds[1].weight).toBeNull();
  });
});

describe('readP2 goals', () => {
  it('reads 预期目标 and 实际完成情况', () => {
    const goals = read().data.goals;
    expect(goals).toHaveLength(1);
    expect(goals[0].expected!.text).toBe('办好人民满意教育');
    expect(goals[0].actual!.text).toBe('各项目标基本完成');
  });
});

describe('readP2 indicator rows', () => {
  const rows = () => read().data.indicators;

  it('reads every indicator row and skips the 合计 row', () => {
    expect(rows().map((r) => r.level3.text)).toEqual([
      '新增学位数',
      '资助覆盖率',
      '辍学率',
      '教育质量提升',
      '校园安全',
      '群众满意度',
    ]);
  });

  it('a merged 一级指标 applies to every row it covers', () => {
    expect(rows().map((r) => r.level1)).toEqual([
      '产出指标',
      '产出指标',
      '产出指标',
      '效益指标',
      '效益指标',
      '效益指标',
    ]);
    expect(rows().map((r) => r.level2)).toEqual([
      '数量指标',
      '数量指标',
      '质量指标',
      '社会效益指标',
      '社会效益指标',
      '社会效益指标',
    ]);
  });

  it('reads the direction words and infers the missing ones', () => {
    const d = rows().map((r) => [r.direction, r.directionInferred]);
    expect(d).toEqual([
      ['>=', false],
      ['>=', true],
      ['<=', false],
      ['qualitative', true],
      ['qualitative', false],
      ['>=', false],
    ]);
  });

  it('reads values with % and signs as numbers, keeping the text as written', () => {
    const r = rows()[1];
    expect(r.target!.value.toString()).toBe('0.95');
    expect(r.targetText!.text).toBe('≥95%');
    expect(r.actual!.value.toString()).toBe('0.98');
    expect(rows()[0].unitText).toBe('个');
  });

  it('reads 完成情况 in long and short form, with the typed 得分 and 偏差原因', () => {
    const [quality, safety] = rows().slice(3, 5);
    expect(quality).toMatchObject({ completion: '部分达成', target: null, actual: null });
    expect(quality.userScore!.value.toString()).toBe('14');
    expect(quality.deviationReason!.text).toBe('布局失调');
    expect(safety.completion).toBe('达成');
    expect(safety.completionRef).toEqual({ sheet: S, row: 13, col: 8 });
  });

  it('leaves a blank 分值 null (the scoring reports the row)', () => {
    expect(rows()[5].weight).toBeNull();
  });

  it('reports no finding for a well-formed form', () => {
    expect(read().findings).toEqual([]);
  });

  it('a number column with words is a cell.value error at that cell', () => {
    const values = form();
    values[9][6] = '约4400';
    const { data, findings } = read(values);
    expect(data.indicators[0].actual).toBeNull();
    expect(findings.map((f) => [f.code, f.at.row, f.at.col])).toEqual([['cell.value', 9, 6]]);
  });

  it('infers ≤ from a target written as 不高于5%', () => {
    const values = form();
    values[11][3] = null;
    values[11][4] = '不高于5%';
    expect(read(values).data.indicators[2]).toMatchObject({ direction: '<=', directionInferred: true });
  });
});

describe('readP2 without any known header', () => {
  it('is a table.header error', () => {
    const ctx = tableContext(sheetOf(S, [['绩效自评表'], ['随便写点']]), 'P2');
    const data = readP2(ctx);
    expect(data.indicators).toEqual([]);
    expect(ctx.findings.map((f) => f.code)).toEqual(['table.header']);
  });
});
