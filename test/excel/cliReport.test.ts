/**
 * Issue 9, the add-in on a report the CLI wrote: the fingerprints are in our custom XML part,
 * not in the add-in's settings. A refresh reads the part (in its first sync) and keeps what
 * the user typed into the report; without any fingerprints the sheet is rewritten whole.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { capture } from '../cli/capture';
import { createFakeExcel, fakeBookFrom, FakeWorkbook } from '../fake-excel';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';
import { a1 } from '../../src/core/grid/address';
import { REPORT_MARK_NAME, REPORT_MARK_VALUE } from '../../src/core/report/sheet';
import { WRITTEN_NS } from '../../src/core/report/reconcile/storedState';
import { WRITTEN_KEY, layoutRows, normaliseEntry } from '../../src/core/report/reconcile/fingerprint';
import { EXAMPLE, REPORT, hostOn, make, readAndMake, rowStarting } from './reconcileExample';

const TYPED = '在 Excel 中补充：本年度绩效目标已逐项核对。';
const SOURCE = '项目支出明细表';

/** The example built by the CLI, opened in the fake Excel: sheets, our mark and (if asked) our custom XML part. */
async function cliBook(withPart: boolean): Promise<FakeWorkbook> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-cli-addin-'));
  try {
    const out = path.join(dir, 'out.xlsx');
    expect(await main(['build', EXAMPLE, '-o', out], capture().io)).toBe(0);
    const bytes = fs.readFileSync(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const book = fakeBookFrom(excelJsToFakeData(workbook));
    await createFakeExcel(book).run(async (c) => {
      c.workbook.names.add(REPORT_MARK_NAME, `='${REPORT}'!$A$1`, REPORT_MARK_VALUE);
      await c.sync();
    });
    const zip = await JSZip.loadAsync(bytes);
    const items = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^customXml\/item\d+\.xml$/.test(n))
        .map(async (n) => ({ id: n, namespaceUri: WRITTEN_NS, xml: await zip.file(n)!.async('string') })),
    );
    const ours = items.filter((p) => p.xml.includes(WRITTEN_NS));
    expect(ours).toHaveLength(1);
    if (withPart) book.customXmlParts.push(...ours);
    return book;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's cells as the add-in reads them back (range.formulas), normalised for comparing. */
async function reportRows(book: FakeWorkbook, rows: number, cols: number): Promise<string[][]> {
  return createFakeExcel(book).run(async (c) => {
    const range = c.workbook.worksheets.getItem(REPORT).getRange(`A1:${String.fromCharCode(64 + cols)}${rows}`);
    range.load('formulas');
    await c.sync();
    return (range.formulas as unknown[][]).map((r) => r.map((v) => normaliseEntry(v as string)));
  });
}

async function editedAndRefreshed(withPart: boolean) {
  const book = await cliBook(withPart);
  expect(book.settings.has(WRITTEN_KEY)).toBe(false);
  const before = layoutRows((await readAndMake(book)).sheet);
  const reportId = book.sheet(REPORT).id;
  const row = rowStarting(book, '从整体上看');
  const address = a1(row, 0);
  book.userEdit(REPORT, address, TYPED);
  book.userEdit(SOURCE, 'F5', Number(book.cellValue(SOURCE, 'F5')) + 1000);
  book.undoClears = [];
  book.syncCount = 0;
  const out = await hostOn(book).refreshReport(make, REPORT);
  const after = layoutRows((await readAndMake(book)).sheet);
  return { book, out, row, address, before, after, reportId };
}

describe('the add-in refreshes a report the CLI wrote', () => {
  it('reads our custom XML part: keeps and lists the edit, updates the figures, never clears Undo', async () => {
    const { book, out, row, address, before, after, reportId } = await editedAndRefreshed(true);
    expect(out.kind).toBe('reconcile');
    expect(out.kept.map((e) => e.address)).toEqual([address]);
    expect(book.cellValue(REPORT, address)).toBe(TYPED);
    const changed = after.entries.map((_r, i) => i).filter((i) => i !== row && after.content[i] !== before.content[i]);
    expect(changed.length).toBeGreaterThan(0);
    const now = await reportRows(book, after.entries.length, after.cols);
    for (const i of changed) expect(now[i]).toEqual(after.entries[i].map((v) => normaliseEntry(v)));
    expect(book.sheet(REPORT).id).toBe(reportId);
    expect(book.undoClears).toEqual([]);
    expect(book.writes.filter((w) => w.what === 'delete' || w.what.startsWith('rename'))).toEqual([]);
    // The next refresh knows it from the settings the first one saved.
    expect(book.settings.has(WRITTEN_KEY)).toBe(true);
    expect((await hostOn(book).refreshReport(make, REPORT)).kept.map((e) => e.address)).toEqual([address]);
  });

  it('reads the part in the sync it already makes: no more syncs than without it', async () => {
    const withPart = await editedAndRefreshed(true);
    const without = await editedAndRefreshed(false);
    expect(withPart.book.syncCount).toBeLessThanOrEqual(without.book.syncCount);
  });

  it('without any fingerprints the report is rewritten whole, as before', async () => {
    const { book, out, address } = await editedAndRefreshed(false);
    expect(out.kind).toBe('reconcile');
    expect(out.kept).toEqual([]);
    expect(book.cellValue(REPORT, address)).not.toBe(TYPED);
    expect(book.undoClears).toEqual([]);
  });
});
