/**
 * One refresh inside one Excel.run: read (one sync when the last read is remembered), make the
 * report, then either build it in a new sheet (none is ours yet) or reconcile the existing one
 * — writing only the rows that changed, keeping the user's edits, moving edited text whose
 * place is gone into 报告文字. What we write is fingerprinted in the workbook's settings, first
 * as "under way", then as done, so a write that fails half way is finished by the next refresh.
 */
import { WorkbookSnapshot } from '../core/grid/snapshot';
import { ReportSheet } from '../core/report/sheet';
import { chooseReportName } from '../core/grid/sheetNames';
import { TextTarget, textTarget } from '../core/report/textTarget';
import { SettingsStore } from '../app/settings';
import { sheetSnapshotOf } from './snapshotFromRanges';
import { ReadMemory, ReadOptions, readWorkbookIn } from './readWorkbook';
import { bestState, stateFromItemXml } from '../core/report/reconcile/storedState';
import {
  CellEntry,
  LayoutRows,
  WRITTEN_KEY,
  WrittenState,
  layoutRows,
  parseWritten,
  printsOf,
} from '../core/report/reconcile/fingerprint';
import { EditChoices, ReconcilePlan, UserEdit, planReconcile } from '../core/report/reconcile/reconcile';
import { planRowsWrite } from './rowsPlan';
import { firstBuildSteps, reconcileSteps, textMoveSteps } from './reportWrite';
import { WriteStep } from './applyPlan';
import { hostError } from './hostError';
import { MAX_REQUEST_BYTES, utf8Length } from './writePlan';

export interface RefreshResult<T> {
  readonly sheetName: string;
  readonly value: T;
  /** 'build': a new report sheet; 'reconcile': the existing one brought up to date. */
  readonly kind: 'build' | 'reconcile';
  /** The user's edits left in place, and those whose text went to 报告文字 (with the sheet it went to). */
  readonly kept: readonly UserEdit[];
  readonly moved: readonly UserEdit[];
  readonly movedTo: string | null;
  /** Excel calculates manually: the report's formulas show their values only after F9. */
  readonly calculationManual: boolean;
}

export interface RefreshContext {
  readonly store: SettingsStore;
  readonly withMerges: boolean;
  memory: ReadMemory;
}

export type MakeReport<T> = (snapshot: WorkbookSnapshot, sheetName: string) => { sheet: ReportSheet; value: T };

function saveState(store: SettingsStore, state: WrittenState): void {
  store.set(WRITTEN_KEY, state);
  store.saveAsync(() => undefined); // persisted with the document; the in-memory copy is what the next refresh reads
}

