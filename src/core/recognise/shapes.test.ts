/**
 * The real-world shapes of issue 14 (spec/workbook.md "Real-world variants"), one focused test
 * each: every one of them read a wrong figure, or dropped a table, on the main of 2026-12-01.
 */
import { Rect, SheetSnapshot, sheetOf } from '../grid/snapshot';
import { computeFigures } from '../indicators/figures';
import { describeFinding } from '../findings/wording';
import { tableContext } from './common';
import { identifySheet, locateTables } from './locate';
import { recognise } from './recognise';
import { readSpendingTable } from './spending';
import { readT1 } from './t1';
import { readT6 } from './t6';
import { readT7 } from './t7';
import { dateText } from './numbers';
import { runChecks } from '../checks/runChecks';

const value = (a: { value: { toString(): string } } | null | undefined) => a?.value.toString() ?? null;
const t1Line = (t1: ReturnType<typeof readT1>, side: 'income' | 'spending', label: string) =>
  value(t1.lines.find((l) => l.side === side && l.label === label)?.amount);

describe('shape 1: 收入支出决算总表 with a unit line over a column, 收入|支出 groups, 行次 and a 栏次 row', () => {
  const rows = (unitCol: number) => {
    const unitRow: (string | null)[] = ['公开01表', null, null, null, null, null];
    unitRow[unitCol] = '金额单位：万元';
    return [
      ['收入支出决算总表'],
      unitRow,
      ['收入', null, null, '支出', null, null],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['栏次', null, 1, '栏次', null, 2],
      ['一、一般公共预算财政拨款收入', 1, 1865.32, '一、一般公共服务支出', 32, 210.5],
      ['二、事业收入', 2, 34.68, '二、教育支出', 33, 1589.5],
      ['本年收入合计', 6, 1900, '本年支出合计', 37, 1800],
      ['年初结转和结余', 8, 100, '年末结转和结余', 40, 200],
      ['总计', 9, 2000, '总计', 41, 2000],
    ];
  };
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: 5 },
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ];

  it.each([2, 1, 5])('reads each side from its own 金额 column (unit line over column %i)', (unitCol) => {
    const t1 = readT1(tableContext(sheetOf('收入支出决算总表', rows(unitCol), merges), 'T1'));
    expect(t1.info.headerRows).toEqual([2, 3]);
    expect(t1Line(t1, 'income', '一般公共预算财政拨款收入')).toBe('1865.32');
    expect(t1Line(t1, 'income', '本年收入合计')).toBe('1900');
    expect(t1Line(t1, 'spending', '本年支出合计')).toBe('1800');
    expect(t1Line(t1, 'spending', '年末结转和结余')).toBe('200');
    // A 行次 number is never money, and the 栏次 row is no line.
    expect(t1.lines.every((l) => l.amount.ref.col === 2 || l.amount.ref.col === 5)).toBe(true);
    expect(t1.lines.some((l) => l.label === '栏次')).toBe(false);
  });
});

describe('shape 2: a sheet whose name is a near-miss of its title', () => {
  it('takes the table the title cell names', () => {
    const sheet = sheetOf('收入支出决算表', [['2022年度收入支出决算总表'], ['项目', '金额', '项目', '金额']]);
    expect(identifySheet(sheet)?.id).toBe('T1');
  });

  it('says why a sheet that looks like a standard table is not taken', () => {
    const sheet = sheetOf('项目支出决算表', [['项目支出决算表'], ['科目编码', '科目名称', '本年支出合计']]);
    const { tables, findings } = locateTables({ sheets: [sheet] });
    expect(tables).toEqual([]);
    const notTaken = findings.filter((f) => f.code === 'table.notTaken');
    expect(notTaken).toHaveLength(1);
    expect(notTaken[0].severity).toBe('info');
    expect(describeFinding(notTaken[0], 'zh-CN')).toContain('项目支出决算表');
  });
});

