/**
 * The Office.js adapter: the only code that calls Excel.run. A refresh reads in one sync (two
 * the first time) and writes in one (more only for a report over the request budget): a first
 * build makes the report in a new sheet; every later refresh reconciles it in place, so
 * Excel's Undo survives (see refresh.ts). Changes from co-authors (source Remote) and on our
 * own sheet (found by its owner mark) never trigger a refresh.
 */
import { WorkbookSnapshot } from '../core/grid/snapshot';
import { REPORT_MARK_NAME, ReportSheet, SheetLayout } from '../core/report/sheet';
import { sheetSnapshotOf } from './snapshotFromRanges';
import { layoutSheetSteps } from './applyPlan';
import { temporaryName } from '../core/grid/sheetNames';
import { SettingsStore, memorySettings } from '../app/settings';
import { EMPTY_MEMORY, readWorkbookIn } from './readWorkbook';
import { RefreshContext, RefreshResult, readOptions, refreshIn } from './refresh';
import { EditChoices } from '../core/report/reconcile/reconcile';
import { hostError } from './hostError';
import { sheetOfAddress } from './sheetOfAddress';

export { HostError } from './hostError';
export type { RefreshResult } from './refresh';

/** What the host needs from Office: `Excel.run`, the requirement-set check, the document settings. */
export interface ExcelDeps {
  readonly excel: { run: (...args: any[]) => Promise<any> };
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Where the fingerprints of what we wrote are kept (Office.context.document.settings). */
  readonly settings?: SettingsStore;
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  /** The sheet our mark points at, or null. */
  readonly reportSheet: string | null;
  /** True when the mark name exists at all (it may point at a deleted sheet: #REF!). */
  readonly markExists: boolean;
  readonly sheets: readonly { readonly id: string; readonly name: string; readonly position: number }[];
}

export type RefreshOutcome<T> = RefreshResult<T>;

export interface SheetChange {
  readonly worksheetId: string;
  readonly address: string;
  /** A co-author's change (Excel on the web): their own pane refreshes, not this one. */
  readonly remote: boolean;
  /** Whether the change is on the sheet carrying our owner mark (asked only when it matters: one sync). */
  readonly onReportSheet: () => Promise<boolean>;
}

async function discardSheets(deps: ExcelDeps, names: readonly string[]): Promise<void> {
  await deps.excel.run(async (context: Excel.RequestContext) => {
    context.runtime.enableEvents = true;
    const temps = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    temps.forEach((t) => t.load('name'));
    await context.sync();
    temps.filter((t) => !t.isNullObject).forEach((t) => t.delete());
    await context.sync();
  });
}

/** The id of the sheet carrying our owner mark, or null: one sync. */
async function markedSheetId(deps: ExcelDeps): Promise<string | null> {
  return deps.excel.run(async (context: Excel.RequestContext) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    const mark = context.workbook.names.getItemOrNullObject(REPORT_MARK_NAME);
    mark.load('type,formula');
    await context.sync();
    if (mark.isNullObject || mark.type !== 'Range') return null;
    const name = sheetOfAddress(
      mark.formula.replace(/^=/, ''),
      sheets.items.map((s) => s.name),
    );
    return sheets.items.find((s) => s.name === name)?.id ?? null;
  });
}

export interface ExcelHost {
  readWorkbook(): Promise<WorkbookRead>;
  /**
   * Reads, makes the report with `make` (given the snapshot and the sheet name to use) and builds
   * it (no report yet: ≤ 3 syncs) or reconciles it in place (≤ 2 syncs once the host has read
   * the workbook before). Waits while the user is typing in a cell (delayForCellEdit).
   */
  refreshReport<T>(
    make: (snapshot: WorkbookSnapshot, sheetName: string) => { sheet: ReportSheet; value: T },
    preferredName: string,
    options?: { activate?: boolean; choices?: EditChoices },
  ): Promise<RefreshOutcome<T>>;
  selectCell(sheet: string, a1: string): Promise<void>;
  /**
   * Adds new sheets at the end (the sheets `make` returns for the workbook's current sheet
   * names) and shows the first: two syncs. Never touches an existing sheet; resolves to the names.
   */
  insertSheets(make: (existingNames: readonly string[]) => readonly SheetLayout[]): Promise<string[]>;
  /** Listens to edits on every sheet; resolves to a function that stops listening. */
  onSheetChanged(handler: (change: SheetChange) => void): Promise<() => Promise<void>>;
}

