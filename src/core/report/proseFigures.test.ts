import { exampleFigures, exampleModel } from '../../../test/support/exampleAnalysis';
import { tableInfo } from '../../../test/support/testModel';
import { cellRef } from '../grid/address';
import { Model } from '../model/types';
import { describeFinding } from '../findings/wording';
import { findProseFigureFindings } from './proseFigures';

const base = exampleModel();
const figures = exampleFigures(base);
const basic = figures.basicExpenditure.value!.toFixed(2); // the example's 基本支出, 31384.86

/** The findings for one 报告文字 text in the example workbook (a 2022 report). */
function said(text: string) {
  const p4 = { info: tableInfo('P4', '报告文字'), sections: [{ key: '基本支出', cell: { ref: cellRef('报告文字', 4, 1), text } }] };
  const model: Model = { ...base, p3: { ...base.p3!, year: { ref: cellRef('部门基本情况', 3, 1), value: 2022 } }, p4 };
  return findProseFigureFindings(model, figures);
}

describe('amounts typed into the report text', () => {
  it('agree with the tables: nothing is said', () => {
    expect(basic).toBe('31384.86');
    expect(said(`2022年基本支出${basic}万元，主要用于人员经费和公用经费。`)).toEqual([]);
    expect(said('其中：基本支出 31384.9 万元。')).toEqual([]);
    expect(said('基本支出共计3.14亿元。')).toEqual([]);
    expect(said('基本支出313848600元。')).toEqual([]);
  });

  it('disagree: a warning at the 报告文字 cell with both amounts and the placeholder to use', () => {
    const [f] = said('本年基本支出31384.87万元，主要用于人员经费和公用经费。');
    expect(f.code).toBe('text.figure');
    expect(f.at).toMatchObject({ sheet: '报告文字', row: 4, col: 1 });
    expect(f.difference?.toString()).toBe('0.01');
    expect(describeFinding(f, 'zh-CN')).toBe(
      '报告文字!B5：报告文字“基本支出”中写的基本支出为 31384.87万元，表中为 31384.86 万元；请改正，或写成占位符“{基本支出}”，让数字随表更新',
    );
    expect(said('基本支出为 3.2亿元。').map((x) => x.actual?.toString())).toEqual(['32000']);
  });

  it('leaves amounts that are not the figure itself: another year, a change, a share, a project, an estimate', () => {
    expect(said('2021年基本支出30000万元。')).toEqual([]);
    expect(said('基本支出比上年增加1000万元。')).toEqual([]);
    expect(said('上年基本支出30000万元。')).toEqual([]);
    expect(said('学前教育项目支出180万元。')).toEqual([]);
    expect(said('基本支出约3万元。')).toEqual([]);
    expect(said('项目支出执行率99.08%。')).toEqual([]);
    expect(said('基本支出预算30000万元。')).toEqual([]);
  });
});
