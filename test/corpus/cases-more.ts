/**
 * Corpus cases, second half: rows a reader must skip or read through (hidden, notes,
 * repeated headers), numbers typed in odd ways, and the cross-table and own-sheet rules.
 * The cell map is in cases.ts.
 */
import ExcelJS from 'exceljs';
import { EXAMPLE_SHEETS as S } from '../../examples/build-example';
import type { CorpusCase, ExpectedFinding } from './cases';
import * as m from './mutate';

const GAP: ExpectedFinding = {
  code: 'P1.T3.project',
  sheet: S.t3,
  cells: ['G6'],
  severity: 'error',
  difference: '90.79',
};
const FIGURES = {
  expenditureTotal: '32025.54',
  basicExpenditure: '31384.86',
  projectExpenditure: '640.68',
  personnelExpenditure: '26833.46',
  publicExpenditure: '4551.4',
};
const T3_HEADER: ExcelJS.CellValue[] = [
  '科目编码',
  null,
  null,
  '科目名称',
  '本年支出合计',
  '基本支出',
  '项目支出',
  '上缴上级支出',
  '经营支出',
  '对附属单位补助支出',
];

const readThrough = (
  name: string,
  build: () => ExcelJS.Workbook,
  absent: CorpusCase['absent'] = ['T3.rowSum', 'T3.hierarchy', 'cell.value'],
): CorpusCase => ({
  name,
  build,
  expect: [GAP],
  absent,
  figures: FIGURES,
});

const dashes = (): ExcelJS.Workbook => {
  const wb = m.example();
  const ws = m.sheet(wb, 't3');
  const marks = ['-', '—', '/', '0.00'];
  for (let r = 7; r <= 23; r++) {
    for (const c of ['G', 'H', 'I', 'J'])
      if (ws.getCell(`${c}${r}`).value === null) ws.getCell(`${c}${r}`).value = marks[r % marks.length];
  }
  return wb;
};

const splitCodesAsNumbers = (): ExcelJS.Workbook => {
  const wb = m.example();
  const ws = m.sheet(wb, 't3');
  for (let r = 7; r <= 23; r++) {
    for (const c of ['B', 'C']) {
      const v = ws.getCell(`${c}${r}`).value;
      if (typeof v === 'string') ws.getCell(`${c}${r}`).value = Number(v);
    }
  }
  return wb;
};

const hiddenRows = (): ExcelJS.Workbook => {
  const wb = m.example();
  for (const r of [8, 9, 16]) m.sheet(wb, 't3').getRow(r).hidden = true;
  m.sheet(wb, 't6').getRow(7).hidden = true;
  return wb;
};

const appendText = (wb: ExcelJS.Workbook, cell: string, extra: string): ExcelJS.Workbook => {
  const ws = m.sheet(wb, 'p4');
  ws.getCell(cell).value = `${String(ws.getCell(cell).value)}${extra}`;
  return wb;
};

