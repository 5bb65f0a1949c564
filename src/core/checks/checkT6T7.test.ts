import { checkT5T6Basic } from './checkT5T6Basic';
import { fieldsOf } from '../../../test/support/findingText';
import { checkT6Totals } from './checkT6Totals';
import { checkT6Code, economicCodeProblem } from './checkT6Code';
import { checkT7Sum } from './checkT7Sum';
import { checkT7T6Part } from './checkT7T6Part';
import { checkT7OverBudget } from './checkT7OverBudget';
import { brief, figuresWith, modelOf, refAt, spendingTable, t6Table, t7Table } from '../../../test/support/testModel';

const T5 = '财拨支出';
const T6 = '基本支出';
const T7 = '三公经费';
const figures = figuresWith();

/** Items rows 5–9 (A codes, C amounts); footers on row 10: 人员经费合计 C10, 公用经费合计 F10. */
const items: [string, number | string][] = [
  ['301', 100],
  ['30101', 60],
  ['30102', 40],
  ['30201', 15],
  ['30217', 5],
];
const t5 = (basic: number | string) =>
  spendingTable('T5', T5, ['total', 'basic', 'project'], [{ code: null, values: [Number(basic) + 10, basic, 10] }]);

describe('T5.T6.basic', () => {
  it('T5 基本支出 = 人员经费合计 + 公用经费合计 gives nothing', () => {
    expect(
      checkT5T6Basic(modelOf({ t5: t5(120), t6: t6Table(T6, items, { personnel: 100, public: 20 }) }), figures),
    ).toEqual([]);
  });

  it('a different T5 基本支出 is an error at T5’s 合计 基本支出', () => {
    const found = checkT5T6Basic(
      modelOf({ t5: t5(125), t6: t6Table(T6, items, { personnel: 100, public: 20 }) }),
      figures,
    );
    expect(found.map(brief)).toEqual([{ code: 'T5.T6.basic', severity: 'error', at: `${T5}!D5`, difference: '5' }]);
    expect(found[0].related).toEqual([refAt(T6, 'C10'), refAt(T6, 'F10')]);
  });

  it('without footers the countable items stand in (类 301, not its 款 again)', () => {
    expect(checkT5T6Basic(modelOf({ t5: t5(120), t6: t6Table(T6, items) }), figures)).toEqual([]);
  });
});

describe('T6.totals', () => {
  it('footers equal to their items give nothing (no double counting of 类 and 款)', () => {
    expect(checkT6Totals(modelOf({ t6: t6Table(T6, items, { personnel: 100, public: 20 }) }), figures)).toEqual([]);
  });

  it('a footer off is an error at the footer', () => {
    const found = checkT6Totals(modelOf({ t6: t6Table(T6, items, { personnel: 100, public: 25 }) }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T6.totals', severity: 'error', at: `${T6}!F10`, difference: '5' }]);
    expect(found[0].related).toEqual([refAt(T6, 'C8'), refAt(T6, 'C9')]);
  });

  it('a footer a cent off over two items is 尾差', () => {
    const found = checkT6Totals(modelOf({ t6: t6Table(T6, items, { personnel: 100, public: '20.01' }) }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T6.totals', severity: 'info', at: `${T6}!F10`, difference: '0.01' }]);
  });
});

describe('T6.code', () => {
  it('known 3/5-digit economic codes give nothing', () => {
    expect(checkT6Code(modelOf({ t6: t6Table(T6, items) }), figures)).toEqual([]);
  });

  it('a code of the wrong length or an unknown class is a warning at the code cell', () => {
    const found = checkT6Code(
      modelOf({
        t6: t6Table(T6, [
          ['301', 1],
          ['3010', 1],
          ['30501', 1],
        ]),
      }),
      figures,
    );
    expect(found.map(brief)).toEqual([
      { code: 'T6.code', severity: 'warning', at: `${T6}!A6`, difference: null },
      { code: 'T6.code', severity: 'warning', at: `${T6}!A7`, difference: null },
    ]);
    expect(found.map((f) => fieldsOf(f).problem)).toEqual(['format', 'class']);
  });

  it('classifies codes', () => {
    expect(economicCodeProblem('399')).toBeNull();
    expect(economicCodeProblem('2050201')).toBe('format');
    expect(economicCodeProblem('30a01')).toBe('format');
    expect(economicCodeProblem('304')).toBe('class');
  });
});

/** Budget A7–F7, actual G7–L7: 合计, 出国, 小计, 购置, 运行, 接待. */
const lane = { total: 12, abroad: 2, vehicleSubtotal: 5, vehiclePurchase: 3, vehicleOperation: 2, reception: 5 };

describe('T7.sum', () => {
  it('consistent 合计 and 小计 in both lanes give nothing', () => {
    expect(checkT7Sum(modelOf({ t7: t7Table(T7, lane, lane) }), figures)).toEqual([]);
  });

  it('a 小计 off is an error at the 小计; the 合计 over it still adds up', () => {
    const found = checkT7Sum(modelOf({ t7: t7Table(T7, lane, { ...lane, vehicleSubtotal: 6, total: 13 }) }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T7.sum', severity: 'error', at: `${T7}!I7`, difference: '1' }]);
    expect(found[0].related).toEqual([refAt(T7, 'J7'), refAt(T7, 'K7')]);
  });

  it('a 预算数 合计 off is an error at that 合计', () => {
    const found = checkT7Sum(modelOf({ t7: t7Table(T7, { ...lane, total: 11 }, lane) }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T7.sum', severity: 'error', at: `${T7}!A7`, difference: '-1' }]);
  });

  it('without a 小计, 合计 adds 购置 and 运行 directly', () => {
    const { vehicleSubtotal: _omit, ...noSubtotal } = lane;
    expect(checkT7Sum(modelOf({ t7: t7Table(T7, noSubtotal, noSubtotal) }), figures)).toEqual([]);
  });
});

describe('T7.T6.part', () => {
  it('T6 公务接待费 within T7 公务接待费 gives nothing', () => {
    expect(checkT7T6Part(modelOf({ t6: t6Table(T6, items), t7: t7Table(T7, lane, lane) }), figures)).toEqual([]);
  });

  it('T7 公务接待费 below T6 30217 is an error at T7’s 决算数', () => {
    const found = checkT7T6Part(
      modelOf({ t6: t6Table(T6, items), t7: t7Table(T7, lane, { ...lane, reception: 0, total: 7 }) }),
      figures,
    );
    expect(found.map(brief)).toEqual([{ code: 'T7.T6.part', severity: 'error', at: `${T7}!L7`, difference: '-5' }]);
    expect(found[0].related).toEqual([refAt(T6, 'C9')]);
    expect(fieldsOf(found[0]).code).toBe('30217');
  });
});

describe('T7.overBudget', () => {
  it('决算 within 预算 gives nothing', () => {
    expect(
      checkT7OverBudget(modelOf({ t7: t7Table(T7, lane, { ...lane, reception: 4, total: 11 }) }), figures),
    ).toEqual([]);
  });

  it('an item over budget is a warning at its 决算数', () => {
    const actual = { ...lane, abroad: 2.5, total: 12.5 };
    const found = checkT7OverBudget(modelOf({ t7: t7Table(T7, lane, actual) }), figures);
    expect(found.map(brief)).toEqual([
      { code: 'T7.overBudget', severity: 'warning', at: `${T7}!G7`, difference: '0.5' },
      { code: 'T7.overBudget', severity: 'warning', at: `${T7}!H7`, difference: '0.5' },
    ]);
    expect(found[1].related).toEqual([refAt(T7, 'B7')]);
  });
});
