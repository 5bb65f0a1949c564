/**
 * Properties of the engine as a whole (DESIGN.md "Tests that prove it is real"): random
 * consistent tables give no findings; one changed cell gives the finding at that cell;
 * shuffled, blank or repeated-header rows change no figure; no input makes analyse throw.
 */
import fc from 'fast-check';
import { analyse, buildReportSheet } from '../src/core/analyse';
import { a1 } from '../src/core/grid/address';
import { CellValue, WorkbookSnapshot } from '../src/core/grid/snapshot';
import { Finding, FindingCode } from '../src/core/findings/finding';
import { Analysis, FigureId } from '../src/core/model/analysis';
import {
  T3_HEADER,
  T6_HEADER,
  amountCells,
  departmentArb,
  departmentSnapshot,
  snapshotOf,
  t3DataRows,
  t6DataRows,
} from './support/randomDepartment';

/** The codes the T3/T6 tables and their cells can raise. */
const TABLE_CODES: readonly FindingCode[] = [
  'T3.rowSum',
  'T3.hierarchy',
  'T6.totals',
  'T6.code',
  'cell.value',
  'table.duplicate',
  'table.header',
];
const FIGURES: readonly FigureId[] = [
  'expenditureTotal',
  'basicExpenditure',
  'projectExpenditure',
  'personnelExpenditure',
  'publicExpenditure',
];

const tableErrors = (a: Analysis): Finding[] =>
  a.findings.filter((f) => f.severity === 'error' && TABLE_CODES.includes(f.code));
const show = (f: Finding): string =>
  `${f.code} ${f.at.sheet}!${f.at.row !== null && f.at.col !== null ? a1(f.at.row, f.at.col) : '-'} Δ${f.difference?.toString()}`;
const figuresOf = (a: Analysis): Record<string, string | undefined> =>
  Object.fromEntries(FIGURES.map((id) => [id, a.figures[id].value?.toString()]));

const RUNS = { numRuns: 60 };

test('a random consistent 支出决算表 and 基本支出决算表 give no error from their checks', () => {
  fc.assert(
    fc.property(departmentArb, (d) => {
      expect(tableErrors(analyse(departmentSnapshot(d))).map(show)).toEqual([]);
    }),
    RUNS,
  );
});

test('the figures of a random department are the sums of its cells', () => {
  fc.assert(
    fc.property(departmentArb, (d) => {
      const a = analyse(departmentSnapshot(d));
      const leaves = d.classes.flat(2);
      const fen = (xs: number[]): string => String(xs.reduce((x, y) => x + y, 0) / 100);
      expect(figuresOf(a)).toEqual({
        expenditureTotal: fen(leaves.map((l) => l.basic + l.project)),
        basicExpenditure: fen(leaves.map((l) => l.basic)),
        projectExpenditure: fen(leaves.map((l) => l.project)),
        personnelExpenditure: fen([...d.personnel]),
        publicExpenditure: fen([...d.publicItems]),
      });
    }),
    RUNS,
  );
});

test('changing one amount gives errors that all point at that cell, with the change as difference', () => {
  const arb = fc.tuple(departmentArb, fc.nat(), fc.integer({ min: 100, max: 100_000 }), fc.boolean());
  fc.assert(
    fc.property(arb, ([d, pick, deltaFen, up]) => {
      const base = departmentSnapshot(d);
      const cells = amountCells(base);
      const target = cells[pick % cells.length];
      const delta = (up ? deltaFen : -deltaFen) / 100;
      const changed = withCell(
        base,
        target.sheet,
        target.row,
        target.col,
        (v) => Math.round(((v as number) + delta) * 100) / 100,
      );
      const errors = tableErrors(analyse(changed));
      expect(errors.length).toBeGreaterThan(0);
      for (const f of errors) {
        const touches = [f.at, ...f.related].some(
          (r) => r.sheet === target.sheet && r.row === target.row && r.col === target.col,
        );
        expect([show(f), touches, f.difference?.abs().toString()]).toEqual([show(f), true, String(Math.abs(delta))]);
      }
    }),
    RUNS,
  );
});

