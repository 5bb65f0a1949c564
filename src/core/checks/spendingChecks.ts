/**
 * The two checks T3 and T5 share (spec/checks.md T3.rowSum, T3.hierarchy, T5.*): a row's
 * 合计 equals its parts, and each level equals the sum of the level below, per column.
 */
import { Finding } from '../findings/finding';
import { Label, LabelId, joined, label, listOf, sumLabel } from '../findings/labels';
import { SpendingColumn, SpendingRow, SpendingTable } from '../model/types';
import { AmountCode, compareAmounts, sideOf } from './compare';
import { SPENDING_COLUMN_LABELS, rowLabel } from './labels';

/** The columns that add up to 合计 (budget columns are not parts of the spending). */
const PART_COLUMNS: readonly SpendingColumn[] = ['basic', 'project', 'upper', 'business', 'subsidiary'];

/** The 合计 row first, then the 类/款/项 rows, each row once. */
function allRows(table: SpendingTable): SpendingRow[] {
  const rows = table.rows.filter((r) => r.level !== 0 && r.row !== table.totalRow?.row);
  return table.totalRow ? [table.totalRow, ...rows] : rows;
}

/** Each row: 合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助 (the part columns present). Located at the row's 合计. */
export function checkRowSums(code: 'T3.rowSum' | 'T5.rowSum', table: SpendingTable): Finding[] {
  const parts = table.columns.map((c) => c.column).filter((c) => PART_COLUMNS.includes(c));
  if (parts.length === 0 || !table.columns.some((c) => c.column === 'total')) return [];
  const out: Finding[] = [];
  const otherWords = sumLabel(listOf(parts.map((p) => label(SPENDING_COLUMN_LABELS[p]))));
  for (const row of allRows(table)) {
    const total = row.amounts.total;
    if (!total || !parts.some((p) => row.amounts[p])) continue;
    const other = sideOf(parts.map((p) => row.amounts[p]));
    // Most rows add up: skip building their wording (compareAmounts would return null).
    if (total.value.eq(other.value)) continue;
    const f = compareAmounts({
      code,
      at: total,
      atUnit: table.info.unit,
      other,
      otherUnit: table.info.unit,
      fields: { table: table.info.id, subject: cellLabel(table, row, 'total'), other: otherWords },
    });
    if (f) out.push(f);
  }
  return out;
}

function totalLabel(table: SpendingTable): Label {
  return label(table.info.id === 'T5' ? 'total' : SPENDING_COLUMN_LABELS.total);
}

/**
 * The nearest present ancestor of a 功能分类 row: a 项's 款 (or its 类 when the 款 row is
 * absent), a 款's 类; null for a 类 or an orphan (those add up to 合计).
 */
function parentOf(row: SpendingRow, byCode: ReadonlyMap<string, SpendingRow>): SpendingRow | null {
  const code = row.code ?? '';
  const prefixes = row.level === 3 ? [code.slice(0, 5), code.slice(0, 3)] : row.level === 2 ? [code.slice(0, 3)] : [];
  for (const p of prefixes) {
    const parent = byCode.get(p);
    if (parent && parent !== row) return parent;
  }
  return null;
}

/** Parent row → its direct children, the 合计 row (key null) → the top-level rows. */
function childrenByParent(table: SpendingTable): Map<SpendingRow | null, SpendingRow[]> {
  const rows = table.rows.filter((r) => r.level !== 0 && r.code !== null && r.row !== table.totalRow?.row);
  const byCode = new Map<string, SpendingRow>();
  for (const r of rows) if (!byCode.has(r.code as string)) byCode.set(r.code as string, r);
  const children = new Map<SpendingRow | null, SpendingRow[]>();
  for (const r of rows) {
    const parent = parentOf(r, byCode);
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  return children;
}

const CHILD_WORDS: Readonly<Record<number, LabelId>> = { 1: 'children.class', 2: 'children.kuan', 3: 'children.xiang' };

/**
 * 合计 = Σ 类; 类 = Σ its 款; 款 = Σ its 项 — per amount column, located at the parent's cell.
 * A row without children is not checked against them (a 类 published without 款 rows).
 */
export function checkHierarchy(
  code: Extract<AmountCode, 'T3.hierarchy' | 'T5.hierarchy'>,
  table: SpendingTable,
): Finding[] {
  const children = childrenByParent(table);
  const parents = allRows(table).filter((r) => (r.level === 0 ? children.has(null) : children.has(r)));
  const out: Finding[] = [];
  for (const parent of parents) {
    const kids = children.get(parent.level === 0 ? null : parent) ?? [];
    const childWord = parent.level === 0 ? 'children.class' : CHILD_WORDS[Math.min(3, parent.level + 1)];
    for (const { column } of table.columns) {
      const at = parent.amounts[column];
      if (!at) continue;
      const other = sideOf(kids.map((k) => k.amounts[column]));
      // Most parents add up: skip building their wording (compareAmounts would return null).
      if (at.value.eq(other.value)) continue;
      const f = compareAmounts({
        code,
        at,
        atUnit: table.info.unit,
        other,
        otherUnit: table.info.unit,
        fields: {
          table: table.info.id,
          subject: cellLabel(table, parent, column),
          other: sumLabel(joined([label(childWord), columnLabel(table, column)])),
        },
      });
      if (f) out.push(f);
    }
  }
  return out;
}

function columnLabel(table: SpendingTable, column: SpendingColumn): Label {
  return column === 'total' ? totalLabel(table) : label(SPENDING_COLUMN_LABELS[column]);
}

/** A cell as people name it: 项目支出合计 (合计 row), 教育支出（205）项目支出 (other rows). */
export function cellLabel(table: SpendingTable, row: SpendingRow, column: SpendingColumn): Label {
  if (row.level === 0)
    return column === 'total' ? totalLabel(table) : joined([label(SPENDING_COLUMN_LABELS[column]), label('total')]);
  return joined([rowLabel(row), columnLabel(table, column)]);
}
