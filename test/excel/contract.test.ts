/**
 * The Office.js adapter and the ExcelJS adapter see the same workbook the same way, and a
 * full refresh of the example workbook stays within the sync budget and its own sheet.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createFakeExcel, fakeBookFrom, FakeWorkbook } from '../fake-excel';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';
import { createExcelHost } from '../../src/excel/excelHost';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { analyse, buildReportSheet } from '../../src/core/analyse';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  workbook = await loadWorkbookFile(EXAMPLE);
});

const fakeOfExample = (): FakeWorkbook => fakeBookFrom(excelJsToFakeData(workbook));

describe('the Office.js adapter on the example workbook', () => {
  it('gives exactly the snapshot the .xlsx adapter gives', async () => {
    const read = await createExcelHost({ excel: createFakeExcel(fakeOfExample()) }).readWorkbook();
    expect(read.snapshot).toEqual(readSnapshot(workbook));
  });

  it('makes the full report in at most three syncs, writing only its own sheet', async () => {
    const book = fakeOfExample();
    const before = new Map(book.sheets.map((s) => [s.id, JSON.stringify([...s.cells])]));
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const out = await host.refreshReport((snapshot, name) => {
      const analysis = analyse(snapshot);
      return { sheet: buildReportSheet(analysis, name), value: analysis.scoring };
    }, '绩效自评报告');
    expect(book.syncCount).toBeLessThanOrEqual(3);
    expect(Math.max(...book.requestBytes)).toBeLessThan(4_500_000);
    const reportId = book.sheet(out.sheetName).id;
    expect(new Set(book.writes.map((w) => w.sheetId).filter((id) => id !== null))).toEqual(new Set([reportId]));
    for (const s of book.sheets.filter((x) => x.id !== reportId))
      expect(JSON.stringify([...s.cells])).toBe(before.get(s.id));
  });

  it('reads its own report back as the report sheet, and the engine reads the same figures', async () => {
    const book = fakeOfExample();
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const make = (snapshot: Parameters<typeof analyse>[0], name: string) => {
      const analysis = analyse(snapshot);
      return { sheet: buildReportSheet(analysis, name), value: analysis.scoring.total.toString() };
    };
    const first = await host.refreshReport(make, '绩效自评报告');
    const second = await host.refreshReport(make, '绩效自评报告');
    expect(second.value).toBe(first.value);
    const read = await host.readWorkbook();
    expect(read.snapshot.sheets.filter((s) => s.isReport).map((s) => s.name)).toEqual(['绩效自评报告']);
  });

  it('reads and builds where Excel rejects getXml() on a null object (a workbook without our part)', async () => {
    const strict = fakeOfExample();
    strict.nullObjectMethodsThrow = true;
    const host = createExcelHost({ excel: createFakeExcel(strict) });
    const read = await host.readWorkbook();
    expect(read.snapshot).toEqual(readSnapshot(workbook));
    const out = await host.refreshReport((snapshot, name) => {
      const analysis = analyse(snapshot);
      return { sheet: buildReportSheet(analysis, name), value: null };
    }, '绩效自评报告');
    expect(strict.sheet(out.sheetName)).toBeDefined();
  });
});
