/**
 * T6 一般公共预算财政拨款基本支出决算表 (spec/workbook.md): lanes of `科目编码 | 科目名称 | 决算数`
 * side by side (人员经费, 公用经费 …) or one lane; items classified by 经济分类 code, not by lane.
 */
import { label, userThen } from '../findings/labels';
import { cellRef } from '../grid/address';
import { CellValue, SheetSnapshot, rawAt } from '../grid/snapshot';
import { Amount, T6Data, T6Item } from '../model/types';
import {
  HeaderColumn,
  HeaderMatch,
  TableContext,
  cellText,
  fieldLabel,
  findHeader,
  firstFilledRow,
  isSkippableRow,
  normaliseLabel,
  parseNumberCell,
  readAmount,
  reportMissingHeader,
  stripNumbering,
  tableInfo,
  toHalfWidth,
} from './common';
import { vocabulary } from './vocabulary';
import { findFunctionalHeader, readT6Functional } from './t6Functional';

const LANE: readonly HeaderColumn[] = vocabulary('T6', [
  { key: 'amount', required: true },
  { key: 'lei', exact: true },
  { key: 'kuan', exact: true },
  { key: 'code' },
  { key: 'name', required: true },
]);

interface Lane {
  readonly left: number;
  readonly header: HeaderMatch;
  readonly code: number | null;
  readonly lei: number | null;
  readonly kuan: number | null;
  readonly name: number;
  readonly amount: number;
}

/** 人员经费: 301 工资福利支出 and 303 对个人和家庭的补助 (and their 款); every other class is 公用经费. */
export function classifyEconomicCode(code: string): T6Item['kind'] {
  return code.startsWith('301') || code.startsWith('303') ? 'personnel' : 'public';
}

/** Reads T6: every lane's coded rows as items and the 人员经费合计 / 公用经费合计 footer. */
export function readT6(ctx: TableContext): T6Data {
  const functional = findFunctionalHeader(ctx.sheet);
  if (functional) return readT6Functional(ctx, functional);
  const lanes = findLanes(ctx.sheet);
  if (lanes.length === 0) {
    reportMissingHeader(ctx, ['科目编码', '科目名称', '决算数']);
    return {
      info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 0),
      items: [],
      personnelTotal: null,
      publicTotal: null,
    };
  }
  const header = lanes[0].header;
  const unreadable: string[] = [];
  const items = lanes.flatMap((lane) => readLane(ctx, lane, unreadable));
  items.sort((a, b) => a.row - b.row || a.amount.ref.col - b.amount.ref.col);
  const footers = readFooters(ctx, lanes, header.lastRow + 1);
  const lastRow = Math.max(header.lastRow, footers.lastRow, ...items.map((i) => i.row));
  const lastCol = Math.max(...lanes.map((l) => l.amount));
  return {
    info: tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastCol, lanes.map((l) => l.header)),
    items,
    personnelTotal: footers.personnel,
    publicTotal: footers.public,
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/** One lane's coded rows as items (a bad amount is a cell.value finding and no item: its code goes to `unreadable`). */
function readLane(ctx: TableContext, lane: Lane, unreadable: string[]): T6Item[] {
  const items: T6Item[] = [];
  let previous: string | null = null;
  for (let r = lane.header.lastRow + 1; r < ctx.sheet.values.length; r++) {
    if (isSkippableRow(ctx.sheet, r, lane.header)) continue;
    const code = laneCode(ctx.sheet, r, lane, previous);
    if (!code) continue;
    previous = code;
    const name = fieldLabel(ctx.sheet, r, lane.header, 'name');
    const amount = readAmount(ctx, r, lane.amount, userThen(name || code, 't6.actual'));
    if (!amount) {
      unreadable.push(code);
      continue;
    }
    const codeRef = cellRef(ctx.sheet.name, r, lane.code ?? lane.lei ?? lane.name);
    items.push({ row: r, code, codeRef, name, amount, kind: classifyEconomicCode(code) });
  }
  return items;
}

/** The first 人员经费合计 and 公用经费合计 amounts, each read in its lane's 决算数 column. */
function readFooters(
  ctx: TableContext,
  lanes: readonly Lane[],
  fromRow: number,
): { personnel: Amount | null; public: Amount | null; lastRow: number } {
  const out: { personnel: Amount | null; public: Amount | null; lastRow: number } = {
    personnel: null,
    public: null,
    lastRow: 0,
  };
  for (const footer of findFooters(ctx.sheet, fromRow)) {
    if (out[footer.kind === 'personnel' ? 'personnel' : 'public']) continue;
    const col = footerAmountCol(ctx.sheet, lanes, footer.row, footer.col);
    if (col === null) continue;
    const amount = readAmount(
      ctx,
      footer.row,
      col,
      label(footer.kind === 'personnel' ? 't6.personnelTotal' : 't6.publicTotal'),
    );
    out[footer.kind === 'personnel' ? 'personnel' : 'public'] = amount;
    out.lastRow = Math.max(out.lastRow, footer.row);
  }
  return out;
}

