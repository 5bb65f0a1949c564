/**
 * A sheet without any table title whose first rows carry a standard table's distinctive header
 * words (a `Sheet3` holding the 支出决算表 with its title row deleted): it is not read — the
 * title decides — but it is said, so the user knows why the table counts as missing.
 */
import { CellRef, cellRef } from '../grid/address';
import { SheetSnapshot, rowCount } from '../grid/snapshot';
import { TableId } from '../model/types';
import { normaliseLabel } from './text';

/** Words only that table's header has, all in its header rows (compared after normaliseLabel). */
const MARKS: readonly (readonly [TableId, readonly string[]])[] = [
  ['T1', ['本年收入合计', '本年支出合计', '年初结转和结余']],
  ['T3', ['本年支出合计', '基本支出', '项目支出']],
  ['T6', ['人员经费', '公用经费', '科目编码']],
  ['T7', ['因公出国', '公务用车', '公务接待']],
];
const ROWS = 20;

/** The table an untitled sheet looks like, and the cell where its words start; null when none. */
export function lookalike(sheet: SheetSnapshot): { table: TableId; at: CellRef } | null {
  const texts: { text: string; ref: CellRef }[] = [];
  for (let r = 0; r < Math.min(ROWS, rowCount(sheet)); r++) {
    (sheet.values[r] ?? []).forEach((v, c) => {
      if (typeof v === 'string' && v.trim() !== '') texts.push({ text: normaliseLabel(v), ref: cellRef(sheet.name, r, c) });
    });
  }
  for (const [table, words] of MARKS) {
    const hits = words.map((w) => texts.find((t) => t.text.includes(w)));
    if (hits.every((h) => h !== undefined)) return { table, at: hits[0]!.ref };
  }
  return null;
}