test('shuffled data rows, blank rows and repeated header rows change no figure', () => {
  const arb = fc.tuple(
    departmentArb,
    fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    fc.array(fc.nat(), { maxLength: 4 }),
    fc.array(fc.nat(), { maxLength: 3 }),
  );
  fc.assert(
    fc.property(arb, ([d, order, blanks, headers]) => {
      const before = figuresOf(analyse(departmentSnapshot(d)));
      const t6 = t6DataRows(d);
      let t3 = shuffle(t3DataRows(d), order);
      let t6Items = shuffle(t6.items, [...order].reverse());
      for (const at of blanks) t3 = insertAt(t3, at, []);
      for (const at of headers) t3 = insertAt(t3, at, [...T3_HEADER]);
      for (const at of blanks) t6Items = insertAt(t6Items, at, [null, null, null, null, null, null]);
      for (const at of headers) t6Items = insertAt(t6Items, at, [...T6_HEADER]);
      expect(figuresOf(analyse(snapshotOf(t3, t6Items, t6.footer)))).toEqual(before);
    }),
    RUNS,
  );
});

test('no junk snapshot makes analyse throw, and its report can always be laid out', () => {
  fc.assert(
    fc.property(junkWorkbookArb, (snapshot) => {
      const analysis = analyse(snapshot);
      expect(() => buildReportSheet(analysis)).not.toThrow();
    }),
    { numRuns: 100 },
  );
});

// ── helpers ───────────────────────────────────────────────────────────────

function withCell(
  s: WorkbookSnapshot,
  sheet: string,
  row: number,
  col: number,
  f: (v: CellValue) => CellValue,
): WorkbookSnapshot {
  return {
    sheets: s.sheets.map((sh) =>
      sh.name !== sheet
        ? sh
        : { ...sh, values: sh.values.map((r, i) => (i !== row ? r : r.map((v, j) => (j === col ? f(v) : v)))) },
    ),
  };
}

/** A permutation of `rows` driven by `keys` (a Fisher–Yates shuffle with the keys as choices). */
function shuffle<T>(rows: T[], keys: readonly number[]): T[] {
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = keys[i % keys.length] % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function insertAt<T>(rows: T[], at: number, row: T): T[] {
  const i = at % (rows.length + 1);
  return [...rows.slice(0, i), row, ...rows.slice(i)];
}

/** Words the recognisers look for, so junk reaches deep into them. */
const WORDS = [
  '支出决算表',
  '收入支出决算总表',
  '一般公共预算财政拨款基本支出决算表',
  '“三公”经费支出决算表',
  '项目支出明细表',
  '部门整体支出绩效自评表',
  '部门基本情况',
  '报告文字',
  '评分方案',
  '科目编码',
  '科目名称',
  '类',
  '款',
  '项',
  '合计',
  '本年支出合计',
  '基本支出',
  '项目支出',
  '决算数',
  '人员经费合计',
  '公用经费合计',
  '单位：万元',
  '单位：元',
  '单位：美元',
  '项目',
  '内容',
  '年度',
  '部门名称',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '实际完成值',
  '分值',
  '完成情况',
  '得分',
  '偏差原因',
  '年度资金总额',
  '章节',
  '{基本支出}',
  '{不存在}',
  '定性',
  '≥95%',
  '达成',
  '注：',
  '-',
  '—',
  '2050201',
  '205 02 01',
  '30101',
  '1,234.56',
  '１２３',
  '约100',
  '二〇二二',
  '=SUM(A1)',
  "O'Brien",
];

const junkValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e7 }),
  fc.boolean(),
  fc.constantFrom({ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }),
);

const junkSheetArb = fc.record({
  name: fc.oneof(fc.constantFrom(...WORDS.slice(0, 9)), fc.string({ minLength: 1, maxLength: 20 })),
  values: fc.array(fc.array(junkValue, { maxLength: 12 }), { maxLength: 25 }),
  merges: fc.array(
    fc
      .record({ top: fc.nat(30), left: fc.nat(12), h: fc.nat(3), w: fc.nat(3) })
      .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })),
    { maxLength: 4 },
  ),
});

/** Sheet names are unique in a workbook, as in Excel. */
const junkWorkbookArb: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(junkSheetArb, { maxLength: 6, selector: (s) => s.name })
  .map((sheets) => ({ sheets }));
