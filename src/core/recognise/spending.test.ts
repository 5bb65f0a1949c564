import { CellValue, Rect, sheetOf } from '../grid/snapshot';
import { toFormula } from '../report/formula';
import { tableContext } from './common';
import { readSpendingTable } from './spending';
import { fieldsOf } from '../../../test/support/findingText';

/** The standard T3: title, 公开03表 / 单位, 科目编码 merged over 类|款|项, a 合计 row, code rows. */
function standardT3(rows: CellValue[][], unit = '单位：万元') {
  const values: CellValue[][] = [
    ['支出决算表'],
    ['公开03表', null, null, null, null, null, unit],
    [
      '科目编码',
      null,
      null,
      '科目名称',
      '本年支出合计',
      '基本支出',
      '项目支出',
      '上缴上级支出',
      '经营支出',
      '对附属单位补助支出',
    ],
    ['类', '款', '项', null, null, null, null, null, null, null],
    ...rows,
  ];
  const merges: Rect[] = [
    { top: 2, left: 0, bottom: 2, right: 2 },
    ...[3, 4, 5, 6, 7, 8, 9].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
  ];
  return sheetOf('支出决算表', values, merges);
}

const amounts = (row: ReturnType<typeof readSpendingTable>['rows'][number]) =>
  Object.fromEntries(Object.entries(row.amounts).map(([k, a]) => [k, a!.value.toString()]));