/** The cases of this half. */
export const moreCases: CorpusCase[] = [
  readThrough('hidden rows in T3 and T6 are read like others', hiddenRows),
  readThrough('note rows in the middle of T3', () =>
    m.insertRows(m.example(), 't3', 10, [['注：以下为普通教育支出'], [null, null, null, '说明：含民转公幼儿园']]),
  ),
  readThrough('repeated header rows in the middle of T3 (a table copied across pages)', () =>
    m.insertRows(m.example(), 't3', 15, [T3_HEADER, ['类', '款', '项']]),
  ),
  readThrough('blank rows inside T3', () => m.insertRows(m.example(), 't3', 15, [[], []])),
  readThrough('T3 numbers typed as text with thousands separators', () =>
    m.asText(m.example(), 't3', ['E', 'F', 'G'], 6, 23, m.withSeparators),
  ),
  readThrough('T6 numbers typed with full-width digits', () =>
    m.asText(m.example(), 't6', ['C', 'F'], 6, 25, m.fullWidthDigits),
  ),
  readThrough('T3 zeros written as -, —, / and 0.00', dashes),
  readThrough('T3 split 款/项 codes typed as numbers (2 for 02)', splitCodesAsNumbers, [
    'T3.rowSum',
    'T3.hierarchy',
    'cell.value',
    'P1.code',
  ]),
  {
    name: 'T1 does not balance (支出总计 raised by 10)',
    build: () => m.set(m.example(), 't1', 'F17', 32181.62),
    expect: [{ code: 'T1.balance', sheet: S.t1, cells: ['F17', 'C17'], severity: 'error', difference: '10' }],
  },
  {
    name: 'T1 本年支出合计 differs from the T3 合计',
    build: () => m.set(m.set(m.example(), 't1', 'F14', 32035.54), 't1', 'F17', 32181.62),
    expect: [{ code: 'T1.T3.total', cells: ['F14', 'E6'], severity: 'error', difference: '10' }],
  },
  {
    name: 'T7 决算 合计 is not the sum of its items',
    build: () => m.set(m.example(), 't7', 'G7', 2),
    expect: [{ code: 'T7.sum', sheet: S.t7, cells: ['G7'], severity: 'error', difference: '2' }],
  },
  {
    name: 'T6 has 公务接待费 (30217) although T7 shows no 接待 spending',
    build: () => {
      const wb = m.example();
      for (const [cell, v] of [
        ['A22', '30217'],
        ['B22', '公务接待费'],
        ['C22', 1.2],
      ] as const)
        m.set(wb, 't6', cell, v);
      return wb;
    },
    expect: [{ code: 'T7.T6.part', cells: ['C22', 'L7'], severity: 'error' }],
  },
  {
    name: 'T6 code that is not an 经济分类 code',
    build: () => m.set(m.example(), 't6', 'D8', '3020'),
    expect: [{ code: 'T6.code', sheet: S.t6, cells: ['D8'], severity: 'warning' }],
  },
  {
    name: 'P2 weights do not total 100',
    build: () => m.set(m.example(), 'p2', 'H17', 12),
    expect: [{ code: 'P2.weights', sheet: S.p2, severity: 'warning' }],
  },
  {
    name: 'P2 indicator row without a weight',
    build: () => m.set(m.example(), 'p2', 'H18', null),
    expect: [{ code: 'P2.row', sheet: S.p2, cells: ['H18', 'C18'], severity: 'error' }],
  },
  {
    name: 'P2 定性 row without 完成情况',
    build: () => m.set(m.example(), 'p2', 'I24', null),
    expect: [{ code: 'P2.row', sheet: S.p2, cells: ['I24', 'C24'], severity: 'error' }],
  },
  {
    name: 'P3 without 年度',
    build: () => m.deleteRows(m.example(), 'p3', 4, 1),
    expect: [{ code: 'P3.required', sheet: S.p3, severity: 'error' }],
  },
  {
    name: 'P3 年度 written 二〇二二 (not a year)',
    build: () => m.set(m.example(), 'p3', 'B4', '二〇二二'),
    expect: [{ code: 'P3.required', sheet: S.p3, cells: ['B4'], severity: 'error' }],
  },
  {
    name: 'P3 without 部门名称',
    build: () => m.set(m.example(), 'p3', 'B3', null),
    expect: [{ code: 'P3.required', sheet: S.p3, severity: 'error' }],
  },
  {
    name: 'P4 with an unknown placeholder {不存在的指标}',
    build: () => appendText(m.example(), 'B6', '另见{不存在的指标}。'),
    expect: [{ code: 'text.placeholder', sheet: S.p4, cells: ['B6'], severity: 'warning' }],
  },
  {
    // 绩效情况 mentions 三公经费 and 支出: prose near the top must not make 报告文字 claim a table.
    name: 'P4 prose naming 三公经费 in its first rows is not taken for a table',
    build: () => {
      const wb = m.example();
      const ws = m.sheet(wb, 'p4');
      ws.getCell('B4').value = ws.getCell('B9').value;
      ws.getCell('A4').value = '绩效情况';
      return m.deleteRows(wb, 'p4', 2, 1);
    },
    expect: [GAP],
    absent: ['table.duplicate', 'table.missing'],
  },
  {
    name: 'P4 text that looks like a formula (=, +, -, @) stays literal',
    build: () => m.set(m.example(), 'p4', 'B6', '=HYPERLINK("http://example.com","点我")'),
    expect: [GAP],
    literalInReport: '=HYPERLINK("http://example.com","点我")',
  },
];