/** Queues the steps, syncing only when the next one would take the request past the budget. */
async function runSteps(context: Excel.RequestContext, makeSteps: () => readonly WriteStep[]): Promise<void> {
  const suspend = () => {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
  };
  context.runtime.enableEvents = false; // our own writes are not edits to refresh after
  suspend();
  let bytes = 0;
  try {
    for (const step of makeSteps()) {
      if (bytes > 0 && bytes + step.bytes > MAX_REQUEST_BYTES) {
        await context.sync();
        suspend();
        bytes = 0;
      }
      step.queue();
      bytes += step.bytes;
    }
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (e) {
    // Excel stops a batch at the failing call: the events switch must still come back on.
    context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw e;
  }
}

/** What to read: merged areas where Excel has them, the report's columns as we last wrote them. */
export function readOptions(rc: RefreshContext): ReadOptions {
  const state = parseWritten(rc.store.get(WRITTEN_KEY));
  return { withMerges: rc.withMerges, reportCols: state?.done?.cols ?? state?.pending?.cols ?? 8 };
}

type RefreshOptions = {
  readonly activate?: boolean;
  readonly choices?: EditChoices;
  readonly onBuildStart?: (name: string) => void;
};

export async function refreshIn<T>(
  context: Excel.RequestContext,
  rc: RefreshContext,
  make: MakeReport<T>,
  preferredName: string,
  options: RefreshOptions,
): Promise<RefreshResult<T>> {
  const stored = parseWritten(rc.store.get(WRITTEN_KEY));
  const raw = await readWorkbookIn(context, rc.memory, readOptions(rc)).catch((e) => {
    throw hostError('read', e);
  });
  const snapshot: WorkbookSnapshot = { sheets: raw.sources.map(sheetSnapshotOf) };
  // A refresh never renames: the marked sheet keeps the name it has (renaming clears Undo).
  const sheetName =
    raw.reportSheet ??
    chooseReportName(
      raw.sheets.map((s) => s.name),
      null,
      preferredName,
    );
  const made = make(snapshot, sheetName);
  const sheet = { ...made.sheet, name: sheetName };
  const rows = layoutRows(sheet);
  rc.memory = remembered(raw.memory, sheetName, rows);
  const base = { sheetName, value: made.value, calculationManual: raw.calculationManual };
  const write = new StateWriter(rc.store, sheetName, rows);
  if (raw.reportSheet === null) {
    options.onBuildStart?.(sheetName);
    write.start(null);
    await runSteps(context, () => firstBuildSteps(context, sheet, raw.markExists, options.activate === true));
    write.done();
    return { ...base, kind: 'build', kept: [], moved: [], movedTo: null };
  }
  const state = lastWritten(stored, raw.writtenXml, raw.reportContent ?? []);
  const plan = planReconcile(rows, state, raw.reportContent ?? [], withStatusLine(options.choices, state));
  const target = plan.moved.length > 0 ? textTarget(snapshot) : null;
  if (plan.moved.length > 0 || plan.rewrite.length > 0 || plan.sheetSettings) {
    write.start(state?.done ?? null);
    try {
      await runSteps(context, () => reconcileWriteSteps(context, sheet, rows, plan, target));
    } catch (e) {
      await sayIncomplete(context, sheetName).then(
        () => write.incomplete(state?.done ?? null),
        () => undefined,
      );
      throw e;
    }
  }
  write.done();
  return { ...base, kind: 'reconcile', kept: plan.kept, moved: plan.moved, movedTo: target?.sheet ?? null };
}

/**
 * What we last wrote: the add-in's settings, or the custom XML part the CLI and the web page
 * write. With both, the one matching more of the report's rows as they are now (as the CLI
 * chooses; the states carry no clock); a tie keeps the settings. The settings are kept as they
 * are when they match no row (a half-finished write is theirs to complete).
 */
function lastWritten(stored: WrittenState | null, xml: string | null, current: CellEntry[][]): WrittenState | null {
  const part = xml === null ? null : stateFromItemXml(xml);
  if (part === null) return stored;
  return bestState([stored, part], current) ?? stored;
}

/** The fingerprints kept in the workbook: "under way" before a write, "done" after it. */
class StateWriter {
  constructor(
    private readonly store: SettingsStore,
    private readonly sheet: string,
    private readonly rows: LayoutRows,
  ) {}

  start(done: WrittenState['done']): void {
    saveState(this.store, { version: 1, sheet: this.sheet, done, pending: printsOf(this.rows) });
  }

  done(): void {
    saveState(this.store, { version: 1, sheet: this.sheet, done: printsOf(this.rows), pending: null });
  }

  incomplete(done: WrittenState['done']): void {
    saveState(this.store, { version: 1, sheet: this.sheet, done, pending: printsOf(this.rows), incomplete: true });
  }
}

/** Spec: a refresh that failed half way is completed by the next one, and the status line says so meanwhile. */
export const INCOMPLETE_TEXT = '报告刷新未完成：请点击“刷新报告”完成（您在报告中的修改都已保留）';

async function sayIncomplete(context: Excel.RequestContext, sheetName: string): Promise<void> {
  context.runtime.enableEvents = false;
  context.workbook.worksheets.getItem(sheetName).getRange('A1').values = [[INCOMPLETE_TEXT]];
  context.runtime.enableEvents = true;
  await context.sync();
}

/** After a failed write the status line (row 1) holds our notice, not the user's text: rewrite it. */
function withStatusLine(choices: EditChoices | undefined, state: WrittenState | null): EditChoices | undefined {
  if (!state?.incomplete) return choices;
  return { ...choices, discard: new Set([...(choices?.discard ?? []), 0]) };
}

/** The last read's measures, with the report as just written (so the next read asks for it at once). */
function remembered(memory: ReadMemory, sheetName: string, rows: LayoutRows): ReadMemory {
  const report = { top: 0, bottom: rows.entries.length - 1, bytesPerRow: reportRowBytes(rows.entries), merges: 0 };
  return { measures: new Map([...memory.measures, [sheetName, report]]), report: sheetName };
}

/** The writes of a reconcile: moved text into 报告文字 first (should a later write fail, it is safe), then the rows. */
export function reconcileWriteSteps(
  context: Excel.RequestContext,
  sheet: ReportSheet,
  rows: LayoutRows,
  plan: ReconcilePlan,
  target: TextTarget | null,
): WriteStep[] {
  const write = planRowsWrite(sheet, rows, plan.rewrite, plan.sheetSettings);
  return [
    ...(target ? textMoveSteps(context, target, plan.moved) : []),
    ...reconcileSteps(context.workbook.worksheets.getItem(sheet.name), sheet, write, plan.sheetSettings),
  ];
}

function reportRowBytes(entries: readonly (readonly unknown[])[]): number {
  let total = 0;
  for (const row of entries) total += utf8Length(JSON.stringify(row));
  return Math.ceil(total / Math.max(1, entries.length)) + 1;
}
