/**
 * Edits on a copy of the example workbook that turn it into a bad-input case. Cells are A1
 * text, rows 1-based (as ExcelJS and a user count them).
 */
import ExcelJS from 'exceljs';
import { buildExampleWorkbook, EXAMPLE_SHEETS } from '../../examples/build-example';

export type SheetKey = keyof typeof EXAMPLE_SHEETS;

/** A fresh example workbook (each case edits its own copy). */
export function example(): ExcelJS.Workbook {
  return buildExampleWorkbook();
}

export function sheet(wb: ExcelJS.Workbook, key: SheetKey | string): ExcelJS.Worksheet {
  const name = key in EXAMPLE_SHEETS ? EXAMPLE_SHEETS[key as SheetKey] : key;
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Sets one cell. */
export function set(
  wb: ExcelJS.Workbook,
  key: SheetKey | string,
  address: string,
  value: ExcelJS.CellValue,
): ExcelJS.Workbook {
  sheet(wb, key).getCell(address).value = value;
  return wb;
}

/** Removes a sheet. */
export function drop(wb: ExcelJS.Workbook, key: SheetKey): ExcelJS.Workbook {
  wb.removeWorksheet(sheet(wb, key).id);
  return wb;
}

/** Inserts rows before `row` (1-based); rows below move down. Only used below every merge of the sheet. */
export function insertRows(
  wb: ExcelJS.Workbook,
  key: SheetKey,
  row: number,
  rows: ExcelJS.CellValue[][],
): ExcelJS.Workbook {
  sheet(wb, key).spliceRows(row, 0, ...rows);
  return wb;
}

/** Deletes `count` rows from `row` (1-based). */
export function deleteRows(wb: ExcelJS.Workbook, key: SheetKey, row: number, count: number): ExcelJS.Workbook {
  sheet(wb, key).spliceRows(row, count);
  return wb;
}

/** Copies every value and merge of a sheet into a new sheet `name` (a second claim on the same table). */
export function duplicate(wb: ExcelJS.Workbook, key: SheetKey, name: string): ExcelJS.Workbook {
  const from = sheet(wb, key);
  const to = wb.addWorksheet(name);
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!cell.isMerged || cell.master === cell) to.getCell(r, c).value = cell.value;
    });
  });
  const merges: string[] = (from.model as unknown as { merges?: string[] }).merges ?? [];
  for (const range of merges) to.mergeCells(range);
  return wb;
}

/** Multiplies every number in the given columns from `firstRow` to `lastRow` by `factor` (unit changes). */
export function scale(
  wb: ExcelJS.Workbook,
  key: SheetKey,
  cols: string[],
  firstRow: number,
  lastRow: number,
  factor: number,
): ExcelJS.Workbook {
  const ws = sheet(wb, key);
  for (let r = firstRow; r <= lastRow; r++) {
    for (const c of cols) {
      const cell = ws.getCell(`${c}${r}`);
      if (typeof cell.value === 'number') cell.value = Math.round(cell.value * factor * 100) / 100;
    }
  }
  return wb;
}

/** Rewrites every number in the given columns as text via `format` (numbers typed as text). */
export function asText(
  wb: ExcelJS.Workbook,
  key: SheetKey,
  cols: string[],
  firstRow: number,
  lastRow: number,
  format: (n: number) => string,
): ExcelJS.Workbook {
  const ws = sheet(wb, key);
  for (let r = firstRow; r <= lastRow; r++) {
    for (const c of cols) {
      const cell = ws.getCell(`${c}${r}`);
      if (typeof cell.value === 'number') cell.value = format(cell.value);
    }
  }
  return wb;
}

/** 1234.5 → "1,234.50". */
export function withSeparators(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** 8123.56 → "８１２３.５６" (full-width digits, as typed with a Chinese IME). */
export function fullWidthDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** A deterministic pseudo-random generator (mulberry32), so the junk case is the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK_WORDS = [
  '合计',
  '单位',
  '#REF!',
  '注：',
  '项目',
  '类',
  '款',
  '2050201',
  '约100',
  '—',
  '=1+1',
  '🙂',
  "O'Brien",
];

/** A sheet of about `megabytes` MB of random strings and numbers (generated, never committed). */
export function addJunkSheet(wb: ExcelJS.Workbook, name: string, megabytes: number, seed = 7): ExcelJS.Workbook {
  const ws = wb.addWorksheet(name);
  const random = seededRandom(seed);
  const cols = 10;
  const rows = Math.ceil((megabytes * 1024 * 1024) / (cols * 52));
  for (let r = 1; r <= rows; r++) {
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < cols; c++) {
      const pick = random();
      if (pick < 0.4) values.push(Math.round(random() * 1e9) / 100);
      else if (pick < 0.5) values.push(JUNK_WORDS[Math.floor(random() * JUNK_WORDS.length)]);
      else
        values.push(
          Math.floor(random() * 36 ** 10).toString(36) + Math.floor(random() * 36 ** 10).toString(36) + '垃圾数据',
        );
    }
    ws.addRow(values);
  }
  return wb;
}
