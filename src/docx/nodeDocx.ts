/** Node-only: writes a .docx next to its target under a temporary name, then renames it into place. */
import fs from 'fs';
import path from 'path';

/** Writes `bytes` to `target` atomically: a failure leaves no half-written file and an existing target whole. */
export async function writeDocxFileAtomic(bytes: Uint8Array, target: string): Promise<void> {
  const temp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.promises.writeFile(temp, bytes);
    await fs.promises.rename(temp, target);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}
