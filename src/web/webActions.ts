/**
 * PaneActions over an .xlsx file opened in the browser: the same engine and the same ExcelJS
 * adapter as the CLI, on the workbook in memory. Nothing is sent anywhere; the user downloads
 * the workbook with the report (or the inserted template sheets) when done.
 */
import ExcelJS from 'exceljs';
import { analyse, buildReportSheet } from '../core/analyse';
import { templateSheetsFor } from '../core/template/templateLayout';
import { readSnapshot } from '../xlsx/readSnapshot';
import { writeReport } from '../xlsx/writeReport';
import { writeSheetLayout } from '../xlsx/writeLayout';
import { PaneSettings, SettingsStore, saveSettings } from '../app/settings';
import { PaneActions } from '../app/actions';
import { toPaneModel } from '../taskpane/paneModel';
import { UiLang } from '../taskpane/strings';
import { planNote } from '../core/findings/auditNotes';
import { locateTables } from '../core/recognise/locate';

/** Pane actions on `wb`; `onChanged` is called after each change to the workbook (report, templates). */
export function createWebActions(
  wb: ExcelJS.Workbook,
  deps: { readonly lang: UiLang; readonly settings: SettingsStore; readonly onChanged: () => void },
): PaneActions {
  const analyseNow = (settings: PaneSettings) =>
    analyse(readSnapshot(wb), settings.scheme ? { scheme: settings.scheme } : {});
  return {
    async analyse(settings) {
      return toPaneModel(analyseNow(settings), deps.lang);
    },
    async generate(settings) {
      const analysis = analyseNow(settings);
      const { sheetName } = writeReport(wb, buildReportSheet(analysis, settings.reportSheetName));
      deps.onChanged();
      return { model: toPaneModel(analysis, deps.lang), sheetName };
    },
    async saveNote(settings, key, text) {
      const snapshot = readSnapshot(wb);
      let sheet = locateTables(snapshot).tables.find((t) => t.id === 'P4')?.sheet.name;
      if (!sheet) {
        const [layout] = templateSheetsFor(
          ['P4'],
          wb.worksheets.map((ws) => ws.name),
        );
        writeSheetLayout(wb.addWorksheet(layout.name), layout);
        sheet = layout.name;
      }
      const note = planNote(readSnapshot(wb), sheet, key, text);
      if (note) {
        const ws = wb.getWorksheet(note.sheet)!;
        ws.getCell(note.row + 1, note.keyCol + 1).value = note.key;
        ws.getCell(note.row + 1, note.valueCol + 1).value = note.text;
        deps.onChanged();
      }
      return toPaneModel(analyseNow(settings), deps.lang);
    },
    saveSettings: (settings) => saveSettings(deps.settings, settings),
    async insertTemplates(ids) {
      const layouts = templateSheetsFor(
        ids,
        wb.worksheets.map((ws) => ws.name),
      );
      for (const layout of layouts) writeSheetLayout(wb.addWorksheet(layout.name), layout);
      if (layouts.length > 0) deps.onChanged();
      return layouts.map((l) => l.name);
    },
  };
}

/** `预算.xlsx` → `预算-报告.xlsx` (the CLI's default output name). */
export function downloadName(fileName: string): string {
  return `${fileName.replace(/\.xlsx$/i, '')}-报告.xlsx`;
}
