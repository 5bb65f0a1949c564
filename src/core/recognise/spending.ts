/**
 * T3 支出决算表 and T5 一般公共预算财政拨款支出决算表 (spec/workbook.md): 功能分类 rows with
 * their amount columns, the total row found by its label.
 */
import { SPENDING_COLUMN_LABELS, joined, label, userLabel } from '../findings/labels';
import { SheetSnapshot, rawAt } from '../grid/snapshot';
import { atCell, finding } from '../findings/finding';
import { Amount, SpendingColumn, SpendingRow, SpendingTable } from '../model/types';
import {
  HeaderColumn,
  HeaderMatch,
  ParsedCode,
  TableContext,
  fieldLabel,
  findHeader,
  isSkippableRow,
  isTotalLabel,
  normaliseLabel,
  parseFunctionalCode,
  hasNumber,
  parseSplitFunctionalCode,
  readAmount,
  reportMissingHeader,
  splitCodeAndName,
  stripNumbering,
  tableInfo,
  valueAt,
} from './common';
import { vocabulary } from './vocabulary';

const COLUMN_ORDER: readonly SpendingColumn[] = [
  'total',
  'basic',
  'project',
  'upper',
  'business',
  'subsidiary',
  'budgetInitial',
  'budgetFinal',
];

/** Amount columns first, so a loose name word never takes an amount column. */
const HEADER: readonly HeaderColumn[] = vocabulary('T3', [
  ...COLUMN_ORDER.map((c) => ({ key: c, required: c === 'total' })),
  { key: 'lei', exact: true },
  { key: 'kuan', exact: true },
  { key: 'xiang', exact: true },
  { key: 'code' },
  { key: 'name' },
]);

/** Reads a T3 or T5 table: columns by header words, rows by code, the total row by its label. */
export function readSpendingTable(ctx: TableContext): SpendingTable {
  const header = findHeader(ctx.sheet, HEADER, { maxDepth: 3 });
  if (!header || (!header.columns.has('name') && !header.columns.has('code') && !header.columns.has('lei'))) {
    reportMissingHeader(ctx, ['科目编码', '科目名称', '本年支出合计']);
    return { info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 0), columns: [], totalRow: null, rows: [] };
  }
  const columns = COLUMN_ORDER.filter((c) => header.columns.has(c))
    .map((c) => ({ column: c, col: header.columns.get(c)! }))
    .sort((a, b) => a.col - b.col);
  const firstAmountCol = Math.min(...columns.map((c) => c.col));
  const rows: SpendingRow[] = [];
  let totalRow: SpendingRow | null = null;
  let previous: string | null = null;
  let lastRow = header.lastRow;
  for (let r = header.lastRow + 1; r < ctx.sheet.values.length; r++) {
    if (isSkippableRow(ctx.sheet, r, header)) continue;
    const label = rowLabel(ctx.sheet, r, header, firstAmountCol);
    if (label.total) {
      const row = readRow(ctx, r, columns, null, label.name);
      // 决算 exports put the 合计 first, PDF copies often last: the first is taken, a differing second said.
      if (totalRow) reportSecondTotal(ctx, totalRow, row);
      else totalRow = row;
      lastRow = r;
      continue;
    }
    const code = rowCode(ctx.sheet, r, header, previous);
    if (!code) {
      // A PDF copy wraps a long name onto a row of its own, with no code and no amount.
      const last = rows[rows.length - 1];
      if (last && last.row === r - 1 && label.name !== '' && !hasNumber(ctx.sheet, r))
        rows[rows.length - 1] = { ...last, name: last.name + label.name };
      continue;
    }
    previous = code.code;
    rows.push(readRow(ctx, r, columns, code, label.name));
    lastRow = r;
  }
  const lastCol = Math.max(...columns.map((c) => c.col), ...header.columns.values());
  return { info: tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastCol, [header]), columns, totalRow, rows };
}

/** A second 合计 row differing from the first in some column: which is the table's is not clear. */
function reportSecondTotal(ctx: TableContext, first: SpendingRow, second: SpendingRow): void {
  for (const column of COLUMN_ORDER) {
    const [a, b] = [first.amounts[column], second.amounts[column]];
    if (!a || !b || a.value.equals(b.value)) continue;
    const fields = { table: ctx.id, column: label(SPENDING_COLUMN_LABELS[column]) };
    ctx.findings.push(finding('table.totals', 'warning', atCell(a.ref), fields, { actual: a.value, expected: b.value, related: [b.ref] }));
    return;
  }
}

function readRow(
  ctx: TableContext,
  r: number,
  columns: readonly { column: SpendingColumn; col: number }[],
  code: ParsedCode | null,
  name: string,
): SpendingRow {
  const amounts: Partial<Record<SpendingColumn, Amount>> = {};
  const who = code ? userLabel(name || code.code) : label('total');
  for (const { column, col } of columns) {
    const amount = readAmount(ctx, r, col, joined([who, label(SPENDING_COLUMN_LABELS[column])], ' '));
    if (amount) amounts[column] = amount;
  }
  return { row: r, code: code?.code ?? null, level: code?.level ?? 0, name: code ? name : name || '合计', amounts };
}

/** The row's name, and whether a cell left of the amounts says 合计 / 总计 / 本年支出合计. */
function rowLabel(
  sheet: SheetSnapshot,
  r: number,
  header: HeaderMatch,
  firstAmountCol: number,
): { name: string; total: boolean } {
  let total = false;
  for (let c = 0; c < firstAmountCol && !total; c++) {
    const v = valueAt(sheet, r, c);
    // Every total label ends in 计; most rows are code rows and skip the label work.
    if (typeof v === 'string' && v.includes('计')) total = isTotalLabel(stripNumbering(normaliseLabel(v)));
  }
  let name = fieldLabel(sheet, r, header, 'name');
  const joined = splitCodeAndName(name) ?? splitCodeAndName(rawAt(sheet, r, header.columns.get('code') ?? -1));
  if (joined && (name === '' || /^\[?\d/.test(name))) name = joined.name;
  return { name, total };
}

/** The 功能分类 code of a row: split 类|款|项, one code column, or a code written before the name. */
function rowCode(sheet: SheetSnapshot, r: number, header: HeaderMatch, previous: string | null): ParsedCode | null {
  const col = (key: string) => header.columns.get(key);
  const lei = col('lei');
  if (lei !== undefined && (col('kuan') !== undefined || col('xiang') !== undefined)) {
    const at = (c: number | undefined) => (c === undefined ? null : rawAt(sheet, r, c));
    const split = parseSplitFunctionalCode(at(lei), at(col('kuan')), at(col('xiang')), previous);
    if (split) return split;
  }
  for (const key of ['code', 'name']) {
    const c = col(key);
    if (c === undefined) continue;
    const value = rawAt(sheet, r, c);
    const direct = key === 'code' ? parseFunctionalCode(value) : null;
    if (direct) return direct;
    const joined = splitCodeAndName(value);
    if (joined) return parseFunctionalCode(joined.digits);
  }
  return null;
}

