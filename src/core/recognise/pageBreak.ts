/**
 * What a table copied from a published PDF carries at each page break (spec/workbook.md "PDF
 * copies"): the title block again (title, 公开03表, 编制单位, 金额单位), page marks (`第 2 页`,
 * `共 3 页`, `- 2 -`) and `续表` lines. Such rows are no data: every reader skips them, and a
 * title wrapped onto the row under the last item is never joined to that item's name.
 */
import { SheetSnapshot } from '../grid/snapshot';
import { parseNumberCell } from './numbers';
import { normaliseLabel } from './text';

/** A page mark or continuation line, after normaliseLabel (no spaces, half-width). */
const PAGE_MARK = /^(第\d+页[,，]?(共\d+页)?|共\d+页|-\d+-|\d+\/\d+|续表\d*|\(续\d*\)|续)$/;

/** A unit or filler line (the title block's own rows). */
const UNIT_LINE = /^(金额)?单位[:(]|^(编制|填报|报送)单位/;

export function isPageMark(text: string): boolean {
  return PAGE_MARK.test(text);
}

const titleCache = new WeakMap<SheetSnapshot, Map<number, Set<string>>>();

/** The texts of the rows above the header (title, table number, unit and filler lines). */
function titleBlockTexts(sheet: SheetSnapshot, headerFirstRow: number): Set<string> {
  let bySheet = titleCache.get(sheet);
  if (!bySheet) titleCache.set(sheet, (bySheet = new Map()));
  let texts = bySheet.get(headerFirstRow);
  if (!texts) {
    texts = new Set();
    for (let r = 0; r < headerFirstRow; r++)
      for (const v of sheet.values[r] ?? [])
        if (typeof v === 'string' && normaliseLabel(v) !== '') texts.add(normaliseLabel(v));
    bySheet.set(headerFirstRow, texts);
  }
  return texts;
}

/**
 * A row holding only page furniture: no number, and every text a page mark, a unit or filler
 * line, or a text of the title block above the header (the title repeated at a page break).
 */
export function isPageFurnitureRow(sheet: SheetSnapshot, row: number, headerFirstRow: number): boolean {
  const cells = sheet.values[row] ?? [];
  let texts = 0;
  for (const v of cells) {
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') return false;
    const text = normaliseLabel(v);
    if (text === '') continue;
    if (parseNumberCell(v).kind === 'number') return false;
    // The title repeated with a continuation mark: `支出决算表（续）`.
    const title = text.replace(/\(?续表?\d*\)?$/, '');
    if (!isPageMark(text) && !UNIT_LINE.test(text) && !titleBlockTexts(sheet, headerFirstRow).has(title)) return false;
    texts++;
  }
  return texts > 0;
}
