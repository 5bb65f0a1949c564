/**
 * Every code of the findings catalogue, raised by the real code on a workbook (the example, the
 * bad-input corpus, and a few more mutations of the example here), then worded in both
 * languages: no gap left, and in en-US no Chinese but the workbook's own text.
 */
import ExcelJS from 'exceljs';
import { analyse } from '../src/core/analyse';
import { FINDING_CODES, FindingCode } from '../src/core/findings/catalogue';
import { Finding } from '../src/core/findings/finding';
import { describeFinding } from '../src/core/findings/wording';
import { corpusCases } from './corpus/cases';
import * as m from './corpus/mutate';
import { readSnapshot, roundTrip } from './support/workbookIO';

const HEADER = ['一级指标', '二级指标', '指标', '分值', '规则', '参数'];

/** A 评分方案 sheet with `rows` under its header. */
function withSchemeSheet(wb: ExcelJS.Workbook, rows: (string | number | null)[][]): ExcelJS.Workbook {
  const ws = wb.addWorksheet('评分方案');
  ws.addRow(['评分方案']);
  ws.addRow(HEADER);
  rows.forEach((r) => ws.addRow(r));
  return wb;
}

/** A 一般公共预算财政拨款支出决算表 whose 20502 row and 205 class do not add up. */
function withT5(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.addWorksheet('财决05表');
  ws.addRow(['一般公共预算财政拨款支出决算表']);
  ws.addRow(['编制单位：珠晖区教育局', null, null, null, '单位：万元']);
  ws.addRow(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  ws.addRow([null, '合计', 100, 60, 40]);
  ws.addRow(['205', '教育支出', 100, 60, 40]);
  ws.addRow(['20502', '普通教育', 90, 60, 40]);
  return wb;
}

/** Workbooks beyond the corpus, for the codes it does not raise. */
const MORE: readonly (() => ExcelJS.Workbook)[] = [
  () => withT5(m.example()),
  // A second 合计 row at the foot of 财决05表, disagreeing with the first (table.totals).
  () => {
    const wb = withT5(m.example());
    wb.getWorksheet('财决05表')!.addRow([null, '合计', 90, 60, 30]);
    return wb;
  },
  // P2 年度资金总额: 全年执行数 (D6) off T3, 执行率 (F6) typed wrong; an indicator below target (G17) with no 偏差原因.
  () => m.set(m.set(m.set(m.example(), 'p2', 'D6', 32000), 'p2', 'F6', 0.5), 'p2', 'G17', 1000),
  () => m.set(m.set(m.example(), 'p3', 'A11', '联系电话'), 'p3', 'B11', '0734-1234567'),
  () => m.set(m.example(), 'p3', 'B9', '省厅方案'),
  // No 指标性质 on 保障在职教职工人数 (D17): its direction is inferred and said (P2.inferred).
  () => m.set(m.example(), 'p2', 'D17', null),
  // 湖南部门整体 with 2 万元 of 公务接待费 (L7, 合计 G7) against a "三公" budget of 0 (indicator.overLimit).
  () => m.set(m.set(m.set(m.example(), 't7', 'L7', 2), 't7', 'G7', 2), 'p3', 'B9', '湖南部门整体'),
  () => withSchemeSheet(m.example(), [[null, null, '预算执行率', 10, '执行率', null]]),
  () => withSchemeSheet(m.set(m.example(), 'p3', 'B9', '自定义'), [[null, null, '资金到位率', 5, '正向', '95%']]),
  () => {
    const wb = m.example();
    for (const c of 'ABCDEFGHIJKL') m.set(wb, 't7', `${c}7`, null);
    return wb;
  },
  () => {
    const wb = m.example();
    for (const c of 'ABCDEF') m.set(wb, 't6', `${c}5`, '甲');
    return wb;
  },
  // A negative 项目支出 (G9); a header only partly matching (E4); a 项目支出决算表 sheet, not ours.
  () => m.set(m.example(), 't3', 'G9', -5),
  () => m.set(m.example(), 't3', 'E4', '本年支出合计数（决算数）'),
  // 报告文字 giving 基本支出 one cent off the tables (text.figure).
  () => m.set(m.example(), 'p4', 'B4', '本年基本支出31384.87万元，主要用于人员经费和公用经费。'),
  // A hidden old copy of the 支出决算表 (table.hiddenCopy).
  () => {
    const wb = m.example();
    const old = wb.addWorksheet('支出决算表（旧）', { state: 'hidden' });
    m.sheet(wb, 't3').eachRow((row, r) => row.eachCell((cell, c) => void (old.getCell(r, c).value = cell.value)));
    return wb;
  },
  // A 支出决算表 of another unit and year (table.entity, table.year).
  () => m.set(m.example(), 't3', 'A3', '编制单位：珠晖区第一中学  2021年度'),
  // 收入支出决算总表 pasted from a PDF: every line in one cell of column A (table.textLines).
  () => {
    const wb = m.drop(m.example(), 't1');
    const ws = wb.addWorksheet('收入支出决算总表');
    ['收入支出决算总表', '单位：万元', '项目 行次 金额 项目 行次 金额', '一、一般公共预算财政拨款收入 1 31,865.20 一、教育支出 32 26,029.09',
      '二、政府性基金预算财政拨款收入 2 - 二、社会保障和就业支出 33 2,745.36', '本年收入合计 7 31,865.20 本年支出合计 38 32,025.54'].forEach((l) => ws.addRow([l]));
    return wb;
  },
  () => {
    const wb = m.example();
    const ws = wb.addWorksheet('附表 项目支出决算表');
    ws.addRow(['项目支出决算表']);
    ws.addRow(['科目编码', '科目名称', '本年支出合计']);
    return wb;
  },
];

const raised = new Map<FindingCode, Finding[]>();

beforeAll(async () => {
  const builds = [m.example, ...corpusCases.filter((c) => !c.slow).map((c) => c.build), ...MORE];
  for (const build of builds) {
    const analysis = analyse(readSnapshot(await roundTrip(build())));
    for (const f of analysis.findings) raised.set(f.code, [...(raised.get(f.code) ?? []), f]);
  }
}, 300_000);

/** The workbook's own text in a finding: sheet names and every string field (row labels, typed values). */
function userTexts(f: Finding): string[] {
  const out: string[] = [f.at.sheet ?? '', ...f.related.map((r) => r.sheet)];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !('d' in v)) Object.values(v).forEach(walk);
  };
  walk(f.fields);
  return out.filter((t) => t !== '').sort((a, b) => b.length - a.length);
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

test('every code of the catalogue is raised', () => {
  expect(FINDING_CODES.filter((c) => !raised.has(c))).toEqual([]);
});

test.each(FINDING_CODES.map((c) => [c]))('%s is worded in zh-CN and en-US with nothing left open', (code) => {
  const found = raised.get(code) ?? [];
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      expect(describeFinding(f, lang)).not.toMatch(/undefined|null|NaN|\[object|“”|""|\$\{|  /);
    }
    const rest = userTexts(f).reduce((t, u) => t.split(u).join(''), describeFinding(f, 'en-US'));
    expect({ code, rest, cjk: CJK.test(rest) }).toEqual({ code, rest, cjk: false });
  }
});
