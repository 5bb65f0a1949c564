/**
 * Queues a WritePlan onto a fresh worksheet proxy. It never syncs itself: it hands back the
 * steps with their sizes and the caller (excelHost) syncs whenever the next step would push
 * the request past the 5 MB limit of Excel on the web — for a normal report, never.
 */
import { CellStyle, PageSetup, ReportSheet, SheetLayout } from '../core/report/sheet';
import { a1Range } from '../core/grid/address';
import { WritePlan, planReportWrite } from './writePlan';
import { requestBytes } from './payload';

export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
}

const H_ALIGN: Record<CellStyle['horizontal'], string> = { left: 'Left', center: 'Center', right: 'Right' };
const V_ALIGN: Record<CellStyle['vertical'], string> = { top: 'Top', middle: 'Center' };
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

/** Applies one style to every area of a RangeAreas (font, fill, alignment, wrap, borders). */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  format.font.name = style.fontName;
  format.font.size = style.fontSize;
  format.font.bold = style.bold === true;
  if (style.italic) format.font.italic = true;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  format.horizontalAlignment = H_ALIGN[style.horizontal] as Excel.HorizontalAlignment;
  format.verticalAlignment = V_ALIGN[style.vertical] as Excel.VerticalAlignment;
  format.wrapText = style.wrap;
  if (style.indent) format.indentLevel = style.indent;
  if (style.border === 'thin') {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous' as Excel.BorderLineStyle;
      border.weight = 'Thin' as Excel.BorderWeight;
    }
  }
}

const INCH = 72; // points per inch: PageSetup margins are inches, Office.js wants points

function applyPage(ws: Excel.Worksheet, page: PageSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = 'Portrait' as Excel.PageOrientation;
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.leftMargin = page.margins.left * INCH;
  layout.rightMargin = page.margins.right * INCH;
  layout.topMargin = page.margins.top * INCH;
  layout.bottomMargin = page.margins.bottom * INCH;
  layout.headerMargin = page.margins.header * INCH;
  layout.footerMargin = page.margins.footer * INCH;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
  const area = page.printArea;
  layout.setPrintArea(a1Range(area.top, area.left, area.bottom, area.right));
  if (page.printTitleRows) layout.setPrintTitleRows(`$${page.printTitleRows[0] + 1}:$${page.printTitleRows[1] + 1}`);
  applyRowBreaks(ws, page.rowBreaks ?? []);
}

type Requirements = { isSetSupported?: (name: string, version: string) => boolean };

/** Worksheet.horizontalPageBreaks is ExcelApi 1.9: a host that says it lacks it prints with its own breaks. */
function pageBreaksSupported(): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  const requirements = office?.context?.requirements;
  return requirements?.isSetSupported ? requirements.isSetSupported('ExcelApi', '1.9') : true;
}

/**
 * The report's manual page breaks (before each row in `rows`, 0-based): the sheet's old ones
 * go first — the sheet is ours and a refresh moves every break. Only this worksheet's
 * collection is touched; other sheets keep theirs.
 */
function applyRowBreaks(ws: Excel.Worksheet, rows: readonly number[]): void {
  if (!pageBreaksSupported()) return;
  const breaks = ws.horizontalPageBreaks;
  breaks.removePageBreaks();
  for (const row of rows) breaks.add(`A${row + 1}`);
}

/** The steps that write `plan` — cells, styles, merges, sizes — into `ws`. */
export function layoutSteps(ws: Excel.Worksheet, plan: WritePlan): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const chunk of plan.chunks) {
    steps.push({
      bytes: requestBytes.grid(chunk.address, chunk.formulas, chunk.numberFormat),
      queue: () => {
        const range = ws.getRange(chunk.address);
        // Number formats first: the values are then read under the final format.
        range.numberFormat = chunk.numberFormat;
        range.formulas = chunk.formulas;
      },
    });
  }
  for (const area of plan.styleAreas)
    steps.push({
      bytes: requestBytes.style(area.address, area.style),
      queue: () => applyStyle(ws.getRanges(area.address).format, area.style),
    });
  for (const m of plan.merges) steps.push({ bytes: requestBytes.merge(m), queue: () => ws.getRange(m).merge(false) });
  for (const h of plan.rowHeights)
    steps.push({
      bytes: requestBytes.property(h.rows, h.points),
      queue: () => (ws.getRange(h.rows).format.rowHeight = h.points),
    });
  for (const w of plan.columnWidths)
    steps.push({
      bytes: requestBytes.property(w.column, w.points),
      queue: () => (ws.getRange(w.column).format.columnWidth = w.points),
    });
  return steps;
}

/** The report's sheet-level settings: page setup, frozen rows, gridlines, tab colour. */
export function sheetSettingsStep(ws: Excel.Worksheet, sheet: ReportSheet): WriteStep {
  return {
    bytes: requestBytes.sheetSettings(sheet.page),
    queue: () => {
      applyPage(ws, sheet.page);
      if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
      ws.showGridlines = sheet.showGridlines;
      if (sheet.tabColor) ws.tabColor = `#${sheet.tabColor.replace(/^#/, '')}`;
    },
  };
}

/** The steps that write `plan` and the report's sheet-level settings (page, panes, tab) into `ws`. */
export function writeSteps(ws: Excel.Worksheet, sheet: ReportSheet, plan: WritePlan): WriteStep[] {
  return [...layoutSteps(ws, plan), sheetSettingsStep(ws, sheet)];
}

/** Every write of an inserted sheet (a template sheet): the layout, then its frozen header rows. */
export function layoutSheetSteps(ws: Excel.Worksheet, sheet: SheetLayout): WriteStep[] {
  const freeze = {
    bytes: requestBytes.property('A1', 1),
    queue: () => sheet.frozenRows > 0 && ws.freezePanes.freezeRows(sheet.frozenRows),
  };
  return [...layoutSteps(ws, planReportWrite(sheet)), freeze];
}
