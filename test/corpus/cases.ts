/**
 * The bad-input corpus: named workbooks, each the example (examples/build-example.ts) with
 * one problem a real workbook has, and the finding it must produce (code + sheet + cell).
 * Cases that must read *through* a quirk expect the example's own seed gap (项目支出 640.68
 * against the projects' 549.89, at the T3 合计 row) and unchanged figures instead.
 *
 * Example cell map (1-based rows): T3 合计 row 6, 205 row 7, 20501 row 8, 2050101 row 9, 20502
 * row 10 … 2050299 row 14, 208 row 15 … 2210201 row 23; columns E 合计, F 基本, G 项目, J unit.
 * T6: items rows 6–24 (人员 A–C, 公用 D–F), footer row 25. T7: data row 7 (预算 A–F, 决算 G–L).
 * T1: lines rows 6–17 (本年…合计 row 14, 总计 row 17; amounts C and F). P1: 合计 row 4, projects
 * rows 5–7 (B code, E 全年, F 执行). P2: funds rows 6–9, indicators rows 17–26 (H 分值, I 完成情况).
 * P3: 部门名称 row 3, 年度 row 4. P4: sections rows 4–11 (B text).
 */
import ExcelJS from 'exceljs';
import { EXAMPLE_SHEETS as S } from '../../examples/build-example';
import { FindingCode, Severity } from '../../src/core/findings/finding';
import { FigureId } from '../../src/core/model/analysis';
import * as m from './mutate';
import { moreCases } from './cases-more';

/** A finding a case must produce. `cells` (A1) lists the acceptable cells; absent: any cell of the sheet. */
export interface ExpectedFinding {
  readonly code: FindingCode;
  /** The sheet it points at; null for a workbook-level finding (a missing table); undefined: any. */
  readonly sheet?: string | null;
  readonly cells?: readonly string[];
  readonly severity?: Severity;
  /** |difference| in 万元, when the rule compares amounts. */
  readonly difference?: string;
}

export interface CorpusCase {
  readonly name: string;
  readonly build: () => ExcelJS.Workbook;
  readonly expect: readonly ExpectedFinding[];
  /** Codes that must not appear at all (a quirk read correctly). */
  readonly absent?: readonly FindingCode[];
  /** Figures that must still be read (万元 / persons, as decimal text). */
  readonly figures?: Partial<Record<FigureId, string>>;
  /** User text that must reach the report sheet as literal text, never as a formula. */
  readonly literalInReport?: string;
  /** Large cases: run with a longer timeout. */
  readonly slow?: boolean;
}

/** The example's own seed gap, found at T3 合计 项目支出 (G6) whatever else is wrong. */
export const SEED_GAP: ExpectedFinding = {
  code: 'P1.T3.project',
  sheet: S.t3,
  cells: ['G6'],
  severity: 'error',
  difference: '90.79',
};

/** The example's figures, which quirks must not change. */
export const EXAMPLE_FIGURES: Partial<Record<FigureId, string>> = {
  expenditureTotal: '32025.54',
  basicExpenditure: '31384.86',
  projectExpenditure: '640.68',
  personnelExpenditure: '26833.46',
  publicExpenditure: '4551.4',
};

const missing = (key: m.SheetKey): CorpusCase => ({
  name: `missing ${key.toUpperCase()} (${S[key]})`,
  build: () => m.drop(m.example(), key),
  expect: [{ code: 'table.missing', sheet: null, severity: 'error' }],
});

const formulaError = (error: string) => ({ formula: 'A1/0', result: { error } }) as unknown as ExcelJS.CellValue;

