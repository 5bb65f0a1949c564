import { Rect, sheetOf } from '../grid/snapshot';
import { T1Data } from '../model/types';
import { tableContext } from './common';
import { readT1 } from './t1';

const lines = (t1: T1Data, side: 'income' | 'spending') =>
  t1.lines.filter((l) => l.side === side).map((l) => [l.label, l.amount.value.toString()]);

describe('readT1', () => {
  it('reads both blocks side by side, labels without numbering', () => {
    const merges: Rect[] = [
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ];
    const sheet = sheetOf(
      '收入支出决算总表',
      [
        ['收入支出决算总表'],
        ['公开01表', null, null, null, null, '单位：万元'],
        ['收入', null, null, '支出', null, null],
        ['项目', '行次', '金额', '项目', '行次', '金额'],
        ['一、一般公共预算财政拨款收入', 1, 900, '一、一般公共服务支出', 31, 100],
        ['二、事业收入', 2, '100.00', '二、教育支出', 32, 850],
        ['本年收入合计', 3, 1000, '本年支出合计', 33, 950],
        ['使用非财政拨款结余', 4, '-', '结余分配', 34, null],
        ['年初结转和结余', 5, 50, '年末结转和结余', 35, 100],
        ['总计', 6, 1050, '总计', 36, 1050],
      ],
      merges,
    );
    const t1 = readT1(tableContext(sheet, 'T1'));
    expect(lines(t1, 'income')).toEqual([
      ['一般公共预算财政拨款收入', '900'],
      ['事业收入', '100'],
      ['本年收入合计', '1000'],
      ['使用非财政拨款结余', '0'],
      ['年初结转和结余', '50'],
      ['总计', '1050'],
    ]);
    expect(lines(t1, 'spending')).toEqual([
      ['一般公共服务支出', '100'],
      ['教育支出', '850'],
      ['本年支出合计', '950'],
      ['结余分配', '0'],
      ['年末结转和结余', '100'],
      ['总计', '1050'],
    ]);
    expect(t1.lines[0].labelRef).toEqual({ sheet: '收入支出决算总表', row: 4, col: 0 });
  });

  it('takes 决算数 when a block has several amount columns', () => {
    const sheet = sheetOf('T1', [
      ['项目', '年初预算数', '调整预算数', '决算数', '项目', '年初预算数', '调整预算数', '决算数'],
      ['本年收入合计', 1, 2, 3, '本年支出合计', 4, 5, 6],
    ]);
    const t1 = readT1(tableContext(sheet, 'T1'));
    expect(lines(t1, 'income')).toEqual([['本年收入合计', '3']]);
    expect(lines(t1, 'spending')).toEqual([['本年支出合计', '6']]);
  });

  it('splits a single stacked block at the first 总计', () => {
    const sheet = sheetOf('T1', [
      ['项目', '金额'],
      ['本年收入合计', 10],
      ['总计', 10],
      ['本年支出合计', 8],
      ['年末结转和结余', 2],
      ['总计', 10],
    ]);
    const t1 = readT1(tableContext(sheet, 'T1'));
    expect(lines(t1, 'income')).toEqual([
      ['本年收入合计', '10'],
      ['总计', '10'],
    ]);
    expect(lines(t1, 'spending')).toEqual([
      ['本年支出合计', '8'],
      ['年末结转和结余', '2'],
      ['总计', '10'],
    ]);
  });
});
