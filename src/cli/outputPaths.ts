/**
 * Every file the CLI will write is checked before any work starts (issue 13): never the input
 * (also through symlinks), never two outputs on one file, not a folder, a folder that exists and
 * takes a new file. Each problem is a UsageError in Chinese (exit 2) and nothing is left behind.
 * Our own temporary files from a run that was killed (`.<name>.<pid>.tmp` of a process no longer
 * running) are removed here too.
 */
import fs from 'fs';
import path from 'path';
import { tempPathFor } from '../xlsx/nodeFile';
import { UsageError } from './args';

/** One file to be written and the option that named it (`-o`, `--json`, `--docx` …). */
export interface OutputPath {
  readonly option: string;
  readonly file: string;
}

/** Checks all `outputs` against `input` and each other; throws UsageError on the first problem. */
export function checkOutputPaths(input: string | null, outputs: readonly OutputPath[]): void {
  const seen = new Map<string, OutputPath>();
  const inputReal = input === null ? null : realTarget(input);
  for (const out of outputs) {
    const real = realTarget(out.file);
    if (real === inputReal)
      throw new UsageError(
        `${out.option} 不能是输入文件本身：${out.file}（报告写入副本，原文件保持不变；请换一个输出文件名）`,
      );
    const other = seen.get(real);
    if (other) throw new UsageError(`${other.option} 和 ${out.option} 不能是同一个文件：${out.file}（请分别给出文件名）`);
    seen.set(real, out);
    checkPlace(out);
  }
  for (const out of outputs) removeStaleTemps(out.file);
}

/** The real path a write to `file` lands on: symlinks resolved, also in its folder. */
function realTarget(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

function checkPlace(out: OutputPath): void {
  const abs = path.resolve(out.file);
  if (isDirectory(abs))
    throw new UsageError(`${out.option} 指向一个文件夹，不是文件：${out.file}（请在文件夹后加上文件名）`);
  const dir = path.dirname(abs);
  if (!isDirectory(dir)) throw new UsageError(`输出文件夹不存在：${dir}`);
  probeWritable(dir, abs, out);
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Creates and removes our temporary file in the folder: the only sure test that the file can
 * be written there (permissions, read-only media, ACLs; root passes a mode check regardless).
 */
function probeWritable(dir: string, abs: string, out: OutputPath): void {
  const probe = tempPathFor(abs);
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return; // a temp of our own pid: written over at save time
    throw new UsageError(
      `无法在此写入 ${out.option} 的文件：${dir}（${placeProblem(code)}；请换一个输出位置）`,
      err,
    );
  }
}

/** Why a write failed, in words a user can act on. */
export function placeProblem(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return '没有写入权限';
  if (code === 'EROFS') return '位置只读';
  if (code === 'ENOSPC') return '磁盘已满';
  if (code === 'EISDIR') return '同名的是一个文件夹';
  if (code === 'ENOENT' || code === 'ENOTDIR') return '文件夹不存在';
  return '无法写入';
}

/** Removes `.<name>.<pid>.tmp` files next to `target` whose process is gone (a killed run). */
function removeStaleTemps(target: string): void {
  const abs = path.resolve(target);
  const prefix = `.${path.basename(abs)}.`;
  let entries: string[];
  try {
    entries = fs.readdirSync(path.dirname(abs));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    fs.rmSync(path.join(path.dirname(abs), entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
