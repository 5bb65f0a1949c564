/**
 * Fills the fake Excel from a workbook read by ExcelJS (Node only), through a plain JSON form
 * that the browser test hands to the page: what Office.js would see in Excel for that file.
 */
import type ExcelJS from 'exceljs';
import { FakeBookData, FakeCellData } from './bookData';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's value as Excel holds it: formulas keep their cached result, dates are serial numbers. */
function cellData(cell: ExcelJS.Cell): FakeCellData | null {
  const v = cell.value as any;
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const base = numberFormat ? { numberFormat } : {};
  if (v === null || v === undefined) return numberFormat ? { value: null, ...base } : null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, ...base };
  if (v instanceof Date) return { value: (v.getTime() - EXCEL_EPOCH) / 86400000, ...base };
  if (typeof v === 'object' && 'error' in v) return { value: String(v.error), error: true, ...base };
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const result = v.result;
    const formula = v.formula ?? cell.formula;
    if (result && typeof result === 'object' && 'error' in result)
      return { value: String(result.error), error: true, formula, ...base };
    const value = result instanceof Date ? (result.getTime() - EXCEL_EPOCH) / 86400000 : (result ?? null);
    return { value, formula, ...base };
  }
  if (typeof v === 'object' && 'richText' in v)
    return { value: v.richText.map((p: { text: string }) => p.text).join(''), ...base };
  if (typeof v === 'object' && 'text' in v) return { value: String(v.text), ...base };
  return { value: String(v), ...base };
}

export function excelJsToFakeData(workbook: ExcelJS.Workbook): FakeBookData {
  return {
    sheets: workbook.worksheets.map((ws) => {
      const cells: [number, number, FakeCellData][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.isMerged && cell.master !== cell) return; // ExcelJS echoes the master's value in merged cells
          const data = cellData(cell);
          if (data) cells.push([r - 1, c - 1, data]);
        });
      });
      const merges: string[] = ((ws as any).model?.merges ?? []) as string[];
      return { name: ws.name, cells, merges, ...(ws.state === 'visible' ? {} : { hidden: true }) };
    }),
  };
}
