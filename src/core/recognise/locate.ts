/**
 * Which sheet is which table (spec/workbook.md "Finding a table"): by the title keyword in the
 * sheet name or in a cell of the first 8 rows, whatever the prefixes and suffixes around it.
 * The most specific keyword wins, so 支出决算表 (T3) never takes 一般公共预算财政拨款支出决算表
 * (T5), 基本支出决算表 (T6), 项目支出决算表 or 收入支出决算总表.
 */
import { CellRef, cellRef } from '../grid/address';
import { SheetSnapshot, WorkbookSnapshot } from '../grid/snapshot';
import { Finding, atCell, atSheet, finding } from '../findings/finding';
import { TableId } from '../model/types';
import { looseLabel } from './text';
import { lookalike } from './lookalike';
import { CONTINUABLE, isContinuationSheet } from './continuation';
import { splitSheet } from './split';
import { textLinesStart } from './textLines';
import { tablesNeeded } from '../tables/registry';
import { Target, aloneInRow, matchTitle, titleLike } from './titles';

export { matchTitle } from './titles';

/** spec/workbook.md: tables a report needs (missing: error) and ones it should have (missing: warning). */
export const REQUIRED_TABLES: readonly TableId[] = tablesNeeded('required');
export const RECOMMENDED_TABLES: readonly TableId[] = tablesNeeded('recommended');
const TITLE_ROWS = 8;

export interface LocatedTable {
  readonly id: TableId;
  readonly sheet: SheetSnapshot;
  /** The cell holding the title, or null when only the sheet name says which table it is. */
  readonly titleCell: CellRef | null;
  /** Sheets continuing the table (`支出决算表（续）`), in workbook order: read and joined to it. */
  readonly continued?: readonly { readonly sheet: SheetSnapshot; readonly titleCell: CellRef | null }[];
}

export interface Location {
  readonly tables: readonly LocatedTable[];
  readonly findings: readonly Finding[];
}

/**
 * The table a sheet holds: its name first, else the first title-like cell of its first rows.
 * A title cell naming another table at least as specifically as the name wins: the title cell
 * decides (a sheet named 支出决算表 whose title says 一般公共预算财政拨款支出决算表 is T5; a
 * sheet named 收入支出决算表 whose title says 收入支出决算总表 is T1).
 */
export function identifySheet(sheet: SheetSnapshot): { id: TableId; titleCell: CellRef | null } | null {
  const found = classifySheet(sheet);
  return found && found.target !== 'other' ? { id: found.target, titleCell: found.titleCell } : null;
}

function classifySheet(sheet: SheetSnapshot): { target: Target; keyword: string; titleCell: CellRef | null } | null {
  const byName = matchTitle(looseLabel(sheet.name));
  const firstCell = findTitleCell(sheet, null);
  const cellWins =
    !byName ||
    (firstCell !== null &&
      (firstCell.target === byName.target
        ? firstCell.keyword.length > byName.keyword.length
        : firstCell.keyword.length >= byName.keyword.length || byName.target === 'other'));
  if (cellWins) return firstCell ? { ...firstCell, titleCell: firstCell.ref } : null;
  const titleCell = byName.target === 'other' ? null : (findTitleCell(sheet, byName.target)?.ref ?? null);
  return { ...byName, titleCell };
}

/** The first title-like cell in the first rows (only cells naming `want` when given). */
function findTitleCell(
  sheet: SheetSnapshot,
  want: Target | null,
): { target: Target; keyword: string; ref: CellRef } | null {
  const rows = Math.min(TITLE_ROWS, sheet.values.length);
  for (let r = 0; r < rows; r++) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (typeof cells[c] !== 'string') continue;
      const text = looseLabel(cells[c]);
      const m = text === '' ? null : matchTitle(text);
      if (!m || !titleLike(text, m.keyword)) continue;
      if (m.keyword.length < 5 && !aloneInRow(cells, c)) continue;
      if (want === null || m.target === want) return { ...m, ref: cellRef(sheet.name, r, c) };
    }
  }
  return null;
}

