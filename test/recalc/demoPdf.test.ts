/**
 * The report sheet's PDF as `npm run demo` makes it: the CLI's workbook, every sheet but the
 * report hidden by scripts/report-only.js, printed by LibreOffice. The status line and the
 * findings list (附表3) are not on paper, and no page ends with a heading.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { analyse } from '../../src/core/analyse';
import { pdfWithLibreOffice } from '../support/libreoffice';
import { snapshotOfFile } from '../support/workbookIO';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'zhuhui-2022.xlsx');
const squeeze = (s: string): string => s.replace(/\s+/g, '');

let dir: string;
let pages: string[][];
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-demo-pdf-'));
  const built = path.join(dir, 'built.xlsx');
  const quiet = { write: () => true };
  expect(await main(['build', EXAMPLE, '-o', built], { stdout: quiet, stderr: quiet })).toBe(0);
  const only = path.join(dir, 'report.xlsx');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'report-only.js'), built, only]);
  const pdf = await pdfWithLibreOffice(only, path.join(dir, 'pdf'));
  pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((p) => p.split('\n').map(squeeze).filter((l) => l !== '' && !/^第\d+页共\d+页$/.test(l)))
    .filter((p) => p.length > 0);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('prints the report alone, from the title, without the status line or the findings list', () => {
  expect(pages[0][0]).toBe('珠晖区教育局2022年部门整体支出绩效自评报告');
  const text = pages.flat().join('');
  expect(text).not.toContain('综合自评得分88分，评价等级“良”；审核发现');
  expect(text).not.toContain('附表3审核发现');
  expect(text).not.toContain('编制单位：'); // the source tables' header line: hidden sheets are not printed
  expect(text).toContain('附表2主要财务指标');
});

test('ends no page with a heading or a table title', async () => {
  const report = analyse(await snapshotOfFile(EXAMPLE)).report;
  const headings = new Set(report.blocks.map((b) => (b.kind === 'heading' ? squeeze(b.text) : b.kind === 'table' ? squeeze(b.title) : '')).filter((t) => t !== ''));
  expect(pages.length).toBeGreaterThan(5);
  const stranded = pages.map((p, i) => ({ page: i + 1, last: p[p.length - 1] })).filter((x) => headings.has(x.last));
  expect(stranded).toEqual([]);
});
