/**
 * The one place the end-to-end tests (example, corpus) touch .xlsx files, always through the
 * real ExcelJS adapter (src/xlsx): a workbook goes to an .xlsx buffer and back, as a user's
 * file arrives, and is read with readSnapshot; reports are written with writeReport.
 */
import ExcelJS from 'exceljs';
import { WorkbookSnapshot } from '../../src/core/grid/snapshot';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { loadWorkbookBuffer, readSnapshot } from '../../src/xlsx/readSnapshot';

export { readSnapshot } from '../../src/xlsx/readSnapshot';
export { writeReport } from '../../src/xlsx/writeReport';

/** Writes a workbook to an .xlsx buffer and loads it back with the adapter. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  return loadWorkbookBuffer(buffer as unknown as Uint8Array);
}

/** The snapshot of an .xlsx file, as the CLI reads it. */
export async function snapshotOfFile(file: string): Promise<WorkbookSnapshot> {
  return readSnapshot(await loadWorkbookFile(file));
}
