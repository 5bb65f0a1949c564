import { analyse } from '../analyse';
import { CellValue, WorkbookSnapshot, sheetOf } from '../grid/snapshot';
import { describeFinding } from '../findings/wording';

/** A 支出决算表 with the given title block lines over its header, and a profile of 珠晖区教育局 2022. */
function workbook(titleBlock: CellValue[][], sheetName = '支出决算表'): WorkbookSnapshot {
  const t3 = sheetOf(sheetName, [
    ['支出决算表'],
    ...titleBlock,
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    [null, '合计', 100, 60, 40],
    ['205', '教育支出', 100, 60, 40],
  ]);
  const p3 = sheetOf('部门基本情况', [['部门基本情况'], ['项目', '内容'], ['部门名称', '珠晖区教育局'], ['年度', '2022']]);
  return { sheets: [t3, p3] };
}

const said = (wb: WorkbookSnapshot) =>
  analyse(wb).findings.filter((f) => f.code === 'table.year' || f.code === 'table.entity');

describe('whose table, of which year', () => {
  it('says a table headed for another year, at that cell', () => {
    const [f] = said(workbook([['编制单位：珠晖区教育局', null, '2021年度', null, '单位：万元']]));
    expect(f.code).toBe('table.year');
    expect(f.at).toMatchObject({ sheet: '支出决算表', row: 1, col: 2 });
    expect(describeFinding(f, 'zh-CN')).toBe(
      '支出决算表!C2：支出决算表标明的年度为 2021 年，与部门基本情况的年度 2022 年不一致；请核对是否放入了其他年度的表',
    );
  });

  it('reads the year from the sheet name too, but not from a date of making', () => {
    expect(said(workbook([['单位：万元']], '2021年度支出决算表')).map((f) => f.code)).toEqual(['table.year']);
    expect(said(workbook([['报送日期：2023年3月15日', null, '单位：万元']]))).toEqual([]);
    expect(said(workbook([['2022年度', null, '单位：万元']]))).toEqual([]);
  });

  it('says a table prepared by another unit, and not one by the department under a longer name', () => {
    const [f] = said(workbook([['编制单位：珠晖区第一中学  2022年度  单位：万元']]));
    expect(f.code).toBe('table.entity');
    expect(f.fields).toMatchObject({ found: '珠晖区第一中学', department: '珠晖区教育局' });
    expect(said(workbook([['编制单位（盖章）：衡阳市珠晖区教育局', null, '单位：万元']]))).toEqual([]);
    expect(said(workbook([['编制单位：', null, '单位：万元']]))).toEqual([]);
  });
});