const tableCases: CorpusCase[] = [
  missing('t3'),
  missing('t6'),
  missing('p2'),
  missing('p3'),
  {
    name: 'text 约100 in a T3 amount cell',
    build: () => m.set(m.example(), 't3', 'F9', '约100'),
    expect: [{ code: 'cell.value', sheet: S.t3, cells: ['F9'], severity: 'error' }],
  },
  {
    name: '#REF! in a T3 amount cell (formula error result)',
    build: () => m.set(m.example(), 't3', 'F12', formulaError('#REF!')),
    expect: [{ code: 'cell.value', sheet: S.t3, cells: ['F12'], severity: 'error' }],
  },
  {
    name: '#DIV/0! in a T6 item',
    build: () => m.set(m.example(), 't6', 'C7', formulaError('#DIV/0!')),
    expect: [{ code: 'cell.value', sheet: S.t6, cells: ['C7'], severity: 'error' }],
  },
  {
    name: '#N/A stored as an error value in a P1 执行数',
    build: () => m.set(m.example(), 'p1', 'F6', { error: '#N/A' } as ExcelJS.CellErrorValue),
    expect: [{ code: 'cell.value', sheet: S.p1, cells: ['F6'], severity: 'error' }],
  },
  {
    name: '待定 in a T6 公用经费 item',
    build: () => m.set(m.example(), 't6', 'F8', '待定'),
    expect: [{ code: 'cell.value', sheet: S.t6, cells: ['F8'], severity: 'error' }],
  },
  {
    name: 'T3 in 元 (单位：元, amounts ×10000) is converted to 万元',
    build: () => m.set(m.scale(m.example(), 't3', ['E', 'F', 'G'], 6, 23, 10000), 't3', 'J3', '单位：元'),
    expect: [SEED_GAP],
    figures: { expenditureTotal: '32025.54', projectExpenditure: '640.68', basicExpenditure: '31384.86' },
  },
  {
    name: 'unknown unit 单位：美元 on T3',
    build: () => m.set(m.example(), 't3', 'J3', '单位：美元'),
    expect: [{ code: 'unit.unknown', sheet: S.t3, cells: ['J3'] }],
  },
  {
    name: 'no unit line on T3 (万元 assumed, said at the title)',
    build: () => m.set(m.example(), 't3', 'J3', null),
    expect: [{ code: 'unit.missing', sheet: S.t3, cells: ['A1'], severity: 'info' }, SEED_GAP],
    figures: EXAMPLE_FIGURES,
  },
  {
    name: 'T3 duplicated on a second sheet',
    build: () => m.duplicate(m.example(), 't3', '支出决算表 (2)'),
    expect: [{ code: 'table.duplicate', severity: 'error' }],
  },
  {
    name: 'an empty sheet among the tables',
    build: () => {
      const wb = m.example();
      wb.addWorksheet('Sheet1');
      return wb;
    },
    expect: [SEED_GAP],
    figures: EXAMPLE_FIGURES,
  },
  {
    name: 'an empty workbook (no sheets)',
    build: () => new ExcelJS.Workbook(),
    expect: [{ code: 'table.missing', sheet: null, severity: 'error' }],
  },
  {
    name: 'a workbook with one blank sheet',
    build: () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1');
      return wb;
    },
    expect: [{ code: 'table.missing', sheet: null, severity: 'error' }],
  },
  {
    name: 'a 10 MB sheet of junk next to the tables',
    build: () => m.addJunkSheet(m.example(), '导出数据', 10),
    expect: [SEED_GAP],
    figures: EXAMPLE_FIGURES,
    slow: true,
  },
  {
    name: "T3 on a sheet named with quotes and brackets (O'Brien's 【支出决算表】(2022))",
    build: () => {
      const wb = m.example();
      m.sheet(wb, 't3').name = "O'Brien's 【支出决算表】(2022)";
      return wb;
    },
    expect: [{ ...SEED_GAP, sheet: "O'Brien's 【支出决算表】(2022)" }],
    figures: EXAMPLE_FIGURES,
  },
  {
    name: 'T3 header words with line breaks, spaces and full-width brackets',
    build: () => {
      const wb = m.example();
      const heads = ['本年支出\n合计', '基本\n支出', '项目 支出', '上缴上级\n支出', '经营支出', '对附属单位\n补助支出'];
      heads.forEach((h, i) => m.set(wb, 't3', `${String.fromCharCode(69 + i)}4`, h));
      m.set(wb, 't3', 'A4', '科目编码（功能分类）');
      return wb;
    },
    expect: [SEED_GAP],
    absent: ['table.header', 'table.missing'],
    figures: EXAMPLE_FIGURES,
  },
  {
    name: 'T3 row-sum error (合计 ≠ 基本 + 项目 on 行政运行)',
    build: () => m.set(m.example(), 't3', 'E9', 1875.32),
    expect: [{ code: 'T3.rowSum', sheet: S.t3, cells: ['E9'], severity: 'error', difference: '10' }],
  },
  {
    name: 'T3 hierarchy error (项 行政运行 raised in 合计 and 基本, its 款 not)',
    build: () => m.set(m.set(m.example(), 't3', 'E9', 1875.32), 't3', 'F9', 1875.32),
    expect: [
      { code: 'T3.hierarchy', sheet: S.t3, cells: ['F8', 'E8', 'F9', 'E9'], severity: 'error', difference: '10' },
    ],
    absent: ['T3.rowSum'],
  },
  {
    name: 'T6 footer 公用经费合计 disagrees with its items',
    build: () => m.set(m.example(), 't6', 'F25', 4651.4),
    expect: [{ code: 'T6.totals', sheet: S.t6, cells: ['F25'], severity: 'error', difference: '100' }],
  },
  {
    name: '三公 spending over budget (公务接待费 决算 1.5 against 预算 1)',
    build: () => {
      const wb = m.example();
      for (const [cell, v] of [
        ['A7', 1],
        ['F7', 1],
        ['G7', 1.5],
        ['L7', 1.5],
      ] as const)
        m.set(wb, 't7', cell, v);
      return wb;
    },
    expect: [{ code: 'T7.overBudget', sheet: S.t7, cells: ['G7', 'L7'], severity: 'warning' }],
    absent: ['T7.sum'],
  },
  {
    name: 'P1 project code not in T3',
    build: () => m.set(m.example(), 'p1', 'B5', '2050204'),
    expect: [{ code: 'P1.code', sheet: S.p1, cells: ['B5'], severity: 'warning' }],
  },
  {
    name: 'P1 project executed over its budget',
    build: () => m.set(m.example(), 'p1', 'E5', 170),
    expect: [{ code: 'P1.overBudget', sheet: S.p1, cells: ['F5', 'E5'], severity: 'warning' }],
  },
  ...moreCases,
];

/** Every corpus case, by name. */
export const corpusCases: readonly CorpusCase[] = tableCases;
