/**
 * ReportSheet → an ExcelJS worksheet, safely (spec/report.md "Ownership and safety"): the new
 * sheet is built completely under a temporary name; only then is the old report removed — and
 * only the sheet the ownership mark points at — and the new one renamed and moved into its
 * place. A user's sheet that merely has the report's name is never touched: the report goes to
 * `绩效自评报告 (2)`. No other sheet is read for writing, so no other sheet changes.
 */
import ExcelJS from 'exceljs';
import { a1, columnLetters, quoteSheet } from '../core/grid/address';
import { Rect } from '../core/grid/snapshot';
import { CellStyle, ReportCell, ReportSheet, REPORT_MARK_NAME } from '../core/report/sheet';
import { chooseReportName, temporaryName } from '../core/grid/sheetNames';
import { markedSheetName } from './readSnapshot';

interface Ordered {
  orderNo: number;
}

/** A4 in the OOXML paperSize table. */
const PAPER_A4 = 9;

/** Writes (or replaces) the report sheet; returns the name it got. */
export function writeReport(wb: ExcelJS.Workbook, sheet: ReportSheet): { sheetName: string } {
  const names = wb.worksheets.map((ws) => ws.name);
  const marked = markedSheetName(wb);
  const finalName = chooseReportName(names, marked, sheet.name);
  const built = wb.addWorksheet(temporaryName(names));
  try {
    fillSheet(built, sheet);
  } catch (err) {
    wb.removeWorksheet(built.id); // the old report and every other sheet are untouched
    throw err;
  }
  const old = marked === null ? undefined : wb.getWorksheet(marked);
  if (old) {
    // ExcelJS orders tabs by orderNo (not in its typings): the new sheet takes the old one's tab.
    const place = (old as unknown as Ordered).orderNo;
    wb.removeWorksheet(old.id);
    (built as unknown as Ordered).orderNo = place;
  }
  built.name = finalName;
  built.pageSetup.printArea = printAreaText(sheet);
  setMark(wb, finalName);
  return { sheetName: finalName };
}

/** Points the ownership mark (a workbook-scoped defined name) at `sheetName`!$A$1, dropping any old one. */
function setMark(wb: ExcelJS.Workbook, sheetName: string): void {
  const names = wb.definedNames as unknown as {
    matrixMap: Record<string, unknown>;
    add(location: string, name: string): void;
  };
  // ExcelJS keeps one cell matrix per name; removing the name is removing its matrix.
  delete names.matrixMap[REPORT_MARK_NAME];
  names.add(`${quoteSheet(sheetName)}!$A$1`, REPORT_MARK_NAME);
}

function fillSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [id, style] of Object.entries(sheet.styles)) styles.set(id, toExcelStyle(style));
  for (const c of sheet.cells) writeCell(ws.getCell(c.row + 1, c.col + 1), c, styles.get(c.style));
  mergeAll(ws, sheet.merges);
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  sheet.columnWidths.forEach((width, col) => {
    ws.getColumn(col + 1).width = width;
  });
  applyPage(ws, sheet);
  ws.views = [
    sheet.frozenRows > 0
      ? {
          state: 'frozen',
          xSplit: 0,
          ySplit: sheet.frozenRows,
          topLeftCell: a1(sheet.frozenRows, 0),
          showGridLines: false,
        }
      : { state: 'normal', showGridLines: false },
  ];
  ws.properties.tabColor = { argb: argb(sheet.tabColor) };
}

/**
 * Merges all areas. ExcelJS's mergeCells compares each new area with every existing one
 * (quadratic: 8 of the CLI's 11 s on a 2,000-project report), so we check overlaps once with
 * a set of covered cells and let ExcelJS see an empty merge list on each call. This leans on
 * ExcelJS's private `_merges` (master address → range): checked on every call, so a change in
 * ExcelJS throws here (and fails writeReport.test.ts) instead of writing a file without merges.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly Rect[]): void {
  checkNoOverlap(merges);
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const all = internal._merges;
  if (all === null || typeof all !== 'object') throw new Error('ExcelJS internals changed: worksheet._merges is missing');
  try {
    for (const m of merges) {
      internal._merges = {};
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const added = Object.keys(internal._merges);
      if (added.length !== 1 || added[0] !== a1(m.top, m.left))
        throw new Error('ExcelJS internals changed: mergeCells no longer records its area in worksheet._merges');
      Object.assign(all, internal._merges);
    }
  } finally {
    internal._merges = all;
  }
}

/** Throws when two report merges cover the same cell (ExcelJS's own check is skipped by mergeAll). */
function checkNoOverlap(merges: readonly Rect[]): void {
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16384 + c;
        if (covered.has(key)) throw new Error(`report merges overlap at row ${r + 1}, column ${c + 1}`);
        covered.add(key);
      }
    }
  }
}

/**
 * Values as values, formulas with their cached result. A string is always written as a
 * string cell: ExcelJS never parses `=1+1` in a string value, so user text stays literal.
 */
function writeCell(cell: ExcelJS.Cell, c: ReportCell, style: Partial<ExcelJS.Style> | undefined): void {
  if (c.formula !== undefined && c.formula !== '') {
    cell.value = { formula: c.formula, result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = c.value;
  }
  if (style) cell.style = style;
}

/** The ExcelJS style of a report style (shared per id, so styles.xml stays small). */
export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: s.fontName,
      size: s.fontSize,
      bold: s.bold ?? false,
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: argb(s.color) } } : {}),
    },
    alignment: {
      horizontal: s.horizontal,
      vertical: s.vertical,
      wrapText: s.wrap,
      ...(s.indent ? { indent: s.indent } : {}),
    },
  };
  if (s.border === 'thin') {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

function applyPage(ws: ExcelJS.Worksheet, sheet: ReportSheet): void {
  const p = sheet.page;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: 0,
    margins: { ...p.margins },
    horizontalCentered: true,
    ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows[0] + 1}:${p.printTitleRows[1] + 1}` } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: footerText(p.footer) };
}

/** The footer in Excel's header/footer codes; centred unless the text already picks a section. */
export function footerText(footer: string): string {
  return /^&[LCR]/.test(footer) ? footer : `&C${footer}`;
}

function printAreaText(sheet: ReportSheet): string {
  // ExcelJS only prefixes each side with `$` ("$A2:$H154"); LibreOffice then prints from row 1.
  // Fix the rows ourselves so the file says $A$2:$H$154 and the status line stays off paper.
  const r = sheet.page.printArea;
  return `${columnLetters(r.left)}$${r.top + 1}:${columnLetters(r.right)}$${r.bottom + 1}`;
}

/** "1F4E79" → "FF1F4E79" (ExcelJS wants ARGB). */
function argb(hex: string): string {
  const clean = hex.replace(/^#/, '').toUpperCase();
  return clean.length === 6 ? `FF${clean}` : clean;
}
