/**
 * The report sheet's PDF as `npm run demo` makes it — the CLI's workbook, every other sheet
 * hidden by scripts/report-only.js, printed by LibreOffice — read back page by page: the
 * lines of `pdftotext -layout` and each text line's position (`pdftotext -bbox`).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { pdfWithLibreOffice } from '../support/libreoffice';

const ROOT = path.join(__dirname, '..', '..');
export const squeeze = (s: string): string => s.replace(/\s+/g, '');
const FOOTER = /^第\d+页共\d+页$/;

export interface PdfLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Height of the line's tallest word. */
  readonly height: number;
}
export interface PrintedSheet {
  readonly pdf: string;
  /** Per page, the squeezed non-empty lines of the layout text, the page footer left out. */
  readonly pages: string[][];
  /** Per page, the text lines with their positions (footer left out). */
  readonly lines: PdfLine[][];
}

/** Builds `workbook`'s report with the CLI and prints the report sheet alone, as the demo does. */
export async function printReportSheet(workbook: string, dir: string): Promise<PrintedSheet> {
  const built = path.join(dir, 'built.xlsx');
  const quiet = { write: () => true };
  if ((await main(['build', workbook, '-o', built], { stdout: quiet, stderr: quiet })) !== 0) throw new Error(`build failed for ${workbook}`);
  const only = path.join(dir, 'report.xlsx');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'report-only.js'), built, only]);
  const pdf = await pdfWithLibreOffice(only, path.join(dir, 'pdf'));
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((p) => p.split('\n').map(squeeze).filter((l) => l !== '' && !FOOTER.test(l)))
    .filter((p) => p.length > 0);
  return { pdf, pages, lines: bboxLines(pdf) };
}

/** The words of `pdftotext -bbox` grouped into lines (same page, baseline within 3 pt). */
function bboxLines(pdf: string): PdfLine[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: PdfLine[][] = [];
  for (const page of html.split('<page ').slice(1)) {
    const lines: { text: string; x: number; y: number; height: number }[] = [];
    for (const m of page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const [x, y, yMax] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const line = lines.find((l) => Math.abs(l.y + l.height - yMax) < 3);
      if (line) {
        line.text += m[4];
        line.x = Math.min(line.x, x);
      } else lines.push({ text: m[4], x, y, height: yMax - y });
    }
    out.push(lines.filter((l) => !FOOTER.test(l.text)).sort((a, b) => a.y - b.y));
  }
  return out.filter((p) => p.length > 0);
}

/** Removes the printing's working files. */
export function cleanUp(dir: string): void {
  if (!process.env.KEEP_PDF) fs.rmSync(dir, { recursive: true, force: true });
}
