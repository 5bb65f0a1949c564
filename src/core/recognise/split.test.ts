/** Two tables on one sheet (stacked or side by side), and 合计 first or last, read as the tables they are. */
import { sheetOf } from '../grid/snapshot';
import { computeFigures } from '../indicators/figures';
import { recognise } from './recognise';
import { splitSheet } from './split';

const _ = null;
const figure = (model: ReturnType<typeof recognise>, ids: readonly string[]) => {
  const f = computeFigures(model) as unknown as Record<string, { value: { toString(): string } | null }>;
  return ids.map((id) => f[id].value?.toString() ?? null);
};

describe('two tables on one sheet', () => {
  it('side by side: 收入支出决算总表 beside 财政拨款收入支出决算总表 (the 决算 software export)', () => {
    const sheet = sheetOf('收入支出决算总表', [
      ['收入支出决算总表', _, _, '财政拨款收入支出决算总表'],
      ['单位：万元', _, _, '单位：万元'],
      ['项目', '金额', _, '项目', '金额'],
      ['一般公共预算财政拨款收入', 100, _, '一般公共预算财政拨款', 100],
      ['事业收入', 20, _, '政府性基金预算财政拨款', 0],
      ['本年收入合计', 120, _, '本年收入合计', 100],
      ['年初结转和结余', 10, _, '年初财政拨款结转和结余', 5],
      ['总计', 130, _, '总计', 105],
      ['教育支出', 110, _, '教育支出', 95],
      ['本年支出合计', 110, _, '本年支出合计', 95],
      ['年末结转和结余', 20, _, '年末财政拨款结转和结余', 10],
      ['总计', 130, _, '总计', 105],
    ]);
    const model = recognise({ sheets: [sheet] });
    expect(figure(model, ['incomeTotal', 'generalBudgetIncome', 'carryoverBeginning', 'carryoverEnd'])).toEqual([
      '120',
      '100',
      '10',
      '20',
    ]);
    expect(model.tables.map((t) => [t.id, t.sheet, t.titleCell])).toEqual([
      ['T1', '收入支出决算总表', { sheet: '收入支出决算总表', row: 0, col: 0 }],
      ['T4', '收入支出决算总表', { sheet: '收入支出决算总表', row: 0, col: 3 }],
    ]);
    expect(model.findings.filter((f) => f.code === 'cell.value')).toEqual([]);
  });

  it('stacked with blank rows between: 支出决算表 over 一般公共预算财政拨款支出决算表', () => {
    const header = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];
    const sheet = sheetOf('支出决算表', [
      ['支出决算表'],
      ['单位：万元'],
      header,
      ['合计', _, 120, 80, 40],
      ['205', '教育支出', 100, 60, 40],
      ['208', '社会保障和就业支出', 20, 20, 0],
      [],
      [],
      ['一般公共预算财政拨款支出决算表'],
      ['单位：万元'],
      header,
      ['合计', _, 90, 60, 30],
      ['205', '教育支出', 90, 60, 30],
    ]);
    const model = recognise({ sheets: [sheet] });
    expect(model.t3?.rows.map((r) => r.code)).toEqual(['205', '208']);
    expect(model.t5?.rows.map((r) => [r.code, r.amounts.total?.ref.row])).toEqual([['205', 12]]);
    expect(model.t5?.totalRow?.amounts.total?.value.toString()).toBe('90');
    expect(figure(model, ['expenditureTotal', 'basicExpenditure'])).toEqual(['120', '80']);
    expect(model.findings.filter((f) => f.code.startsWith('T3.'))).toEqual([]);
  });

  it('the title repeated at a page break (the same table) splits nothing', () => {
    const sheet = sheetOf('支出决算表', [
      ['支出决算表'],
      ['科目编码', '科目名称', '本年支出合计'],
      ['205', '教育支出', 1],
      ['支出决算表（续）'],
      ['208', '社保', 2],
    ]);
    expect(splitSheet(sheet)).toBeNull();
  });

  it('a note naming another table splits nothing', () => {
    const sheet = sheetOf('支出决算表', [
      ['支出决算表'],
      ['科目编码', '科目名称', '本年支出合计'],
      ['205', '教育支出', 1],
      ['注：本表含一般公共预算财政拨款支出决算表'],
    ]);
    expect(splitSheet(sheet)).toBeNull();
  });
});

describe('合计 first or last', () => {
  const rows = [
    ['205', '教育支出', 100, 60, 40],
    ['208', '社会保障和就业支出', 20, 20, 0],
  ];
  const read = (values: (string | number | null)[][]) =>
    figure(recognise({ sheets: [sheetOf('支出决算表', values)] }), [
      'expenditureTotal',
      'basicExpenditure',
      'projectExpenditure',
    ]);

  it('the 合计 row at the top (决算 exports) or at the bottom', () => {
    const header = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];
    expect(read([['支出决算表'], header, ['合计', _, 120, 80, 40], ...rows])).toEqual(['120', '80', '40']);
    expect(read([['支出决算表'], header, ...rows, ['合计', _, 120, 80, 40]])).toEqual(['120', '80', '40']);
  });

  it('a 合计 at the top and another at the bottom that disagree: the first is taken and the doubt said', () => {
    const header = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];
    const sheet = sheetOf('支出决算表', [
      ['支出决算表'],
      header,
      ['合计', _, 120, 80, 40],
      ...rows,
      ['合计', _, 100, 80, 20],
    ]);
    const model = recognise({ sheets: [sheet] });
    expect(figure(model, ['expenditureTotal'])).toEqual(['120']);
    const doubts = model.findings.filter((f) => f.code === 'table.totals');
    expect(
      doubts.map((f) => [f.severity, f.at.row, f.at.col, f.related[0]?.row, String(f.actual), String(f.expected)]),
    ).toEqual([['warning', 2, 2, 5, '120', '100']]);
  });

  it('the 合计 column first or last', () => {
    const last = [
      ['支出决算表'],
      ['科目编码', '科目名称', '基本支出', '项目支出', '本年支出合计'],
      ['合计', _, 80, 40, 120],
      ...rows.map((r) => [r[0], r[1], r[3], r[4], r[2]]),
    ];
    expect(read(last)).toEqual(['120', '80', '40']);
  });
});
