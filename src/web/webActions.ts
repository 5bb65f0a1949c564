/**
 * PaneActions over an .xlsx file opened in the browser: the same engine and the same .xlsx
 * adapter as the CLI — the lean reader (src/xlsx/read) for what the tabs show, the splice
 * writer (src/xlsx/package/splice.ts) for the download: the file's own bytes with the report and
 * any inserted template sheets added, so nothing of the original is lost. Nothing is sent
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

/** The pane's actions, and the web page's preview of the report. */
export interface WebActions extends PaneActions {
  /** The handed-in report as text blocks (the .docx's text), from the workbook as it is now. */
  preview(settings: PaneSettings): Promise<PreviewBlock[]>;
}

/** An opened file: its bytes, the snapshot read from them, and the sheets we added since. */
export interface WebWorkbook {
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  readonly added: SheetLayout[];
  report: ReportSheet | null;
}

export function openedWorkbook(bytes: Uint8Array, snapshot: WorkbookSnapshot): WebWorkbook {
  return { bytes, snapshot, added: [], report: null };
}

/** The file to download: the original bytes with the added sheets and the report spliced in. */
export function downloadBytes(book: WebWorkbook): Uint8Array {
  const keeping = book.report ? reportKeepingEdits(book.bytes, book.report).request : {};
  return spliceWorkbook(book.bytes, { added: book.added, ...keeping }).bytes;
}

/** What the download keeps of the user's edits in the report the file already holds (null: none). */
export function keptEditsNotice(book: WebWorkbook): string | null {
  return book.report ? editsNotice(reportKeepingEdits(book.bytes, book.report)) : null;
}

/** What the tabs read: the file's sheets and the template sheets inserted since. */
export function currentSnapshot(book: WebWorkbook): WorkbookSnapshot {
  return { sheets: [...book.snapshot.sheets, ...book.added.map(layoutSnapshot)] };
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
    async insertTemplates(ids) {
      const taken = currentSnapshot(book).sheets.map((s) => s.name);
      if (book.report) taken.push(reportName(book, book.report.name));
      const layouts = templateSheetsFor(ids, taken);
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
