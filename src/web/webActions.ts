/**
 * PaneActions over an .xlsx file opened in the browser: the same engine and the same .xlsx
 * adapter as the CLI — the lean reader (src/xlsx/read) for what the tabs show, the splice
 * writer (src/xlsx/package/splice.ts) for the download: the file's own bytes with the report and
 * any inserted template sheets added and the 审核说明 typed in the page written into 报告文字,
 * so nothing of the original is lost. Nothing is sent
 * anywhere. (Formulas the file holds no value for are reported missing at their cells; the
 * formula engine that computes them runs in the CLI only.)
 */
import { calendarDay } from '../app/today';
import { analyse, buildReportSheet } from '../core/analyse';
import { templateSheetsFor } from '../core/template/templateLayout';
import { chooseReportName } from '../core/grid/sheetNames';
import { SheetSnapshot, WorkbookSnapshot } from '../core/grid/snapshot';
import { spliceWorkbook } from '../xlsx/package/splice';
import { editsNotice, reportKeepingEdits } from '../xlsx/keepEdits';
import { layoutSnapshot } from '../xlsx/read/layoutSnapshot';
import { ReportSheet, SheetLayout } from '../core/report/sheet';
import { PaneSettings, SettingsStore, saveSettings } from '../app/settings';
import { PaneActions, ReportEdit } from '../app/actions';
import { toPaneModel } from '../taskpane/paneModel';
import { UiLang } from '../taskpane/strings';
import { PreviewBlock, reportPreview } from '../core/report/preview';
import { locateTables } from '../core/recognise/locate';
import { planNote } from '../core/findings/auditNotes';
import { TypedCell, layoutWithTyped, noteCells, overlaySheet, typedBySheet, withTyped } from './webNotes';

/** The pane's actions, and the web page's preview of the report. */
export interface WebActions extends PaneActions {
  /** The handed-in report as text blocks (the .docx's text), from the workbook as it is now. */
  preview(settings: PaneSettings): Promise<PreviewBlock[]>;
}

/**
 * An opened file: its bytes, the snapshot read from them, the sheets we added since, and the
 * cells typed into its own sheets (审核说明 in 报告文字, webNotes.ts).
 */
export interface WebWorkbook {
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  added: SheetLayout[];
  typed: TypedCell[];
  report: ReportSheet | null;
}

export function openedWorkbook(bytes: Uint8Array, snapshot: WorkbookSnapshot): WebWorkbook {
  return { bytes, snapshot, added: [], typed: [], report: null };
}

/** The file to download: the original bytes with the typed cells, the added sheets and the report spliced in. */
export function downloadBytes(book: WebWorkbook): Uint8Array {
  const keeping = book.report ? reportKeepingEdits(book.bytes, book.report).request : {};
  return spliceWorkbook(book.bytes, { added: book.added, cells: typedBySheet(book.typed), ...keeping }).bytes;
}

/** What the download keeps of the user's edits in the report the file already holds (null: none). */
export function keptEditsNotice(book: WebWorkbook): string | null {
  return book.report ? editsNotice(reportKeepingEdits(book.bytes, book.report)) : null;
}

/** What the tabs read: the file's sheets and the template sheets inserted since. */
export function currentSnapshot(book: WebWorkbook): WorkbookSnapshot {
  const own = book.snapshot.sheets.map((s) => overlaySheet(s, book.typed));
  return { sheets: [...own, ...book.added.map(layoutSnapshot)] };
}

/**
 * Puts the author's 说明 under `key` into the 报告文字 sheet: the file's own (cells typed), or
 * the one we added; with none, the template 报告文字 sheet is added first, as the add-in does.
 */
function putNote(book: WebWorkbook, key: string, text: string): void {
  const snapshot = currentSnapshot(book);
  let sheet = locateTables(snapshot).tables.find((t) => t.id === 'P4')?.sheet.name;
  if (!sheet) {
    const [layout] = templateSheetsFor(['P4'], takenNames(book));
    book.added.push(layout);
    sheet = layout.name;
  }
  const now = currentSnapshot(book);
  const note = planNote(now, sheet, key, text)!;
  const cells = noteCells(
    now.sheets.find((s) => s.name === note.sheet),
    note,
  );
  if (book.added.some((l) => l.name === note.sheet)) book.added = book.added.map((l) => layoutWithTyped(l, cells));
  else book.typed = withTyped(book.typed, cells);
}

/** The sheet names taken in the download: the file's, those added, the report's. */
function takenNames(book: WebWorkbook): string[] {
  const taken = currentSnapshot(book).sheets.map((s) => s.name);
  if (book.report) taken.push(reportName(book, book.report.name));
  return taken;
}

/** The report's name in the download, chosen as the splice writer chooses it. */
function reportName(book: WebWorkbook, preferred: string): string {
  const sheets: readonly SheetSnapshot[] = currentSnapshot(book).sheets;
  const marked = book.snapshot.sheets.find((s) => s.isReport)?.name ?? null;
  return chooseReportName(
    sheets.map((s) => s.name),
    marked,
    preferred,
  );
}

/**
 * The edits of the report the file already holds that the download keeps, where they are in it:
 * in place, or (their place taken by the new layout) below the report, in column A.
 */
function keptEdits(book: WebWorkbook): ReportEdit[] {
  if (!book.report) return [];
  const k = reportKeepingEdits(book.bytes, book.report);
  return [
    ...k.kept.map((e) => ({ row: e.row, address: e.address, text: e.text })),
    ...k.moved.map((e, i) => ({ row: k.movedRow + i, address: `A${k.movedRow + i + 1}`, text: e.text })),
  ];
}

/** Pane actions on `book`; `onChanged` is called after each change to the workbook (report, templates). */
export function createWebActions(
  book: WebWorkbook,
  deps: {
    readonly lang: UiLang;
    readonly settings: SettingsStore;
    readonly onChanged: () => void;
    readonly fileName?: string;
  },
): WebActions {
  const analyseNow = (settings: PaneSettings) =>
    analyse(currentSnapshot(book), { ...(settings.scheme ? { scheme: settings.scheme } : {}), today: calendarDay() });
  return {
    async analyse(settings) {
      return toPaneModel(analyseNow(settings), deps.lang);
    },
    async generate(settings) {
      const analysis = analyseNow(settings);
      book.report = buildReportSheet(analysis, settings.reportSheetName);
      deps.onChanged();
      const kept = keptEdits(book);
      return { model: toPaneModel(analysis, deps.lang), sheetName: reportName(book, book.report.name), kept };
    },
    saveSettings: (settings) => saveSettings(deps.settings, settings),
    async preview(settings) {
      return reportPreview(analyseNow(settings).report);
    },
    async exportDocx(settings) {
      // A chunk of its own: the Word writer loads on the first export, not with the page.
      const { exportDocx } = await import(/* webpackChunkName: "docx" */ '../docx/exportDocx');
      return exportDocx(analyseNow(settings), deps.fileName ?? 'workbook.xlsx', new Date());
    },
    async saveNote(settings, key, text) {
      putNote(book, key, text);
      deps.onChanged();
      return toPaneModel(analyseNow(settings), deps.lang);
    },
    async insertTemplates(ids) {
      const layouts = templateSheetsFor(ids, takenNames(book));
      book.added.push(...layouts);
      if (layouts.length > 0) deps.onChanged();
      return layouts.map((l) => l.name);
    },
  };
}

/** `预算.xlsx` → `预算-报告.xlsx` (the CLI's default output name). */
export function downloadName(fileName: string): string {
  return `${fileName.replace(/\.xlsx$/i, '')}-报告.xlsx`;
}
