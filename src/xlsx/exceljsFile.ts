/**
 * Node file access through ExcelJS, for what ExcelJS still does best here: writing the template
 * workbook, and the tests' own reading of files. Kept apart from nodeFile.ts so the CLI's build
 * and check never load ExcelJS (about 0.9 s of start-up).
 */
import ExcelJS from 'exceljs';
import { loadWorkbookBuffer } from './readSnapshot';
import { readWorkbookBytes, writeFileAtomic } from './nodeFile';

/** Reads an .xlsx file; throws WorkbookReadError (中文 first) when it is missing, not an .xlsx, or corrupt. */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await readWorkbookBytes(file), file);
}

/**
 * Deflate level 1 instead of JSZip's default 6: compressing the XML dominated the CLI's time
 * (pako's deflate_slow in the profile); the file grows a little and opens the same everywhere.
 */
const FAST_ZIP = {
  zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
} as unknown as Partial<ExcelJS.XlsxWriteOptions>;

/** An ExcelJS workbook (the template) written with writeFileAtomic. */
export async function writeWorkbookFileAtomic(wb: ExcelJS.Workbook, target: string): Promise<void> {
  const buffer = await wb.xlsx.writeBuffer(FAST_ZIP);
  await writeFileAtomic(target, new Uint8Array(buffer as ArrayBuffer));
}