/**
 * The items that count in a sum: 类 rows, plus 款 rows whose 类 row is absent, so nothing
 * counts twice (a table listing 301 and 30101 counts 301 only).
 */
export function countableT6Items(items: readonly T6Item[]): T6Item[] {
  const classes = new Set(items.filter((i) => i.code.length === 3).map((i) => i.code));
  return items.filter((i) => i.code.length === 3 || !classes.has(i.code.slice(0, 3)));
}

/** The lanes left to right: each a header match restricted to the columns right of the previous lane. */
function findLanes(sheet: SheetSnapshot): Lane[] {
  const lanes: Lane[] = [];
  let left = 0;
  let startRow = firstFilledRow(sheet);
  let maxRows = 12;
  for (let guard = 0; guard < 8; guard++) {
    const header = findHeader(sheet, LANE, { left, startRow, maxRows });
    if (!header) break;
    const cols = header.columns;
    const keyCol = (k: string) => cols.get(k) ?? null;
    const amount = cols.get('amount')!;
    const name = cols.get('name')!;
    const code = keyCol('code');
    const lei = keyCol('lei');
    if (amount < name || (code !== null && amount < code)) break;
    lanes.push({ left, header, code, lei, kuan: keyCol('kuan'), name, amount });
    left = amount + 1;
    // Later lanes share the first lane's header rows.
    startRow = header.firstRow;
    maxRows = 1;
  }
  return lanes;
}

/** A lane row's 经济分类 code digits (any length, so the T6.code check can flag odd ones), or null. */
function laneCode(sheet: SheetSnapshot, r: number, lane: Lane, previous: string | null): string | null {
  if (lane.lei !== null && lane.kuan !== null) {
    const lei = digitsOf(rawAt(sheet, r, lane.lei));
    const kuanRaw = rawAt(sheet, r, lane.kuan);
    const kuan = typeof kuanRaw === 'number' ? String(kuanRaw).padStart(2, '0') : digitsOf(kuanRaw);
    if (kuan && kuan.length >= 5) return kuan;
    const cls = lei || (kuan && previous ? previous.slice(0, 3) : '');
    if (cls) return cls + (kuan ? kuan.padStart(2, '0') : '');
  }
  for (const c of [lane.code, lane.name]) {
    if (c === null) continue;
    const text = toHalfWidth(cellText(rawAt(sheet, r, c)));
    const m = /^\[?(\d{3}(?:[\s.\-]?\d{1,4})?)\]?(?:\s*\D.*)?$/.exec(text);
    if (m && (c === lane.code || /\D/.test(text))) return m[1].replace(/\D/g, '');
  }
  return null;
}

function digitsOf(v: CellValue): string {
  const text = toHalfWidth(cellText(v));
  return /^\d+$/.test(text) ? text : '';
}

/** Footer cells 人员经费合计 / 公用经费合计 (also 小计) below the header. */
function findFooters(sheet: SheetSnapshot, fromRow: number): { row: number; col: number; kind: T6Item['kind'] }[] {
  const out: { row: number; col: number; kind: T6Item['kind'] }[] = [];
  for (let r = fromRow; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (typeof cells[c] !== 'string') continue;
      const m = /^(人员经费|公用经费)(合计|小计|总计)$/.exec(stripNumbering(normaliseLabel(cells[c])));
      if (m) out.push({ row: r, col: c, kind: m[1] === '人员经费' ? 'personnel' : 'public' });
    }
  }
  return out;
}

/**
 * The 决算数 cell of a footer label: its lane's amount column, or, when the label is merged
 * across that column (the official three-lane table merges 公用经费合计 over two lanes), the
 * first lane amount right of the merge; outside every lane, the first number to its right.
 */
function footerAmountCol(sheet: SheetSnapshot, lanes: readonly Lane[], row: number, col: number): number | null {
  const merge = sheet.merges.find((m) => m.top <= row && m.bottom >= row && m.left === col);
  const right = merge ? merge.right : col;
  const lane = lanes.find((l) => col >= l.left && col <= l.amount);
  if (lane && lane.amount > right) return lane.amount;
  const after = lanes.find((l) => l.amount > right);
  return after ? after.amount : nextNumberCol(sheet, row, right);
}

/** The first column right of `col` whose cell holds a number (a footer outside every lane). */
function nextNumberCol(sheet: SheetSnapshot, row: number, col: number): number | null {
  const cells = sheet.values[row] ?? [];
  for (let c = col + 1; c < cells.length; c++) if (parseNumberCell(cells[c]).kind === 'number') return c;
  return null;
}
