/**
 * A SheetLayout (the report, or a template sheet) as worksheet XML, written directly: strings
 * inline (`t="inlineStr"`, so sharedStrings.xml is never touched), formulas with their cached
 * result, numbers in JavaScript's shortest round-trip form (1865.321234 stays 1865.321234).
 * A number that is not finite is never written as a value: Excel would have to repair the file.
 * Elements in the order CT_Worksheet requires.
 */
import { a1, a1Range, columnLetters } from '../../core/grid/address';
import { ReportCell, ReportSheet, SheetLayout } from '../../core/report/sheet';
import { escapeCellText, escapeXml } from './xml';
import { footerText } from './pageText';

/** A4 in the OOXML paperSize table. */
const PAPER_A4 = 9;

/** The namespaces of the workbook the sheet goes into (transitional or strict). */
export interface SheetNamespaces {
  readonly main: string;
  readonly rel: string;
}

/** The worksheet part's XML; `xf` maps the layout's style ids to cellXfs indices. */
export function sheetXml(layout: SheetLayout | ReportSheet, xf: ReadonlyMap<string, number>, ns: SheetNamespaces): string {
  const report = 'page' in layout ? layout : null;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`,
    sheetPr(report),
    `<dimension ref="${dimension(layout)}"/>`,
    sheetViews(layout.frozenRows, report === null),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols(layout.columnWidths),
    sheetData(layout, xf),
    mergeCells(layout),
    report ? pageXml(report) : '',
    '</worksheet>',
  ].join('');
}

function sheetPr(report: ReportSheet | null): string {
  if (report === null) return '';
  return `<sheetPr><tabColor rgb="FF${report.tabColor.replace(/^#/, '').toUpperCase()}"/><pageSetUpPr fitToPage="1"/></sheetPr>`;
}

function dimension(layout: SheetLayout): string {
  if (layout.cells.length === 0) return 'A1';
  let bottom = 0;
  let right = 0;
  for (const c of layout.cells) {
    if (c.row > bottom) bottom = c.row;
    if (c.col > right) right = c.col;
  }
  return a1Range(0, 0, bottom, right);
}

function sheetViews(frozenRows: number, gridLines: boolean): string {
  const grid = gridLines ? '' : ' showGridLines="0"';
  if (frozenRows <= 0) return `<sheetViews><sheetView${grid} workbookViewId="0"/></sheetViews>`;
  const pane = `<pane ySplit="${frozenRows}" topLeftCell="${a1(frozenRows, 0)}" activePane="bottomLeft" state="frozen"/>`;
  return `<sheetViews><sheetView${grid} workbookViewId="0">${pane}<selection pane="bottomLeft"/></sheetView></sheetViews>`;
}

function cols(widths: readonly number[]): string {
  const parts = widths.map((w, i) =>
    Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '',
  );
  const body = parts.join('');
  return body === '' ? '' : `<cols>${body}</cols>`;
}

function sheetData(layout: SheetLayout, xf: ReadonlyMap<string, number>): string {
  const rows = new Map<number, ReportCell[]>();
  for (const c of layout.cells) {
    const row = rows.get(c.row);
    if (row) row.push(c);
    else rows.set(c.row, [c]);
  }
  for (const r of Object.keys(layout.rowHeights)) if (!rows.has(Number(r))) rows.set(Number(r), []);
  const out: string[] = ['<sheetData>'];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const height = layout.rowHeights[r];
    const ht = height !== undefined && Number.isFinite(height) ? ` ht="${height}" customHeight="1"` : '';
    const cells = rows.get(r)!.sort((a, b) => a.col - b.col);
    out.push(`<row r="${r + 1}"${ht}>`);
    for (const c of cells) out.push(cellXml(c, xf.get(c.style)));
    out.push('</row>');
  }
  out.push('</sheetData>');
  return out.join('');
}

/** One `<c>`: a formula with its cached value, a number, a text (inline) or a styled blank. */
export function cellXml(c: ReportCell, xf: number | undefined): string {
  const ref = `${columnLetters(c.col)}${c.row + 1}`;
  const s = xf !== undefined && xf !== 0 ? ` s="${xf}"` : '';
  const v = c.value;
  if (c.formula !== undefined && c.formula !== '') {
    const f = `<f>${escapeXml(c.formula)}</f>`;
    if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${escapeCellText(v)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'string' && v !== '')
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(v)}</t></is></c>`;
  return `<c r="${ref}"${s}/>`;
}

function mergeCells(layout: SheetLayout): string {
  if (layout.merges.length === 0) return '';
  const refs = layout.merges.map((m) => `<mergeCell ref="${a1Range(m.top, m.left, m.bottom, m.right)}"/>`);
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

/** printOptions, pageMargins, pageSetup, headerFooter: A4, fit to one page wide, centred. */
function pageXml(sheet: ReportSheet): string {
  const p = sheet.page;
  const m = p.margins;
  return [
    '<printOptions horizontalCentered="1"/>',
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    `<pageSetup paperSize="${PAPER_A4}" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="0"/>`,
    `<headerFooter><oddFooter>${escapeXml(footerText(p.footer))}</oddFooter></headerFooter>`,
    rowBreaksXml(p.rowBreaks ?? []),
  ].join('');
}

/** Manual page breaks (after headerFooter in CT_Worksheet): `brk id` is the 1-based row above each 0-based page start. */
function rowBreaksXml(starts: readonly number[]): string {
  if (starts.length === 0) return '';
  const brks = starts.map((s) => `<brk id="${s}" max="16383" man="1"/>`).join('');
  return `<rowBreaks count="${starts.length}" manualBreakCount="${starts.length}">${brks}</rowBreaks>`;
}
