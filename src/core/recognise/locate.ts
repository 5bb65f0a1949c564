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

/** A keyword's table, or 'other' for standard tables we must not mistake for ours (项目支出决算表 …). */
type Target = TableId | 'other';

/** Title keywords, compared after looseLabel (no spaces, half-width, no quote marks). */
const KEYWORDS: readonly (readonly [Target, string])[] = [
  ['T1', '收入支出决算总表'],
  ['T2', '收入决算表'],
  ['T3', '支出决算表'],
  ['T4', '财政拨款收入支出决算总表'],
  ['T5', '一般公共预算财政拨款支出决算表'],
  ['T6', '一般公共预算财政拨款基本支出决算表'],
  ['T6', '基本支出决算明细表'],
  ['T6', '基本支出决算表'],
  ['T7', '三公经费支出决算表'],
  ['T7', '三公经费'],
  ['T8', '政府性基金预算财政拨款'],
  ['T9', '国有资本经营预算财政拨款'],
  ['P1', '项目支出明细表'],
  ['P1', '项目支出绩效'],
  ['P2', '部门整体支出绩效自评表'],
  ['P2', '绩效自评表'],
  ['P3', '部门基本情况'],
  ['P4', '报告文字'],
  ['S', '评分方案'],
  // Tables of the 部门决算 set that are none of ours but contain one of our keywords.
  ['other', '项目支出决算表'],
  ['other', '项目收入支出决算表'],
  ['other', '收入支出决算表'],
  ['other', '财政拨款支出决算表'],
  ['other', '支出决算明细表'],
  ['other', '经费支出决算表'],
];

/** spec/workbook.md: tables a report needs (missing: error) and ones it should have (missing: warning). */
export const REQUIRED_TABLES: readonly TableId[] = ['T3', 'T6', 'P2', 'P3'];
export const RECOMMENDED_TABLES: readonly TableId[] = ['T1', 'T7', 'P1'];
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

/** The most specific keyword contained in `text` (longest wins; ties go to the earlier entry). */
export function matchTitle(text: string): { target: Target; keyword: string } | null {
  let best: { target: Target; keyword: string } | null = null;
  for (const [target, keyword] of KEYWORDS) {
    if (text.includes(keyword) && (!best || keyword.length > best.keyword.length)) best = { target, keyword };
  }
  return best;
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
 * A title cell more specific than the name wins (a sheet named 支出决算表 whose title says
 * 一般公共预算财政拨款支出决算表 is T5).
 */
export function identifySheet(sheet: SheetSnapshot): { id: TableId; titleCell: CellRef | null } | null {
  const byName = matchTitle(looseLabel(sheet.name));
  const firstCell = findTitleCell(sheet, null);
  const cellWins =
    !byName ||
    (firstCell !== null &&
      firstCell.keyword.length > byName.keyword.length &&
      firstCell.keyword.includes(byName.keyword));
  if (cellWins)
    return !firstCell || firstCell.target === 'other' ? null : { id: firstCell.target, titleCell: firstCell.ref };
  if (byName.target === 'other') return null;
  return { id: byName.target, titleCell: findTitleCell(sheet, byName.target)?.ref ?? null };
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
  for (const sheet of snapshot.sheets) {
    if (sheet.isReport) continue;
    const found = identifySheet(sheet);
    if (!found) continue;
    const first = tables.find((t) => t.id === found.id);
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
    if (tables.some((t) => t.id === id)) continue;
    const severity = REQUIRED_TABLES.includes(id) ? 'error' : 'warning';
    findings.push(finding('table.missing', severity, atSheet(null), { table: id }));
  }
  return { tables, findings };
}
