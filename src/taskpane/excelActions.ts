/** PaneActions over Excel: the Office.js adapter, the engine and refresh-after-edits, wired. */
import { analyse, buildReportSheet } from '../core/analyse';
import { WorkbookSnapshot } from '../core/grid/snapshot';
import { createExcelHost, ExcelDeps } from '../excel/excelHost';
import { createAutoRefresh } from '../excel/autoRefresh';
import { PaneSettings, SettingsStore, saveSettings } from '../app/settings';
import { GenerateResult, PaneActions } from '../app/actions';
import { toPaneModel } from './paneModel';
import { templateSheetsFor } from '../core/template/templateLayout';
import { locateTables } from '../core/recognise/locate';
import { UiLang } from './strings';
import { planNote } from '../core/findings/auditNotes';
import { writeNoteCells } from '../excel/writeNote';

export function createExcelActions(
  deps: ExcelDeps & { readonly settings: SettingsStore; readonly lang: UiLang },
): PaneActions {
  const host = createExcelHost(deps);
  /** Auto-refresh rewrites a report only once one exists (made now or found in the workbook). */
  let hasReport = false;
  const options = (s: PaneSettings) => (s.scheme ? { scheme: s.scheme } : {});

  const generate = async (settings: PaneSettings, activate: boolean): Promise<GenerateResult> => {
    const make = (snapshot: WorkbookSnapshot, sheetName: string) => {
      const analysis = analyse(snapshot, options(settings));
      return { sheet: buildReportSheet(analysis, sheetName), value: toPaneModel(analysis, deps.lang) };
    };
    const out = await host.refreshReport(make, settings.reportSheetName, { activate });
    hasReport = true;
    return { model: out.value, sheetName: out.sheetName };
  };

  return {
    async analyse(settings) {
      const read = await host.readWorkbook();
      hasReport = hasReport || read.reportSheet !== null;
      return toPaneModel(analyse(read.snapshot, options(settings)), deps.lang);
    },
    generate: (settings) => generate(settings, true),
    selectCell: (sheet, a1) => host.selectCell(sheet, a1),
    async insertTemplates(ids) {
      // The missing list may be stale (a sheet pasted in since): only tables still missing now.
      const present = new Set(locateTables((await host.readWorkbook()).snapshot).tables.map((t) => t.id));
      const wanted = ids.filter((id) => !present.has(id));
      return host.insertSheets((names) => templateSheetsFor(wanted, names));
    },
    async saveNote(settings, key, text) {
      const { snapshot } = await host.readWorkbook();
      let note = planNote(snapshot, locateTables(snapshot).tables.find((t) => t.id === 'P4')?.sheet.name, key, text);
      if (!note) {
        const [inserted] = await host.insertSheets((names) => templateSheetsFor(['P4'], names));
        note = planNote((await host.readWorkbook()).snapshot, inserted, key, text);
      }
      if (note) await writeNoteCells(deps, note);
      return toPaneModel(analyse((await host.readWorkbook()).snapshot, options(settings)), deps.lang);
    },
    saveSettings: (settings) => saveSettings(deps.settings, settings),
    async watchEdits(settings, onRefreshed, onError) {
      const auto = createAutoRefresh({
        isEnabled: () => hasReport && settings().autoRefresh,
        refresh: async () => onRefreshed(await generate(settings(), false)),
        onError,
      });
      const stop = await host.onSheetChanged(auto.notify);
      return async () => {
        auto.dispose();
        await stop();
      };
    },
  };
}
