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
import { textLinesStart } from './textLines';
import { OTHER_TITLES, TABLES, tablesNeeded } from '../tables/registry';

/** A keyword's table, or 'other' for standard tables we must not mistake for ours (项目支出决算表 …). */
type Target = TableId | 'other';

/** Title keywords (registry order), compared after looseLabel (no spaces, half-width, no quote marks). */
const KEYWORDS: readonly (readonly [Target, string])[] = [
  ...TABLES.flatMap((t) => t.keywords.map((k) => [t.id, k] as const)),
  ...OTHER_TITLES.map((k) => ['other', k] as const),
];

/** spec/workbook.md: tables a report needs (missing: error) and ones it should have (missing: warning). */
export const REQUIRED_TABLES: readonly TableId[] = tablesNeeded('required');
export const RECOMMENDED_TABLES: readonly TableId[] = tablesNeeded('recommended');
const TITLE_ROWS = 8;

export interface LocatedTable {
  readonly id: TableId;
  readonly sheet: SheetSnapshot;
  /** The cell holding the title, or null when only the sheet name says which table it is. */
  readonly titleCell: CellRef | null;
}

export interface Location {
  readonly tables: readonly LocatedTable[];
  readonly findings: readonly Finding[];
}

/**
 * The most specific keyword contained in `text` (longest wins; ties go to the earlier entry).
 * T3's 支出决算表 is inside most titles: it loses to any other table's keyword, however short
 * (`“三公”经费及会议费、培训费支出决算表` is T7).
 */
export function matchTitle(text: string): { target: Target; keyword: string } | null {
  let best: { target: Target; keyword: string } | null = null;
  let bestOther: { target: Target; keyword: string } | null = null;
  for (const [target, keyword] of KEYWORDS) {
    if (!text.includes(keyword)) continue;
    if (!best || keyword.length > best.keyword.length) best = { target, keyword };
    if (target !== 'T3' && target !== 'other' && (!bestOther || keyword.length > bestOther.keyword.length))
      bestOther = { target, keyword };
  }
  return best?.target === 'T3' && bestOther ? bestOther : best;
}

// What may stand around a short keyword in a title cell: years, table numbers, brackets, 表/公开/财决.
const TITLE_NOISE = /[\d\sA-Za-z()[\]【】<>《》:,.、_\-—年度表公开财决第附件一二三四五六七八九十〇]/g;

/** A cell text reads as a title for `keyword` (not a key like 上年"三公"经费决算数 or a sentence). */
function titleLike(text: string, keyword: string): boolean {
  const rest = text.replace(keyword, '');
  // A sentence (prose in 报告文字, a note) mentions tables without being one.
  if (rest.length > 30 || /[，。；！？,;!?]/.test(rest)) return false;
  return keyword.length >= 5 || rest.replace(TITLE_NOISE, '') === '';
}

/**
 * A short title keyword stands alone in its row (beside it at most a unit line or a table
 * number): 评分方案 with a value beside it is a key of 部门基本情况, not the 评分方案 sheet.
 */
function aloneInRow(cells: readonly unknown[], col: number): boolean {
  return cells.every((v, c) => {
    if (c === col || v === null || v === undefined) return true;
    const text = typeof v === 'string' ? looseLabel(v) : String(v);
    return text === '' || /^单位/.test(text) || text.replace(TITLE_NOISE, '') === '';
  });
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
    if (verdict?.target === 'other') findings.push(notTaken(sheet, verdict.keyword));
    if (!verdict) {
      const like = lookalike(sheet);
      if (like)
        findings.push(finding('table.notTaken', 'info', atCell(like.at), { sheet: sheet.name, found: null, like: like.table }));
    }
    const found = verdict && verdict.target !== 'other' ? { id: verdict.target, titleCell: verdict.titleCell } : null;
    if (!found) continue;
    const first = tables.find((t) => t.id === found.id);
    // A hidden sheet is most often an old copy: the visible one is read, the hidden one said.
    if (first && first.sheet.hidden !== sheet.hidden) {
      const [hidden, read] = sheet.hidden ? [sheet, first.sheet] : [first.sheet, sheet];
      const at = atSheet(hidden.name);
      findings.push(finding('table.hiddenCopy', 'info', at, { table: found.id, hidden: hidden.name, read: read.name }));
      if (!sheet.hidden) tables[tables.indexOf(first)] = { id: found.id, sheet, titleCell: found.titleCell };
      continue;
    }
    if (first) {
      const at = found.titleCell ? atCell(found.titleCell) : atSheet(sheet.name);
      findings.push(
        finding('table.duplicate', 'error', at, { table: found.id, sheets: [first.sheet.name, sheet.name] }),
      );
      continue;
    }
    tables.push({ id: found.id, sheet, titleCell: found.titleCell });
  }
  for (const id of [...REQUIRED_TABLES, ...RECOMMENDED_TABLES]) {
    if (tables.some((t) => t.id === id) || pasted.has(id)) continue;
    const severity = REQUIRED_TABLES.includes(id) ? 'error' : 'warning';
    findings.push(finding('table.missing', severity, atSheet(null), { table: id }));
  }
  return { tables, findings };
}

/** A sheet titled like a standard table none of ours (项目支出决算表 …): an info saying it is not read. */
function notTaken(sheet: SheetSnapshot, keyword: string): Finding {
  const title = findTitleCell(sheet, 'other');
  const at = title ? atCell(title.ref) : atSheet(sheet.name);
  return finding('table.notTaken', 'info', at, { sheet: sheet.name, found: keyword, like: null });
}
