/**
 * A row's label as every reader takes it (spec/workbook.md "PDF copies"): a PDF copy or a typed
 * sheet spreads one name over two cells of its row — `其中：` | `公务用车购置费`, `一般公共预算财政`
 * | `拨款收入`, a name merged over B:C with its text in C. The label cell's text is joined with the
 * text of the cells right of it, up to the next column a header field took; numbers (a 行次
 * column) are no part of a label.
 */
import { SheetSnapshot, rawAt } from '../grid/snapshot';
import { HeaderMatch, valueAt } from './header';
import { parseNumberCell } from './numbers';
import { labelText } from './text';

/** The first column right of `col` that `header` took for a field (the label stops there). */
export function nextField(header: HeaderMatch, col: number): number {
  const right = [...header.columns.values()].filter((c) => c > col);
  return right.length > 0 ? Math.min(...right) : col + 1;
}

/**
 * The label of row `r` from column `col` up to (not including) column `stop`, as shown. `merged`:
 * the label cell is read through its merge (false where a name merged down rows names one row only).
 */
export function rowLabel(sheet: SheetSnapshot, r: number, col: number, stop: number, merged = true): string {
  let text = labelText(merged ? valueAt(sheet, r, col) : rawAt(sheet, r, col));
  for (let c = col + 1; c < stop; c++) {
    // Raw cells: a merge over the label repeats no text of its own.
    const raw = rawAt(sheet, r, c);
    if (typeof raw !== 'string' || parseNumberCell(raw).kind !== 'invalid') continue;
    const part = labelText(raw);
    if (part !== '' && part !== text) text += part;
  }
  return text;
}

/** The label of row `r` in the header's `key` column, joined over the cells up to the next field. */
export function fieldLabel(sheet: SheetSnapshot, r: number, header: HeaderMatch, key: string, merged = true): string {
  const col = header.columns.get(key);
  return col === undefined ? '' : rowLabel(sheet, r, col, nextField(header, col), merged);
}
