/** Page texts both .xlsx writers use: the footer codes and the print area / print titles. */
import { columnLetters, quoteSheet } from '../../core/grid/address';
import { ReportSheet } from '../../core/report/sheet';

/** The footer in Excel's header/footer codes; centred unless the text already picks a section. */
export function footerText(footer: string): string {
  return /^&[LCR]/.test(footer) ? footer : `&C${footer}`;
}

/**
 * The print area as `A$2:H$154` — rows fixed: with only `$A2:$H154` LibreOffice prints from
 * row 1, and the status line above the report must stay off paper.
 */
export function printAreaText(sheet: ReportSheet): string {
  const r = sheet.page.printArea;
  return `${columnLetters(r.left)}$${r.top + 1}:${columnLetters(r.right)}$${r.bottom + 1}`;
}

/** The `_xlnm.Print_Area` / `_xlnm.Print_Titles` values of the report sheet `name`. */
export function printNames(sheet: ReportSheet, name: string): { area: string; titles: string | null } {
  const r = sheet.page.printArea;
  const sheetRef = quoteSheet(name);
  const area = `${sheetRef}!$${columnLetters(r.left)}$${r.top + 1}:$${columnLetters(r.right)}$${r.bottom + 1}`;
  const t = sheet.page.printTitleRows;
  return { area, titles: t ? `${sheetRef}!$${t[0] + 1}:$${t[1] + 1}` : null };
}
