/**
 * The web page as a guided workflow, in zh-CN and en-US, over the example opened in the page:
 * progress while a slow read runs, a scheme change that re-scores at once, every score row
 * explained, a source cell clicked showing the rows around it (the page cannot go to a cell),
 * and a finding's 说明 typed in the page, kept in the downloaded workbook's 报告文字 sheet, shown
 * again when that file is opened, and printed by the Word export. Screenshots of every tab go
 * to test/artifacts/ (web-guided-<locale>-*.png).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Page } from 'playwright-core';
import { ROOT, ensureProductionBuild } from './buildDist';
import { expectEveryRowExplained } from './scoreRows';
import { ARTIFACTS, Browser, openBrowser } from './harness';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { analyse } from '../../src/core/analyse';
import { formatScore } from '../../src/core/money';
import { a1, parseA1 } from '../../src/core/grid/address';
import { WorkbookSnapshot, rawAt } from '../../src/core/grid/snapshot';
import { cellText } from '../../src/core/recognise/common';
import { docxLines, docxPart } from '../support/docxText';

const WORDS = {
  'zh-CN': {
    opened: '当前工作簿：zhuhui-2022.xlsx',
    reading: '正在读取 zhuhui-2022.xlsx',
    download: '下载工作簿（含报告）',
    docx: '下载 Word 报告',
    scheme: '评分方案',
    tabs: { report: '报告', scores: '指标与评分', review: /审核/, data: '数据' },
    writeNote: '写说明',
    saveNote: '保存说明',
  },
  'en-US': {
    opened: 'Workbook: zhuhui-2022.xlsx',
    reading: 'Reading zhuhui-2022.xlsx',
    download: 'Download the workbook (with the report)',
    docx: 'Download Word report',
    scheme: 'Scoring scheme',
    tabs: { report: 'Report', scores: 'Score', review: /Checks/, data: 'Data' },
    writeNote: 'Write a note',
    saveNote: 'Save note',
  },
} as const;

const EXAMPLE = path.join(ROOT, 'examples', 'zhuhui-2022.xlsx');
const HUNAN = '湖南部门整体';
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** The slow read: every file's bytes come this much later. */
const READ_DELAY_MS = 1500;

let snapshot: WorkbookSnapshot;
let expected: { before: string; after: string; findingAt: string };

beforeAll(async () => {
  ensureProductionBuild();
  snapshot = readWorkbookBytesToSnapshot(new Uint8Array(fs.readFileSync(EXAMPLE))).snapshot;
  const f = analyse(snapshot).findings.find((x) => x.code === 'P1.T3.project')!;
  expected = {
    before: formatScore(analyse(snapshot).scoring.total),
    after: formatScore(analyse(snapshot, { scheme: HUNAN }).scoring.total),
    findingAt: `${f.at.sheet}!${a1(f.at.row!, f.at.col!)}`,
  };
}, 600_000);

