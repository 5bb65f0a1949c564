import { sheetOf } from '../grid/snapshot';
import { T7Data } from '../model/types';
import { tableContext } from './common';
import { classifyThreePublic, readT7 } from './t7';
import { wideT7Sheet } from '../../../test/support/wideT7';

const values = (side: T7Data['budget']) =>
  Object.fromEntries(Object.entries(side).map(([k, a]) => [k, a!.value.toString()]));

describe('readT7', () => {
  it('reads the official wide layout with the 公务用车 group three rows deep', () => {
    const sheet = wideT7Sheet([30, 5, 20, 12, 8, 5, 25, 4, 18, 12, 6, 3]);
    const ctx = tableContext(sheet, 'T7');
    const t7 = readT7(ctx);
    expect(ctx.findings).toEqual([]);
    expect(values(t7.budget)).toEqual({
      total: '30',
      abroad: '5',
      vehicleSubtotal: '20',
      vehiclePurchase: '12',
      vehicleOperation: '8',
      reception: '5',
    });
    expect(values(t7.actual)).toEqual({
      total: '25',
      abroad: '4',
      vehicleSubtotal: '18',
      vehiclePurchase: '12',
      vehicleOperation: '6',
      reception: '3',
    });
    expect(t7.actual.reception?.ref).toEqual({ sheet: '三公经费', row: 5, col: 11 });
  });

  it('reads the long layout, one row per item', () => {
    const sheet = sheetOf('三公', [
      ['"三公"经费支出决算表'],
      ['单位：元'],
      ['项目', '预算数', '决算数'],
      ['合计', 300000, 250000],
      ['1.因公出国（境）费', '-', '—'],
      ['2.公务用车购置及运行费', 200000, 180000],
      ['其中：公务用车购置费', 120000, 120000],
      ['      公务用车运行费', 80000, 60000],
      ['3.公务接待费', 100000, 70000],
    ]);
    const t7 = readT7(tableContext(sheet, 'T7', { unit: '元' }));
    expect(values(t7.budget)).toEqual({
      total: '30',
      abroad: '0',
      vehicleSubtotal: '20',
      vehiclePurchase: '12',
      vehicleOperation: '8',
      reception: '10',
    });
    expect(values(t7.actual)).toEqual({
      total: '25',
      abroad: '0',
      vehicleSubtotal: '18',
      vehiclePurchase: '12',
      vehicleOperation: '6',
      reception: '7',
    });
  });

  it('reads a wide table that shows only the 决算 side', () => {
    const sheet = sheetOf('三公', [
      ['“三公”经费支出决算表'],
      ['合计', '因公出国（境）费', '公务用车购置费', '公务用车运行费', '公务接待费'],
      [10, 1, 4, 3, 2],
    ]);
    const t7 = readT7(tableContext(sheet, 'T7'));
    expect(values(t7.actual)).toEqual({
      total: '10',
      abroad: '1',
      vehiclePurchase: '4',
      vehicleOperation: '3',
      reception: '2',
    });
    expect(t7.budget).toEqual({});
  });

  it('names items the way the tables do', () => {
    expect(classifyThreePublic('公务用车购置及运行费')).toBe('vehicleSubtotal');
    expect(classifyThreePublic('（2）公务用车运行维护费')).toBe('vehicleOperation');
    expect(classifyThreePublic('“三公”经费合计')).toBe('total');
    expect(classifyThreePublic('基本工资')).toBeNull();
  });

  it('reports a sheet without either layout', () => {
    const ctx = tableContext(sheetOf('三公', [['三公经费'], ['甲', '乙']]), 'T7');
    readT7(ctx);
    expect(ctx.findings.map((f) => f.code)).toEqual(['table.header']);
  });
});
