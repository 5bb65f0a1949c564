import { createFakeExcel, FakeWorkbook } from '../fake-excel';
import { createExcelHost } from '../../src/excel/excelHost';
import { REPORT_MARK_NAME } from '../../src/core/report/sheet';
import { reportSheetOf } from './reportSheetOf';
import { INCOMPLETE_TEXT } from '../../src/excel/refresh';

function sourceBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.setCells('支出决算表', 'B3', [
    ['项目', '金额', null],
    ['合计', 640.68, true],
    [null, '约100', null],
  ]);
  const sheet = book.sheet('支出决算表');
  sheet.cells.set('4,3', { value: '#REF!', error: true });
  sheet.cells.get('3,2')!.numberFormat = '#,##0.00';
  sheet.merges.push({ top: 2, left: 1, bottom: 2, right: 2 });
  book.setCells('说明', 'A1', [['部门名称', '珠晖区教育局']]);
  return book;
}

const simpleReport = (name: string) => reportSheetOf(name, [['报告'], ['总额', { f: "'支出决算表'!C4", v: 640.68 }]]);

describe('reading a workbook through Office.js', () => {
  it('gives values from A1 with blanks as null, errors as {error} and merges 0-based', async () => {
    const excel = createFakeExcel(sourceBook());
    const read = await createExcelHost({ excel }).readWorkbook();
    const sheet = read.snapshot.sheets.find((s) => s.name === '支出决算表')!;
    expect(sheet.values).toEqual([
      [],
      [],
      [null, '项目', '金额'],
      [null, '合计', 640.68, true],
      [null, null, '约100', { error: '#REF!' }],
    ]);
    expect(sheet.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(sheet.numberFormats![3]).toEqual([null, null, '#,##0.00', null]);
    expect(read.reportSheet).toBeNull();
  });

  it('reads every sheet in two syncs, however many sheets there are', async () => {
    const book = sourceBook();
    for (let i = 0; i < 20; i++) book.setCells(`表${i}`, 'A1', [[i, `x${i}`]]);
    const excel = createFakeExcel(book);
    const read = await createExcelHost({ excel }).readWorkbook();
    expect(read.snapshot.sheets).toHaveLength(22);
    expect(book.syncCount).toBe(2);
  });

  it('marks the sheet the ownership name points at as the report', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    const host = createExcelHost({ excel });
    await host.refreshReport(() => ({ sheet: simpleReport('x'), value: null }), '绩效自评报告');
    const read = await host.readWorkbook();
    expect(read.reportSheet).toBe('绩效自评报告');
    expect(read.snapshot.sheets.filter((s) => s.isReport).map((s) => s.name)).toEqual(['绩效自评报告']);
  });

  it('works without getMergedAreasOrNullObject (before ExcelApi 1.13): no merges, no failure', async () => {
    const excel = createFakeExcel(sourceBook());
    const read = await createExcelHost({ excel, isSetSupported: () => false }).readWorkbook();
    expect(read.snapshot.sheets[0].merges).toEqual([]);
  });
});

