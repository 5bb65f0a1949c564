/**
 * A rebuild that keeps the user's edits (issue 9, spec: Ownership and safety): when the input
 * already holds our report, the CLI and the web page read what its sheet holds and the
 * fingerprints of what we last wrote (src/xlsx/package/writtenPart.ts), plan with the same pure
 * reconcile code as the add-in's refresh, and write the new report with each edited cell kept
 * where it is. Edited text whose place the new layout takes is not dropped: a new file has no
 * right to write into the user's 报告文字 sheet, so it goes below the report (column A), listed
 * for the user to move — and, not being ours, it is carried on by every later rebuild.
 */
import { chooseReportName } from '../core/grid/sheetNames';
import { quoteSheet } from '../core/grid/address';
import { ReportCell, ReportSheet } from '../core/report/sheet';
import { CellEntry, WrittenState, layoutRows, printsOf } from '../core/report/reconcile/fingerprint';
import { UserEdit, planReconcile } from '../core/report/reconcile/reconcile';
import { entryText, readZip, ZipEntry } from './package/zip';
import { markedSheet, readWorkbook } from './package/workbookXml';
import { readRels, resolveTarget } from './package/parts';
import { storedStates } from './package/writtenPart';
import { bestState } from '../core/report/reconcile/storedState';
import { sharedStrings } from './read/parts';
import { readSheetEntry } from './read/sheetReader';
import { moveFormula } from './read/moveFormula';
import { SpliceRequest } from './package/splice';

export interface KeptReport {
  /** The report (edits applied) and its fingerprints, for spliceWorkbook. */
  readonly request: Required<Pick<SpliceRequest, 'report' | 'written'>>;
  /** Edits kept in place. */
  readonly kept: readonly UserEdit[];
  /** Edits whose place the new layout takes, and the 0-based row below the report where their text now starts. */
  readonly moved: readonly UserEdit[];
  readonly movedRow: number;
}

type Grid = (CellEntry | null)[][];

/** The report to write into `bytes`, keeping the user's edits of the report it already holds. */
export function reportKeepingEdits(bytes: Uint8Array, report: ReportSheet): KeptReport {
  const entries = readZip(bytes);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const text = (name: string) => {
    const e = byName.get(name.toLowerCase());
    return e ? entryText(e) : null;
  };
  const found = reportIn(text, byName);
  const names = found.sheetNames;
  const name = chooseReportName(names, found.marked, report.name);
  const sheet: ReportSheet = { ...report, name };
  const rows = layoutRows(sheet);
  const written: WrittenState = { version: 1, sheet: name, done: printsOf(rows), pending: null };
  const none = { request: { report: sheet, written }, kept: [], moved: [], movedRow: rows.entries.length + 1 };
  if (found.entry === null || found.marked === null) return none;
  const current = reportGrid(found.entry, found.strings, found.marked);
  const state = bestState(
    storedStates(
      entries.map((e) => e.name),
      text,
    ).map((s) => s.state),
    current,
  );
  if (state === null) return none;
  const plan = planReconcile(rows, state, current);
  const movedRow = rows.entries.length + 1;
  const edited = withEdits(sheet, current, plan.kept, plan.moved, movedRow);
  return { request: { report: edited, written }, kept: plan.kept, moved: plan.moved, movedRow };
}

/** The marked report sheet's part (if any), the sheet names and the shared strings. */
function reportIn(text: (name: string) => string | null, byName: Map<string, ZipEntry>) {
  const office = readRels(text('_rels/.rels') ?? '').find((r) => r.type.endsWith('/officeDocument'));
  const bookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const info = readWorkbook(text(bookPath) ?? '');
  const rels = readRels(text(bookPath.replace(/([^/]+)$/, '_rels/$1.rels')) ?? '');
  const marked = markedSheet(info);
  const rel = marked ? rels.find((r) => r.id === marked.rid) : undefined;
  const entry = rel ? (byName.get(resolveTarget(bookPath, rel.target).toLowerCase()) ?? null) : null;
  const strings = rels.find((r) => r.type.endsWith('/sharedStrings'));
  return {
    sheetNames: info.sheets.map((s) => s.name),
    marked: marked?.name ?? null,
    entry,
    strings: sharedStrings(strings ? text(resolveTarget(bookPath, strings.target)) : null),
  };
}

/** The report sheet as `range.formulas` reads it: a formula as '=…' (our own sheet's prefix dropped), else the value. */
function reportGrid(entry: ZipEntry, strings: readonly string[], sheetName: string): Grid {
  const formulas: { row: number; col: number; text: string; shared: number | null }[] = [];
  const cells = readSheetEntry(entry, {
    strings,
    formats: [],
    date1904: false,
    onFormula: (row, col, f) => formulas.push({ row, col, ...f }),
  });
  const grid: Grid = cells.values.map((line) =>
    Array.from(line ?? [], (v) =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null,
    ),
  );
  const own = `${quoteSheet(sheetName)}!`;
  for (const f of formulas) {
    const master = f.text === '' && f.shared !== null ? cells.sharedMasters.get(f.shared) : undefined;
    const body = master ? moveFormula(master.text, f.row - master.row, f.col - master.col) : f.text;
    (grid[f.row] ??= [])[f.col] = `=${body.split(own).join('')}`;
  }
  return Array.from(grid, (line) => line ?? []);
}

/** The report with each kept edit at its cell (as the user left it) and the moved texts below it. */
function withEdits(
  sheet: ReportSheet,
  current: Grid,
  kept: readonly UserEdit[],
  moved: readonly UserEdit[],
  movedRow: number,
): ReportSheet {
  const at = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  for (const e of kept) {
    const entry = current[e.row]?.[e.col] ?? null;
    const style = at.get(`${e.row},${e.col}`)?.style ?? 'body';
    at.set(`${e.row},${e.col}`, userCell(e.row, e.col, entry, style));
  }
  moved.forEach((e, i) => at.set(`${movedRow + i},0`, { row: movedRow + i, col: 0, value: e.text, style: 'body' }));
  return { ...sheet, cells: [...at.values()] };
}

function userCell(row: number, col: number, entry: CellEntry | null, style: string): ReportCell {
  if (typeof entry === 'string' && entry.startsWith('='))
    return { row, col, value: null, formula: entry.slice(1), style };
  const value =
    entry === null || entry === '' ? null : typeof entry === 'boolean' ? String(entry).toUpperCase() : entry;
  return { row, col, value, style };
}

/**
 * What the CLI and the web page say about the kept edits (spec: `报告中有 N 处手工修改，已保留`),
 * with their cells; null when there were none.
 */
export function editsNotice(k: Pick<KeptReport, 'kept' | 'moved' | 'movedRow'>): string | null {
  const n = k.kept.length + k.moved.length;
  if (n === 0) return null;
  const cells = (list: readonly UserEdit[]) => list.map((e) => e.address).join('、');
  const lines = [`报告中有 ${n} 处手工修改，已保留${k.kept.length > 0 ? `：${cells(k.kept)}` : ''}`];
  if (k.moved.length > 0)
    lines.push(
      `其中 ${k.moved.length} 处（${cells(k.moved)}）所在位置的报告内容已变，其文字已放在报告末尾 A${k.movedRow + 1} 起，请移入“报告文字”表`,
    );
  return lines.join('\n');
}
