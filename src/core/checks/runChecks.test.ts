import fc from 'fast-check';
import { runChecks } from './runChecks';
import { describeFinding, formatLocation } from '../findings/wording';
import { brief, figuresWith, modelOf, p1Table, p2Table, spendingTable, t1Table, t6Table, t7Table } from '../../../test/support/testModel';
import { Model } from '../model/types';

const figures = figuresWith();
const lane = { total: 0, abroad: 0, vehicleSubtotal: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 };

/** A small department whose tables agree with each other everywhere (the seed's totals). */
function consistent(project = '640.68', extra: Partial<Model> = {}): Model {
  const t3Rows = [
    { code: null, values: ['32025.54', '31384.86', project] },
    { code: '205', values: ['32025.54', '31384.86', project] },
  ];
  return modelOf({
    t1: t1Table('收入支出决算总表', [
      ['income', '本年收入合计', '32025.54'],
      ['income', '年初结转和结余', 0],
      ['income', '总计', '32025.54'],
      ['spending', '本年支出合计', '32025.54'],
      ['spending', '年末结转和结余', 0],
      ['spending', '总计', '32025.54'],
    ]),
    t3: spendingTable('T3', '支出决算表', ['total', 'basic', 'project'], t3Rows, '万元', 6),
    t5: spendingTable('T5', '财拨支出', ['total', 'basic', 'project'], t3Rows),
    t6: t6Table(
      '基本支出',
      [
        ['301', '26833.46'],
        ['302', '4551.4'],
      ],
      { personnel: '26833.46', public: '4551.4' },
    ),
    t7: t7Table('三公经费', lane, lane),
    p1: p1Table('项目支出明细表', [
      { name: '学前教育发展资金', code: '205', budgetFinal: 180, executed: 180 },
      { name: '小学教育', budgetFinal: '167.31', executed: '167.31' },
      { name: '其他普通教育经费', budgetFinal: '202.58', executed: '202.58' },
      { name: '其他', executed: '90.79' },
    ]),
    p2: p2Table('绩效自评表', '32025.54'),
    ...extra,
  });
}

describe('runChecks', () => {
  it('a workbook whose tables agree gives no finding', () => {
    expect(runChecks(consistent(), figures)).toEqual([]);
  });

  it('an empty model gives no finding (missing tables are recognition’s findings)', () => {
    expect(runChecks(modelOf({}), figures)).toEqual([]);
  });

  it('the seed’s project total gives findings in the spec’s table order, worded', () => {
    const model = consistent('640.68', {
      p1: p1Table('项目支出明细表', [
        { name: '学前教育发展资金', executed: 180 },
        { name: '小学教育', executed: '167.31' },
        { name: '其他普通教育经费', executed: '202.58' },
      ]),
    });
    const found = runChecks(model, figures);
    expect(found.map(brief)).toEqual([
      { code: 'P1.T3.project', severity: 'error', at: '支出决算表!E7', difference: '90.79' },
    ]);
    expect(describeFinding(found[0])).toBe(
      '支出决算表!E7：项目支出合计 640.68 万元，项目支出明细表执行数之和 549.89 万元，相差 90.79 万元',
    );
  });

  it('several broken rules come out in table order', () => {
    const model = consistent('640.68', {
      t7: t7Table('三公经费', lane, { ...lane, reception: 1, total: 1 }),
      p2: p2Table('绩效自评表', 32000),
    });
    expect(runChecks(model, figures).map((f) => f.code)).toEqual(['T7.overBudget', 'T7.overBudget', 'P2.execution']);
  });
});

describe('runChecks on odd input', () => {
  it('never throws and words every finding, whatever the codes and amounts', () => {
    const code = fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: null });
    const value = fc.option(
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => (c / 100).toFixed(2)),
      { nil: null },
    );
    const row = fc.record({ code, values: fc.array(value, { minLength: 3, maxLength: 3 }) });
    const items = fc.array(fc.tuple(fc.stringMatching(/^\d{0,6}$/), fc.integer({ min: -1e6, max: 1e6 })), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), items, (rows, t6Items) => {
        const model = modelOf({
          t3: spendingTable('T3', 'T3', ['total', 'basic', 'project'], rows),
          t5: spendingTable('T5', 'T5', ['total', 'basic', 'project'], rows),
          t6: t6Table('T6', t6Items, { personnel: 1 }),
          p1: p1Table('P1', [{ name: 'x', code: rows[0]?.code ?? '?', executed: 1, budgetFinal: 0 }]),
        });
        const found = runChecks(model, figures);
        for (const f of found) expect(describeFinding(f)).toContain(formatLocation(f.at));
      }),
      { numRuns: 200 },
    );
  });
});
