/**
 * The report sheet's PDF, made as `npm run demo` makes it (scripts/report-only.js, LibreOffice),
 * for the example and for a larger department whose tables run over several pages (issue 10):
 * no page ends with a heading, a table title or a header row; a page that continues a table
 * starts with its header row; no blank line under a paragraph; every paragraph indented alike;
 * no status line; no cell too narrow for its number (###). A page where a table continues is kept as a PNG in test/artifacts.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { analyse } from '../../src/core/analyse';
import { ReportDocument } from '../../src/core/report/document';
import { buildBenchWorkbook } from '../../scripts/benchWorkbook';
import { readSnapshot, snapshotOfFile } from '../support/workbookIO';
import { inlinesText } from '../support/reportText';
import { blankLineBefore } from '../../src/core/report/sections/closing';
import { PrintedSheet, cleanUp, printReportSheet, squeeze } from './sheetPdf';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');
const ARTIFACT = path.join(__dirname, '..', 'artifacts', 'sheet-table-continues.png');

interface Furniture {
  readonly headings: Set<string>;
  readonly titles: Set<string>;
  readonly headerRows: Set<string>;
  /** The first characters of the paragraphs the layout sets a blank line above (附件说明, 署名: GB/T 9704). */
  readonly spaced: Set<string>;
}

function furnitureOf(doc: ReportDocument): Furniture {
  const f: Furniture = { headings: new Set(), titles: new Set(), headerRows: new Set(), spaced: new Set() };
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && blankLineBefore(doc.blocks[i - 1], b))
      f.spaced.add(squeeze(inlinesText(b.inlines)).slice(0, 8));
  });
  for (const b of doc.blocks) {
    if (b.kind === 'heading') f.headings.add(squeeze(b.text));
    if (b.kind === 'table') {
      f.titles.add(squeeze(b.title));
      f.headerRows.add(squeeze(b.columns.map((c) => c.header).join('')));
    }
  }
  return f;
}

/** Pages whose last line is a heading, a table title or a header row (or the end of one that wrapped). */
function strandedEnds(printed: PrintedSheet, f: Furniture): string[] {
  const all = [...f.headings, ...f.titles, ...f.headerRows];
  return printed.pages
    .map((p, i) => ({ page: i + 1, last: p[p.length - 1], two: p.slice(-2).join('') }))
    .filter((x, i) => i < printed.pages.length - 1 && all.some((h) => h === x.last || h === x.two))
    .map((x) => `page ${x.page} ends with ${x.last}`);
}

/** Pages after the first table's title whose first line is neither a heading, a title nor a header row. */
function headlessContinuations(printed: PrintedSheet, f: Furniture): { pages: number[]; bad: string[] } {
  const first = printed.pages.findIndex((p) => p.some((l) => f.titles.has(l)));
  const pages: number[] = [];
  const bad: string[] = [];
  printed.pages.forEach((p, i) => {
    if (first < 0 || i <= first) return;
    if (f.headerRows.has(p[0])) pages.push(i + 1);
    else if (!f.headings.has(p[0]) && !f.titles.has(p[0])) bad.push(`page ${i + 1} starts with ${p[0]}`);
  });
  return { pages, bad };
}

/** The pages before the first table's. */
function proseOf(printed: PrintedSheet, f: Furniture): PrintedSheet['lines'] {
  return printed.lines.slice(
    0,
    Math.max(
      1,
      printed.lines.findIndex((p) => p.some((l) => f.titles.has(squeeze(l.text)))),
    ),
  );
}

/**
 * Gaps between consecutive text lines of the prose pages (before the first table) wider than
 * two lines: a paragraph row with a blank line under it (the blank lines the layout sets by
 * design, above 附件说明 and 署名, left out).
 */
function blankLines(printed: PrintedSheet, f: Furniture): { pitch: number; gaps: number; wide: string[] } {
  const prose = proseOf(printed, f);
  const gaps: { gap: number; at: string }[] = [];
  prose.forEach((page, p) => {
    for (let i = p === 0 ? 2 : 1; i < page.length; i++) {
      if ([...f.spaced].some((t) => squeeze(page[i].text).startsWith(t))) continue; // a blank line by design
      gaps.push({
        gap: page[i].y - page[i - 1].y,
        at: `page ${p + 1}: ${page[i - 1].text.slice(0, 20)} → ${page[i].text.slice(0, 20)}`,
      });
    }
  });
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(Math.round(g.gap * 2) / 2, (counts.get(Math.round(g.gap * 2) / 2) ?? 0) + 1);
  // The line pitch: the smallest gap that is common (the lines inside a paragraph).
  const pitch = Math.min(...[...counts].filter(([, n]) => n >= 5).map(([g]) => g));
  return {
    pitch,
    gaps: gaps.length,
    wide: gaps.filter((g) => g.gap >= 2 * pitch).map((g) => `${g.gap.toFixed(1)} pt: ${g.at}`),
  };
}