export function createExcelHost(deps: ExcelDeps): ExcelHost {
  const supported = (v: string) => (deps.isSetSupported ? deps.isSetSupported('ExcelApi', v) : true);
  const rc: RefreshContext = {
    store: deps.settings ?? memorySettings(),
    withMerges: supported('1.13'),
    memory: EMPTY_MEMORY,
  };
  // RunOptions (delayForCellEdit: ExcelApi 1.11; mergeUndoGroup, one Ctrl+Z per refresh: 1.20).
  // An older Excel takes only a batch function.
  const run = <T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    supported('1.11')
      ? deps.excel.run({ delayForCellEdit: true, ...(supported('1.20') ? { mergeUndoGroup: true } : {}) }, fn)
      : deps.excel.run(fn);

  const host: ExcelHost = {
    async readWorkbook() {
      try {
        const raw = await run((context) => readWorkbookIn(context, rc.memory, readOptions(rc)));
        rc.memory = raw.memory;
        return {
          snapshot: { sheets: raw.sources.map(sheetSnapshotOf) },
          reportSheet: raw.reportSheet,
          markExists: raw.markExists,
          sheets: raw.sheets,
        };
      } catch (e) {
        throw hostError('read', e);
      }
    },

    async refreshReport(make, preferredName, options = {}) {
      let built: string | null = null;
      try {
        return await run((context) =>
          refreshIn(context, rc, make, preferredName, { ...options, onBuildStart: (name) => (built = name) }).then(
            (r) => ((built = null), r),
          ),
        );
      } catch (e) {
        // A first build that failed half way leaves no half report behind (a refresh never deletes).
        // Not when the sheet could not be added: a sheet of that name is then someone else's
        // (a co-author made it meanwhile) or the workbook's structure is protected.
        const code = (e as { code?: string })?.code;
        if (built !== null && code !== 'ItemAlreadyExists' && code !== 'AccessDenied')
          await discardSheets(deps, [built]).catch(() => undefined);
        rc.memory = EMPTY_MEMORY;
        throw hostError('write', e);
      }
    },

    async selectCell(sheet, a1) {
      try {
        await deps.excel.run(async (context: Excel.RequestContext) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(a1).select();
          await context.sync();
        });
      } catch (e) {
        throw hostError('select', e);
      }
    },

    async insertSheets(make) {
      const temps: string[] = [];
      try {
        return await deps.excel.run(async (context: Excel.RequestContext) => {
          const sheets = context.workbook.worksheets;
          sheets.load('items/name');
          await context.sync();
          const existing = sheets.items.map((ws) => ws.name);
          const layouts = make(existing);
          if (layouts.length === 0) return [];
          context.runtime.enableEvents = false; // filling the new sheets is not an edit to refresh after
          const created = layouts.map((layout) => {
            temps.push(temporaryName([...existing, ...temps]));
            const ws = sheets.add(temps[temps.length - 1]);
            for (const step of layoutSheetSteps(ws, layout)) step.queue();
            return ws;
          });
          // Built under temporary names, named last: should a name be taken after all (a co-author
          // added it meanwhile), Excel stops here and only our temporary sheets are removed.
          created.forEach((ws, i) => (ws.name = layouts[i].name));
          created[0].activate();
          context.runtime.enableEvents = true;
          await context.sync();
          return layouts.map((l) => l.name);
        });
      } catch (e) {
        // Excel keeps what a failed batch did before the failure: take the half-made sheets away.
        if (temps.length > 0) await discardSheets(deps, temps).catch(() => undefined);
        throw hostError('template', e);
      }
    },

    async onSheetChanged(handler) {
      try {
        return await deps.excel.run(async (context: Excel.RequestContext) => {
          const registration = context.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
            handler({
              worksheetId: e.worksheetId,
              address: e.address,
              // A co-author's change reaches every pane: the pane of whoever made it refreshes.
              remote: e.source === ('Remote' as Excel.EventSource),
              // By the mark, not a remembered id: a co-author's pane may have made the sheet.
              onReportSheet: () =>
                markedSheetId(deps).then(
                  (id) => id === e.worksheetId,
                  () => false,
                ),
            });
          });
          await context.sync();
          return async () => {
            await deps.excel.run(registration.context, async (c: Excel.RequestContext) => {
              registration.remove();
              await c.sync();
            });
          };
        });
      } catch (e) {
        throw hostError('events', e);
      }
    },
  };
  return host;
}
