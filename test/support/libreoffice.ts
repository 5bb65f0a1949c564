/**
 * LibreOffice headless for the "recipient without the add-in" tests: open .xlsx files,
 * recompute every formula, save them again (or export PDF). One soffice run converts all the
 * files given (starting soffice costs seconds). A fresh user profile per run sets "always
 * recalculate on load" for OOXML and ODF — the default ("never") would keep the cached
 * values we wrote and prove nothing.
 */
import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** Converts `files` to recalculated .xlsx files in `outDir` (same base names); returns their paths. */
export async function recalcWithLibreOffice(files: readonly string[], outDir: string): Promise<string[]> {
  return convert(files, outDir, 'xlsx', 'xlsx');
}

/** Exports `file` to PDF in `outDir` (formulas recalculated first); returns the PDF's path. */
export async function pdfWithLibreOffice(file: string, outDir: string): Promise<string> {
  const [pdf] = await convert([file], outDir, 'pdf', 'pdf');
  return pdf;
}

/**
 * LibreOffice's own row layout: `file` (an .xlsx) with every row LibreOffice's optimal height.
 * Calc keeps an .xlsx file's row heights as written (even without customHeight), but when it
 * loads an .ods it sizes every row flagged optimal from its text: so the file goes to .ods
 * (rows without a custom height are flagged optimal) and back. Returns the .xlsx's path.
 */
export async function optimalHeightsWithLibreOffice(file: string, outDir: string): Promise<string> {
  const [ods] = await convert([file], path.join(outDir, 'ods'), 'ods', 'ods');
  const [xlsx] = await convert([ods], outDir, 'xlsx', 'xlsx');
  return xlsx;
}

async function convert(files: readonly string[], outDir: string, filter: string, ext: string): Promise<string[]> {
  if (files.length === 0) return [];
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-lo-profile-'));
  try {
    writeProfile(profile);
    const args = [
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ];
    const { stdout, stderr } = await run(SOFFICE, args);
    const outputs = files.map((f) => path.join(outDir, `${path.parse(f).name}.${ext}`));
    const missing = outputs.filter((o) => !fs.existsSync(o));
    if (missing.length > 0) {
      // soffice exits 0 even when it wrote nothing (a locked profile, an unreadable file).
      throw new Error(`LibreOffice wrote no output for: ${missing.join(', ')}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
    return outputs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** A user profile whose registry says: recalculate every formula when loading OOXML and ODF files. */
function writeProfile(profile: string): void {
  const user = path.join(profile, 'user');
  fs.mkdirSync(user, { recursive: true });
  const item = (prop: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${prop}" oor:op="fuse"><value>0</value></prop></item>`;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    item('OOXMLRecalcMode'),
    item('ODFRecalcMode'),
    '</oor:items>',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(user, 'registrymodifications.xcu'), xml, 'utf8');
}

function run(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', HOME: process.env.HOME ?? os.tmpdir() };
    execFile(cmd, args, { env, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`soffice failed (${err.message})\nstdout: ${stdout}\nstderr: ${stderr}`));
      else resolve({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
