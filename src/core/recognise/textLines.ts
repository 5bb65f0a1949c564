/**
 * A table pasted as lines of text: text copied from a published PDF lands in Excel one line per
 * row, the whole line in one cell (`一、一般公共预算财政拨款收入 1 31,865.20 一、教育支出 32 …`).
 * Its columns cannot be told apart reliably — a blank amount leaves no trace in the line, so
 * every later number would shift into the wrong column — so it is not read: the user is told
 * to split it (数据 → 分列, by spaces) and check the columns, instead of being told it is missing.
 */
import { CellRef, cellRef } from '../grid/address';
import { SheetSnapshot } from '../grid/snapshot';

const ROWS = 80;
/** A label, then an amount or a row number as its own word (`…收入 1 31,865.20`, `合计 -`). */
const LABEL_THEN_NUMBER = /[^\s\d.,，\-]\s+[-+(（]?[\d,，]+(?:\.\d+)?[)）]?(?:\s|$)/;

/**
 * The first line of a sheet that holds its rows as single cells of text with numbers in them;
 * null when the sheet is laid out in cells. It takes three such lines and at most two rows of
 * more than one cell (a unit line beside the title, a stray note) in the first rows.
 */
export function textLinesStart(sheet: SheetSnapshot): CellRef | null {
  let first: CellRef | null = null;
  let lines = 0;
  let multiCellRows = 0;
  for (let r = 0; r < Math.min(ROWS, sheet.values.length); r++) {
    const filled = (sheet.values[r] ?? []).flatMap((v, c) => (v === null || v === '' ? [] : [{ v, c }]));
    if (filled.length > 1) multiCellRows++;
    if (filled.length !== 1 || typeof filled[0].v !== 'string') continue;
    if (!LABEL_THEN_NUMBER.test(filled[0].v.trim())) continue;
    lines++;
    first ??= cellRef(sheet.name, r, filled[0].c);
  }
  return lines >= 3 && multiCellRows <= 2 ? first : null;
}
