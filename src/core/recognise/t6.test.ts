import { Rect, sheetOf } from '../grid/snapshot';
import { T6Item } from '../model/types';
import { sum } from '../money';
import { tableContext } from './common';
import { countableT6Items, readT6 } from './t6';

const total = (items: readonly T6Item[], kind: T6Item['kind']) =>
  sum(
    countableT6Items(items)
      .filter((i) => i.kind === kind)
      .map((i) => i.amount.value),
  ).toString();

describe('readT6', () => {
  it('reads the standard two-lane table and its footer, classifying by code', () => {
    const merges: Rect[] = [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ];
    const sheet = sheetOf(
      '基本支出决算表',
      [
        ['一般公共预算财政拨款基本支出决算表'],
        ['公开06表', null, null, null, null, '单位：万元'],
        ['人员经费', null, null, '公用经费', null, null],
        ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
        ['301', '工资福利支出', 100, '302', '商品和服务支出', 30],
        ['30101', '基本工资', 60, '30201', '办公费', 10],
        ['30102', '津贴补贴', 40, '30217', '公务接待费', 20],
        ['303', '对个人和家庭的补助', 5, '310', '资本性支出', 2],
        [null, null, null, '31002', '办公设备购置', 2],
        ['人员经费合计', null, 105, '公用经费合计', null, 32],
      ],
      merges,
    );
    const ctx = tableContext(sheet, 'T6');
    const t6 = readT6(ctx);
    expect(ctx.findings).toEqual([]);
    expect(t6.items.map((i) => [i.code, i.kind])).toEqual([
      ['301', 'personnel'],
      ['302', 'public'],
      ['30101', 'personnel'],
      ['30201', 'public'],
      ['30102', 'personnel'],
      ['30217', 'public'],
      ['303', 'personnel'],
      ['310', 'public'],
      ['31002', 'public'],
    ]);
    expect(t6.personnelTotal?.value.toString()).toBe('105');
    expect(t6.publicTotal?.value.toString()).toBe('32');
    expect(total(t6.items, 'personnel')).toBe('105');
    expect(total(t6.items, 'public')).toBe('32');
  });

  it('classifies by code, not by lane, in a single-lane table', () => {
    const sheet = sheetOf('T6', [
      ['科目编码', '科目名称', '决算数'],
      [30101, '基本工资', 60],
      [30201, '办公费', '1,000.5'],
      [30301, '离休费', 5],
      ['人员经费合计', null, 65],
      ['公用经费合计', null, 1000.5],
    ]);
    const t6 = readT6(tableContext(sheet, 'T6'));
    expect(t6.items.map((i) => [i.code, i.kind, i.amount.value.toString()])).toEqual([
      ['30101', 'personnel', '60'],
      ['30201', 'public', '1000.5'],
      ['30301', 'personnel', '5'],
    ]);
    expect(t6.personnelTotal?.value.toString()).toBe('65');
    expect(t6.publicTotal?.value.toString()).toBe('1000.5');
  });

  it('reads codes split over 类 | 款', () => {
    const sheet = sheetOf(
      'T6',
      [
        ['科目编码', null, '科目名称', '决算数'],
        ['类', '款', null, null],
        ['301', null, '工资福利支出', 10],
        ['301', 1, '基本工资', 10],
        [null, '02', '津贴补贴', 0],
      ],
      [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 0, left: 2, bottom: 1, right: 2 },
        { top: 0, left: 3, bottom: 1, right: 3 },
      ],
    );
    const t6 = readT6(tableContext(sheet, 'T6'));
    expect(t6.items.map((i) => i.code)).toEqual(['301', '30101', '30102']);
  });

  it('counts a 款 row only when its 类 row is absent', () => {
    const sheet = sheetOf('T6', [
      ['科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', 100],
      ['30101', '基本工资', 100],
      ['30201', '办公费', 7],
      ['30202', '印刷费', 3],
    ]);
    const items = readT6(tableContext(sheet, 'T6')).items;
    expect(countableT6Items(items).map((i) => i.code)).toEqual(['301', '30201', '30202']);
    expect(total(items, 'personnel')).toBe('100');
    expect(total(items, 'public')).toBe('10');
  });

  it('keeps an odd code as an item so the code check can flag it', () => {
    const sheet = sheetOf('T6', [
      ['科目编码', '科目名称', '决算数'],
      ['3010', '基本工资', 1],
    ]);
    const t6 = readT6(tableContext(sheet, 'T6'));
    expect(t6.items.map((i) => [i.code, i.codeRef?.col])).toEqual([['3010', 0]]);
  });

  it('reports a missing header at the title', () => {
    const ctx = tableContext(sheetOf('T6', [['基本支出决算表'], ['x', 'y']]), 'T6', {
      titleCell: { sheet: 'T6', row: 0, col: 0 },
    });
    expect(readT6(ctx).items).toEqual([]);
    expect(ctx.findings.map((f) => f.code)).toEqual(['table.header']);
  });
});
