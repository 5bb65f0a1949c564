/**
 * The reads the first sync did not cover (a first read, a new sheet, a sheet that grew), in
 * syncs packed under the response limit. When a sync still fails — a response over 5 MB or more
 * than 512 merged areas in one call — the sheets of that sync are measured and read again in
 * smaller blocks, so a large workbook is read, only more slowly.
 */
import { SheetMeasure, packBySize } from './readBlocks';
import type { ReadMemory, ReadOptions, SheetRequest } from './readWorkbook';
import { collect, queueSheet } from './readWorkbook';

type Collected = NonNullable<ReturnType<typeof collect>>;
type Pending = { readonly name: string; readonly measure: SheetMeasure | null };

const ROUNDS = 4;
/** A guess of one loaded cell's JSON (value, type and format) before anything was measured. */
const CELL_GUESS_BYTES = 48;

async function measureSheets(context: Excel.RequestContext, names: readonly string[], round: number): Promise<Pending[]> {
  const used = names.map((n) => {
    const u = context.workbook.worksheets.getItemOrNullObject(n).getUsedRangeOrNullObject(true);
    u.load('rowIndex,rowCount,columnCount');
    return u;
  });
  await context.sync();
  // Each failed round halves the blocks: twice the bytes per row, four times the merged areas.
  return names.map((name, i) => ({
    name,
    measure: used[i].isNullObject
      ? { top: 0, bottom: 0, bytesPerRow: 1, merges: 0 }
      : {
          top: used[i].rowIndex,
          bottom: used[i].rowIndex + used[i].rowCount - 1,
          bytesPerRow: used[i].columnCount * CELL_GUESS_BYTES * 2 ** round,
          merges: Math.ceil(used[i].rowCount / 100) * 400 * 4 ** round,
        },
  }));
}

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
    // Sheets never measured are asked for together (a normal workbook is well under the limit);
    // should that fail, they are measured and asked for again in blocks.
    const size = (p: Pending) => (p.measure ? (p.measure.bottom - p.measure.top + 1) * p.measure.bytesPerRow : 0);
    for (const group of packBySize(pending, size)) {
      const reqs = group.map((p) => queueSheet(context, p.name, p.name === reportSheet, p.measure, options));
      try {
        await context.sync();
      } catch (e) {
        if (round + 1 >= ROUNDS) throw e;
        next.push(...(await measureSheets(context, group.map((p) => p.name), round)));
        continue;
      }
      reqs.forEach((req, i) => {
        const got = collect(req);
        if (got) out.set(req.name, got);
        else next.push(grown(req, group[i].measure));
      });
    }
    if (round + 1 >= ROUNDS && next.length > 0) throw new Error(`read did not settle: ${next.map((p) => p.name).join(', ')}`);
    pending = next;
  }
  return out;
}
