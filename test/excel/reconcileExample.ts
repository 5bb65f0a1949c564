/** The example workbook in the fake Excel with the pane's host, for the refresh-in-place tests. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createFakeExcel, createFakeSettings, fakeBookFrom, FakeWorkbook } from '../fake-excel';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { createExcelHost, ExcelHost } from '../../src/excel/excelHost';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { WorkbookSnapshot } from '../../src/core/grid/snapshot';
import { EMPTY_MEMORY, readWorkbookIn } from '../../src/excel/readWorkbook';
import { sheetSnapshotOf } from '../../src/excel/snapshotFromRanges';

export const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');
export const REPORT = '绩效自评报告';

let workbook: ExcelJS.Workbook | null = null;

export async function exampleBook(): Promise<FakeWorkbook> {
  workbook ??= await loadWorkbookFile(EXAMPLE);
  return fakeBookFrom(excelJsToFakeData(workbook));
}

/** The report a refresh makes; its value is the report sheet itself (for measuring). */
export const make = (snapshot: WorkbookSnapshot, name: string) => {
  const sheet = buildReportSheet(analyse(snapshot), name);
  return { sheet, value: sheet };
};

/** The report the workbook's sources give now, read through the fake (nothing written). */
export async function readAndMake(book: FakeWorkbook, name = REPORT) {
  const raw = await createFakeExcel(book).run((c) =>
    readWorkbookIn(c, EMPTY_MEMORY, { withMerges: true, reportCols: 1 }),
  );
  return make({ sheets: raw.sources.map(sheetSnapshotOf) }, name);
}

export function hostOn(book: FakeWorkbook): ExcelHost {
  return createExcelHost({ excel: createFakeExcel(book), settings: createFakeSettings(book) });
}

/** 0-based row of the report whose first cell (text or formula) starts with `start` after the indent. */
export function rowStarting(book: FakeWorkbook, start: string, sheet = REPORT): number {
  const s = book.sheet(sheet);
  for (const [key, cell] of s.cells) {
    const [row, col] = key.split(',').map(Number);
    const text = String(cell.formula ?? cell.value ?? '').replace(/^[\s\u3000]+/, '');
    if (col === 0 && text.startsWith(start)) return row;
  }
  throw new Error(`no row starting ${start}`);
}

/** Every text the sheet holds (values of constants), for "is it still there" assertions. */
export function texts(book: FakeWorkbook, sheet: string): string[] {
  return [...book.sheet(sheet).cells.values()].map((c) => String(c.value ?? ''));
}
