/**
 * Text written into cells of a sheet the user owns (the web page's 审核说明 in 报告文字): the
 * worksheet part's own text with just those `<c>` elements replaced or inserted — every other
 * row, cell, attribute and byte stays as the file's writer left it. A replaced cell keeps its
 * style (`s`); the text goes inline (`t="inlineStr"`), so sharedStrings.xml is never touched.
 */
import { a1, a1Range, parseA1 } from '../../core/grid/address';
import { appendChild, escapeCellText, findAll, findFirst, Found, splice, withAttribute } from './xml';

/** One cell's new text, 0-based. */
export interface CellText {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** `xml` (a worksheet part) with each of `cells` holding its text, and the A1 refs of the formulas it replaced. */
export function withCellTexts(xml: string, cells: readonly CellText[]): { xml: string; formulasReplaced: string[] } {
  let out = xml;
  const formulasReplaced: string[] = [];
  for (const c of cells) {
    const next = withCellText(out, c);
    if (next.replacedFormula) formulasReplaced.push(a1(c.row, c.col));
    out = next.xml;
  }
  return { xml: widenDimension(out, cells), formulasReplaced };
}

function withCellText(xml: string, cell: CellText): { xml: string; replacedFormula: boolean } {
  const data = findFirst(xml, 'sheetData');
  if (!data) throw new Error('the worksheet has no sheetData');
  const rows = indexed(findAll(xml, 'row', data.tagEnd, data.end), (f) => rowOf(f.attrs.r));
  const row = rows.find((r) => r.index === cell.row);
  if (!row) {
    const after = rows.find((r) => r.index > cell.row);
    const text = `<${data.prefix}row r="${cell.row + 1}">${cellXml(data.prefix, cell, undefined)}</${data.prefix}row>`;
    return { xml: after ? splice(xml, after.found.start, after.found.start, text) : appendChild(xml, data, text), replacedFormula: false };
  }
  const r = row.found;
  const cells = indexed(findAll(xml, 'c', r.tagEnd, r.end), (f) => (f.attrs.r ? parseA1(f.attrs.r).col : null));
  const same = cells.find((c) => c.index === cell.col);
  if (same) {
    const replacedFormula = findFirst(xml, 'f', same.found.tagEnd, same.found.end) !== null;
    return { xml: splice(xml, same.found.start, same.found.end, cellXml(r.prefix, cell, same.found.attrs.s)), replacedFormula };
  }
  const after = cells.find((c) => c.index > cell.col);
  const text = cellXml(r.prefix, cell, undefined);
  const inserted = after ? splice(xml, after.found.start, after.found.start, text) : appendChild(xml, r, text);
  return { xml: widenSpans(inserted, r, cell.col), replacedFormula: false };
}

/** Elements with their 0-based index: stated (`r`), or one past the one before (`r` may be left out). */
function indexed(found: Found[], stated: (f: Found) => number | null): { found: Found; index: number }[] {
  let last = -1;
  return found.map((f) => ({ found: f, index: (last = stated(f) ?? last + 1) }));
}

function rowOf(r: string | undefined): number | null {
  return r && /^\d+$/.test(r) ? Number(r) - 1 : null;
}

function cellXml(prefix: string, cell: CellText, style: string | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  const t = `<${prefix}t xml:space="preserve">${escapeCellText(cell.text)}</${prefix}t>`;
  return `<${prefix}c r="${a1(cell.row, cell.col)}"${s} t="inlineStr"><${prefix}is>${t}</${prefix}is></${prefix}c>`;
}

/** A row's `spans` hint (first:last column, 1-based) widened to a cell put beyond it. */
function widenSpans(xml: string, row: Found, col: number): string {
  const m = /^(\d+):(\d+)$/.exec(row.attrs.spans ?? '');
  if (!m) return xml;
  const from = Math.min(Number(m[1]), col + 1);
  const to = Math.max(Number(m[2]), col + 1);
  return from === Number(m[1]) && to === Number(m[2]) ? xml : withAttribute(xml, row, 'spans', `${from}:${to}`);
}

/** `<dimension ref>` widened to the cells written (a reader may trust it for the used range). */
function widenDimension(xml: string, cells: readonly CellText[]): string {
  const dim = findFirst(xml, 'dimension');
  const ref = dim?.attrs.ref;
  if (!dim || !ref || cells.length === 0) return xml;
  const [from, to = from] = ref.split(':').map(parseA1);
  const bottom = Math.max(to.row, ...cells.map((c) => c.row));
  const right = Math.max(to.col, ...cells.map((c) => c.col));
  if (bottom === to.row && right === to.col) return xml;
  return withAttribute(xml, dim, 'ref', a1Range(from.row, from.col, bottom, right));
}
