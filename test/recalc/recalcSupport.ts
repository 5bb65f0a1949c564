/**
 * Shared steps of the recalculation tests: make a workbook's report the way the CLI does
 * (snapshot → analyse → report sheet → ExcelJS writer), take away the cached results so only
 * a real recalculation can fill them, and compare what LibreOffice computed with the engine.
 */
import ExcelJS from 'exceljs';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { a1 } from '../../src/core/grid/address';
import { Analysis } from '../../src/core/model/analysis';
import { ReportCell, ReportSheet } from '../../src/core/report/sheet';
import { loadWorkbookBuffer, readSnapshot } from '../../src/xlsx/readSnapshot';
import { writeReport } from '../../src/xlsx/writeReport';

export interface Made {
  readonly analysis: Analysis;
  readonly sheet: ReportSheet;
  readonly sheetName: string;
}

/** Writes a workbook to bytes and reads it back, as a user's file arrives. */
export async function reloaded(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Analyses the workbook (its report sheet, if marked, is ignored) and writes the report into it. */
export function makeReport(wb: ExcelJS.Workbook): Made {
  const analysis = analyse(readSnapshot(wb));
  const sheet = buildReportSheet(analysis);
  const { sheetName } = writeReport(wb, sheet);
  return { analysis, sheet, sheetName };
}

/** Shown by a formula cell LibreOffice did not recompute. */
export const NOT_RECOMPUTED = '#未重算#';

/**
 * Replaces the cached result of every report formula cell by `poison` (undefined drops it),
 * so a value read back after LibreOffice can only come from its own recalculation.
 */
export function poisonResults(wb: ExcelJS.Workbook, made: Made, poison: string | undefined = NOT_RECOMPUTED): void {
  const ws = sheetOf(wb, made.sheetName);
  for (const c of made.sheet.cells) {
    if (c.formula === undefined) continue;
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = (
      poison === undefined ? { formula: c.formula } : { formula: c.formula, result: poison }
    ) as ExcelJS.CellFormulaValue;
  }
}

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in the workbook (has ${wb.worksheets.map((w) => w.name).join(', ')})`);
  return ws;
}

/**
 * The cached result of a formula cell as ExcelJS read it. `cell.result`, not `cell.value`:
 * ExcelJS leaves a 0 result out of `value`. LibreOffice writes an empty text result as
 * `<v></v>`, which ExcelJS reads as no result: that is the empty text.
 */
export function cachedResult(cell: ExcelJS.Cell): string | number | boolean | null {
  const r = (cell as unknown as { result?: unknown }).result;
  if (r === undefined || r === null) return cell.type === ExcelJS.ValueType.Formula ? '' : null;
  if (typeof r === 'object' && 'error' in (r as object)) return `#ERROR ${(r as { error: string }).error}`;
  return r as string | number | boolean;
}

/** Numbers agree to the cent (rates, shown with 2 decimals of a percent, to 0.005%); text exactly. */
export function agrees(engine: ReportCell['value'], lo: string | number | boolean | null, rate: boolean): boolean {
  if (typeof engine === 'number') return typeof lo === 'number' && Math.abs(lo - engine) < (rate ? 0.00005 : 0.005);
  return lo === (engine ?? '');
}

/** One line per disagreeing formula cell: where, the formula, both values. */
export function mismatches(
  label: string,
  expected: ReportSheet,
  formulas: ReportSheet,
  ws: ExcelJS.Worksheet,
  skip: (c: ReportCell) => boolean = () => false,
): string[] {
  const out: string[] = [];
  const want = new Map(expected.cells.map((c) => [`${c.row},${c.col}`, c]));
  for (const c of formulas.cells) {
    if (c.formula === undefined || skip(c)) continue;
    const engine = want.get(`${c.row},${c.col}`);
    const lo = cachedResult(ws.getCell(c.row + 1, c.col + 1));
    const rate = expected.styles[c.style]?.numberFormat?.includes('%') ?? false;
    if (engine === undefined || !agrees(engine.value, lo, rate)) {
      out.push(
        `${label} ${ws.name}!${a1(c.row, c.col)}: engine ${JSON.stringify(engine?.value)} ≠ LibreOffice ${JSON.stringify(lo)} — =${c.formula.slice(0, 400)}`,
      );
    }
  }
  return out;
}
