/**
 * PaneActions over an .xlsx file opened in the browser: the same engine and the same .xlsx
 * adapter as the CLI. The workbook in memory (ExcelJS) is what the tabs read; what we add — the
 * report, inserted template sheets — is also kept as layouts, and the download is the file's own
 * bytes with those sheets spliced in (src/xlsx/package/splice.ts, the CLI's writer), so nothing
 * of the original is lost. Nothing is sent anywhere.
 */
import ExcelJS from 'exceljs';
import { analyse, buildReportSheet } from '../core/analyse';
import { templateSheetsFor } from '../core/template/templateLayout';
import { readSnapshot } from '../xlsx/readSnapshot';
import { writeReport } from '../xlsx/writeReport';
import { writeSheetLayout } from '../xlsx/writeLayout';
import { spliceWorkbook } from '../xlsx/package/splice';
import { ReportSheet, SheetLayout } from '../core/report/sheet';
import { PaneSettings, SettingsStore, saveSettings } from '../excel/settings';
import { PaneActions } from '../taskpane/actions';
import { toPaneModel } from '../taskpane/paneModel';
import { UiLang } from '../taskpane/strings';

/** An opened file: its bytes, the workbook read from them, and the sheets we added since. */
export interface WebWorkbook {
  readonly bytes: Uint8Array;
  readonly wb: ExcelJS.Workbook;
  readonly added: SheetLayout[];
  report: ReportSheet | null;
}

export function openedWorkbook(bytes: Uint8Array, wb: ExcelJS.Workbook): WebWorkbook {
  return { bytes, wb, added: [], report: null };
}

/** The file to download: the original bytes with the added sheets and the report spliced in. */
export function downloadBytes(book: WebWorkbook): Uint8Array {
  return spliceWorkbook(book.bytes, { added: book.added, ...(book.report ? { report: book.report } : {}) }).bytes;
}

/** Pane actions on `book`; `onChanged` is called after each change to the workbook (report, templates). */
export function createWebActions(
  book: WebWorkbook,
  deps: { readonly lang: UiLang; readonly settings: SettingsStore; readonly onChanged: () => void },
): PaneActions {
  const wb = book.wb;
  const analyseNow = (settings: PaneSettings) =>
    analyse(readSnapshot(wb), settings.scheme ? { scheme: settings.scheme } : {});
  return {
    async analyse(settings) {
      return toPaneModel(analyseNow(settings), deps.lang);
    },
    async generate(settings) {
      const analysis = analyseNow(settings);
      const report = buildReportSheet(analysis, settings.reportSheetName);
      const { sheetName } = writeReport(wb, report);
      book.report = report;
      deps.onChanged();
      return { model: toPaneModel(analysis, deps.lang), sheetName };
    },
    saveSettings: (settings) => saveSettings(deps.settings, settings),
    async insertTemplates(ids) {
      const layouts = templateSheetsFor(
        ids,
        wb.worksheets.map((ws) => ws.name),
      );
      for (const layout of layouts) writeSheetLayout(wb.addWorksheet(layout.name), layout);
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
