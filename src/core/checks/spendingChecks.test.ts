import { checkT3RowSum } from './checkT3RowSum';
import { zhLabel } from '../../../test/support/findingText';
import { checkT3Hierarchy } from './checkT3Hierarchy';
import { checkT5RowSum } from './checkT5RowSum';
import { checkT5Hierarchy } from './checkT5Hierarchy';
import { RowSpec, brief, figuresWith, modelOf, refAt, spendingTable } from '../../../test/support/testModel';
import { SpendingColumn } from '../model/types';

const S = '支出决算表';
const figures = figuresWith();
const COLS: SpendingColumn[] = ['total', 'basic', 'project'];

/** 合计 (row 5), 205 (6), 20502 (7), 2050201 (8), 2050202 (9), 208 (10, no 款). Columns C 合计, D 基本, E 项目. */
function rows(over: Partial<Record<string, (number | string)[]>> = {}): RowSpec[] {
  const r = (code: string | null, values: (number | string)[]): RowSpec => ({
    code,
    values: over[code ?? '合计'] ?? values,
  });
  return [
    r(null, [160, 110, 50]),
    r('205', [150, 100, 50]),
    r('20502', [150, 100, 50]),
    r('2050201', [90, 60, 30]),
    r('2050202', [60, 40, 20]),
    r('208', [10, 10, 0]),
  ];
}
const t3 = (over: Partial<Record<string, (number | string)[]>> = {}, unit: '万元' | '元' = '万元') =>
  modelOf({ t3: spendingTable('T3', S, COLS, rows(over), unit) });

describe('T3.rowSum', () => {
  it('rows whose 合计 is 基本 + 项目 give nothing', () => {
    expect(checkT3RowSum(t3(), figures)).toEqual([]);
  });

  it('a row whose 合计 is off is an error at that row’s 合计', () => {
    const found = checkT3RowSum(t3({ '2050201': [95, 60, 30] }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T3.rowSum', severity: 'error', at: `${S}!C8`, difference: '5' }]);
    expect(found[0].related).toEqual([refAt(S, 'D8'), refAt(S, 'E8')]);
    expect(zhLabel(found[0], 'subject')).toBe('科目2050201（2050201）本年支出合计');
  });

  it('0.02 off over two parts is 尾差 (info)', () => {
    const found = checkT3RowSum(t3({ '208': ['10.02', 10, 0] }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T3.rowSum', severity: 'info', at: `${S}!C10`, difference: '0.02' }]);
  });

  it('0.03 off over two parts is an error', () => {
    expect(checkT3RowSum(t3({ '208': ['10.03', 10, 0] }), figures)[0].severity).toBe('error');
  });

  it('in a table in 元, 0.02 元 off over two parts is still 尾差 but 0.03 元 is not', () => {
    expect(checkT3RowSum(t3({ '208': ['10.000002', 10, 0] }, '元'), figures)[0].severity).toBe('info');
    expect(checkT3RowSum(t3({ '208': ['10.000003', 10, 0] }, '元'), figures)[0].severity).toBe('error');
  });
});

describe('T3.hierarchy', () => {
  it('a consistent 合计/类/款/项 table gives nothing', () => {
    expect(checkT3Hierarchy(t3(), figures)).toEqual([]);
  });

  it('a 款 that is not the sum of its 项 is an error at the 款 cell', () => {
    const found = checkT3Hierarchy(t3({ '2050202': [60, 45, 15] }), figures);
    expect(found.map(brief)).toEqual([
      { code: 'T3.hierarchy', severity: 'error', at: `${S}!D7`, difference: '-5' },
      { code: 'T3.hierarchy', severity: 'error', at: `${S}!E7`, difference: '5' },
    ]);
    expect(found[0].related).toEqual([refAt(S, 'D8'), refAt(S, 'D9')]);
    expect(zhLabel(found[0], 'other')).toBe('其下各项基本支出之和');
  });

  it('a 合计 that is not the sum of its 类 is an error at the 合计 cell', () => {
    const found = checkT3Hierarchy(t3({ 合计: [170, 120, 50] }), figures);
    expect(found.map(brief)).toEqual([
      { code: 'T3.hierarchy', severity: 'error', at: `${S}!C5`, difference: '10' },
      { code: 'T3.hierarchy', severity: 'error', at: `${S}!D5`, difference: '10' },
    ]);
    expect(zhLabel(found[1], 'subject')).toBe('基本支出合计');
    expect(found[1].related).toEqual([refAt(S, 'D6'), refAt(S, 'D10')]);
  });

  it('a 类 without 款 rows is not checked against children', () => {
    expect(checkT3Hierarchy(t3({ '208': [10, 10, 0] }), figures)).toEqual([]);
  });

  it('a 项 whose 款 row is absent counts under its 类', () => {
    const table = spendingTable('T3', S, COLS, [
      { code: null, values: [30, 20, 10] },
      { code: '205', values: [30, 20, 10] },
      { code: '2050201', values: [20, 20, 0] },
      { code: '2050299', values: [11, 0, 10] },
    ]);
    const found = checkT3Hierarchy(modelOf({ t3: table }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T3.hierarchy', severity: 'error', at: `${S}!C6`, difference: '-1' }]);
  });
});

describe('T5.rowSum and T5.hierarchy', () => {
  const T5 = '一般公共预算财政拨款支出决算表';
  const t5 = (over: Partial<Record<string, (number | string)[]>> = {}) =>
    modelOf({
      t5: spendingTable(
        'T5',
        T5,
        ['budgetFinal', 'total', 'basic', 'project'],
        rows(over).map((r) => ({ ...r, values: [Number(r.values[0]) + 5, ...r.values] })),
      ),
    });

  it('a consistent table gives nothing, the budget column is not a part of 合计', () => {
    expect(checkT5RowSum(t5(), figures)).toEqual([]);
  });

  it('a row off is an error at its 合计 (column D)', () => {
    const found = checkT5RowSum(t5({ '208': [11, 10, 0] }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T5.rowSum', severity: 'error', at: `${T5}!D10`, difference: '1' }]);
  });

  it('the budget column is checked level by level too', () => {
    const found = checkT5Hierarchy(t5(), figures);
    // 全年预算数 is value + 5 on every row: a parent with two children is 5 short of their sum
    // (合计 over 205 + 208, 20502 over its two 项); 205 over its single 款 still adds up.
    expect(found.map((f) => brief(f).at)).toEqual([`${T5}!C5`, `${T5}!C7`]);
    expect(found.map((f) => f.difference?.toString())).toEqual(['-5', '-5']);
    expect(found.every((f) => f.code === 'T5.hierarchy')).toBe(true);
  });

  it('a consistent table passes the hierarchy', () => {
    const table = spendingTable('T5', T5, ['total', 'basic', 'project'], rows());
    expect(checkT5Hierarchy(modelOf({ t5: table }), figures)).toEqual([]);
  });
});
