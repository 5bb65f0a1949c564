/**
 * The reads the first sync did not cover (a first read, a new sheet, a sheet that grew), in
 * syncs packed under the response limit. When a sync still fails — a response over 5 MB or more
 * than 512 merged areas in one call — the sheets of that sync are measured and read again in
 * smaller blocks, so a large workbook is read, only more slowly.
 */
import { SheetMeasure, packBySize, RESPONSE_BUDGET_BYTES } from './readBlocks';
import type { ReadMemory, ReadOptions, SheetRequest } from './readWorkbook';
import { Collected, collect, queueSheet } from './readWorkbook';

type Pending = { readonly name: string; readonly measure: SheetMeasure | null };

const ROUNDS = 4;
/** A guess of one loaded cell's JSON (value, type and format) before anything was measured. */
const CELL_GUESS_BYTES = 48;

const SAMPLE_ROWS = 50;

async function measureSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  round: number,
): Promise<Pending[]> {
  const probes = names.map((n) => {
    const used = context.workbook.worksheets.getItemOrNullObject(n).getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount,columnCount');
    // A sample of rows tells how many bytes a row of this sheet takes in a response.
    const rows = used.getIntersectionOrNullObject(`1:${SAMPLE_ROWS}`);
    rows.load('values,valueTypes,numberFormat');
    return { used, rows };
  });
  await context.sync();
  // Each failed round halves the blocks again: twice the bytes per row, four times the merged areas.
  return names.map((name, i) => {
    const { used, rows } = probes[i];
    if (used.isNullObject) return { name, measure: { top: 0, bottom: 0, bytesPerRow: 1, merges: 0 } };
    const sampled = rows.isNullObject
      ? 0
      : utf8([rows.values, rows.valueTypes, rows.numberFormat]) / Math.max(1, rows.values.length);
    const guess = Math.max(sampled * 1.5, used.columnCount * CELL_GUESS_BYTES);
    return {
      name,
      measure: {
        top: used.rowIndex,
        bottom: used.rowIndex + used.rowCount - 1,
        bytesPerRow: Math.ceil(guess * 2 ** round),
        merges: Math.ceil(used.rowCount / 100) * 400 * 4 ** round,
      },
    };
  });
}

const utf8 = (x: unknown): number => new TextEncoder().encode(JSON.stringify(x)).length;

function grown(req: SheetRequest, old: SheetMeasure | null): Pending {
  const top = req.used.rowIndex as number;
  return {
    name: req.name,
    measure: {
      top,
      bottom: top + (req.used.rowCount as number) - 1,
      bytesPerRow: old?.bytesPerRow ?? (req.used.columnCount as number) * CELL_GUESS_BYTES,
      merges: old?.merges ?? 0,
    },
  };
}

type Segment = Pending & { readonly segment: readonly [number, number] | null };

/** A sheet over the response budget is read in segments of rows, one or more per sync. */
function segmentsOf(p: Pending): Segment[] {
  const m = p.measure;
  if (!m || (m.bottom - m.top + 1) * m.bytesPerRow <= RESPONSE_BUDGET_BYTES) return [{ ...p, segment: null }];
  const per = Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / m.bytesPerRow));
  const out: Segment[] = [];
  for (let r = m.top; r <= m.bottom; r += per) out.push({ ...p, segment: [r, r + per - 1] });
  const last = out[out.length - 1];
  out[out.length - 1] = { ...last, segment: [last.segment![0], m.bottom + 1000] };
  return out;
}

/** The segments of one sheet joined, or null when one is missing (the sheet changed meanwhile). */
function join(parts: readonly Collected[]): Collected | null {
  const sorted = [...parts].sort((a, b) => a.top - b.top);
  const first = sorted[0];
  const rows = sorted.flatMap((p) => p.rows);
  if (sorted.some((p, i) => i > 0 && p.top !== sorted[i - 1].top + sorted[i - 1].rows.length)) return null;
  if (first.top + rows.length - 1 < first.measure.bottom) return null;
  const bytes = sorted.reduce((n, p) => n + p.bytes, 0);
  const merged = sorted.flatMap((p) => p.merged);
  return {
    ...first,
    rows,
    bytes,
    merged,
    measure: { ...first.measure, bytesPerRow: Math.ceil(bytes / Math.max(1, rows.length)) + 1, merges: merged.length },
  };
}

export async function readCarefully(
  context: Excel.RequestContext,
  names: readonly string[],
  reportSheet: string | null,
  memory: ReadMemory,
  options: ReadOptions,
): Promise<Map<string, Collected>> {
  const out = new Map<string, Collected>();
  let pending: Pending[] = names.map((name) => ({ name, measure: memory.measures.get(name) ?? null }));
  for (let round = 0; pending.length > 0; round++) {
    const next: Pending[] = [];
    const pieces = new Map<string, Collected[]>();
    const failed = new Set<string>();
    // Sheets never measured are asked for together (a normal workbook is well under the limit);
    // should that fail, they are measured and asked for again in blocks.
    const size = (p: Segment) => (p.measure ? (p.measure.bottom - p.measure.top + 1) * p.measure.bytesPerRow : 0);
    for (const group of packBySize(pending.flatMap(segmentsOf), size)) {
      const reqs = group.map((p) => queueSheet(context, p.name, p.name === reportSheet, p.measure, options, p.segment));
      try {
        await context.sync();
      } catch (e) {
        if (round + 1 >= ROUNDS) throw e;
        group.forEach((p) => failed.add(p.name));
        continue;
      }
      reqs.forEach((req, i) => {
        const got = collect(req);
        if (got) pieces.set(req.name, [...(pieces.get(req.name) ?? []), got]);
        else {
          failed.add(req.name);
          next.push(grown(req, group[i].measure));
        }
      });
    }
    for (const [name, parts] of pieces) {
      if (failed.has(name)) continue;
      const whole = join(parts);
      if (whole) out.set(name, whole);
      else next.push({ name, measure: parts[0].measure });
    }
    const remeasure = [...failed].filter((n) => !next.some((p) => p.name === n));
    if (remeasure.length > 0) next.push(...(await measureSheets(context, remeasure, round)));
    if (round + 1 >= ROUNDS && next.length > 0)
      throw new Error(`read did not settle: ${next.map((p) => p.name).join(', ')}`);
    pending = next;
  }
  return out;
}
