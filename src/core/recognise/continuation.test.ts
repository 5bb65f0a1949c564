/** A table continued on a second sheet (`支出决算表（续）`) is read once, joined, its 合计 found there. */
import { sheetOf } from '../grid/snapshot';
import { computeFigures } from '../indicators/figures';
import { recognise } from './recognise';
import { isContinuationSheet } from './continuation';

const _ = null;
const HEADER = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];

const first = sheetOf('支出决算表', [
  ['支出决算表'],
  [_, _, _, _, '单位：万元'],
  HEADER,
  ['205', '教育支出', 100, 60, 40],
  ['2050201', '学前教育', 100, 60, 40],
]);
const second = sheetOf('支出决算表（续）', [
  ['支出决算表（续）'],
  HEADER,
  ['208', '社会保障和就业支出', 20, 20, 0],
  ['20805', '行政事业单位养老支出', 20, 20, 0],
  ['合计', _, 120, 80, 40],
]);

describe('a table continued on a second sheet', () => {
  const model = recognise({ sheets: [first, second] });

  it('joins the rows of both sheets and takes the 合计 found on the continuation', () => {
    expect(model.t3?.rows.map((r) => r.code)).toEqual(['205', '2050201', '208', '20805']);
    expect(model.t3?.totalRow?.amounts.total?.ref).toEqual({ sheet: '支出决算表（续）', row: 4, col: 2 });
    const figures = computeFigures(model);
    expect([figures.expenditureTotal.value?.toString(), figures.basicExpenditure.value?.toString()]).toEqual([
      '120',
      '80',
    ]);
  });

  it('is no duplicate table, and says how each sheet was read (the unit taken from the first)', () => {
    expect(model.findings.filter((f) => f.code === 'table.duplicate')).toEqual([]);
    expect(model.tables.filter((t) => t.id === 'T3').map((t) => [t.sheet, t.rowsRead, t.unit])).toEqual([
      ['支出决算表', 2, '万元'],
      ['支出决算表（续）', 3, '万元'],
    ]);
  });

  it('a second sheet not saying it continues the table stays a duplicate', () => {
    const other = sheetOf('支出决算表2', [['支出决算表'], HEADER, ['208', '社会保障和就业支出', 20, 20, 0]]);
    const twice = recognise({ sheets: [first, other] });
    expect(twice.findings.filter((f) => f.code === 'table.duplicate').length).toBe(1);
  });

  it('knows a continuation by its name or title', () => {
    expect(isContinuationSheet(sheetOf('支出决算表(续1)', []), null)).toBe(true);
    expect(isContinuationSheet(sheetOf('Sheet2', []), '一般公共预算财政拨款支出决算表续表')).toBe(true);
    expect(isContinuationSheet(sheetOf('支出决算表', []), '支出决算表')).toBe(false);
  });
});
