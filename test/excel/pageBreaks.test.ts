/**
 * The Office.js adapter writes the report's manual page breaks (ExcelApi 1.9
 * Worksheet.horizontalPageBreaks): the plan's rows, replaced on every refresh, on the report
 * sheet only; a host without ExcelApi 1.9 gets no break calls at all.
 */
import { createFakeExcel, FakeWorkbook } from '../fake-excel';
import { createExcelHost } from '../../src/excel/excelHost';
import { ReportSheet } from '../../src/core/report/sheet';
import { reportSheetOf } from './reportSheetOf';

const ROWS = Array.from({ length: 12 }, (_, i) => [`第${i + 1}行`]);

function withBreaks(name: string, rowBreaks: number[], text = ''): ReportSheet {
  const sheet = reportSheetOf(name, ROWS.map(([t]) => [t + text]));
  return { ...sheet, page: { ...sheet.page, rowBreaks } };
}

function bookWithOtherBreaks(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.setCells('说明', 'A1', [['部门名称', '珠晖区教育局']]);
  book.sheet('说明').pageLayout.rowBreaks = [4];
  return book;
}

async function refresh(book: FakeWorkbook, sheet: ReportSheet): Promise<void> {
  await createExcelHost({ excel: createFakeExcel(book) }).refreshReport((_s, name) => ({ sheet: { ...sheet, name }, value: 0 }), '绩效自评报告');
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test('writes the plan’s row breaks on the report sheet and leaves other sheets’ breaks alone', async () => {
  const book = bookWithOtherBreaks();
  await refresh(book, withBreaks('r', [5, 9]));
  // 0-based rows 5 and 9 start pages: breaks above A6 and A10.
  expect(book.sheet('绩效自评报告').pageLayout.rowBreaks).toEqual([5, 9]);
  expect(book.writes.filter((w) => w.what === 'pageBreak').map((w) => w.address)).toEqual(['A6', 'A10']);
  expect(book.sheet('说明').pageLayout.rowBreaks).toEqual([4]);
});

test('a refresh replaces the old breaks: none left where the new plan has none', async () => {
  const book = bookWithOtherBreaks();
  await refresh(book, withBreaks('r', [5, 9]));
  await refresh(book, withBreaks('r', [7], '，内容变了，分页也变了'));
  expect(book.sheet('绩效自评报告').pageLayout.rowBreaks).toEqual([7]);
  expect(book.sheet('说明').pageLayout.rowBreaks).toEqual([4]);
});

test('before ExcelApi 1.9 no page break is asked for, and the rest of the page setup is written', async () => {
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && Number(v) < 1.9 } } };
  const book = bookWithOtherBreaks();
  await refresh(book, withBreaks('r', [5, 9]));
  expect(book.writes.filter((w) => /pageBreak/i.test(w.what))).toEqual([]);
  expect(book.sheet('绩效自评报告').pageLayout.printArea).toBe('A1:A12');
});
