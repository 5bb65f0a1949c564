/**
 * Reading the workbook through Office.js. Sources: each sheet's used range (values only,
 * `getUsedRange(true)`) in row blocks sized from the last read, packed into syncs under the
 * 5 MB response limit; merged areas in blocks of at most 400 (Excel fails above 512). Our own
 * report sheet is never read as a source: only its formulas, for the reconcile. With what the
 * last read measured, a refresh reads everything in one sync; a first read takes two.
 */
import { REPORT_MARK_NAME } from '../core/report/sheet';
import { columnLetters } from '../core/grid/address';
import { CellEntry } from '../core/report/reconcile/fingerprint';
import { LoadedSheet } from './snapshotFromRanges';
import { SheetMeasure, mergeBlocks, rowBlocks, RESPONSE_BUDGET_BYTES } from './readBlocks';
import { sheetOfAddress } from './sheetOfAddress';
import { readCarefully } from './readCarefully';
import { WRITTEN_NS } from '../core/report/reconcile/storedState';

export interface ReadMemory {
  /** What the last read measured, per sheet name (sources and the report). */
  readonly measures: ReadonlyMap<string, SheetMeasure>;
  readonly report: string | null;
}

export const EMPTY_MEMORY: ReadMemory = { measures: new Map(), report: null };

export interface RawRead {
  readonly sheets: readonly { readonly id: string; readonly name: string; readonly position: number }[];
  readonly reportSheet: string | null;
  readonly markExists: boolean;
  readonly sources: readonly LoadedSheet[];
  /** The report sheet's cells as `range.formulas` gives them, rows from the top (null: no report). */
  readonly reportContent: CellEntry[][] | null;
  readonly calculationManual: boolean;
  readonly memory: ReadMemory;
  /** The text of our custom XML part (the CLI's and the web page's fingerprints); null: none, or the host has no customXmlParts. */
  readonly writtenXml: string | null;
}

export interface ReadOptions {
  readonly withMerges: boolean;
  /** Columns of the report to read back (what we last wrote). */
  readonly reportCols: number;
}

/** One sheet's queued loads. */
export interface SheetRequest {
  readonly name: string;
  readonly report: boolean;
  readonly used: any;
  readonly parts: any[];
  readonly merges: any[];
  readonly bytes: number;
  /** Rows [from, to] this request covers when a sheet is read over several syncs. */
  readonly segment: readonly [number, number] | null;
}

const SOURCE_PROPS = 'rowIndex,columnIndex,values,valueTypes,numberFormat';

/** Queues the loads of one sheet: the used range's extent, its rows in blocks, its merged areas. */
export function queueSheet(
  context: Excel.RequestContext,
  name: string,
  report: boolean,
  measure: SheetMeasure | null,
  options: ReadOptions,
  segment: readonly [number, number] | null = null,
): SheetRequest {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const lastCol = columnLetters(Math.max(options.reportCols, 1) - 1);
  const [from, to] = segment ?? (measure ? [measure.top, measure.bottom + 1000] : [0, 0]);
  const blocks = measure ? rowBlocks(from, to, measure.bytesPerRow) : [null];
  const parts = blocks.map((b) => {
    const address = report
      ? b
        ? `A${b[0] + 1}:${lastCol}${b[1] + 1}`
        : `A:${lastCol}`
      : b
        ? `${b[0] + 1}:${b[1] + 1}`
        : null;
    const part = address ? used.getIntersectionOrNullObject(address) : used;
    part.load(report ? 'rowIndex,formulas' : SOURCE_PROPS);
    return part;
  });
  const merges =
    report || !options.withMerges || (segment !== null && measure !== null && segment[0] !== measure.top)
      ? []
      : (measure ? mergeBlocks(measure) : [null]).map((b) => {
          // Off the used range (an OrNullObject): a sheet deleted since the last read gives null objects, not a failure.
          const area = (
            b ? used.getIntersectionOrNullObject(`${b[0] + 1}:${b[1] + 1}`) : used
          ).getMergedAreasOrNullObject();
          area.load('address,areaCount');
          return area;
        });
  const bytes = measure ? (Math.min(to, measure.bottom) - from + 1) * measure.bytesPerRow : RESPONSE_BUDGET_BYTES / 4;
  return { name, report, used, parts, merges, bytes, segment };
}

const utf8 = (x: unknown): number => new TextEncoder().encode(JSON.stringify(x)).length;

export interface Collected {
  readonly rows: any[];
  /** 0-based first row of `rows`, and the used range's first column. */
  readonly top: number;
  readonly left: number;
  readonly measure: SheetMeasure;
  readonly merged: string[];
  readonly bytes: number;
}

/**
 * The loaded rows of a request, or null when its blocks did not reach the end of what it
 * should cover (the used range's end, or its segment's).
 */