/**
 * Where the prose pages' paragraphs start (x of their first line, by their first characters)
 * and where their other lines start: every paragraph is indented alike, about two characters.
 */
function indents(printed: PrintedSheet, doc: ReportDocument, f: Furniture): { firsts: number[]; others: number[] } {
  const starts = doc.blocks
    // Body paragraphs: the closing lines (附件说明, 署名, 日期) are placed by their own rule.
    .filter((b): b is Extract<typeof b, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.place === undefined)
    .map((b) => squeeze(inlinesText(b.inlines)).slice(0, 8))
    .filter((t) => t.length === 8);
  const firsts: number[] = [];
  const others: number[] = [];
  for (const page of proseOf(printed, f)) {
    for (const line of page) {
      const t = squeeze(line.text);
      if (starts.some((s) => t.startsWith(s))) firsts.push(line.x);
      else if (t.length > 20) others.push(line.x);
    }
  }
  return { firsts, others };
}

function checkPrinted(printed: PrintedSheet, doc: ReportDocument): { continued: number[] } {
  const f = furnitureOf(doc);
  const text = printed.pages.flat().join('');
  expect(printed.pages[0][0]).toBe(squeeze(doc.title));
  expect(text).not.toContain('审核发现：错误'); // the status line (row 1) is for the screen
  expect(text).not.toContain('###');
  expect(strandedEnds(printed, f)).toEqual([]);
  const { pages, bad } = headlessContinuations(printed, f);
  expect(bad).toEqual([]);
  const blanks = blankLines(printed, f);
  expect(blanks.gaps).toBeGreaterThan(50);
  expect(blanks.wide).toEqual([]);
  // Paragraphs: one first-line indent for all, two characters (of 14 pt, scaled to the page) in.
  const { firsts, others } = indents(printed, doc, f);
  expect(firsts.length).toBeGreaterThan(20);
  expect(Math.max(...firsts) - Math.min(...firsts)).toBeLessThan(1);
  const left = Math.min(...others);
  expect(Math.min(...firsts) - left).toBeGreaterThan(blanks.pitch * 1.2);
  expect(Math.min(...firsts) - left).toBeLessThan(blanks.pitch * 2);
  if (process.env.SHOW_PDF) {
    const stats = {
      pages: printed.pages.length,
      continued: pages,
      pitch: blanks.pitch,
      gaps: blanks.gaps,
      paragraphs: firsts.length,
      indentX: [Math.min(...firsts), Math.max(...firsts)],
      left,
    };
    process.stdout.write(`${JSON.stringify(stats)}\n`);
  }
  return { continued: pages };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-sheet-pdf-'));
});
afterAll(() => cleanUp(dir));

test('the example prints without stranded headings, blank lines or status line; 附表1 continues under its header', async () => {
  const doc = analyse(await snapshotOfFile(EXAMPLE)).report;
  fs.mkdirSync(path.join(dir, 'example'));
  const printed = await printReportSheet(EXAMPLE, path.join(dir, 'example'));
  expect(printed.pages.length).toBeGreaterThan(8);
  const { continued } = checkPrinted(printed, doc);
  expect(continued.length).toBeGreaterThan(0);
  fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
  fs.rmSync(ARTIFACT, { force: true });
  const page = String(continued[0]);
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    page,
    '-l',
    page,
    '-singlefile',
    printed.pdf,
    ARTIFACT.replace(/\.png$/, ''),
  ]);
  expect(fs.readFileSync(ARTIFACT).subarray(1, 4).toString('latin1')).toBe('PNG');
}, 240_000);

test('a larger department (120 indicator rows): its tables cross pages, each continuation under the header', async () => {
  const wb = buildBenchWorkbook({ classes: 2, kuanPerClass: 3, xiangPerKuan: 4, projects: 60, indicators: 120 });
  const file = path.join(dir, 'large.xlsx');
  await wb.xlsx.writeFile(file);
  const doc = analyse(readSnapshot(wb)).report;
  fs.mkdirSync(path.join(dir, 'large'));
  const printed = await printReportSheet(file, path.join(dir, 'large'));
  const { continued } = checkPrinted(printed, doc);
  expect(continued.length).toBeGreaterThan(3);
}, 240_000);
