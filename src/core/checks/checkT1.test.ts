import { checkT1Balance } from './checkT1Balance';
import { zhLabel } from '../../../test/support/findingText';
import { checkT1T3Total } from './checkT1T3Total';
import { brief, figuresWith, modelOf, refAt, spendingTable, t1Table } from '../../../test/support/testModel';
import { T1Line } from '../model/types';

const S = '收入支出决算总表';
const figures = figuresWith();

type Line = [T1Line['side'], string, number | string];
/** A balanced T1: income rows at A5.. (amounts C5..), spending rows at D5.. (amounts F5..). */
function lines(over: Partial<Record<string, number | string>> = {}): Line[] {
  const v = (key: string, d: number | string) => over[key] ?? d;
  return [
    ['income', '一般公共预算财政拨款收入', 30000],
    ['income', '本年收入合计', v('本年收入合计', 31000)],
    ['income', '使用非财政拨款结余', v('使用非财政拨款结余', 0)],
    ['income', '年初结转和结余', v('年初结转和结余', 1500)],
    ['income', '总计', v('收入总计', 32500)],
    ['spending', '教育支出', 30500],
    ['spending', '本年支出合计', v('本年支出合计', 30500)],
    ['spending', '结余分配', 0],
    ['spending', '年末结转和结余', v('年末结转和结余', 2000)],
    ['spending', '总计', v('支出总计', 32500)],
  ];
}

describe('T1.balance', () => {
  it('a balanced 收入支出决算总表 gives nothing', () => {
    expect(checkT1Balance(modelOf({ t1: t1Table(S, lines()) }), figures)).toEqual([]);
  });

  it('an income 总计 that is not its parts is an error at the income 总计', () => {
    const found = checkT1Balance(
      modelOf({ t1: t1Table(S, lines({ 收入总计: 32600, 支出总计: 32600, 年末结转和结余: 2100 })) }),
      figures,
    );
    expect(found.map(brief)).toEqual([{ code: 'T1.balance', severity: 'error', at: `${S}!C9`, difference: '100' }]);
    expect(zhLabel(found[0], 'subject')).toBe('收入总计');
    expect(found[0].related).toEqual([refAt(S, 'C6'), refAt(S, 'C7'), refAt(S, 'C8')]);
  });

  it('two 总计 that differ while each side adds up: at the spending 总计', () => {
    const found = checkT1Balance(
      modelOf({ t1: t1Table(S, lines({ 年末结转和结余: 2050, 支出总计: 32550 })) }),
      figures,
    );
    expect(found.map(brief)).toEqual([{ code: 'T1.balance', severity: 'error', at: `${S}!F9`, difference: '50' }]);
    expect(zhLabel(found[0], 'other')).toBe('收入总计');
  });

  it('a cent off on one side is rounding residue', () => {
    const found = checkT1Balance(modelOf({ t1: t1Table(S, lines({ 年初结转和结余: '1499.99' })) }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T1.balance', severity: 'info', at: `${S}!C9`, difference: '0.01' }]);
  });

  it('labels with other wording (年初结转结余) still match', () => {
    const ls = lines().map(([side, label, v]): Line => [side, label === '年初结转和结余' ? '年初结转结余' : label, v]);
    expect(checkT1Balance(modelOf({ t1: t1Table(S, ls) }), figures)).toEqual([]);
  });
});

describe('T1.T3.total', () => {
  const t3 = (total: number | string) =>
    spendingTable(
      'T3',
      '支出决算表',
      ['total', 'basic', 'project'],
      [{ code: null, values: [total, 30000, Number(total) - 30000] }],
    );

  it('equal totals give nothing', () => {
    expect(checkT1T3Total(modelOf({ t1: t1Table(S, lines()), t3: t3(30500) }), figures)).toEqual([]);
  });

  it('a different T3 合计 is an error at T1 本年支出合计', () => {
    const found = checkT1T3Total(modelOf({ t1: t1Table(S, lines()), t3: t3(30400) }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T1.T3.total', severity: 'error', at: `${S}!F6`, difference: '100' }]);
    expect(found[0].related).toEqual([refAt('支出决算表', 'C5')]);
    expect(found[0].expected?.toString()).toBe('30400');
  });

  it('is skipped quietly without T3', () => {
    expect(checkT1T3Total(modelOf({ t1: t1Table(S, lines()) }), figures)).toEqual([]);
  });
});