/** Assigns sheets to tables; reports duplicates (first one kept) and missing required/recommended tables. */
export function locateTables(snapshot: WorkbookSnapshot): Location {
  const tables: LocatedTable[] = [];
  const findings: Finding[] = [];
  const pasted = new Set<TableId>();
  for (const sheet of snapshot.sheets) {
    if (sheet.isReport) continue;
    const verdict = classifySheet(sheet);
    const lines = verdict?.target === 'other' ? null : textLinesStart(sheet);
    // Only a sheet that names one of our tables (title, or header words) is said: lines of
    // text on a sheet of the user's own notes are none of our business.
    const pastedTable = lines && (verdict && verdict.target !== 'other' ? verdict.target : (lookalike(sheet)?.table ?? null));
    if (lines && pastedTable) {
      pasted.add(pastedTable);
      const severity = REQUIRED_TABLES.includes(pastedTable) ? 'error' : 'warning';
      findings.push(finding('table.textLines', severity, atCell(lines), { sheet: sheet.name, table: pastedTable }));
      continue;
    }
    // A sheet holding two tables (stacked or side by side) is read as one view per table.
    const regions = splitSheet(sheet);
    if (!regions) place(sheet, verdict, tables, findings);
    for (const r of regions ?? []) place(r.sheet, { target: r.target, keyword: r.keyword, titleCell: r.titleCell }, tables, findings);
  }
  for (const id of [...REQUIRED_TABLES, ...RECOMMENDED_TABLES]) {
    if (tables.some((t) => t.id === id) || pasted.has(id)) continue;
    const severity = REQUIRED_TABLES.includes(id) ? 'error' : 'warning';
    findings.push(finding('table.missing', severity, atSheet(null), { table: id }));
  }
  return { tables, findings };
}

type Verdict = { target: Target; keyword: string; titleCell: CellRef | null } | null;

/** Takes a sheet (or one table's view of it) as its table: new, a continuation, or a duplicate. */
function place(sheet: SheetSnapshot, verdict: Verdict, tables: LocatedTable[], findings: Finding[]): void {
  if (verdict?.target === 'other') findings.push(notTaken(sheet, verdict.keyword, verdict.titleCell));
  if (!verdict) {
    const like = lookalike(sheet);
    if (like) findings.push(finding('table.notTaken', 'info', atCell(like.at), { sheet: sheet.name, found: null, like: like.table }));
  }
  if (!verdict || verdict.target === 'other') return;
  const found = { id: verdict.target, titleCell: verdict.titleCell };
  const first = tables.findIndex((t) => t.id === found.id);
  // A hidden sheet is most often an old copy: the visible one is read, the hidden one said.
  if (first >= 0 && tables[first].sheet.hidden !== sheet.hidden) {
    const [hidden, read] = sheet.hidden ? [sheet, tables[first].sheet] : [tables[first].sheet, sheet];
    findings.push(finding('table.hiddenCopy', 'info', atSheet(hidden.name), { table: found.id, hidden: hidden.name, read: read.name }));
    if (!sheet.hidden) tables[first] = { id: found.id, sheet, titleCell: found.titleCell };
  } else if (first >= 0 && continues(tables[first], sheet, found.titleCell)) {
    const more = { sheet, titleCell: found.titleCell };
    tables[first] = { ...tables[first], continued: [...(tables[first].continued ?? []), more] };
  } else if (first >= 0) {
    const at = found.titleCell ? atCell(found.titleCell) : atSheet(sheet.name);
    findings.push(finding('table.duplicate', 'error', at, { table: found.id, sheets: [tables[first].sheet.name, sheet.name] }));
  } else tables.push({ id: found.id, sheet, titleCell: found.titleCell });
}

/** A second sheet of a table that says it continues it (名 or title ending in 续 / （续） / 续表). */
function continues(table: LocatedTable, sheet: SheetSnapshot, titleCell: CellRef | null): boolean {
  const title = titleCell ? sheet.values[titleCell.row]?.[titleCell.col] : null;
  return CONTINUABLE.includes(table.id) && isContinuationSheet(sheet, typeof title === 'string' ? title : null);
}

/** A sheet titled like a standard table none of ours (项目支出决算表 …): an info saying it is not read. */
function notTaken(sheet: SheetSnapshot, keyword: string, titleCell: CellRef | null): Finding {
  const title = titleCell ?? findTitleCell(sheet, 'other')?.ref ?? null;
  const at = title ? atCell(title) : atSheet(sheet.name);
  return finding('table.notTaken', 'info', at, { sheet: sheet.name, found: keyword, like: null });
}
