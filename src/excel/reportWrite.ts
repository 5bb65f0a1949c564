/**
 * The report's writes as steps (each with its request size): a first build into a new sheet,
 * a reconcile of the rows that changed in the existing sheet, and text taken out of the report
 * into 报告文字. Nothing here deletes, renames or moves a sheet: those clear Excel's Undo.
 */
import { ReportSheet, REPORT_MARK_NAME, REPORT_MARK_VALUE } from '../core/report/sheet';
import { quoteSheet } from '../core/grid/address';
import { TextTarget } from '../core/report/textTarget';
import { WriteStep, layoutSheetSteps, layoutSteps, sheetSettingsStep, writeSteps } from './applyPlan';
import { planReportWrite, cellInput } from './writePlan';
import { RowsWritePlan } from './rowsPlan';
import { UserEdit } from '../core/report/reconcile/reconcile';
import { requestBytes } from './payload';

/** A new report sheet under its final name, written whole and marked as ours. */
export function firstBuildSteps(
  context: Excel.RequestContext,
  sheet: ReportSheet,
  markExists: boolean,
  activate: boolean,
): WriteStep[] {
  const ws = context.workbook.worksheets.add(sheet.name);
  const mark = {
    bytes: 256,
    queue: () => {
      if (markExists) context.workbook.names.getItemOrNullObject(REPORT_MARK_NAME).delete();
      context.workbook.names.add(REPORT_MARK_NAME, `=${quoteSheet(sheet.name)}!$A$1`, REPORT_MARK_VALUE);
      if (activate) ws.activate();
    },
  };
  return [...writeSteps(ws, sheet, planReportWrite(sheet)), mark];
}

/** The changed rows of the existing report: unmerged and cleared of formats, then written. */
export function reconcileSteps(
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  plan: RowsWritePlan,
  settings: boolean,
): WriteStep[] {
  const clears = plan.clears.map((address) => ({
    bytes: requestBytes.clear(address),
    queue: () => {
      const range = ws.getRange(address);
      range.unmerge();
      range.clear('Formats' as Excel.ClearApplyTo);
    },
  }));
  const standard = plan.standardHeights.map((rows) => ({
    bytes: requestBytes.property(rows, true),
    queue: () => (ws.getRange(rows).format.useStandardHeight = true),
  }));
  return [...clears, ...layoutSteps(ws, plan), ...standard, ...(settings ? [sheetSettingsStep(ws, sheet)] : [])];
}

/** Appends the moved texts to 报告文字 (inserting its template sheet first when there is none). */
export function textMoveSteps(
  context: Excel.RequestContext,
  target: TextTarget,
  moved: readonly UserEdit[],
): WriteStep[] {
  if (moved.length === 0) return [];
  const sheets = context.workbook.worksheets;
  const steps: WriteStep[] = [];
  let ws: Excel.Worksheet;
  if (target.insert) {
    ws = sheets.add(target.insert.name);
    steps.push(...layoutSheetSteps(ws, target.insert));
  } else ws = sheets.getItem(target.sheet);
  moved.forEach((edit, i) => {
    const row = target.row + i;
    const cells: [number, string][] = [
      [target.keyCol, edit.section],
      [target.valueCol, edit.text],
    ];
    for (const [col, text] of cells) {
      const entry = cellInput(text, undefined, target.sheet);
      steps.push({ bytes: requestBytes.cells([[entry]]), queue: () => (ws.getCell(row, col).formulas = [[entry]]) });
    }
  });
  return steps;
}
