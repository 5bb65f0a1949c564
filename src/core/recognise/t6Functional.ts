/**
 * T6 laid out by 功能分类 (spec/workbook.md "Real-world variants"): 类 | 款 | 项 rows of spending
 * functions with `合计 | 人员经费 | 公用经费` amount columns (often under a 决算数 group). The
 * 人员经费 and 公用经费 of the table are its 合计 row's, or the sum of its 类 rows — never the
 * sum of every row, which counts each 款 and 项 again inside its 类.
 */
import { SheetSnapshot } from '../grid/snapshot';
import { Amount, T6Data } from '../model/types';
import { sumOf } from '../model/expr';
import { sum } from '../money';
import {
  HeaderMatch,
  TableContext,
  findHeader,
  isSkippableRow,
  isTotalLabel,
  normaliseLabel,
  parseFunctionalCode,
  parseSplitFunctionalCode,
  readAmount,
  stripNumbering,
  tableInfo,
  valueAt,
} from './common';
import { rawAt } from '../grid/snapshot';
import { vocabulary } from './vocabulary';
import { LabelId, userThen } from '../findings/labels';

const HEADER = vocabulary('T6', [
  { key: 'personnel', from: 'personnelColumn', required: true, exact: true },
  { key: 'public', from: 'publicColumn', required: true, exact: true },
  { key: 'lei', exact: true },
  { key: 'kuan', exact: true },
  { key: 'xiang', exact: true },
  { key: 'code', from: 'functionalCode' },
  { key: 'name' },
]);

type Kind = 'personnel' | 'public';

/** The 功能分类 layout's header, or null when 人员经费 / 公用经费 are not amount columns of their own. */
export function findFunctionalHeader(sheet: SheetSnapshot): HeaderMatch | null {
  const header = findHeader(sheet, HEADER, { maxDepth: 3 });
  if (!header || !['name', 'code', 'lei'].some((k) => header.columns.has(k))) return null;
  return header;
}

/** Reads the 功能分类 layout: no 经济分类 items, the two totals from the 合计 row or the 类 rows. */
export function readT6Functional(ctx: TableContext, header: HeaderMatch): T6Data {
  const cols = header.columns;
  const amountCols = { personnel: cols.get('personnel')!, public: cols.get('public')! };
  const firstAmount = Math.min(amountCols.personnel, amountCols.public);
  const classes: Record<Kind, Amount[]> = { personnel: [], public: [] };
  let total: Record<Kind, Amount | null> | null = null;
  let lastRow = header.lastRow;
  let previous: string | null = null;
  const codeRows: { row: number; level: number }[] = [];
  for (let r = header.lastRow + 1; r < ctx.sheet.values.length; r++) {
    if (isSkippableRow(ctx.sheet, r, header)) continue;
    const read = (kind: Kind, who: string) => readAmount(ctx, r, amountCols[kind], userThen(who, KIND_WORD[kind]));
    if (!total && isTotalRow(ctx.sheet, r, firstAmount)) {
      total = { personnel: read('personnel', '合计'), public: read('public', '合计') };
      lastRow = r;
      continue;
    }
    const code = rowCode(ctx.sheet, r, header, previous);
    if (!code) continue;
    previous = code.code;
    lastRow = r;
    codeRows.push({ row: r, level: code.level });
    if (code.level !== 1) continue;
    for (const kind of ['personnel', 'public'] as const) {
      const amount = read(kind, code.code);
      if (amount) classes[kind].push(amount);
    }
  }
  const pick = (kind: Kind) => (total ? total[kind] : summed(classes[kind]));
  const info = tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, Math.max(...cols.values()), [header]);
  // With a 合计 row every 类/款/项 row is detail; without, the 款 and 项 rows under the 类 taken.
  const detailRows = codeRows.filter((c) => total || c.level !== 1).map((c) => c.row);
  return {
    info: { ...info, detailRows },
    items: [],
    personnelTotal: pick('personnel'),
    publicTotal: pick('public'),
  };
}

const KIND_WORD: Readonly<Record<Kind, LabelId>> = { personnel: 't6.personnel', public: 't6.public' };

function summed(amounts: readonly Amount[]): Amount | null {
  if (amounts.length === 0) return null;
  if (amounts.length === 1) return amounts[0];
  return { ref: amounts[0].ref, value: sum(amounts.map((a) => a.value)), expr: sumOf(amounts.map((a) => a.expr)) };
}

function isTotalRow(sheet: SheetSnapshot, r: number, firstAmount: number): boolean {
  for (let c = 0; c < firstAmount; c++) {
    const v = valueAt(sheet, r, c);
    if (typeof v === 'string' && isTotalLabel(stripNumbering(normaliseLabel(v)))) return true;
  }
  return false;
}

function rowCode(sheet: SheetSnapshot, r: number, header: HeaderMatch, previous: string | null) {
  const col = (k: string) => header.columns.get(k);
  const at = (c: number | undefined) => (c === undefined ? null : rawAt(sheet, r, c));
  if (col('lei') !== undefined) return parseSplitFunctionalCode(at(col('lei')), at(col('kuan')), at(col('xiang')), previous);
  return parseFunctionalCode(at(col('code')));
}
