/** A table copied from a published PDF: the title block, header rows and page marks repeat mid-table. */
import { sheetOf } from '../grid/snapshot';
import { computeFigures } from '../indicators/figures';
import { tableContext } from './common';
import { recognise } from './recognise';
import { readP1 } from './p1';
import { readSpendingTable } from './spending';
import { isPageMark } from './pageBreak';

const _ = null;
const TITLE = ['支出决算表', _, _, _, _];
const UNIT = ['部门：某某局', _, _, _, '金额单位：万元'];
const HEADER = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];

/** Two PDF pages of one 支出决算表: page 2 repeats the title block and the header; the 合计 is last. */
const t3Sheet = () =>
  sheetOf(
    '支出决算表',
    [
      TITLE,
      ['公开03表'],
      UNIT,
      HEADER,
      ['205', '教育支出', 100, 60, 40],
      ['20502', '普通教育', 100, 60, 40],
      ['支出决算表（续）', _, _, _, _],
      ['公开03表'],
      UNIT,
      HEADER,
      ['2050201', '学前教育', 100, 60, 40],
      ['208', '社会保障和就业支出', 20, 20, 0],
      ['合计', _, 120, 80, 40],
      ['第 2 页', _, '共 2 页'],
    ],
    // The PDF copy merges the repeated title over the row, as it does the first one.
    [{ top: 6, left: 0, bottom: 6, right: 4 }],
  );

describe('a table spanning PDF pages', () => {
  it('T3: counts each row once, skips the repeated title block, header and page marks, finds the 合计 at the end', () => {
    const ctx = tableContext(t3Sheet(), 'T3');
    const t3 = readSpendingTable(ctx);
    expect(t3.rows.map((r) => [r.code, r.name])).toEqual([
      ['205', '教育支出'],
      ['20502', '普通教育'],
      ['2050201', '学前教育'],
      ['208', '社会保障和就业支出'],
    ]);
    expect(t3.totalRow?.amounts.total?.value.toString()).toBe('120');
    const figures = computeFigures(recognise({ sheets: [t3Sheet()] }));
    expect(figures.expenditureTotal.value?.toString()).toBe('120');
  });

  it('says the repeated title block and page marks were skipped as header rows', () => {
    const model = recognise({ sheets: [t3Sheet()] });
    const t3 = model.tables.find((t) => t.id === 'T3')!;
    expect(t3.skipped?.filter((s) => [6, 7, 8, 9, 13].includes(s.row)).map((s) => s.reason)).toEqual(
      Array(5).fill('header'),
    );
  });

  it('P1: no project is made of a page mark, a 续表 line or the repeated title', () => {
    const header = ['项目名称', '功能分类科目编码', '年初预算数', '全年预算数', '执行数'];
    const sheet = sheetOf('项目支出明细表', [
      ['项目支出明细表'],
      ['单位：万元'],
      header,
      ['学前教育发展资金', '2050201', 150, 180, 180],
      ['第1页，共2页'],
      ['续表'],
      ['项目支出明细表'],
      header,
      ['教师培训', '2050803', 20, 20, 18.5],
    ]);
    const p1 = readP1(tableContext(sheet, 'P1'));
    expect(p1.projects.map((p) => p.name.text)).toEqual(['学前教育发展资金', '教师培训']);
  });

  it('knows the page marks', () => {
    expect(
      ['第 2 页', '共 3 页', '第2页，共3页', '- 2 -', '续表', '（续）', '2/3'].every((t) =>
        isPageMark(t.replace(/\s/g, '').replace('（', '(').replace('）', ')')),
      ),
    ).toBe(true);
    expect(isPageMark('教育支出')).toBe(false);
  });
});
