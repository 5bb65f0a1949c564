/**
 * The Office.js adapter: the only code that calls Excel.run. A full refresh is three syncs —
 * (1) the sheet list and the ownership mark, (2) every sheet's used range and merged areas at
 * once, (3) the new report sheet written, the old one removed, the new one renamed and marked
 * — plus one more per 4.5 MB of request for a very large report.
 */
import { WorkbookSnapshot } from '../core/grid/snapshot';
import { quoteSheet } from '../core/grid/address';
import { REPORT_MARK_NAME, REPORT_MARK_VALUE, ReportSheet, SheetLayout } from '../core/report/sheet';
import { LoadedSheet, sheetSnapshotOf } from './snapshotFromRanges';
import { planReportWrite, MAX_REQUEST_BYTES } from './writePlan';
import { layoutSheetSteps, writeSteps } from './applyPlan';
import { chooseReportName, temporaryName } from '../core/grid/sheetNames';

/** What the host needs from Office: `Excel.run` and the requirement-set check. */
export interface ExcelDeps {
  readonly excel: { run: (...args: any[]) => Promise<any> };
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  /** The sheet our mark points at, or null. */
  readonly reportSheet: string | null;
  /** True when the mark name exists at all (it may point at a deleted sheet: #REF!). */
  readonly markExists: boolean;
  readonly sheets: readonly { readonly id: string; readonly name: string; readonly position: number }[];
}

export interface RefreshOutcome<T> {
  readonly sheetName: string;
  readonly value: T;
}

export interface SheetChange {
  readonly worksheetId: string;
  readonly address: string;
  /** True for a change on our own report sheet (or a sheet being built): never a reason to refresh. */
  readonly onReportSheet: boolean;
}

/** A failure the pane explains: which step failed and Excel's error code. */
export class HostError extends Error {
  constructor(
    readonly step: 'read' | 'write' | 'select' | 'events' | 'template' | 'note',
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

function hostError(step: HostError['step'], e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: string })?.code ?? 'GeneralException';
  return new HostError(step, code, e instanceof Error ? e.message : String(e));
}

async function readIn(context: Excel.RequestContext, withMerges: boolean): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/position');
  const mark = context.workbook.names.getItemOrNullObject(REPORT_MARK_NAME);
  mark.load('type');
  await context.sync();

  const markRange = !mark.isNullObject && mark.type === 'Range' ? mark.getRangeOrNullObject() : null;
  markRange?.load('address');
  const parts = sheets.items.map((ws) => {
    const used = ws.getUsedRange();
    used.load('rowIndex,columnIndex,values,valueTypes,numberFormat');
    const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { name: ws.name, used, merged };
  });
  await context.sync();

  const reportSheet =
    markRange && !markRange.isNullObject
      ? sheetOfAddress(
          markRange.address,
          parts.map((p) => p.name),
        )
      : null;
  const loaded: LoadedSheet[] = parts.map((p) => ({
    name: p.name,
    used: {
      rowIndex: p.used.rowIndex,
      columnIndex: p.used.columnIndex,
      values: p.used.values,
      valueTypes: p.used.valueTypes,
      numberFormat: p.used.numberFormat,
    },
    mergedAddress: p.merged && !p.merged.isNullObject ? p.merged.address : null,
    isReport: reportSheet !== null && p.name === reportSheet,
  }));
  return {
    snapshot: { sheets: loaded.map(sheetSnapshotOf) },
    reportSheet,
    markExists: !mark.isNullObject,
    sheets: sheets.items.map((ws) => ({ id: ws.id, name: ws.name, position: ws.position })),
  };
}

/** The sheet of "'S'!$A$1" — matched against the real names (a name may contain '!'). */
function sheetOfAddress(address: string, names: readonly string[]): string | null {
  const prefix = address.slice(0, address.lastIndexOf('!'));
  return names.find((n) => prefix === n || prefix === quoteSheet(n)) ?? null;
}

/** Writes the report and swaps it in; returns the new sheet's id. */
async function writeIn(
  context: Excel.RequestContext,
  read: WorkbookRead,
  sheet: ReportSheet,
  activate: boolean,
): Promise<string> {
  const names = read.sheets.map((s) => s.name);
  const temp = temporaryName(names);
  const old = read.reportSheet;
  const steps = (ws: Excel.Worksheet) => writeSteps(ws, sheet, planReportWrite(sheet));
  const suspend = () => {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
  };
  context.runtime.enableEvents = false; // our own writes must not trigger our change handler
  suspend();
  const ws = context.workbook.worksheets.add(temp);
  let bytes = 0;
  for (const step of steps(ws)) {
    // Only a report over 4.5 MB syncs here: Excel on the web rejects larger requests.
    if (bytes > 0 && bytes + step.bytes > MAX_REQUEST_BYTES) {
      await context.sync();
      suspend();
      bytes = 0;
    }
    step.queue();
    bytes += step.bytes;
  }
  // The swap comes last in the batch: if any write above fails, Excel stops there and the
  // old report is still whole (spec: build completely before removing the old one).
  if (read.markExists) context.workbook.names.getItemOrNullObject(REPORT_MARK_NAME).delete();
  if (old !== null) {
    context.workbook.worksheets.getItem(old).delete();
    ws.position = read.sheets.find((s) => s.name === old)!.position;
  }
  ws.name = sheet.name;
  context.workbook.names.add(REPORT_MARK_NAME, `=${quoteSheet(sheet.name)}!$A$1`, REPORT_MARK_VALUE);
  if (activate) ws.activate();
  context.runtime.enableEvents = true;
  ws.load('id');
  await context.sync();
  return ws.id;
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

export interface ExcelHost {
  readWorkbook(): Promise<WorkbookRead>;
  /** Reads, builds with `make` (given the snapshot and the sheet name to use), writes: ≤ 3 syncs. */
  refreshReport<T>(
    make: (snapshot: WorkbookSnapshot, sheetName: string) => { sheet: ReportSheet; value: T },
    preferredName: string,
    options?: { activate?: boolean },
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
  const withMerges = deps.isSetSupported ? deps.isSetSupported('ExcelApi', '1.13') : true;
  let reportSheetId: string | null = null;
  let writing = false;

  const host: ExcelHost = {
    async readWorkbook() {
      try {
        return await deps.excel.run((context: Excel.RequestContext) => readIn(context, withMerges));
      } catch (e) {
        throw hostError('read', e);
      }
    },

    async refreshReport(make, preferredName, options = {}) {
      let temp: string | null = null;
      let step: HostError['step'] = 'read';
      writing = true;
      try {
        return await deps.excel.run(async (context: Excel.RequestContext) => {
          const read = await readIn(context, withMerges);
          const sheetName = chooseReportName(
            read.sheets.map((s) => s.name),
            read.reportSheet,
            preferredName,
          );
          const { sheet, value } = make(read.snapshot, sheetName);
          step = 'write';
          temp = temporaryName(read.sheets.map((s) => s.name));
          reportSheetId = await writeIn(context, read, { ...sheet, name: sheetName }, options.activate === true);
          temp = null;
          return { sheetName, value };
        });
      } catch (e) {
        if (temp !== null) await discardSheets(deps, [temp]).catch(() => undefined);
        throw hostError(step, e);
      } finally {
        writing = false;
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
              onReportSheet: writing || e.worksheetId === reportSheetId,
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
