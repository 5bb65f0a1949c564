/**
 * Random consistent departments for the property tests: a 支出决算表 (T3) with 类/款/项 rows
 * whose every level adds up, and a two-lane 基本支出决算表 (T6) whose footer is the sum of its
 * items — as snapshots built from arrays in the standard layout. Amounts are whole 分
 * (integers) so every sum is exact; cells hold them as 万元 numbers with 2 decimals.
 */
import fc from 'fast-check';
import { CellValue, SheetSnapshot, WorkbookSnapshot, sheetOf } from '../../src/core/grid/snapshot';

export interface Leaf {
  readonly basic: number;
  readonly project: number;
}
/** classes → 款 → 项 leaves, amounts in 分. */
export interface Department {
  readonly classes: readonly (readonly (readonly Leaf[])[])[];
  readonly personnel: readonly number[];
  readonly publicItems: readonly number[];
}

const cents = fc.integer({ min: 0, max: 3_000_000 });
const leaf = fc.record({ basic: cents, project: cents });

/** A random department: 1–3 classes of 1–3 款 of 1–3 项; 1–8 items per T6 lane. */
export const departmentArb: fc.Arbitrary<Department> = fc.record({
  classes: fc.array(fc.array(fc.array(leaf, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  }),
  personnel: fc.array(cents, { minLength: 1, maxLength: 8 }),
  publicItems: fc.array(cents, { minLength: 1, maxLength: 8 }),
});

const CLASS_CODES = ['205', '208', '210'];
const PERSONNEL_CODES = ['30101', '30102', '30103', '30107', '30108', '30110', '30112', '30113'];
const PUBLIC_CODES = ['30201', '30202', '30205', '30206', '30211', '30213', '30299', '31002'];

export const T3_SHEET = 'Sheet1';
export const T6_SHEET = 'Sheet2';
export const T3_HEADER: CellValue[] = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];
export const T6_HEADER: CellValue[] = ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'];

/** 分 → the 万元 number a cell shows (2 decimals). */
export const wan = (fen: number): number => fen / 100;

const total = (leaves: readonly Leaf[]): Leaf => ({
  basic: leaves.reduce((a, l) => a + l.basic, 0),
  project: leaves.reduce((a, l) => a + l.project, 0),
});

const row = (code: string | null, name: string, l: Leaf): CellValue[] => [
  code,
  name,
  wan(l.basic + l.project),
  wan(l.basic),
  wan(l.project),
];

/** The T3 data rows (合计 first, then each 类, its 款 and their 项), without title and header. */
export function t3DataRows(d: Department): CellValue[][] {
  const rows: CellValue[][] = [];
  const all = d.classes.flat(2);
  rows.push(['合计', null, ...row(null, '', total(all)).slice(2)]);
  d.classes.forEach((kuans, i) => {
    const cls = CLASS_CODES[i];
    rows.push(row(cls, `类${cls}`, total(kuans.flat())));
    kuans.forEach((items, j) => {
      const kuan = `${cls}${String(j + 1).padStart(2, '0')}`;
      rows.push(row(kuan, `款${kuan}`, total(items)));
      items.forEach((l, k) => {
        const xiang = `${kuan}${String(k + 1).padStart(2, '0')}`;
        rows.push(row(xiang, `项${xiang}`, l));
      });
    });
  });
  return rows;
}

/** The T6 item rows (two lanes side by side) and the footer row. */
export function t6DataRows(d: Department): { items: CellValue[][]; footer: CellValue[] } {
  const n = Math.max(d.personnel.length, d.publicItems.length);
  const items: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const p = i < d.personnel.length ? [PERSONNEL_CODES[i], `人员${i}`, wan(d.personnel[i])] : [null, null, null];
    const q = i < d.publicItems.length ? [PUBLIC_CODES[i], `公用${i}`, wan(d.publicItems[i])] : [null, null, null];
    items.push([...p, ...q]);
  }
  const sumOf = (xs: readonly number[]): number => wan(xs.reduce((a, b) => a + b, 0));
  return { items, footer: ['人员经费合计', null, sumOf(d.personnel), '公用经费合计', null, sumOf(d.publicItems)] };
}

export const T3_TOP: CellValue[][] = [['支出决算表'], [null, null, null, null, '单位：万元'], T3_HEADER];
export const T6_TOP: CellValue[][] = [
  ['一般公共预算财政拨款基本支出决算表'],
  [null, null, null, null, null, '单位：万元'],
  ['人员经费', null, null, '公用经费'],
  T6_HEADER,
];

/** Both sheets in the standard layout, data rows as given (so tests can shuffle or pad them). */
export function snapshotOf(t3Rows: CellValue[][], t6Items: CellValue[][], t6Footer: CellValue[]): WorkbookSnapshot {
  const t3: SheetSnapshot = sheetOf(T3_SHEET, [...T3_TOP, ...t3Rows]);
  const t6: SheetSnapshot = sheetOf(
    T6_SHEET,
    [...T6_TOP, ...t6Items, t6Footer],
    [
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ],
  );
  return { sheets: [t3, t6] };
}

/** The department as a snapshot in the standard layout. */
export function departmentSnapshot(d: Department): WorkbookSnapshot {
  const t6 = t6DataRows(d);
  return snapshotOf(t3DataRows(d), t6.items, t6.footer);
}

/** Every amount cell of the snapshot (sheet, 0-based row, col), for picking one to change. */
export function amountCells(s: WorkbookSnapshot): { sheet: string; row: number; col: number }[] {
  const out: { sheet: string; row: number; col: number }[] = [];
  const [t3, t6] = s.sheets;
  for (let r = T3_TOP.length; r < t3.values.length; r++)
    for (const c of [2, 3, 4]) out.push({ sheet: t3.name, row: r, col: c });
  for (let r = T6_TOP.length; r < t6.values.length; r++) {
    for (const c of [2, 5]) if (typeof t6.values[r][c] === 'number') out.push({ sheet: t6.name, row: r, col: c });
  }
  return out;
}
