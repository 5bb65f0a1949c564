import { titleLines } from './paragraphs';

describe('the title of the Word report', () => {
  it('breaks a two-line title before 部门整体支出绩效自评报告, never leaving a word alone', () => {
    expect(titleLines('珠晖区教育局2022年部门整体支出绩效自评报告')).toEqual(['珠晖区教育局2022年', '部门整体支出绩效自评报告']);
  });

  it('keeps a title that fits one line, or one of the user’s own wording, as written', () => {
    expect(titleLines('教育局部门整体支出绩效自评报告')).toEqual(['教育局部门整体支出绩效自评报告']);
    expect(titleLines('珠晖区教育局二〇二二年度部门整体支出绩效自评情况的报告')).toEqual(['珠晖区教育局二〇二二年度部门整体支出绩效自评情况的报告']);
  });
});
