import { CellValue, sheetOf } from '../grid/snapshot';
import { readP3 } from './p3';
import { tableContext } from './common';
import { fieldsOf } from '../../../test/support/findingText';

const S = '部门基本情况';
const _ = null;

function read(values: CellValue[][], merges = [] as { top: number; left: number; bottom: number; right: number }[]) {
  const ctx = tableContext(sheetOf(S, values, merges), 'P3', { titleCell: { sheet: S, row: 0, col: 0 } });
  return { data: readP3(ctx), findings: ctx.findings };
}

const base: CellValue[][] = [
  ['部门基本情况', _],
  ['项目', '内容'],
  ['年度', 2022],
  ['部门名称', '衡阳市珠晖区教育局'],
  ['主要职能', '1）贯彻执行国家教育方针\n2）拟订全区教育发展规划\n\n10）负责教育基本信息的统计'],
  ['内设机构', '办公室、计划财务股，人事股\n基础教育股'],
  ['编制数（人）', '1200人'],
  ['年末在职人员数', 1225],
  ['二级预算单位数', 24],
  ['上年"三公"经费决算数', 3.5],
  ['评分方案', '财政部自评'],
];

describe('readP3', () => {
  it('reads the keys in any order with no finding', () => {
    const { data, findings } = read(base);
    expect(findings).toEqual([]);
    expect(data.departmentName!.text).toBe('衡阳市珠晖区教育局');
    expect(data.year).toEqual({ ref: { sheet: S, row: 2, col: 1 }, value: 2022 });
    expect(data.schemeName!.text).toBe('财政部自评');
  });

  it('splits a multi-line 主要职能 cell into duties without their numbering', () => {
    expect(read(base).data.duties.map((d) => d.text)).toEqual([
      '贯彻执行国家教育方针',
      '拟订全区教育发展规划',
      '负责教育基本信息的统计',
    ]);
  });

  it('takes duties from several rows with the same key, and from a merged key cell', () => {
    const rows: CellValue[][] = [
      ['项目', '内容'],
      ['部门名称', '某局'],
      ['年度', '2022年'],
      ['主要职能', '职能一'],
      ['主要职能', '职能二'],
      [_, '职能三'],
    ];
    const { data } = read(rows, [{ top: 4, left: 0, bottom: 5, right: 0 }]);
    expect(data.duties.map((d) => d.text)).toEqual(['职能一', '职能二', '职能三']);
    expect(data.year!.value).toBe(2022);
  });

  it('splits 内设机构 on 、，, and new lines', () => {
    const { data } = read(base);
    expect(data.internalOrgs).toEqual(['办公室', '计划财务股', '人事股', '基础教育股']);
    expect(data.internalOrgsRef).toEqual({ sheet: S, row: 5, col: 1 });
  });

  it('reads the numbers, with units in the cell or the key', () => {
    const n = read(base).data.numbers;
    expect(n.staffAuthorized!.value.toString()).toBe('1200');
    expect(n.staffActual!.value.toString()).toBe('1225');
    expect(n.subUnitCount!.value.toString()).toBe('24');
    expect(n.threePublicActualPrior!.value.toString()).toBe('3.5');
    expect(n.carryoverEndPrior).toBeUndefined();
  });

  it('an unknown key is an info note at its cell', () => {
    const { findings } = read([...base, ['联系电话', '12345'], ['备注', '示例数据']]);
    expect(findings.map((f) => [f.code, f.severity, f.at.row, fieldsOf(f).key])).toEqual([
      ['P3.unknownKey', 'info', 11, '联系电话'],
    ]);
  });

  it('a missing 部门名称 or 年度 is a P3.required error', () => {
    const { data, findings } = read([
      ['项目', '内容'],
      ['编制数', 10],
    ]);
    expect(data.departmentName).toBeNull();
    expect(data.year).toBeNull();
    expect(findings.map((f) => [f.code, f.severity, fieldsOf(f).key])).toEqual([
      ['P3.required', 'error', 'p3.departmentName'],
      ['P3.required', 'error', 'p3.year'],
    ]);
  });

  it('a 年度 that is not a year is a P3.required error at the cell', () => {
    const { data, findings } = read([
      ['项目', '内容'],
      ['部门名称', '某局'],
      ['年度', '去年'],
    ]);
    expect(data.year).toBeNull();
    expect(findings.map((f) => [f.code, f.at.row, f.at.col])).toEqual([['P3.required', 2, 1]]);
  });
});