describe('writing the report', () => {
  it('makes a full refresh in at most three syncs', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    await createExcelHost({ excel }).refreshReport(
      (snap, name) => ({ sheet: simpleReport(name), value: snap.sheets.length }),
      '绩效自评报告',
    );
    expect(book.syncCount).toBeLessThanOrEqual(3);
    book.syncCount = 0;
    await createExcelHost({ excel }).refreshReport(
      (_s, name) => ({ sheet: simpleReport(name), value: 0 }),
      '绩效自评报告',
    );
    expect(book.syncCount).toBeLessThanOrEqual(3);
  });

  it('writes formulas, values, styles, merges and page settings into the report sheet', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    const sheet = reportSheetOf(
      'r',
      [
        ['标题', null],
        ['总额', { f: "SUM('支出决算表'!C4:C5)", v: 640.68 }],
      ],
      [{ top: 0, left: 0, bottom: 0, right: 1 }],
    );
    await createExcelHost({ excel }).refreshReport(
      (_s, name) => ({ sheet: { ...sheet, name }, value: 0 }),
      '绩效自评报告',
    );
    const report = book.sheet('绩效自评报告');
    expect(book.cell('绩效自评报告', 'B2')!.formula).toBe("SUM('支出决算表'!C4:C5)");
    expect(book.cellValue('绩效自评报告', 'A1')).toBe('标题');
    expect(book.cell('绩效自评报告', 'A2')!.format).toMatchObject({
      fontName: '仿宋',
      fontSize: 14,
      wrapText: true,
      horizontalAlignment: 'Left',
    });
    expect(book.cell('绩效自评报告', 'A2')!.format!.borders!.EdgeTop).toEqual({ style: 'Continuous', weight: 'Thin' });
    expect(book.cell('绩效自评报告', 'B2')!.numberFormat).toBe('0.00');
    expect(report.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(report.rowHeights.get(0)).toBe(30);
    expect(report.columnWidths.get(0)).toBeCloseTo((12 * 7 + 5) * 0.75);
    expect(report).toMatchObject({ frozenRows: 1, showGridlines: false, tabColor: '#1F4E79' });
    expect(report.pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      centerFooter: '第 &P 页 共 &N 页',
      printArea: 'A1:B2',
    });
    expect(report.pageLayout.margins.leftMargin).toBeCloseTo(57.6);
  });

  it('drops its own sheet name from formulas so they survive the swap', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    const sheet = reportSheetOf('绩效自评报告', [
      ['a', 1],
      ['b', { f: "'绩效自评报告'!B1*2", v: 2 }],
    ]);
    await createExcelHost({ excel }).refreshReport(() => ({ sheet, value: 0 }), '绩效自评报告');
    expect(book.cell('绩效自评报告', 'B2')!.formula).toBe('B1*2');
  });

  it('keeps user text that begins with = + - @ literal', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    const texts = ['=SUM(A1)', '+86 0734', '-没有', '@home', '001', '98%', 'TRUE', '普通文字'];
    const sheet = reportSheetOf(
      'r',
      texts.map((t) => [t]),
    );
    await createExcelHost({ excel }).refreshReport(
      (_s, name) => ({ sheet: { ...sheet, name }, value: 0 }),
      '绩效自评报告',
    );
    texts.forEach((t, i) => {
      const cell = book.cell('绩效自评报告', `A${i + 1}`)!;
      expect({ value: cell.value, formula: cell.formula }).toEqual({ value: t, formula: undefined });
    });
  });

  // Issue 9: a refresh used to delete the sheet and build a new one, which clears Excel's Undo.
  it('refreshes the marked sheet in place: same sheet, no delete or rename, no other sheet written', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    const host = createExcelHost({ excel });
    await host.refreshReport((_s, name) => ({ sheet: simpleReport(name), value: 0 }), '绩效自评报告');
    const firstId = book.sheet('绩效自评报告').id;
    book.writes = [];
    book.undoClears = [];
    const changed = reportSheetOf('x', [['报告'], ['总额', { f: "'支出决算表'!C4*2", v: 1281.36 }]]);
    await host.refreshReport((_s, name) => ({ sheet: { ...changed, name }, value: 0 }), '绩效自评报告');
    expect(book.sheet('绩效自评报告').id).toBe(firstId);
    expect(new Set(book.writes.map((w) => w.sheetId).filter((id) => id !== null))).toEqual(new Set([firstId]));
    expect(book.undoClears).toEqual([]);
    expect(book.cell('绩效自评报告', 'B2')!.formula).toBe("'支出决算表'!C4*2");
    expect(book.sheets.map((s) => s.name)).toEqual(['支出决算表', '说明', '绩效自评报告']);
    expect(book.names.get(REPORT_MARK_NAME.toLowerCase())!.sheetId).toBe(firstId);
  });

  it("writes next to a user's own sheet of the same name, never over it", async () => {
    const book = sourceBook();
    book.setCells('绩效自评报告', 'A1', [['我自己写的报告']]);
    const excel = createFakeExcel(book);
    const host = createExcelHost({ excel });
    const outcome = await host.refreshReport((_s, name) => ({ sheet: simpleReport(name), value: 0 }), '绩效自评报告');
    expect(outcome.sheetName).toBe('绩效自评报告 (2)');
    expect(book.cellValue('绩效自评报告', 'A1')).toBe('我自己写的报告');
    const again = await host.refreshReport((_s, name) => ({ sheet: simpleReport(name), value: 0 }), '绩效自评报告');
    expect(again.sheetName).toBe('绩效自评报告 (2)');
    expect(book.sheets.map((s) => s.name)).toEqual(['支出决算表', '说明', '绩效自评报告', '绩效自评报告 (2)']);
  });

  // Issue 9 (spec: Ownership and safety): a refresh works in place, so one that fails half way
  // is completed by the next one — and the user's text survives both.
  it("a refresh that fails half way is completed by the next one, keeping the user's text", async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    const host = createExcelHost({ excel });
    const good = (name: string) =>
      reportSheetOf(name, [['报告', null], ['总额', { f: "'支出决算表'!C4", v: 640.68 }], ['说明']]);
    await host.refreshReport((_s, name) => ({ sheet: good(name), value: 0 }), '绩效自评报告');
    book.userEdit('绩效自评报告', 'A3', '说明：已与财务股核对');
    const overlapping = reportSheetOf(
      'r',
      [['a', 'b'], ['c', 'd'], ['说明']],
      [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 0, left: 1, bottom: 1, right: 1 },
      ],
    );
    await expect(
      host.refreshReport((_s, name) => ({ sheet: { ...overlapping, name }, value: 0 }), '绩效自评报告'),
    ).rejects.toMatchObject({ step: 'write' });
    expect(book.enableEvents).toBe(true);
    expect(book.cellValue('绩效自评报告', 'A3')).toBe('说明：已与财务股核对');
    expect(book.cellValue('绩效自评报告', 'A1')).toBe(INCOMPLETE_TEXT);
    const done = await host.refreshReport((_s, name) => ({ sheet: good(name), value: 0 }), '绩效自评报告');
    expect(book.cellValue('绩效自评报告', 'A1')).toBe('报告');
    expect(book.cell('绩效自评报告', 'B2')!.formula).toBe("'支出决算表'!C4");
    expect(book.sheet('绩效自评报告').merges).toEqual([]);
    expect(book.cellValue('绩效自评报告', 'A3')).toBe('说明：已与财务股核对');
    expect(done.kept.map((e) => e.address)).toEqual(['A3']);
    expect(book.sheets.map((s) => s.name)).toEqual(['支出决算表', '说明', '绩效自评报告']);
  });

  it('splits a very large report into requests under 4.5 MB', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    const long = '长文本'.repeat(400);
    const rows = Array.from({ length: 3000 }, (_, i) => [long, i]);
    await createExcelHost({ excel }).refreshReport(
      (_s, name) => ({ sheet: reportSheetOf(name, rows), value: 0 }),
      '绩效自评报告',
    );
    expect(book.syncCount).toBeGreaterThan(3);
    expect(Math.max(...book.requestBytes)).toBeLessThan(5_000_000);
    expect(book.cellValue('绩效自评报告', 'A3000')).toBe(long);
  });

  it('turns events off while writing and on again after', async () => {
    const book = sourceBook();
    const excel = createFakeExcel(book);
    let during: boolean | null = null;
    const original = book.addSheet.bind(book);
    book.addSheet = (name: string) => ((during = book.enableEvents), original(name));
    await createExcelHost({ excel }).refreshReport(
      (_s, name) => ({ sheet: simpleReport(name), value: 0 }),
      '绩效自评报告',
    );
    expect(during).toBe(false);
    expect(book.enableEvents).toBe(true);
  });
});

describe('selecting a cell', () => {
  it('activates the sheet and selects the cell', async () => {
    const book = sourceBook();
    await createExcelHost({ excel: createFakeExcel(book) }).selectCell('支出决算表', 'C4');
    expect(book.selection).toEqual({ sheet: '支出决算表', address: '支出决算表!C4' });
  });

  it('says which sheet is missing', async () => {
    const host = createExcelHost({ excel: createFakeExcel(sourceBook()) });
    await expect(host.selectCell('没有这个表', 'A1')).rejects.toMatchObject({ step: 'select', code: 'ItemNotFound' });
  });
});
