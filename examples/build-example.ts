/**
 * Builds examples/zhuhui-2022.xlsx: the seed report's department (珠晖区教育局 2022) as a
 * workbook in the standard layouts of spec/workbook.md, with the quirks of real exports —
 * prefixed sheet names, titles in row 1, 单位 lines, a two-row merged header with split
 * 类|款|项 codes, a two-lane 基本支出 table with its footer, the wide 三公 table, dashes for
 * zero, a total row written as SUM formulas — plus our sheets P1–P4.
 *
 * Figures: examples/zhuhui-2022-data.ts (invented ones are marked 示例数据); prose:
 * examples/zhuhui-2022-text.ts. The self-evaluation form scores exactly 88 (良) under the default
 * scheme 财政部自评; the hand computation is written out above INDICATOR_ROWS in the data file
 * and checked row by row in test/example.test.ts. Run: `npm run build:cli && node build/examples/build-example.js [out.xlsx]`.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import {
  amountCell,
  EXAMPLE_SHEETS,
  ExampleCell,
  markIllustrative,
  merge,
  putRows,
  putTitle,
  setWidths,
  styleHeader,
} from './example-sheet';
import { addP2, addP3, addP4 } from './own-sheets';
import * as data from './zhuhui-2022-data';
import { P1_HEADER } from '../src/core/template/templateSheets';

export { EXAMPLE_SHEETS } from './example-sheet';

const ORG_LINE = `编制单位：${data.PROFILE.department}`;

/** The example workbook, built in memory (write it with `workbook.xlsx.writeFile`). */
export function buildExampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'perf-report example';
  addT1(wb);
  addT3(wb);
  addT6(wb);
  addT7(wb);
  addP1(wb);
  addP2(wb);
  addP3(wb);
  addP4(wb);
  return wb;
}

/** 收入支出决算总表: two blocks side by side under a 收入 | 支出 group row. */
function addT1(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.t1);
  putTitle(ws, '收入支出决算总表', 6);
  putRows(ws, 2, 6, [['公开01表']]);
  putRows(ws, 3, 1, [[ORG_LINE, null, '2022年度', null, null, '单位：万元']]);
  putRows(ws, 4, 1, [
    ['收入', null, null, '支出'],
    ['项目', '行次', '金额', '项目', '行次', '金额'],
  ]);
  merge(ws, 4, 1, 4, 3);
  merge(ws, 4, 4, 4, 6);
  styleHeader(ws, 4, 5, 6);
  data.T1_LINES.forEach(([inLabel, inAmount, outLabel, outAmount], i) => {
    const lineNo = i + 1;
    putRows(ws, 6 + i, 1, [
      [inLabel, lineNo, amountCell(inAmount), outLabel || null, outLabel ? 30 + lineNo : null, amountCell(outAmount)],
    ]);
  });
  const last = 5 + data.T1_LINES.length;
  markIllustrative(ws, 6, 3, last, 3);
  markIllustrative(ws, 6, 6, last, 6);
  putRows(ws, last + 1, 1, [[data.ILLUSTRATIVE_NOTE]]);
  setWidths(ws, [34, 6, 12, 26, 6, 12]);
}

/** 支出决算表: 科目编码 over 类|款|项 (two header rows, merged), 合计 first, codes split. */
function addT3(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.t3);
  putTitle(ws, '支出决算表', 10);
  putRows(ws, 2, 10, [['公开03表']]);
  putRows(ws, 3, 1, [[ORG_LINE, null, null, null, null, null, null, null, null, '单位：万元']]);
  const heads = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  putRows(ws, 4, 1, [
    ['科目编码', null, null, '科目名称', ...heads],
    ['类', '款', '项'],
  ]);
  merge(ws, 4, 1, 4, 3);
  for (let c = 4; c <= 10; c++) merge(ws, 4, c, 5, c);
  styleHeader(ws, 4, 5, 10);
  const t = data.T3_TOTAL;
  putRows(ws, 6, 1, [['合计', null, null, null, Number(t.total), Number(t.basic), Number(t.project)]]);
  merge(ws, 6, 1, 6, 4);
  data.T3_ROWS.forEach(([cls, kuan, xiang, name, basic, project], i) => {
    const total = (Math.round(Number(basic || 0) * 100) + Math.round(Number(project || 0) * 100)) / 100;
    const codeCells: ExampleCell[] = [Number(cls), kuan || null, xiang || null];
    putRows(ws, 7 + i, 1, [[...codeCells, name, total, amountCell(basic), amountCell(project)]]);
  });
  const last = 6 + data.T3_ROWS.length;
  markIllustrative(ws, 7, 5, last, 7);
  putRows(ws, last + 1, 1, [[data.ILLUSTRATIVE_NOTE]]);
  setWidths(ws, [6, 5, 5, 30, 14, 14, 14, 12, 10, 14]);
}

