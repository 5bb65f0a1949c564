/**
 * The building blocks of the generated workbooks (test/recalc/generate.ts): a seeded random
 * generator, how a workbook writes its amounts, and small sheet writers. Amounts are whole
 * cents of the sheet's unit (integers), so every sum is exact.
 */
import ExcelJS from 'exceljs';

/** mulberry32: a small seeded generator, so a failing seed can be rebuilt. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Cell = string | number | null;

export interface Gen {
  readonly r: () => number;
  int(min: number, max: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

export function gen(seed: number): Gen {
  const r = rng(seed);
  const int = (min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
  return { r, int, pick: (xs) => xs[int(0, xs.length - 1)], chance: (p) => r() < p };
}

/** Cents → "1,234,567.89". */
export function withSeparators(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** How one workbook writes its amounts. */
export interface Style {
  readonly unit: '元' | '千元' | '万元';
  /** Share of amounts typed as text with separators. */
  readonly textShare: number;
  readonly zero: 'blank' | 'dash' | 'zero';
}

export function amount(g: Gen, s: Style, cents: number): Cell {
  if (cents === 0) return s.zero === 'blank' ? null : s.zero === 'dash' ? '-' : 0;
  return g.chance(s.textShare) ? withSeparators(cents) : cents / 100;
}

/** Splits `total` cents into `n` non-negative integer parts (some may be 0). */
export function split(g: Gen, total: number, n: number): number[] {
  const cuts = Array.from({ length: n - 1 }, () => Math.floor(g.r() * (total + 1))).sort((a, b) => a - b);
  return [...cuts, total].map((c, i) => c - (i === 0 ? 0 : cuts[i - 1]));
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export function put(ws: ExcelJS.Worksheet, row: number, cells: readonly Cell[]): void {
  cells.forEach((v, j) => {
    if (v !== null) ws.getCell(row, j + 1).value = v;
  });
}

/** Title in row 1 (merged over the table), the unit line in row 2 at the right. */
export function header(ws: ExcelJS.Worksheet, title: string, unit: string, width: number): void {
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(2, width).value = `单位：${unit}`;
}

/** The T3 功能分类 classes a department may spend on. */
export const CLASSES: readonly [string, string][] = [
  ['205', '教育支出'],
  ['208', '社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['221', '住房保障支出'],
  ['201', '一般公共服务支出'],
];

export interface Leaf {
  readonly code: string;
  readonly name: string;
  readonly basic: number;
  readonly project: number;
}

/** The T3 leaves (项): basic spending split as given, project spending drawn (at least one project when `needProject`). */
export function t3Leaves(g: Gen, basicTotal: number, scale: number, needProject: boolean): Leaf[] {
  const classes = CLASSES.slice(0, g.int(1, 4));
  const codes: string[] = [];
  for (const [cls] of classes) {
    for (let k = 1; k <= g.int(1, 2); k++)
      for (let x = 1; x <= g.int(1, 2); x++)
        codes.push(`${cls}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`);
  }
  const basics = split(g, basicTotal, codes.length);
  return codes.map((code, i) => ({
    code,
    name: `项目科目${code}`,
    basic: basics[i],
    project: (needProject && i === 0) || g.chance(0.5) ? g.int(1, 40_000 * scale) : 0,
  }));
}
