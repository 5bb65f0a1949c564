/**
 * The report sheet's row heights against LibreOffice's own row layout of the same text (issue
 * 10): every printed row is at least as tall as Calc makes it (nothing clipped) and, for the
 * paragraphs, at most one line of its font taller (no blank lines under a paragraph).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { ReportSheet } from '../../src/core/report/sheet';
import { buildBenchWorkbook } from '../../scripts/benchWorkbook';
import { readSnapshot, snapshotOfFile } from '../support/workbookIO';
import { MeasuredRow, measureRows } from './rowMeasure';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');
const PARAGRAPH = new Set(['title', 'h1', 'h2', 'h3', 'body', 'gap', 'closingRight']);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-row-heights-'));
});
afterAll(() => {
  if (!process.env.KEEP_PROBE) fs.rmSync(dir, { recursive: true, force: true });
});

const show = (m: MeasuredRow): string => `row ${m.row + 1} [${m.styles[0]}] ours ${m.ours} Calc ${m.calc} line ${m.oneLine}: ${m.text.slice(0, 40)}`;

async function check(sheet: ReportSheet, sub: string): Promise<MeasuredRow[]> {
  fs.mkdirSync(path.join(dir, sub));
  const rows = await measureRows(sheet, path.join(dir, sub));
  // Calc sized every probe (a row it skipped keeps the default 15 pt, a height none of our fonts gives).
  expect(rows.filter((m) => m.calc === 15).map(show)).toEqual([]);
  if (process.env.SHOW_HEIGHTS) {
    const d = rows.map((m) => m.ours - m.calc);
    process.stdout.write(`${sub}: ${rows.length} rows, ours − Calc from ${Math.min(...d).toFixed(2)} to ${Math.max(...d).toFixed(2)} pt\n`);
  }
  // Nothing clipped: every printed row holds what Calc lays out in it.
  expect(rows.filter((m) => m.ours < m.calc - 0.01).map(show)).toEqual([]);
  // No blank line under a paragraph: at most one line of its font more than Calc needs.
  const paragraphs = rows.filter((m) => m.styles.every((s) => PARAGRAPH.has(s)));
  expect(paragraphs.filter((m) => m.ours > m.calc + m.oneLine).map(show)).toEqual([]);
  return rows;
}

test('the example: every printed row fits its text, paragraphs by at most one line', async () => {
  const sheet = buildReportSheet(analyse(await snapshotOfFile(EXAMPLE)));
  const rows = await check(sheet, 'example');
  const paragraphs = rows.filter((m) => m.styles[0] === 'body');
  expect(paragraphs.length).toBeGreaterThan(60);
  // Many-line paragraphs are measured, not only one-liners.
  expect(paragraphs.filter((m) => m.calc > 150).length).toBeGreaterThan(5);
}, 180_000);

test('a larger department (60 projects, 80 indicator rows): tables and text fit', async () => {
  const wb = buildBenchWorkbook({ classes: 2, kuanPerClass: 3, xiangPerKuan: 4, projects: 60, indicators: 80 });
  const sheet = buildReportSheet(analyse(readSnapshot(wb)));
  const rows = await check(sheet, 'large');
  expect(rows.filter((m) => m.styles.includes('td')).length).toBeGreaterThan(80);
}, 180_000);