describe('shape 2: an untitled sheet that has a standard table\'s header', () => {
  it('is not read, and an info says which table it looks like and what to add', () => {
    const sheet = sheetOf('Sheet3', [
      [null, null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
      [null, '合计', 100, 80, 20],
    ]);
    const { tables, findings } = locateTables({ sheets: [sheet] });
    expect(tables).toEqual([]);
    const info = findings.filter((f) => f.code === 'table.notTaken');
    expect(info.map((f) => [f.severity, f.at.row, f.at.col])).toEqual([['info', 1, 2]]);
    expect(describeFinding(info[0], 'zh-CN')).toBe(
      'Sheet3!C2：工作表“Sheet3”的表头像是支出决算表，但没有标题，未读取；请在表头上方加上标题“支出决算表”',
    );
  });
});

describe('shape 5: three-row headers, split 类|款|项 on the third row; T6 by 功能分类', () => {
  const merges: Rect[] = [
    { top: 2, left: 0, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 4, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 6 },
    { top: 3, left: 4, bottom: 4, right: 4 },
    { top: 3, left: 5, bottom: 4, right: 5 },
    { top: 3, left: 6, bottom: 4, right: 6 },
  ];
  const t6Sheet = sheetOf(
    '基本支出决算表',
    [
      ['一般公共预算财政拨款基本支出决算表'],
      ['公开06表', null, null, null, null, null, '金额单位：万元'],
      ['科目编码', null, null, '科目名称', '决算数', null, null],
      [null, null, null, null, '合计', '人员经费', '公用经费'],
      ['类', '款', '项', null, null, null, null],
      [null, null, null, '合计', 1200, 1000, 200],
      ['205', null, null, '教育支出', 1100, 920, 180],
      ['205', '02', null, '普通教育', 1100, 920, 180],
      ['205', '02', '01', '学前教育', 1100, 920, 180],
      ['208', null, null, '社会保障和就业支出', 100, 80, 20],
      ['208', '05', null, '行政事业单位养老支出', 100, 80, 20],
    ],
    merges,
  );

  it('reads 人员经费 and 公用经费 of a 功能分类 T6 once, from its 合计 row', () => {
    const t6 = readT6(tableContext(t6Sheet, 'T6'));
    expect(value(t6.personnelTotal)).toBe('1000');
    expect(value(t6.publicTotal)).toBe('200');
    expect(t6.items).toEqual([]);
    const model = recognise({ sheets: [t6Sheet] });
    const figures = computeFigures(model);
    expect(figures.personnelExpenditure.value?.toString()).toBe('1000');
    expect(figures.publicExpenditure.value?.toString()).toBe('200');
  });

  it('reads a T3 whose 类|款|项 labels stand on the third header row', () => {
    const sheet = sheetOf(
      '支出决算表',
      [
        ['支出决算表'],
        [null, null, null, null, null, '单位：万元'],
        ['科目编码', null, null, '科目名称', '本年支出合计', '基本支出', '项目支出'],
        [null, null, null, null, null, null, null],
        ['类', '款', '项', null, null, null, null],
        [null, null, null, '合计', 1300, 1200, 100],
        ['205', null, null, '教育支出', 1300, 1200, 100],
        ['205', '02', null, '普通教育', 1300, 1200, 100],
        ['205', '02', '01', '学前教育', 1300, 1200, 100],
      ],
      [
        { top: 2, left: 0, bottom: 3, right: 2 },
        { top: 2, left: 3, bottom: 4, right: 3 },
        { top: 2, left: 4, bottom: 4, right: 4 },
        { top: 2, left: 5, bottom: 4, right: 5 },
        { top: 2, left: 6, bottom: 4, right: 6 },
      ],
    );
    const t3 = readSpendingTable(tableContext(sheet, 'T3'));
    expect(t3.rows.map((r) => [r.code, r.level])).toEqual([
      ['205', 1],
      ['20502', 2],
      ['2050201', 3],
    ]);
    expect(value(t3.totalRow?.amounts.basic)).toBe('1200');
  });
});

describe('shape 6: the official three-lane 基本支出决算表 with merged footer labels', () => {
  it('reads 公用经费合计 from the last lane, right of its merged label', () => {
    const sheet = sheetOf(
      '公开06表',
      [
        ['一般公共预算财政拨款基本支出决算表'],
        [null, null, null, null, null, null, null, null, '金额单位：万元'],
        ['人员经费', null, null, '公用经费', null, null, null, null, null],
        ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
        ['301', '工资福利支出', 800, '302', '商品和服务支出', 150, '310', '资本性支出', 20],
        ['30101', '基本工资', 500, '30201', '办公费', 150, '31002', '办公设备购置', 20],
        ['30102', '津贴补贴', 300, null, null, null, null, null, null],
        ['303', '对个人和家庭的补助', 50, null, null, null, null, null, null],
        ['人员经费合计', null, 850, '公用经费合计', null, null, null, null, 170],
      ],
      [
        { top: 2, left: 0, bottom: 2, right: 2 },
        { top: 2, left: 3, bottom: 2, right: 8 },
        { top: 8, left: 0, bottom: 8, right: 1 },
        { top: 8, left: 3, bottom: 8, right: 7 },
      ],
    );
    const ctx = tableContext(sheet, 'T6');
    const t6 = readT6(ctx);
    expect(value(t6.personnelTotal)).toBe('850');
    expect(value(t6.publicTotal)).toBe('170');
    expect(t6.publicTotal?.ref).toEqual({ sheet: '公开06表', row: 8, col: 8 });
  });
});

describe('shape 7: a long "三公" table with the official item names and a counts block', () => {
  it('takes 公务用车购置及运行维护费 as the vehicle subtotal and ignores the counts', () => {
    const sheet = sheetOf('三公经费', [
      ['一般公共预算财政拨款“三公”经费支出决算表'],
      [null, null, '单位：万元'],
      ['项目', '预算数', '决算数'],
      ['合计', 30, 25.6],
      ['1.因公出国（境）费', 0, 0],
      ['2.公务用车购置及运行维护费', 20, 18.6],
      ['  其中：公务用车购置费', 0, 0],
      ['        公务用车运行维护费', 20, 18.6],
      ['3.公务接待费', 10, 7],
      ['其他资料：1.车辆数（辆）', null, 3],
      ['2.国内公务接待批次（个）', null, 40],
      ['3.国内公务接待人次（人）', null, 260],
    ]);
    const t7 = readT7(tableContext(sheet, 'T7'));
    expect(value(t7.actual.vehicleSubtotal)).toBe('18.6');
    expect(value(t7.actual.vehiclePurchase)).toBe('0');
    expect(value(t7.actual.vehicleOperation)).toBe('18.6');
    expect(value(t7.actual.reception)).toBe('7');
    expect(value(t7.budget.total)).toBe('30');
  });
});

describe('beyond the listed shapes: a "三公" table with 会议费 and 培训费 (湖北, 陕西)', () => {
  // The published 2022 figures of 鄂城区 (湖北): the 合计 1000.86 counts 会议费 and 培训费, and is 0.01 off.
  const sheet = sheetOf('三公经费', [
    ['一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表'],
    [null, null, '单位：万元'],
    ['项目', '预算数', '决算数'],
    ['合计', '-', 1000.86],
    ['1.因公出国（境）费', '-', 0],
    ['2.公务用车购置及运行维护费', '-', 871.63],
    ['  （1）公务用车购置费', '-', 399.25],
    ['  （2）公务用车运行维护费', '-', 472.38],
    ['3.公务接待费', '-', 43.77],
    ['4.会议费', '-', 34.1],
    ['5.培训费', '-', 51.37],
  ]);

  it('takes the "三公"经费 合计 as the sum of its items, not the 合计 that counts 会议费 and 培训费', () => {
    const ctx = tableContext(sheet, 'T7');
    const t7 = readT7(ctx);
    expect(value(t7.actual.total)).toBe('915.4');
    expect(value(t7.others?.actual.grandTotal)).toBe('1000.86');
    expect(value(t7.others?.actual.meeting)).toBe('34.1');
    const figures = computeFigures(recognise({ sheets: [sheet] }));
    expect(figures.threePublicActual.value?.toString()).toBe('915.4');
  });

  it('checks the table’s own 合计 against the items, 会议费 and 培训费', () => {
    const model = recognise({ sheets: [sheet] });
    const sums = runChecks(model, computeFigures(model)).filter((f) => f.code === 'T7.sum');
    expect(sums.map((f) => [f.severity, f.at.row, f.at.col, f.difference?.toString()])).toEqual([['info', 3, 2, '-0.01']]);
  });
});

describe('shape 8: text copied from a PDF', () => {
  it('joins a label split over two rows and reads numbers with commas, spaces and line breaks', () => {
    const sheet = sheetOf('收入支出决算总表', [
      ['收入支出决算总表', null, null, '单位：万元'],
      ['项目', '金额', '项目', '金额'],
      ['一、一般公共预算财政', '1,865.\n32', '一、教育支出', '1 800.00'],
      ['拨款收入', null, null, null],
      ['本年收入合\n计', '1 865.32', '本年支出合计', '1,800'],
    ]);
    const t1 = readT1(tableContext(sheet, 'T1'));
    expect(t1Line(t1, 'income', '一般公共预算财政拨款收入')).toBe('1865.32');
    expect(t1Line(t1, 'income', '本年收入合计')).toBe('1865.32');
    expect(t1Line(t1, 'spending', '本年支出合计')).toBe('1800');
    expect(t1.lines.some((l) => l.label === '拨款收入')).toBe(false);
  });

  it('joins a label split over two cells of its row (the second in the 行次 column)', () => {
    const sheet = sheetOf('收入支出决算总表', [
      ['收入支出决算总表', null, null, null, null, '单位：万元'],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['一、一般公共预算财政', '拨款收入', 1865.32, '一、教育支出', 32, 1800],
      ['本年收入合计', 6, 1865.32, '本年支出', '合计', 1800],
    ]);
    const t1 = readT1(tableContext(sheet, 'T1'));
    expect(t1Line(t1, 'income', '一般公共预算财政拨款收入')).toBe('1865.32');
    expect(t1Line(t1, 'spending', '本年支出合计')).toBe('1800');
  });

  it('keeps no stray line break in a name read from a source label', () => {
    const sheet = sheetOf('支出决算表', [
      ['支出决算表', null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
      [null, '合计', 100, 100, 0],
      ['2050201', '学前\n教育', 100, 100, 0],
    ]);
    const t3 = readSpendingTable(tableContext(sheet, 'T3'));
    expect(t3.rows[0].name).toBe('学前教育');
  });
});

describe('shape 9: a date or time in an amount cell', () => {
  it('shows the date or time as Excel does, and leaves number formats alone', () => {
    expect(dateText(44926, 'yyyy/m/d')).toBe('2022/12/31');
    expect(dateText(44926.5, 'yyyy-mm-dd h:mm')).toBe('2022/12/31 12:00');
    expect(dateText(0.75, '[h]:mm')).toBe('18:00');
    expect(dateText(1865.32, '#,##0.00;[Red]-#,##0.00')).toBeNull();
    expect(dateText(100, '0.00"万元"')).toBeNull();
    expect(dateText(100, null)).toBeNull();
  });

  it('is a cell.value error at that cell, not 44926 万元', () => {
    const sheet: SheetSnapshot = {
      ...sheetOf('支出决算表', [
        ['支出决算表', null, null, '单位：万元'],
        ['科目编码', '科目名称', '本年支出合计', '基本支出'],
        [null, '合计', 44926, 100],
      ]),
      numberFormats: [[], [], [null, null, 'yyyy/m/d', '#,##0.00']],
    };
    const ctx = tableContext(sheet, 'T3');
    const t3 = readSpendingTable(ctx);
    expect(t3.totalRow?.amounts.total).toBeUndefined();
    expect(value(t3.totalRow?.amounts.basic)).toBe('100');
    const bad = ctx.findings.filter((f) => f.code === 'cell.value');
    expect(bad.map((f) => [f.at.row, f.at.col, f.severity])).toEqual([[2, 2, 'error']]);
    expect(describeFinding(bad[0], 'zh-CN')).toContain('2022/12/31');
  });
});
