import fc from 'fast-check';
import { CellValue, Rect, SheetSnapshot, WorkbookSnapshot, sheetOf } from '../grid/snapshot';
import { recognise } from './recognise';
import { fieldsOf } from '../../../test/support/findingText';

function t3(unitLine: string | null): SheetSnapshot {
  return sheetOf(
    '支出决算表',
    [
      ['支出决算表'],
      ['公开03表', null, null, null, null, unitLine],
      ['科目编码', null, null, '科目名称', '本年支出合计', '基本支出', '项目支出'],
      ['类', '款', '项', null, null, null, null],
      ['合计', null, null, null, 300, 200, 100],
      ['205', null, null, '教育支出', 300, 200, 100],
    ],
    [{ top: 2, left: 0, bottom: 2, right: 2 }, ...[3, 4, 5, 6].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))],
  );
}

const t6 = sheetOf('一般公共预算财政拨款基本支出决算表', [
  ['一般公共预算财政拨款基本支出决算表'],
  ['单位：元'],
  ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
  ['301', '工资福利支出', 1500000, '302', '商品和服务支出', 500000],
  ['人员经费合计', null, 1500000, '公用经费合计', null, 500000],
]);

const t5 = sheetOf('Z05 一般公共预算财政拨款支出决算表(财决05表)', [
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ['205', '教育支出', 250, 200, 50],
]);

const project = sheetOf('项目支出决算表', [
  ['项目支出决算表'],
  ['科目编码', '科目名称', '本年支出合计'],
  ['205', '教育支出', 999],
]);

describe('recognise', () => {
  it('reads the standard tables, telling T3, T5, T6 and 项目支出决算表 apart', () => {
    const model = recognise({ sheets: [project, t5, t3('单位：万元'), t6] });
    expect(model.tables.map((t) => [t.id, t.sheet])).toEqual([
      ['T5', t5.name],
      ['T3', '支出决算表'],
      ['T6', t6.name],
    ]);
    expect(model.t3?.totalRow?.amounts.total?.value.toString()).toBe('300');
    expect(model.t5?.rows[0].amounts.basic?.value.toString()).toBe('200');
    expect(model.t6?.personnelTotal?.value.toString()).toBe('150');
    expect(model.t6?.info.unit).toBe('元');
  });

  it('assumes 万元 and says so at the title cell when a table has no unit line', () => {
    const model = recognise({ sheets: [t3(null)] });
    const notes = model.findings.filter((f) => f.code === 'unit.missing');
    expect(notes.map((f) => [f.severity, f.at.sheet, f.at.row, f.at.col])).toEqual([['info', '支出决算表', 0, 0]]);
    expect(model.t3?.info.unitAssumed).toBe(true);
    expect(model.t3?.totalRow?.amounts.total?.value.toString()).toBe('300');
  });

  it('takes the unit from the header words when there is no unit line', () => {
    const sheet = sheetOf('支出决算表', [
      ['科目编码', '科目名称', '本年支出合计（元）'],
      [null, '合计', 25000],
    ]);
    const model = recognise({ sheets: [sheet] });
    expect(model.t3?.info.unit).toBe('元');
    expect(model.t3?.totalRow?.amounts.total?.value.toString()).toBe('2.5');
    expect(model.findings.some((f) => f.code === 'unit.missing')).toBe(false);
  });

  it('warns at the unit line when the unit cannot be converted', () => {
    const model = recognise({ sheets: [t3('金额单位：百万元')] });
    const f = model.findings.filter((x) => x.code.startsWith('unit.'));
    expect(f.map((x) => [x.code, x.severity, x.at.row, x.at.col, fieldsOf(x).found])).toEqual([
      ['unit.unknown', 'warning', 1, 5, '百万元'],
    ]);
  });

  it('skips the report sheet even when it carries a table title', () => {
    const report: SheetSnapshot = { ...t3('单位：万元'), name: '绩效自评报告', isReport: true };
    const model = recognise({ sheets: [report] });
    expect(model.t3).toBeUndefined();
    expect(model.findings.some((f) => f.code === 'table.missing' && f.fields.table === 'T3')).toBe(true);
  });

  it('lists T2, T4, T8 and T9 without reading them', () => {
    const sheets = [
      '收入决算表',
      '财政拨款收入支出决算总表',
      '政府性基金预算财政拨款收入支出决算表',
      '国有资本经营预算财政拨款支出决算表',
    ].map((n) => sheetOf(n, [[n], ['注：本年度无相关收支，故本表为空表。']]));
    const model = recognise({ sheets });
    expect(model.tables.map((t) => t.id)).toEqual(['T2', 'T4', 'T8', 'T9']);
  });

  it('reports a title without its header row at the title cell, naming the expected words', () => {
    const model = recognise({
      sheets: [sheetOf('Sheet1', [[null], [null, '支出决算表'], ['单位：万元'], ['甲', '乙']])],
    });
    const f = model.findings.find((x) => x.code === 'table.header');
    expect(f?.at).toEqual({ sheet: 'Sheet1', row: 1, col: 1 });
    expect(fieldsOf(f).expected).toContain('科目名称');
  });
});

const TITLES = [
  '支出决算表',
  '一般公共预算财政拨款基本支出决算表',
  '收入支出决算总表',
  '三公经费',
  '一般公共预算财政拨款支出决算表',
  '项目支出明细表',
  '绩效自评表',
  '部门基本情况',
  '报告文字',
  'Sheet',
];
const WORDS = [
  '科目编码',
  '科目名称',
  '合计',
  '本年支出合计',
  '基本支出',
  '项目支出',
  '类',
  '款',
  '项',
  '决算数',
  '预算数',
  '人员经费合计',
  '公用经费合计',
  '项目',
  '金额',
  '总计',
  '注：',
  '单位：元',
  '因公出国（境）费',
  '公务用车购置及运行费',
  '小计',
  '年度资金总额',
  '一级指标',
  '部门名称',
  '年度',
  '≥95%',
  '205',
  '20502',
  '2050201',
  '301',
  '30101',
  '-',
  '约100',
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((error) => ({ error })),
);

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.constantFrom(...TITLES),
    values: fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 14 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -1, max: 14 }),
        left: fc.integer({ min: -1, max: 9 }),
        h: fc.integer({ min: 0, max: 4 }),
        w: fc.integer({ min: 0, max: 4 }),
      }),
      { maxLength: 5 },
    ),
    isReport: fc.boolean(),
  })
  .map(({ name, values, merges, isReport }) => ({
    name,
    values,
    merges: merges.map((m): Rect => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    isReport,
  }));

describe('recognise on junk', () => {
  it('never throws and no reader fails, whatever the grid', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 4 }), (sheets) => {
        const book: WorkbookSnapshot = { sheets };
        const model = recognise(book);
        // Nothing is even caught: no reader failed on the junk.
        const failures = model.findings.filter((f) => fieldsOf(f).problem === 'exception');
        expect(failures.map((f) => `${f.at.sheet}: ${String(fieldsOf(f).message)}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