describe('readSpendingTable', () => {
  it('reads the standard T3 with split 类|款|项 codes and a 合计 row', () => {
    const sheet = standardT3([
      ['合计', null, null, null, 300, 200, 100, null, null, null],
      ['205', null, null, '教育支出', 300, 200, 100, null, null, null],
      ['205', '02', null, '普通教育', 300, 200, 100, null, null, null],
      ['205', '02', '01', '学前教育', 120, 100, 20, null, null, null],
      [205, 2, 2, '小学教育', 180, 100, 80, null, null, null],
    ]);
    const t = readSpendingTable(tableContext(sheet, 'T3'));
    expect(t.columns.map((c) => c.column)).toEqual(['total', 'basic', 'project', 'upper', 'business', 'subsidiary']);
    expect(t.totalRow?.row).toBe(4);
    expect(t.totalRow?.amounts.total?.value.toString()).toBe('300');
    expect(t.rows.map((r) => [r.code, r.level, r.name])).toEqual([
      ['205', 1, '教育支出'],
      ['20502', 2, '普通教育'],
      ['2050201', 3, '学前教育'],
      ['2050202', 3, '小学教育'],
    ]);
    expect(amounts(t.rows[3])).toMatchObject({ total: '180', basic: '100', project: '80', upper: '0' });
    expect(t.info.headerRows).toEqual([2, 3]);
  });

  it('finds the total row by its label wherever it stands', () => {
    const sheet = standardT3([
      ['205', null, null, '教育支出', 300, 200, 100],
      ['总 计', null, null, null, 300, 200, 100],
    ]);
    const t = readSpendingTable(tableContext(sheet, 'T3'));
    expect(t.totalRow?.row).toBe(5);
    expect(t.rows).toHaveLength(1);
  });

  it('reads codes in one column, with separators, as numbers or text', () => {
    const sheet = sheetOf('S', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      [null, '合计', 10, 6, 4],
      [205, '教育支出', 10, 6, 4],
      ['205 02', '普通教育', 10, 6, 4],
      ['205-02-01', '学前教育', 10, 6, 4],
      ['2050202 小学教育', null, 0, 0, 0],
    ]);
    const t = readSpendingTable(tableContext(sheet, 'T3'));
    expect(t.rows.map((r) => [r.code, r.level, r.name])).toEqual([
      ['205', 1, '教育支出'],
      ['20502', 2, '普通教育'],
      ['2050201', 3, '学前教育'],
      ['2050202', 3, '小学教育'],
    ]);
  });

  it('skips blank, note and repeated-header rows', () => {
    const header = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];
    const sheet = sheetOf('S', [
      header,
      ['栏次', null, 1, 2, 3],
      [null, '合计', 10, 6, 4],
      [],
      ['205', '教育支出', 10, 6, 4],
      [...header],
      ['2050201', '学前教育', 10, 6, 4],
      ['注：本表反映部门本年度各项支出情况。'],
    ]);
    const ctx = tableContext(sheet, 'T3');
    const t = readSpendingTable(ctx);
    expect(t.rows.map((r) => r.row)).toEqual([4, 6]);
    expect(t.totalRow?.row).toBe(2);
    expect(ctx.findings).toEqual([]);
  });

  it('converts a 元 table to 万元 exactly', () => {
    const sheet = standardT3([['合计', null, null, null, 1234567.89, 1000000, 234567.89]], '金额单位：元');
    const t = readSpendingTable(tableContext(sheet, 'T3', { unit: '元' }));
    expect(t.totalRow?.amounts.total?.value.toString()).toBe('123.456789');
    expect(toFormula(t.totalRow!.amounts.total!.expr)).toBe("'支出决算表'!E5/10000");
  });

  it('reports a word or #REF! in an amount cell at that cell and reads the rest', () => {
    const sheet = standardT3([
      ['合计', null, null, null, 300, '约200', 100],
      ['205', null, null, '教育支出', 300, 200, { error: '#REF!' }],
    ]);
    const ctx = tableContext(sheet, 'T3');
    const t = readSpendingTable(ctx);
    expect(ctx.findings.map((f) => [f.code, f.at.row, f.at.col, fieldsOf(f).found])).toEqual([
      ['cell.value', 4, 5, '约200'],
      ['cell.value', 5, 6, '#REF!'],
    ]);
    expect(t.totalRow?.amounts.basic).toBeUndefined();
    expect(t.totalRow?.amounts.total?.value.toString()).toBe('300');
    expect(t.rows[0].amounts.basic?.value.toString()).toBe('200');
  });

  it('reads T5 budget columns and the 决算数 group', () => {
    const sheet = sheetOf(
      '一般公共预算财政拨款支出决算表',
      [
        ['一般公共预算财政拨款支出决算表'],
        ['科目编码', '科目名称', '年初预算数', '全年预算数（调整预算数）', '决算数', null, null],
        [null, null, null, null, '合计', '基本支出', '项目支出'],
        [null, '合计', 90, 100, 95, 60, 35],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 6 },
      ],
    );
    const t = readSpendingTable(tableContext(sheet, 'T5'));
    expect(Object.fromEntries(t.columns.map((c) => [c.column, c.col]))).toEqual({
      budgetInitial: 2,
      budgetFinal: 3,
      total: 4,
      basic: 5,
      project: 6,
    });
    expect(t.totalRow?.amounts.budgetFinal?.value.toString()).toBe('100');
  });

  it('reads the three-row official header: 项目 over 科目编码 over 类|款|项', () => {
    const sheet = sheetOf(
      'S',
      [
        ['项目', null, null, null, '本年支出合计', '基本支出', '项目支出'],
        ['科目编码', null, null, '科目名称', null, null, null],
        ['类', '款', '项', null, null, null, null],
        ['合计', null, null, null, 3, 2, 1],
        ['208', '05', '01', '行政单位离退休', 3, 2, 1],
      ],
      [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 1, left: 0, bottom: 1, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        ...[4, 5, 6].map((c) => ({ top: 0, left: c, bottom: 2, right: c })),
      ],
    );
    const t = readSpendingTable(tableContext(sheet, 'T3'));
    expect(t.info.headerRows).toEqual([0, 2]);
    expect(t.rows.map((r) => [r.code, r.name])).toEqual([['2080501', '行政单位离退休']]);
    expect(t.totalRow?.amounts.project?.value.toString()).toBe('1');
  });

  it('reports a missing header at the title cell', () => {
    const ctx = tableContext(sheetOf('S', [['支出决算表'], ['甲', '乙']]), 'T3', {
      titleCell: { sheet: 'S', row: 0, col: 0 },
    });
    const t = readSpendingTable(ctx);
    expect(t.rows).toEqual([]);
    expect(ctx.findings.map((f) => [f.code, f.severity, f.at.row])).toEqual([['table.header', 'error', 0]]);
    expect(fieldsOf(ctx.findings[0]).expected).toContain('科目名称');
  });
});
