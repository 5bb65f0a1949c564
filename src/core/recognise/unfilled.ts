/**
 * A table that is there but not filled in — typically a template sheet just inserted: its
 * amount cells are all empty. Reading it as zeros would raise checks with the whole
 * department's spending as the difference; it is set aside with one finding instead.
 * A `-` or `0` is an answer (三公 nil is common), so only truly empty cells count.
 */
import { SheetSnapshot, rawAt } from '../grid/snapshot';
import { CellRef } from '../grid/address';

/** True when no amount the reader took from `data` has anything in its cell (or it took none: no data rows). */
export function isUnfilled(sheet: SheetSnapshot, data: unknown): boolean {
  let filled = false;
  walkCells(data, (ref) => {
    const raw = rawAt(sheet, ref.row, ref.col);
    filled = raw !== null && !(typeof raw === 'string' && raw.trim() === '');
    return filled;
  });
  return !filled;
}

/** Visits every source-cell node in `data` (skipping `info`) until `visit` returns true. */
function walkCells(data: unknown, visit: (ref: CellRef) => boolean): boolean {
  if (data === null || typeof data !== 'object') return false;
  const node = data as { kind?: unknown; ref?: CellRef };
  if (node.kind === 'cell' && node.ref) return visit(node.ref);
  if (Array.isArray(data)) return data.some((item) => walkCells(item, visit));
  for (const [key, value] of Object.entries(data)) {
    if (key === 'info' || key === 'value') continue;
    if (walkCells(value, visit)) return true;
  }
  return false;
}
