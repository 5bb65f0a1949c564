/**
 * Our own sheets of the example workbook (spec/workbook.md P2–P4): the self-evaluation form,
 * the department profile and the report text. Rows and columns 1-based, as ExcelJS counts.
 */
import ExcelJS from 'exceljs';
import {
  EXAMPLE_SHEETS,
  ExampleCell,
  amountCell,
  markIllustrative,
  merge,
  putRows,
  putTitle,
  setWidths,
  styleHeader,
} from './example-sheet';
import * as data from './zhuhui-2022-data';
import { DUTIES, INTERNAL_ORGS, REPORT_TEXT } from './zhuhui-2022-text';
import { P2_INDICATOR_HEADER } from '../src/core/template/templateSheets';

/** 部门整体支出绩效自评表 (ours): 年度预算执行 block, 年度总体目标, 绩效指标 with merged 一级/二级. */
export function addP2(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.p2);
  putTitle(ws, '部门整体支出绩效自评表', 11);
  putRows(ws, 2, 1, [['（2022年度）']]);
  merge(ws, 2, 1, 2, 11);
  putRows(ws, 3, 1, [
    [`部门名称：${data.PROFILE.department}`, null, null, null, null, null, null, null, null, null, '单位：万元'],
  ]);
  putRows(ws, 4, 1, [
    ['一、年度预算执行情况'],
    ['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ]);
  styleHeader(ws, 5, 5, 7);
  data.FUND_ROWS.forEach(([label, initial, final, executed, weight], i) => {
    putRows(ws, 6 + i, 1, [[label, amountCell(initial), amountCell(final), amountCell(executed), amountCell(weight)]]);
  });
  markIllustrative(ws, 6, 2, 9, 4);
  putRows(ws, 11, 1, [
    ['二、年度总体目标'],
    ['预期目标', null, null, null, null, '实际完成情况'],
    [data.GOALS.expected, null, null, null, null, data.GOALS.actual],
  ]);
  for (const r of [12, 13]) {
    merge(ws, r, 1, r, 5);
    merge(ws, r, 6, r, 11);
  }
  styleHeader(ws, 12, 12, 11);
  addP2Indicators(ws, 15);
  setWidths(ws, [12, 14, 22, 8, 12, 8, 14, 8, 12, 8, 36]);
}

/** 年度指标值, 实际完成值, 分值, 得分: plain numbers are written as numbers, `≥99%` and `85%` stay text. */
const NUMERIC_COLUMNS = new Set([4, 6, 7, 9]);

/** 绩效指标 block from row `top` (its section label), merging 一级/二级 down over their rows. */
function addP2Indicators(ws: ExcelJS.Worksheet, top: number): void {
  putRows(ws, top, 1, [['三、绩效指标'], [...P2_INDICATOR_HEADER]]);
  styleHeader(ws, top + 1, top + 1, 11);
  const first = top + 2;
  data.INDICATOR_ROWS.forEach((row, i) => {
    const cells: ExampleCell[] = row.map((v, j) =>
      NUMERIC_COLUMNS.has(j) && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v || null,
    );
    putRows(ws, first + i, 1, [cells]);
  });
  // 一级 and 二级 are written once and merged down, as the official forms print them.
  for (const col of [0, 1]) {
    let start = 0;
    for (let i = 1; i <= data.INDICATOR_ROWS.length; i++) {
      if (i < data.INDICATOR_ROWS.length && data.INDICATOR_ROWS[i][col] === data.INDICATOR_ROWS[start][col]) {
        ws.getCell(first + i, col + 1).value = null;
        continue;
      }
      if (i - 1 > start) merge(ws, first + start, col + 1, first + i - 1, col + 1);
      start = i;
    }
  }
  const last = first + data.INDICATOR_ROWS.length - 1;
  for (let r = first; r <= last; r++) ws.getCell(r, 8).note = '示例数据';
  putRows(ws, last + 1, 1, [[data.ILLUSTRATIVE_NOTE]]);
}

/** 部门基本情况 (ours): 项目 | 内容. */
export function addP3(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.p3);
  putTitle(ws, '部门基本情况', 2);
  const p = data.PROFILE;
  putRows(ws, 2, 1, [
    ['项目', '内容'],
    ['部门名称', p.department],
    ['年度', p.year],
    ['主要职能', DUTIES.join('\n')],
    ['内设机构', INTERNAL_ORGS.join('、')],
    ['二级预算单位数', p.subUnits],
    ['年末在职人员数', p.staff],
    ['评分方案', p.scheme],
    [
      '备注',
      '示例数据：收入、功能分类与经济分类明细、预算数和绩效自评表的数字为示例，非原报告数据；其余数字和文字取自原报告',
    ],
  ]);
  ws.getCell(4, 2).numFmt = '0';
  styleHeader(ws, 2, 2, 2);
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  setWidths(ws, [16, 90]);
}

/** 报告文字 (ours): 章节 | 内容, one cell per section, paragraphs on separate lines. */
export function addP4(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXAMPLE_SHEETS.p4);
  putTitle(ws, '报告文字', 2);
  putRows(ws, 2, 1, [['说明：各章节文字摘自原报告；一个单元格可含多段，以换行分隔。'], ['章节', '内容']]);
  styleHeader(ws, 3, 3, 2);
  REPORT_TEXT.forEach(([key, paragraphs], i) => putRows(ws, 4 + i, 1, [[key, paragraphs.join('\n')]]));
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  setWidths(ws, [16, 100]);
}
