/**
 * The author's 审核说明 typed in the web page, kept where the add-in keeps them
 * (docs/audit-notes.md): the 报告文字 sheet, a row whose 章节 is `审核说明：<位置或代码>`. In the
 * file's own 报告文字 sheet they are cells the download writes into that sheet's part (the splice
 * writer: nothing else of it changes); with no such sheet, the template 报告文字 sheet is added —
 * as the add-in inserts it — and the note is a row of it. Until the download, the tabs and the
 * Word export read the notes from the snapshot these cells are laid over.
 */
import { CellValue, SheetSnapshot, rawAt } from '../core/grid/snapshot';
import { NoteWrite } from '../core/findings/auditNotes';
import { cellText } from '../core/recognise/common';
import { ReportCell, SheetLayout } from '../core/report/sheet';
import { CellText } from '../xlsx/package/cellsXml';
import { SheetCells } from '../xlsx/package/splice';

/** A cell typed in the page, on one of the file's sheets. */
export interface TypedCell extends CellText {
  readonly sheet: string;
}

/**
 * The cells a note writes: its 内容, and its 章节 only on a new row — a row already carrying
 * the key keeps the key as the user wrote it (`审核说明:` with a half-width colon stays).
 */
export function noteCells(sheet: SheetSnapshot | undefined, note: NoteWrite): TypedCell[] {
  const keyThere = sheet !== undefined && cellText(rawAt(sheet, note.row, note.keyCol)) !== '';
  return [
    ...(keyThere ? [] : [{ sheet: note.sheet, row: note.row, col: note.keyCol, text: note.key }]),
    { sheet: note.sheet, row: note.row, col: note.valueCol, text: note.text },
  ];
}

/** `typed` with `cells` put in (a cell typed again replaces the earlier text). */
export function withTyped(typed: readonly TypedCell[], cells: readonly TypedCell[]): TypedCell[] {
  const same = (a: TypedCell, b: TypedCell) => a.sheet === b.sheet && a.row === b.row && a.col === b.col;
  return [...typed.filter((t) => !cells.some((c) => same(c, t))), ...cells];
}

/** A sheet of the file as the tabs read it: its values with the typed cells laid over. */
export function overlaySheet(sheet: SheetSnapshot, typed: readonly TypedCell[]): SheetSnapshot {
  const mine = typed.filter((t) => t.sheet === sheet.name);
  if (mine.length === 0) return sheet;
  const values: CellValue[][] = sheet.values.map((row) => [...row]);
  for (const t of mine) {
    while (values.length <= t.row) values.push([]);
    const row = values[t.row];
    while (row.length < t.col) row.push(null);
    row[t.col] = t.text;
  }
  return { ...sheet, values };
}

/** A sheet we added (the template 报告文字) with the typed cells in it, as text cells. */
export function layoutWithTyped(layout: SheetLayout, cells: readonly TypedCell[]): SheetLayout {
  const mine = cells.filter((c) => c.sheet === layout.name);
  const kept = layout.cells.filter((c) => !mine.some((m) => m.row === c.row && m.col === c.col));
  const added: ReportCell[] = mine.map((m) => ({ row: m.row, col: m.col, value: m.text, style: 'text' }));
  return { ...layout, cells: [...kept, ...added].sort((a, b) => a.row - b.row || a.col - b.col) };
}

/** The typed cells grouped by sheet, as the splice writer takes them. */
export function typedBySheet(typed: readonly TypedCell[]): SheetCells[] {
  const sheets = [...new Set(typed.map((t) => t.sheet))];
  return sheets.map((sheet) => ({
    sheet,
    cells: typed.filter((t) => t.sheet === sheet).map(({ row, col, text }) => ({ row, col, text })),
  }));
}