/** 基本支出决算表: 人员经费 and 公用经费 lanes side by side, 合计 footer; codes as text. */
function addT6(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.t6);
  putTitle(ws, '一般公共预算财政拨款基本支出决算表', 6);
  putRows(ws, 2, 6, [['公开05表']]);
  putRows(ws, 3, 1, [[ORG_LINE, null, null, null, null, '单位：万元']]);
  putRows(ws, 4, 1, [
    ['人员经费', null, null, '公用经费'],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
  ]);
  merge(ws, 4, 1, 4, 3);
  merge(ws, 4, 4, 4, 6);
  styleHeader(ws, 4, 5, 6);
  const lane = (items: readonly data.EconomicItem[], col: number): void =>
    items.forEach(([code, name, amount], i) => putRows(ws, 6 + i, col, [[code, name, amountCell(amount)]]));
  lane(data.PERSONNEL_ITEMS, 1);
  lane(data.PUBLIC_ITEMS, 4);
  const footer = 6 + Math.max(data.PERSONNEL_ITEMS.length, data.PUBLIC_ITEMS.length);
  markIllustrative(ws, 6, 1, footer - 1, 6);
  putRows(ws, footer, 1, [
    ['人员经费合计', null, Number(data.PERSONNEL_TOTAL), '公用经费合计', null, Number(data.PUBLIC_TOTAL)],
  ]);
  merge(ws, footer, 1, footer, 2);
  merge(ws, footer, 4, footer, 5);
  putRows(ws, footer + 1, 1, [[data.ILLUSTRATIVE_NOTE]]);
  setWidths(ws, [9, 30, 12, 9, 24, 12]);
}

/** “三公”经费支出决算表, the official wide layout: 预算数 and 决算数 groups, three header rows, all zero. */
function addT7(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.t7);
  putTitle(ws, '一般公共预算财政拨款“三公”经费支出决算表', 12);
  putRows(ws, 2, 12, [['公开06表']]);
  putRows(ws, 3, 1, [[ORG_LINE, null, null, null, null, null, null, null, null, null, null, '单位：万元']]);
  putRows(ws, 4, 1, [['预算数', null, null, null, null, null, '决算数']]);
  merge(ws, 4, 1, 4, 6);
  merge(ws, 4, 7, 4, 12);
  for (const left of [1, 7]) {
    putRows(ws, 5, left, [['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费']]);
    putRows(ws, 6, left + 2, [['小计', '公务用车购置费', '公务用车运行费']]);
    merge(ws, 5, left, 6, left);
    merge(ws, 5, left + 1, 6, left + 1);
    merge(ws, 5, left + 2, 5, left + 4);
    merge(ws, 5, left + 5, 6, left + 5);
  }
  styleHeader(ws, 4, 6, 12);
  putRows(ws, 7, 1, [Array.from({ length: 12 }, () => 0)]);
  putRows(ws, 8, 1, [['注：本单位2022年度无“三公”经费支出。']]);
  setWidths(ws, [10, 12, 10, 12, 12, 10, 10, 12, 10, 12, 12, 10]);
}

/** 项目支出明细表 (ours): one row per project, a 合计 row of SUM formulas above them. */
function addP1(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.p1);
  putTitle(ws, '项目支出明细表', 8);
  putRows(ws, 2, 8, [['单位：万元']]);
  putRows(ws, 3, 1, [[...P1_HEADER]]);
  styleHeader(ws, 3, 3, 8);
  const first = 5;
  const last = first + data.PROJECTS.length - 1;
  const total = (col: string, index: number): ExampleCell => ({
    formula: `SUM(${col}${first}:${col}${last})`,
    result: data.PROJECTS.reduce((acc, p) => acc + Math.round(Number(p[index]) * 100), 0) / 100,
  });
  putRows(ws, 4, 1, [['合计', null, null, total('D', 3), total('E', 4), total('F', 5)]]);
  data.PROJECTS.forEach(([name, code, codeName, initial, final, executed, key, purpose], i) => {
    putRows(ws, first + i, 1, [[name, code, codeName, Number(initial), Number(final), Number(executed), key, purpose]]);
  });
  markIllustrative(ws, first, 4, last, 5);
  putRows(ws, last + 1, 1, [[data.ILLUSTRATIVE_NOTE]]);
  setWidths(ws, [20, 12, 18, 12, 12, 12, 9, 48]);
}

/** Writes the example to `file` (default examples/zhuhui-2022.xlsx under the working directory). */
export async function writeExampleWorkbook(file: string): Promise<void> {
  await buildExampleWorkbook().xlsx.writeFile(file);
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(process.cwd(), 'examples', 'zhuhui-2022.xlsx');
  writeExampleWorkbook(out).then(
    () => console.log(`wrote ${out}`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
