/** PaneActions over Excel: the Office.js adapter, the engine and refresh-after-edits, wired. */
import { analyse, buildReportSheet } from '../core/analyse';
import { calendarDay } from '../app/today';
import { WorkbookSnapshot } from '../core/grid/snapshot';
import { createExcelHost, ExcelDeps, RefreshOutcome } from '../excel/excelHost';
import { createAutoRefresh } from '../excel/autoRefresh';
import { EditChoices } from '../core/report/reconcile/reconcile';
import { PaneSettings, SettingsStore, saveSettings } from '../app/settings';
import { GenerateResult, PaneActions } from '../app/actions';
import { PaneModel, toPaneModel } from './paneModel';
import { templateSheetsFor } from '../core/template/templateLayout';
import { locateTables } from '../core/recognise/locate';
import { UiLang } from './strings';
import { planNote } from '../core/findings/auditNotes';
import { writeNoteCells } from '../excel/writeNote';

/** Runs tasks one after another: a manual refresh and an automatic one never overlap. */
function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}

function resultOf(out: RefreshOutcome<PaneModel>, moved: RefreshOutcome<PaneModel> | null): GenerateResult {
  const movedFrom = moved ?? out;
  return {
    model: out.value,
    sheetName: out.sheetName,
    kept: out.kept.map((e) => ({ row: e.row, address: e.address, text: e.text })),
    moved: movedFrom.moved.length > 0 ? { count: movedFrom.moved.length, sheet: movedFrom.movedTo ?? '' } : null,
    calculationManual: out.calculationManual,
  };
}

export function createExcelActions(
  deps: ExcelDeps & { readonly settings: SettingsStore; readonly lang: UiLang; readonly workbookName?: () => string },
): PaneActions {
  const host = createExcelHost(deps);
  const queue = serialQueue();
  /** Auto-refresh rewrites a report only once one exists (made now or found in the workbook). */
  let hasReport = false;
  // The report's 成文日期 is the day it is made or exported.
  const options = (s: PaneSettings) => ({ ...(s.scheme ? { scheme: s.scheme } : {}), today: calendarDay() });

  const refresh = (settings: PaneSettings, activate: boolean, choices?: EditChoices) =>
    queue(async (): Promise<GenerateResult> => {
      const make = (snapshot: WorkbookSnapshot, sheetName: string) => {
        const analysis = analyse(snapshot, options(settings));
        return { sheet: buildReportSheet(analysis, sheetName), value: toPaneModel(analysis, deps.lang) };
      };
      const out = await host.refreshReport(make, settings.reportSheetName, { activate, choices });
      hasReport = true;
      // Text moved into 报告文字 belongs in the report again: one more pass writes it there.
      if (out.moved.length === 0) return resultOf(out, null);
      return resultOf(await host.refreshReport(make, settings.reportSheetName), out);
    });

  return {
    async analyse(settings) {
      const read = await queue(() => host.readWorkbook());
      hasReport = hasReport || read.reportSheet !== null;
      return toPaneModel(analyse(read.snapshot, options(settings)), deps.lang);
    },
    generate: (settings) => refresh(settings, true),
    resolveEdit: (settings, row, choice) =>
      refresh(settings, false, choice === 'move' ? { move: new Set([row]) } : { discard: new Set([row]) }),
    selectCell: (sheet, a1) => host.selectCell(sheet, a1),
    async exportDocx(settings) {
      // Built in the pane from one read of the workbook; the Word writer is its own chunk, loaded on the first export.
      const read = await host.readWorkbook();
      const { exportDocx } = await import(/* webpackChunkName: "docx" */ '../docx/exportDocx');
      return exportDocx(analyse(read.snapshot, options(settings)), deps.workbookName?.() ?? '当前工作簿', new Date());
    },
    async insertTemplates(ids) {
      // The missing list may be stale (a sheet pasted in since): only tables still missing now.
      const present = new Set(locateTables((await host.readWorkbook()).snapshot).tables.map((t) => t.id));
      const wanted = ids.filter((id) => !present.has(id));
      return queue(() => host.insertSheets((names) => templateSheetsFor(wanted, names)));
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
        refresh: async () => onRefreshed(await refresh(settings(), false)),
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