export function collect(req: SheetRequest): Collected | null {
  if (req.used.isNullObject)
    return {
      rows: [],
      top: 0,
      left: 0,
      measure: { top: 0, bottom: -1, bytesPerRow: 1, merges: 0 },
      merged: [],
      bytes: 0,
    };
  const usedTop = req.used.rowIndex as number;
  const bottom = usedTop + (req.used.rowCount as number) - 1;
  const start = Math.max(usedTop, req.segment?.[0] ?? usedTop);
  const end = Math.min(bottom, req.segment?.[1] ?? bottom);
  const rows: any[] = [];
  let next = start;
  let bytes = 0;
  for (const p of req.parts.filter((x) => !x.isNullObject)) {
    if (p.rowIndex !== next) return null;
    const grid = req.report ? p.formulas : p.values;
    grid.forEach((_row: unknown[], i: number) =>
      rows.push(req.report ? grid[i] : { values: grid[i], types: p.valueTypes[i], formats: p.numberFormat[i] }),
    );
    bytes += req.report ? utf8(p.formulas) : utf8(p.values) + utf8(p.valueTypes) + utf8(p.numberFormat);
    next += grid.length;
  }
  if (next <= end) return null;
  const merged = [...new Set(req.merges.filter((m) => !m.isNullObject).flatMap((m) => String(m.address).split(',')))];
  const measure = {
    top: usedTop,
    bottom,
    bytesPerRow: Math.ceil(bytes / Math.max(1, rows.length)) + 1,
    merges: merged.length,
  };
  return { rows, top: start, left: req.used.columnIndex as number, measure, merged, bytes };
}

/** Reads the workbook: the sheet list, the mark, the calculation mode, every source and the report's formulas. */
export async function readWorkbookIn(
  context: Excel.RequestContext,
  memory: ReadMemory,
  options: ReadOptions,
): Promise<RawRead> {
  let batch = queueFirstBatch(context, memory, options, true);
  try {
    await context.sync();
  } catch (e) {
    // A host that rejects getXml() on a null object (a workbook without our part) must not stop
    // the read: the same batch again without it — only the CLI's fingerprints go unread.
    if (!batch.writtenXml) throw e;
    batch = queueFirstBatch(context, memory, options, false);
    await context.sync();
  }
  const { sheets, mark, app, first, writtenXml } = batch;
  const names = sheets.items.map((ws) => ws.name);
  const reportSheet =
    !mark.isNullObject && mark.type === 'Range' ? sheetOfAddress(mark.formula.replace(/^=/, ''), names) : null;
  const done = new Map<string, Collected>();
  for (const req of first) {
    if (names.includes(req.name) && req.report === (req.name === reportSheet)) {
      const got = collect(req);
      if (got) done.set(req.name, got);
    }
  }
  const missing = names.filter((n) => !done.has(n));
  const rest = await readCarefully(context, missing, reportSheet, memory, options);
  for (const [name, got] of rest) done.set(name, got);
  const read = assemble(sheets.items, reportSheet, !mark.isNullObject, app.calculationMode === 'Manual', done);
  return { ...read, writtenXml: writtenXml?.value ?? null };
}

/** Queues the first sync: the sheet list, the mark, the calculation mode, the sheets that fit, our XML part. */
function queueFirstBatch(context: Excel.RequestContext, memory: ReadMemory, options: ReadOptions, withXml: boolean) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/position,items/visibility');
  const mark = context.workbook.names.getItemOrNullObject(REPORT_MARK_NAME);
  mark.load('type,formula');
  const app = context.workbook.application;
  app.load('calculationMode');
  // With what the last read measured, everything that fits one response is asked for in this first sync.
  let budget = RESPONSE_BUDGET_BYTES;
  const fits = [...memory.measures].filter(([, m]) => {
    const bytes = (m.bottom - m.top + 1) * m.bytesPerRow;
    if (bytes > budget) return false;
    budget -= bytes;
    return true;
  });
  const first = fits.map(([name, m]) => queueSheet(context, name, name === memory.report, m, options));
  const writtenXml = withXml ? queueWrittenXml(context) : null;
  return { sheets, mark, app, first, writtenXml };
}

/**
 * Queues the read of our custom XML part in the first sync (no sync of its own). On a null
 * object (no such part, or more than one) Excel answers getXml() with null. customXmlParts is
 * ExcelApi 1.5, below the manifest's 1.9; a host object without it (an old test double) reads none.
 */
function queueWrittenXml(context: Excel.RequestContext): OfficeExtension.ClientResult<string> | null {
  const parts = (context.workbook as Partial<Excel.Workbook>).customXmlParts;
  return parts ? parts.getByNamespace(WRITTEN_NS).getOnlyItemOrNullObject().getXml() : null;
}

function assemble(
  items: readonly Excel.Worksheet[],
  reportSheet: string | null,
  markExists: boolean,
  calculationManual: boolean,
  done: Map<string, Collected>,
): Omit<RawRead, 'writtenXml'> {
  const measures = new Map<string, SheetMeasure>();
  const sources: LoadedSheet[] = [];
  let reportContent: CellEntry[][] | null = null;
  for (const ws of items) {
    const got = done.get(ws.name)!;
    measures.set(ws.name, got.measure);
    if (ws.name === reportSheet) {
      reportContent = [...new Array<CellEntry[]>(got.top).fill([]), ...got.rows];
      sources.push({ name: ws.name, used: null, mergedAddress: null, isReport: true });
      continue;
    }
    const used = got.rows.length
      ? {
          rowIndex: got.top,
          columnIndex: got.left,
          values: got.rows.map((r) => r.values),
          valueTypes: got.rows.map((r) => r.types),
          numberFormat: got.rows.map((r) => r.formats),
        }
      : null;
    sources.push({
      name: ws.name,
      used,
      mergedAddress: got.merged.length ? got.merged.join(',') : null,
      isReport: false,
      hidden: ws.visibility !== 'Visible',
    });
  }
  return {
    sheets: items.map((ws) => ({ id: ws.id, name: ws.name, position: ws.position })),
    reportSheet,
    markExists,
    sources,
    reportContent,
    calculationManual,
    memory: { measures, report: reportSheet },
  };
}
