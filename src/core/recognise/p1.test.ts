import { sheetOf } from '../grid/snapshot';
import { readP1 } from './p1';
import { tableContext } from './common';

const S = '项目支出明细表';
const _ = null;

function read(values: (string | number | null)[][], unit: '万元' | '元' = '万元') {
  const ctx = tableContext(sheetOf(S, values), 'P1', { unit });
  return { data: readP1(ctx), findings: ctx.findings };
}

const header = [
  '项目名称',
  '功能分类科目编码',
  '功能分类科目名称',
  '年初预算数',
  '全年预算数',
  '执行数',
  '重点项目',
  '主要用途',
];

describe('readP1', () => {
  it('reads one project per row with its amounts, key flag and purpose', () => {
    const { data, findings } = read([
      ['项目支出明细表', _, _, _, _, _, _, _],
      header,
      ['学前教育发展资金', '2050201', '学前教育', 150, 180, 180, '是', '公办园校舍维修改造'],
      ['教师培训', '205 08 03', '培训支出', 20, 20, '18.5', '否', _],
    ]);
    expect(findings).toEqual([]);
    expect(data.projects).toHaveLength(2);
    const [first, second] = data.projects;
    expect(first).toMatchObject({ row: 2, key: true });
    expect(first.name.text).toBe('学前教育发展资金');
    expect(first.executed!.value.toString()).toBe('180');
    expect(first.purpose!.text).toBe('公办园校舍维修改造');
    expect(second.code!.text).toBe('2050803');
    expect(second.key).toBe(false);
    expect(second.executed!.value.toString()).toBe('18.5');
    expect(second.purpose).toBeNull();
  });

  it('skips the 合计 row, blank rows and note rows', () => {
    const { data } = read([
      header,
      ['项目甲', _, _, 1, 1, 1, '是', _],
      [_, _, _, _, _, _, _, _],
      ['合计', _, _, 1, 1, 1, _, _],
      ['注：金额单位万元', _, _, _, _, _, _, _],
    ]);
    expect(data.projects.map((p) => p.name.text)).toEqual(['项目甲']);
  });

  it('converts amounts from the table unit to 万元', () => {
    const { data } = read([header, ['项目甲', _, _, 10000, 20000, 15000, _, _]], '元');
    expect(data.projects[0].executed!.value.toString()).toBe('1.5');
  });

  it('a word in an amount column is a cell.value error at that cell', () => {
    const { data, findings } = read([header, ['项目甲', _, _, 1, 1, '待定', _, _]]);
    expect(data.projects[0].executed).toBeNull();
    expect(findings.map((f) => [f.code, f.at.row, f.at.col])).toEqual([['cell.value', 1, 5]]);
  });

  it('without the required columns is a table.header error', () => {
    const ctx = tableContext(sheetOf(S, [['项目支出明细表'], ['名字', '钱']]), 'P1');
    expect(readP1(ctx).projects).toEqual([]);
    expect(ctx.findings.map((f) => f.code)).toEqual(['table.header']);
  });
});
