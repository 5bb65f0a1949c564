/** The empty standard workbook (spec/workbook.md "The template"): every template sheet, in order. */
import ExcelJS from 'exceljs';
import { templateLayout } from '../core/template/templateLayout';
import { TEMPLATE_SHEETS } from '../core/template/templateSheets';
import { writeSheetLayout } from './writeLayout';

/** The empty standard workbook, every sheet of spec/workbook.md with headers and notes. */
export function buildTemplateWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'perf-report';
  for (const spec of TEMPLATE_SHEETS) writeSheetLayout(wb.addWorksheet(spec.name), templateLayout(spec));
  return wb;
}
