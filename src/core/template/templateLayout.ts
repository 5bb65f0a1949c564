/**
 * A template sheet as a SheetLayout (cells, styles, merges, sizes), so the ExcelJS writer (the
 * CLI's `template`) and the Office.js writer (the pane's 插入模板表) write the same sheet.
 */
import { Rect } from '../grid/snapshot';
import { freeSheetName } from '../grid/sheetNames';
import { TableId } from '../model/types';
import { CellStyle, ReportCell, SheetLayout } from '../report/sheet';
import { TEMPLATE_SHEETS, TemplateRow, TemplateSheet } from './templateSheets';

const BODY_FONT = '宋体';
const base = { fontName: BODY_FONT, fontSize: 11, vertical: 'middle', wrap: false } as const;

const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { ...base, fontName: '黑体', fontSize: 16, bold: true, horizontal: 'center' },
  unit: { ...base, horizontal: 'right' },
  header: { ...base, bold: true, horizontal: 'center', wrap: true, fill: 'D9D9D9', border: 'thin' },
  note: { ...base, italic: true, color: '808080', horizontal: 'left' },
  text: { ...base, horizontal: 'left' },
  number: { ...base, horizontal: 'center' },
};

const TITLE_HEIGHT = 28;
/** Rows above the headers: the title, then the 单位 line. */
const HEADER_TOP = 2;

/** The tables the template has a sheet for. */
export const TEMPLATE_TABLES: readonly TableId[] = TEMPLATE_SHEETS.map((s) => s.table);

/** The layout of one template sheet, under `name` (default: the template's own name). */
export function templateLayout(spec: TemplateSheet, name: string = spec.name): SheetLayout {
  const cols = spec.widths.length;
  const cells: ReportCell[] = [{ row: 0, col: 0, value: spec.title, style: 'title' }];
  const merges: Rect[] = [{ top: 0, left: 0, bottom: 0, right: cols - 1 }];
  if (spec.unit) cells.push({ row: 1, col: cols - 1, value: spec.unit, style: 'unit' });
  spec.headers.forEach((values, i) => {
    const row = HEADER_TOP + i;
    for (let col = 0; col < cols; col++) cells.push({ row, col, value: values[col] ?? null, style: 'header' });
    // A group label over the row below it ("收入 | 支出") spans up to the next label, as in the real tables.
    if (i < spec.headers.length - 1) merges.push(...groupSpans(values, row, cols));
  });
  const noteRow = HEADER_TOP + spec.headers.length;
  cells.push({ row: noteRow, col: 0, value: spec.note, style: 'note' });
  (spec.rows ?? []).forEach((values, i) => cells.push(...bodyCells(values, noteRow + 1 + i)));
  return {
    name,
    cells,
    merges,
    rowHeights: { 0: TITLE_HEIGHT },
    columnWidths: spec.widths,
    styles: STYLES,
    frozenRows: noteRow,
  };
}

function groupSpans(values: TemplateRow, row: number, cols: number): Rect[] {
  const starts = values.flatMap((v, col) => (v !== null && v !== undefined ? [col] : []));
  return starts
    .map((left, k) => ({ top: row, left, bottom: row, right: (starts[k + 1] ?? cols) - 1 }))
    .filter((r) => r.right > r.left);
}

function bodyCells(values: TemplateRow, row: number): ReportCell[] {
  const out: ReportCell[] = [];
  values.forEach((value, col) => {
    if (value === null || value === undefined) return;
    const style = typeof value === 'number' ? 'number' : value.startsWith('注：') ? 'note' : 'text';
    out.push({ row, col, value, style });
  });
  return out;
}

/**
 * The template sheets for `tables`, in the template's order, each under a name no sheet of
 * the workbook has yet (`支出决算表 (2)` when a user's sheet already has the name).
 */
export function templateSheetsFor(tables: readonly TableId[], existingNames: readonly string[]): SheetLayout[] {
  const taken = [...existingNames];
  return TEMPLATE_SHEETS.filter((s) => tables.includes(s.table)).map((spec) => {
    const name = freeSheetName(spec.name, taken);
    taken.push(name);
    return templateLayout(spec, name);
  });
}
