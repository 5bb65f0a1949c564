import { SheetSnapshot, WorkbookSnapshot, sheetOf } from '../grid/snapshot';
import { identifySheet, locateTables, matchTitle } from './locate';
import { fieldsOf } from '../../../test/support/findingText';
import { describeFinding } from '../findings/wording';

const idOf = (sheet: SheetSnapshot) => identifySheet(sheet)?.id ?? null;
const named = (name: string) => idOf(sheetOf(name, [[]]));
const titled = (title: string, row = 0) => idOf(sheetOf('Sheet1', [...Array.from({ length: row }, () => []), [title]]));

describe('identifySheet', () => {
  it('ignores prefixes and suffixes around the title keyword', () => {
    expect(named('公开03表 支出决算表')).toBe('T3');
    expect(named('Z03 支出决算表(财决04表)')).toBe('T3');
    expect(named('表三 支出决算表')).toBe('T3');
    expect(named('2022年度珠晖区教育局支出决算表')).toBe('T3');
    expect(named('支 出 决 算 表（公开03表）')).toBe('T3');
    expect(titled('珠晖区教育局2022年度支出决算表', 2)).toBe('T3');
  });

  it('tells T3 from T5, T6, 项目支出决算表 and the 收入支出 tables', () => {
    expect(named('一般公共预算财政拨款支出决算表')).toBe('T5');
    expect(named('一般公共预算财政拨款基本支出决算表')).toBe('T6');
    expect(named('基本支出决算明细表')).toBe('T6');
    expect(named('项目支出决算表')).toBeNull();
    expect(named('一般公共预算财政拨款项目支出决算表')).toBeNull();
    expect(named('收入支出决算总表')).toBe('T1');
    expect(named('财政拨款收入支出决算总表')).toBe('T4');
    expect(named('收入决算表')).toBe('T2');
  });

  it('keeps an untitled 收入支出决算总表 whose row labels name other tables', () => {
    const untitled = sheetOf('收入支出决算总表', [
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['一、一般公共预算财政拨款收入', 1, 100, '一、教育支出', 32, 100],
      ['二、政府性基金预算财政拨款收入', 2, null, '二、社会保障和就业支出', 33, null],
      ['三、国有资本经营预算财政拨款收入', 3, null, null, null, null],
    ]);
    expect(idOf(untitled)).toBe('T1');
  });

  it('lists T2, T4, T8 and T9 and finds our own sheets', () => {
    expect(titled('政府性基金预算财政拨款收入支出决算表')).toBe('T8');
    expect(titled('国有资本经营预算财政拨款支出决算表')).toBe('T9');
    expect(titled('一般公共预算财政拨款“三公”经费支出决算表')).toBe('T7');
    expect(named('三公经费')).toBe('T7');
    expect(named('项目支出明细表')).toBe('P1');
    expect(named('项目支出绩效')).toBe('P1');
    expect(named('部门整体支出绩效自评表')).toBe('P2');
    expect(named('绩效自评表')).toBe('P2');
    expect(named('部门基本情况')).toBe('P3');
    expect(named('报告文字')).toBe('P4');
    expect(named('评分方案')).toBe('S');
  });

  it('does not take a key or a sentence for a title', () => {
    const profile = sheetOf('Sheet1', [
      ['项目', '内容'],
      ['上年"三公"经费决算数', 12],
      ['说明', '本报告依据支出决算表等资料编写，数据来源于部门决算软件导出的公开表格。'],
    ]);
    expect(identifySheet(profile)).toBeNull();
  });

  it('does not take the 评分方案 key of a 部门基本情况 without title for the 评分方案 sheet', () => {
    const profile = sheetOf('Sheet3', [
      ['部门名称', '某局'],
      ['评分方案', '湖南部门整体'],
    ]);
    expect(identifySheet(profile)).toBeNull();
    const scheme = sheetOf('Sheet4', [
      [null, '评分方案', null, '单位：分'],
      ['一级指标', '二级指标', '指标', '分值', '规则', '参数'],
    ]);
    expect(identifySheet(scheme)).toMatchObject({ id: 'S', titleCell: { row: 0, col: 1 } });
  });

  it('uses the title cell of a sheet named by its table', () => {
    const sheet = sheetOf('支出决算表', [[null], [null, '支出决算表'], ['公开03表']]);
    expect(identifySheet(sheet)).toEqual({ id: 'T3', titleCell: { sheet: '支出决算表', row: 1, col: 1 } });
  });

  it('lets a more specific title cell win over the sheet name', () => {
    expect(idOf(sheetOf('支出决算表 (2)', [['一般公共预算财政拨款支出决算表']]))).toBe('T5');
    expect(idOf(sheetOf('支出决算表', [['珠晖区教育局'], ['支出决算表']]))).toBe('T3');
  });

  it('matches the most specific keyword', () => {
    expect(matchTitle('一般公共预算财政拨款基本支出决算表')?.keyword).toBe('一般公共预算财政拨款基本支出决算表');
  });

  it('reads a 项目支出绩效自评表 as the self-evaluation form, not the project list', () => {
    expect(idOf(sheetOf('绩效自评表', [['项目支出绩效自评表'], ['（2022年度）']]))).toBe('P2');
    expect(idOf(sheetOf('项目支出绩效自评表', [['项目名称', '委托业务项目']]))).toBe('P2');
    expect(idOf(sheetOf('Sheet1', [['项目支出明细表']]))).toBe('P1');
  });
});

describe('locateTables', () => {
  const book = (...names: string[]): WorkbookSnapshot => ({ sheets: names.map((n) => sheetOf(n, [[n]])) });

  it('reports two sheets that claim the same table, naming both, and keeps the first', () => {
    const loc = locateTables(book('支出决算表', '支出决算表 (2)', '基本支出决算表', '绩效自评表', '部门基本情况'));
    expect(loc.tables.filter((t) => t.id === 'T3').map((t) => t.sheet.name)).toEqual(['支出决算表']);
    const dup = loc.findings.filter((f) => f.code === 'table.duplicate');
    expect(dup.map((f) => [f.severity, ...(fieldsOf(f).sheets as string[])])).toEqual([
      ['error', '支出决算表', '支出决算表 (2)'],
    ]);
  });

  it('reports missing required tables as errors and recommended ones as warnings', () => {
    const loc = locateTables(book('支出决算表'));
    const missing = loc.findings.filter((f) => f.code === 'table.missing').map((f) => [fieldsOf(f).table, f.severity]);
    expect(missing).toEqual([
      ['T6', 'error'],
      ['P2', 'error'],
      ['P3', 'error'],
      ['T1', 'warning'],
      ['T7', 'warning'],
      ['P1', 'warning'],
    ]);
    expect(loc.findings.every((f) => describeFinding(f).includes('可插入模板表后填写'))).toBe(true);
  });

  it('skips the report sheet', () => {
    const report: SheetSnapshot = { ...sheetOf('绩效自评报告', [['部门整体支出绩效自评表']]), isReport: true };
    const loc = locateTables({ sheets: [report] });
    expect(loc.tables).toEqual([]);
  });

  it('lists optional tables without findings', () => {
    const loc = locateTables(
      book(
        '收入决算表',
        '财政拨款收入支出决算总表',
        '政府性基金预算财政拨款收入支出决算表',
        '国有资本经营预算财政拨款支出决算表',
      ),
    );
    expect(loc.tables.map((t) => t.id)).toEqual(['T2', 'T4', 'T8', 'T9']);
    expect(loc.findings.some((f) => ['T2', 'T4', 'T8', 'T9'].includes(fieldsOf(f).table as string))).toBe(false);
  });
});
