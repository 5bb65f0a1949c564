/**
 * Cell-level transformations of real exports and PDF copies: labels (line breaks, spaces,
 * brackets, numbering, 其中：), 科目编码 (number or text, spaced, bracketed, with the name in one
 * cell), blank spacer columns and rows, notes above the title, sheet names. All `exact`.
 */
import { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/grid/snapshot';
import { TableInfo } from '../../src/core/model/types';
import { Run, accountTables } from './baseline';
import { editSheet, insertColumn, insertRows, mapCells, renameSheet } from './snapshotEdit';
import { Transform } from './transform';

const isText = (v: CellValue): v is string => typeof v === 'string';
/** Numbers and codes written as text (`27,080.00`, `2050101`) are no labels. */
const digitsOnly = (v: string): boolean => /^[\d\s.,\-]+$/.test(v);
const TOTAL = /合计|总计|小计/;

/** Applies `edit` to the sheet of every account table (a sheet once). */
function eachTableSheet(r: Run, edit: (s: SheetSnapshot, t: TableInfo) => SheetSnapshot): WorkbookSnapshot {
  let snapshot = r.snapshot;
  const done = new Set<string>();
  for (const t of accountTables(r)) {
    if (done.has(t.sheet)) continue;
    done.add(t.sheet);
    snapshot = editSheet(snapshot, t.sheet, (s) => edit(s, t));
  }
  return snapshot;
}

function exact(name: string, apply: (r: Run) => WorkbookSnapshot | null): Transform {
  return {
    name,
    expect: 'exact',
    apply: (r) => {
      const s = apply(r);
      return s && { snapshot: s, touched: null };
    },
  };
}

/** Every text label (not a number or code written as text) of the account sheets, mapped. */
function labels(name: string, map: (text: string, row: number, t: TableInfo) => string): Transform {
  return exact(name, (r) =>
    eachTableSheet(r, (s, t) =>
      mapCells(s, (v, row) => (isText(v) && !digitsOnly(v) && v.trim().length > 1 ? map(v, row, t) : v)),
    ),
  );
}

const dataRow = (row: number, t: TableInfo): boolean => row > t.headerRows[1];

const CN = '一二三四五六七八九十';
const NUMBERED = new RegExp(`^([${CN}]+)、`);
/** `一、` numbering → another style (n: the numeral's value). */
function renumber(style: (n: number) => string): (text: string) => string {
  return (text) =>
    text.replace(NUMBERED, (_m, numeral: string) =>
      style(numeral.length === 1 ? CN.indexOf(numeral) + 1 : 10 + CN.indexOf(numeral[1]) + 1),
    );
}

export const LABEL_TRANSFORMS: readonly Transform[] = [
  labels('line break inside labels 一般公共预算\\n财政拨款收入', (v) =>
    v.length >= 4 ? `${v.slice(0, Math.floor(v.length / 2))}\n${v.slice(Math.floor(v.length / 2))}` : v,
  ),
  labels('spaces between characters 一 般 公 共', (v) => (v.length <= 14 ? [...v].join(' ') : v)),
  labels('ideographic spaces 一\u3000般', (v) => (v.length <= 14 ? [...v].join('\u3000') : v)),
  labels('half-width brackets and colons', (v) => v.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':')),
  labels('full-width brackets and colons', (v) => v.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：')),
  labels(
    'numbering 一、 → （一）',
    renumber((n) => `（${CN[n - 1] ?? n}）`),
  ),
  labels(
    'numbering 一、 → 1.',
    renumber((n) => `${n}.`),
  ),
  labels(
    'numbering 一、 → 1、',
    renumber((n) => `${n}、`),
  ),
  labels(
    'numbering 一、 dropped',
    renumber(() => ''),
  ),
  labels('其中： prefix on item labels', (v, row, t) =>
    dataRow(row, t) && !TOTAL.test(v) && !/^(其中|单位|注|栏次|行次|项目|科目)/.test(v.trim()) ? `其中：${v}` : v,
  ),
];

/** Columns a table's reader took for `fields`. */
function columnsOf(t: TableInfo, fields: readonly string[]): number[] {
  return (t.columns ?? []).filter((c) => fields.includes(c.field)).map((c) => c.col);
}

/** Maps the cells of the given columns in the data rows of every account table. */
function codes(name: string, fields: readonly string[], map: (v: CellValue, field: string) => CellValue): Transform {
  return exact(name, (r) => {
    let snapshot = r.snapshot;
    for (const t of accountTables(r)) {
      const cols = new Map((t.columns ?? []).filter((c) => fields.includes(c.field)).map((c) => [c.col, c.field]));
      if (cols.size === 0) continue;
      snapshot = editSheet(snapshot, t.sheet, (s) =>
        mapCells(s, (v, row, col) =>
          dataRow(row, t) && row <= t.range.bottom && cols.has(col) && v !== null ? map(v, cols.get(col)!) : v,
        ),
      );
    }
    return snapshot;
  });
}

const CODE_FIELDS = ['code', 'lei', 'kuan', 'xiang'];
const asDigits = (v: CellValue): string | null =>
  typeof v === 'number' && Number.isInteger(v) ? String(v) : isText(v) && /^\d+$/.test(v.trim()) ? v.trim() : null;
const spaced = (d: string): string => [d.slice(0, 3), d.slice(3, 5), d.slice(5, 7)].filter(Boolean).join(' ');

export const CODE_TRANSFORMS: readonly Transform[] = [
  codes('codes as text', CODE_FIELDS, (v, field) =>
    typeof v === 'number' ? (field === 'kuan' || field === 'xiang' ? String(v).padStart(2, '0') : String(v)) : v,
  ),
  codes('codes as numbers', CODE_FIELDS, (v) => (asDigits(v) !== null ? Number(asDigits(v)) : v)),
  codes('codes spaced 205 01 01', ['code'], (v) => (asDigits(v) !== null ? spaced(asDigits(v)!) : v)),
  codes('codes in brackets [2050101]', ['code'], (v) => (asDigits(v) !== null ? `[${asDigits(v)}]` : v)),
  codes('codes with full-width digits', CODE_FIELDS, (v) =>
    asDigits(v) !== null ? asDigits(v)!.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : v,
  ),
  codes('codes as text with .0 (a float export)', CODE_FIELDS, (v) => (asDigits(v) !== null ? `${asDigits(v)}.0` : v)),
  codes("codes with the text mark '2050101", ['code'], (v) => (asDigits(v) !== null ? `'${asDigits(v)}` : v)),
  codeWithName('code and name in one cell 2050101 行政运行', (d, n) => `${d} ${n}`),
  codeWithName('code and name in one cell [2050101]行政运行', (d, n) => `[${d}]${n}`),
];

/** The name moved into the code cell (`2050101 行政运行`), its own cell left blank. */
function codeWithName(name: string, join: (digits: string, label: string) => string): Transform {
  return exact(name, (r) => {
    let snapshot = r.snapshot;
    for (const t of accountTables(r)) {
      const pairs = lanes(t);
      if (pairs.length === 0) continue;
      snapshot = editSheet(snapshot, t.sheet, (s) => ({
        ...s,
        values: s.values.map((vals, row) => {
          if (!dataRow(row, t) || row > t.range.bottom) return vals;
          const out = [...vals];
          for (const [code, label] of pairs) {
            const d = asDigits(vals[code] ?? null);
            const n = vals[label];
            if (d !== null && isText(n) && n.trim() !== '') [out[code], out[label]] = [join(d, n.trim()), null];
          }
          return out;
        }),
      }));
    }
    return snapshot;
  });
}

/** code column → the name column right of it, per lane. */
function lanes(t: TableInfo): [number, number][] {
  const names = columnsOf(t, ['name']);
  return columnsOf(t, ['code']).flatMap((c) => {
    const n = names.find((x) => x > c);
    return n === undefined ? [] : [[c, n] as [number, number]];
  });
}

const TEXT_FIELDS = new Set([...CODE_FIELDS, 'name', 'label']);

/** A blank column before the second amount column of every account table. */
function spacerColumn(r: Run): WorkbookSnapshot {
  return eachTableSheet(r, (s, t) => {
    const amounts = (t.columns ?? [])
      .filter((c) => !TEXT_FIELDS.has(c.field))
      .map((c) => c.col)
      .sort((a, b) => a - b);
    return amounts.length >= 2 ? insertColumn(s, amounts[1]) : s;
  });
}

const SHEET_NAMES: readonly [string, (i: number) => string][] = [
  ['sheet names Sheet1, Sheet2 …', (i) => `Sheet${i + 1}`],
  ['sheet names 表1, 表2 …', (i) => `表${i + 1}`],
  ['sheet names 2022年部门决算公开表（一）…', (i) => `2022年部门决算公开表（${'一二三四五六七八九十'[i]}）`],
];

export const SHEET_TRANSFORMS: readonly Transform[] = [
  ...SHEET_NAMES.map(([name, rename]) =>
    exact(name, (r) =>
      [...new Set(accountTables(r).map((t) => t.sheet))].reduce(
        (wb, sheet, i) => renameSheet(wb, sheet, rename(i)),
        r.snapshot,
      ),
    ),
  ),
  exact('two notes rows above the title', (r) =>
    eachTableSheet(r, (s) => insertRows(s, 0, [['附件2'], ['注：本表金额保留两位小数，合计数可能有尾差。']])),
  ),
  exact('blank spacer column between amount columns', spacerColumn),
  exact('blank spacer row under the header', (r) =>
    eachTableSheet(r, (s, t) => insertRows(s, t.headerRows[1] + 1, [[]])),
  ),
];
