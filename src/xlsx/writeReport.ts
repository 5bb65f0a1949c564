/**
 * ReportSheet → an ExcelJS worksheet, safely (spec/report.md "Ownership and safety"): the new
 * sheet is built completely under a temporary name; only then is the old report removed — and
 * only the sheet the ownership mark points at — and the new one renamed and moved into its
 * place. A user's sheet that merely has the report's name is never touched: the report goes to
 * `绩效自评报告 (2)`. No other sheet is read for writing, so no other sheet changes.
 */
import ExcelJS from 'exceljs';
import { quoteSheet } from '../core/grid/address';
import { footerText, printAreaText } from './package/pageText';
import { ReportSheet, REPORT_MARK_NAME } from '../core/report/sheet';
import { argb, frozenView, writeLayoutCells } from './writeLayout';
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
  writeLayoutCells(ws, sheet);
  applyPage(ws, sheet);
  ws.views = [{ ...frozenView(sheet.frozenRows), showGridLines: false }];
  ws.properties.tabColor = { argb: argb(sheet.tabColor) };
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
  // ExcelJS breaks after the row it is given: the 1-based row above each 0-based page start.
  for (const start of p.rowBreaks ?? []) ws.getRow(start).addPageBreak();
}