describe.each(['zh-CN', 'en-US'] as const)('the guided web page (%s)', (locale) => {
  const w = WORDS[locale];
  let browser: Browser;
  let page: Page;
  let dir: string;
  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `web-guided-${locale}-${name}.png`), fullPage: true });
  const finding = () => page.locator('li.finding', { hasText: expected.findingAt }).first();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-report-webg-'));
    browser = await openBrowser(locale);
    await browser.context.addInitScript({
      content: `(function () {
        var read = Blob.prototype.arrayBuffer;
        Blob.prototype.arrayBuffer = function () {
          var blob = this;
          return new Promise(function (r) { setTimeout(r, ${READ_DELAY_MS}); }).then(function () { return read.call(blob); });
        };
      })();`,
    });
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${browser.baseUrl}/web.html`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows progress while a slow file is read, then the workbook', async () => {
    await page.locator('input[type=file]').setInputFiles(EXAMPLE);
    const progress = page.getByTestId('first-read');
    await progress.waitFor({ timeout: 10_000 });
    expect(await progress.textContent()).toContain(w.reading);
    expect(await progress.getByRole('progressbar').count()).toBe(1);
    await shot('00-reading');
    await page.getByText(w.opened).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('first-read').count()).toBe(0);
    expect(await page.getByTestId('step-scores').textContent()).toContain(expected.before);
    await shot('01-report');
  });

  it('re-scores at once when another scheme is picked, and says what changed', async () => {
    await page.getByRole('combobox', { name: w.scheme }).selectOption(HUNAN);
    await page.getByTestId('score-change').waitFor();
    expect(await page.getByTestId('score-change').textContent()).toContain(`${expected.before} → ${expected.after}`);
    await page.getByRole('tab', { name: w.tabs.scores }).click();
    expect(await page.getByTestId('total').textContent()).toContain(expected.after);
  });

  it('explains every score row: target, actual, rule (in the page’s language), points lost, reason, sources', async () => {
    expect(await expectEveryRowExplained(page, locale)).toBeGreaterThan(5);
    await shot('02-scores');
  });

  it('shows the rows around a source cell when it is clicked, the cell marked', async () => {
    const link = page.getByTestId('score-sources').getByTestId('cell-ref').first();
    const label = (await link.textContent())!;
    await link.click();
    const around = page.getByTestId('source-rows');
    await around.waitFor();
    const sheet = snapshot.sheets.find((s) => s.name === label.slice(0, label.lastIndexOf('!')))!;
    const at = parseA1(label.slice(label.lastIndexOf('!') + 1));
    expect(await around.locator('td[data-here]').textContent()).toBe(cellText(rawAt(sheet, at.row, at.col)));
    await around.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `web-guided-${locale}-03-source-rows.png`) });
    await link.click(); // a second click hides them
    await around.waitFor({ state: 'detached' });
  });

  it('keeps a finding’s 说明 in the downloaded workbook, shows it again from that file, and the Word report prints it', async () => {
    await page.getByRole('tab', { name: w.tabs.review }).click();
    await finding().getByRole('button', { name: w.writeNote }).click();
    const note = `项目支出含年中追加资金（${locale}，网页）。`;
    await finding().getByRole('textbox').fill(note);
    await shot('04-review-note');
    await finding().getByRole('button', { name: w.saveNote }).click();
    await finding().getByTestId('finding-note').filter({ hasText: note }).waitFor({ timeout: 15_000 });
    await shot('05-review-saved');

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.download }).click()]);
    const saved = path.join(dir, 'with-note.xlsx');
    await file.saveAs(saved);
    const rows = readWorkbookBytesToSnapshot(new Uint8Array(fs.readFileSync(saved))).snapshot.sheets.find(
      (s) => s.name === '报告文字',
    )!.values;
    expect(rows.map((r) => r.slice(0, 2))).toContainEqual([`审核说明：${expected.findingAt}`, note]);

    // The downloaded file opened again: the finding carries the note read from it.
    await page.locator('input[type=file]').setInputFiles(saved);
    await page.getByText(w.opened.replace('zhuhui-2022.xlsx', 'with-note.xlsx')).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: w.tabs.review }).click();
    await finding().getByTestId('finding-note').filter({ hasText: note }).waitFor({ timeout: 15_000 });

    await page.getByRole('tab', { name: w.tabs.report }).click();
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.docx }).click()]);
    const docxPath = path.join(dir, 'with-note.docx');
    await docx.saveAs(docxPath);
    const lines = docxLines(await docxPart(fs.readFileSync(docxPath), 'word/document.xml'));
    expect(lines.indexOf('附：数据核对情况说明')).toBeGreaterThan(0);
    expect(lines.slice(lines.indexOf('附：数据核对情况说明')).join('\n')).toContain(note);
  });

  it('lists how each table was read, its field names in the page’s language', async () => {
    await page.getByRole('tab', { name: w.tabs.data }).click();
    const readings = page.getByTestId('table-reading');
    expect(await readings.count()).toBeGreaterThan(3);
    if (locale === 'en-US')
      for (const text of await readings.allTextContents())
        expect(text.replace(/"[^"]*"/g, '')).not.toMatch(CJK); // the user's header text stays as typed
    await shot('06-data');
  });
});
