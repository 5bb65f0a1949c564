/** The example's invented figures add up exactly to the seed report's totals (examples/zhuhui-2022-data.ts). */
import Decimal from 'decimal.js';
import { dec, sum } from '../src/core/money';
import * as data from '../examples/zhuhui-2022-data';

const amounts = (items: readonly data.EconomicItem[], classLevel: boolean): Decimal[] =>
  items.filter(([code]) => (code.length === 3) === classLevel).map(([, , a]) => dec(a));

describe('the example data', () => {
  test('人员经费 and 公用经费 items add up exactly to the seed totals, class rows to their items', () => {
    expect(sum(amounts(data.PERSONNEL_ITEMS, false)).eq(data.PERSONNEL_TOTAL)).toBe(true);
    expect(sum(amounts(data.PERSONNEL_ITEMS, true)).eq(data.PERSONNEL_TOTAL)).toBe(true);
    expect(sum(amounts(data.PUBLIC_ITEMS, false)).eq(data.PUBLIC_TOTAL)).toBe(true);
    expect(sum(amounts(data.PUBLIC_ITEMS, true)).eq(data.PUBLIC_TOTAL)).toBe(true);
    expect(dec(data.PERSONNEL_TOTAL).plus(data.PUBLIC_TOTAL).eq(data.T3_TOTAL.basic)).toBe(true);
  });

  test('every 功能分类 level of 支出决算表 adds up to the level above and to 合计', () => {
    const col = (i: 4 | 5) => (rows: readonly data.FunctionalRow[]) => sum(rows.map((r) => dec(r[i] || 0)));
    for (const [i, key] of [
      [4, 'basic'],
      [5, 'project'],
    ] as const) {
      const classes = data.T3_ROWS.filter((r) => r[1] === '');
      expect(col(i)(classes).eq(data.T3_TOTAL[key])).toBe(true);
      for (const c of classes) {
        const kuans = data.T3_ROWS.filter((r) => r[0] === c[0] && r[1] !== '' && r[2] === '');
        expect(col(i)(kuans).eq(dec(c[i] || 0))).toBe(true);
        for (const k of kuans) {
          const xiangs = data.T3_ROWS.filter((r) => r[0] === c[0] && r[1] === k[1] && r[2] !== '');
          expect(col(i)(xiangs).eq(dec(k[i] || 0))).toBe(true);
        }
      }
    }
  });

  test('收入支出决算总表 balances and its 本年支出合计 is the 支出决算表 合计', () => {
    const line = (label: string, side: 0 | 2): Decimal => {
      const found = data.T1_LINES.find((l) => l[side] === label);
      const text = found ? found[side + 1] : '';
      return dec(text === '' || text === '-' ? 0 : text);
    };
    const income = sum(['本年收入合计', '使用非财政拨款结余', '年初结转和结余'].map((l) => line(l, 0)));
    const spending = sum(['本年支出合计', '结余分配', '年末结转和结余'].map((l) => line(l, 2)));
    expect(income.eq(line('总计', 0))).toBe(true);
    expect(spending.eq(line('总计', 2))).toBe(true);
    expect(line('本年支出合计', 2).eq(data.T3_TOTAL.total)).toBe(true);
    const classes = data.T1_LINES.filter((l) => /^[一二三四五]、.*支出$/.test(l[2])).map((l) => dec(l[3] || 0));
    expect(sum(classes).eq(data.T3_TOTAL.total)).toBe(true);
  });

  test('the self-evaluation form executes exactly the 支出决算表 total, and the seed projects leave the 90.79 gap', () => {
    const [total, ...parts] = data.FUND_ROWS;
    for (const i of [1, 2, 3] as const) expect(sum(parts.map((r) => dec(r[i] || 0))).eq(dec(total[i]))).toBe(true);
    expect(total[3]).toBe(data.T3_TOTAL.total);
    const executed = sum(data.PROJECTS.map((p) => dec(p[5])));
    expect(executed.toString()).toBe('549.89');
    expect(dec(data.T3_TOTAL.project).minus(executed).toString()).toBe('90.79');
  });
});
