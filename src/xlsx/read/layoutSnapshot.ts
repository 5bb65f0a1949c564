/** A SheetLayout (an inserted template sheet) as the snapshot a reader would give of it once written. */
import { CellValue, SheetSnapshot } from '../../core/grid/snapshot';
import { SheetLayout } from '../../core/report/sheet';

export function layoutSnapshot(layout: SheetLayout): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const covered = new Set<string>();
  for (const m of layout.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  for (const cell of layout.cells) {
    const v = cell.value === '' || covered.has(`${cell.row},${cell.col}`) ? null : cell.value;
    if (v === null) continue;
    (values[cell.row] ??= [])[cell.col] = v;
    (numberFormats[cell.row] ??= [])[cell.col] = layout.styles[cell.style]?.numberFormat ?? null;
  }
  for (let r = 0; r < values.length; r++) {
    const row = (values[r] ??= []);
    const fmts = (numberFormats[r] ??= []);
    for (let c = 0; c < row.length; c++) {
      if (row[c] === undefined) row[c] = null;
      if (fmts[c] === undefined) fmts[c] = null;
    }
    fmts.length = row.length;
  }
  return { name: layout.name, values, merges: [...layout.merges], numberFormats };
}
