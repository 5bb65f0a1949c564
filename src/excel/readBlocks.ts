/**
 * Sizing the reads (pure): a sheet is loaded in row blocks whose loaded JSON stays under the
 * response limit of Excel on the web (5 MB per sync), from what the last read measured.
 */

/** One sync's response stays under this (the limit is 5 MB; the JSON envelope takes some). */
export const RESPONSE_BUDGET_BYTES = 3_500_000;
/** One block of rows stays under this, so blocks pack into syncs. */
export const BLOCK_BUDGET_BYTES = 1_000_000;
/** getMergedAreasOrNullObject fails above 512 merged areas in its range; keep a margin. */
export const MERGED_AREAS_PER_CALL = 400;

/** What the last read of a sheet measured. */
export interface SheetMeasure {
  /** 0-based first and last row of its used range (values only). */
  readonly top: number;
  readonly bottom: number;
  readonly bytesPerRow: number;
  readonly merges: number;
}

/** Row blocks [top, bottom] (0-based, inclusive) covering top..bottom, each about `budget` bytes. */
export function rowBlocks(
  top: number,
  bottom: number,
  bytesPerRow: number,
  budget = BLOCK_BUDGET_BYTES,
): [number, number][] {
  const per = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
  const out: [number, number][] = [];
  for (let r = top; r <= bottom; r += per) out.push([r, Math.min(bottom, r + per - 1)]);
  return out;
}

/** Row blocks for reading merged areas: about MERGED_AREAS_PER_CALL areas each, by the last count. */
export function mergeBlocks(m: SheetMeasure): [number, number][] {
  if (m.merges <= MERGED_AREAS_PER_CALL) return [[0, Math.max(m.bottom, 0) + 1000]];
  const parts = Math.ceil(m.merges / MERGED_AREAS_PER_CALL) * 2;
  const per = Math.max(1, Math.ceil((m.bottom + 1) / parts));
  const out: [number, number][] = [];
  for (let r = 0; r <= m.bottom; r += per) out.push([r, r + per - 1]);
  out[out.length - 1][1] = m.bottom + 1000; // rows added since the last read
  return out;
}

/** Items packed in order into groups of at most `budget` bytes (an item over budget goes alone). */
export function packBySize<T>(items: readonly T[], size: (t: T) => number, budget = RESPONSE_BUDGET_BYTES): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && bytes + n > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += n;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
