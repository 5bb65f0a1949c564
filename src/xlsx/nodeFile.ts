/** Node-only file access for the .xlsx adapter: reading bytes, writing a file atomically (no ExcelJS here: the CLI starts without it). */
import fs from 'fs';
import path from 'path';
import { WorkbookReadError } from './read/readError';

/** The bytes of a file to read as a workbook; WorkbookReadError (中文) when it is missing or a folder. */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  try {
    return await fs.promises.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(`找不到文件：${file}`, err);
    if (code === 'EISDIR') throw new WorkbookReadError(`这是一个文件夹，不是 .xlsx 文件：${file}`, err);
    throw new WorkbookReadError(`无法打开文件：${file}（${code ?? String(err)}）`, err);
  }
}

/** The temporary name a write to `target` goes through before its rename (this process's pid). */
export function tempPathFor(target: string, pid: number = process.pid): string {
  const abs = path.resolve(target);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.${pid}.tmp`);
}

/**
 * Writes `data` next to `target` under a temporary name, then renames it into place, so a
 * failure leaves no half-written file (and an existing target whole).
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await fs.promises.writeFile(temp, data);
    await fs.promises.rename(temp, target);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}
