/**
 * The adapter against what real Excel does (issue 9): two panes co-authoring one workbook,
 * a refresh while the user types in a cell, reports and sources with many merged areas, a
 * source larger than one response may carry.
 */
import { createFakeExcel, createFakeSettings, FakeWorkbook } from '../fake-excel';
import { createExcelHost } from '../../src/excel/excelHost';
import { createExcelActions } from '../../src/taskpane/excelActions';
import { DEFAULT_SETTINGS } from '../../src/app/settings';
import { reportSheetOf } from './reportSheetOf';
import { REPORT, exampleBook } from './reconcileExample';
import { rawAt } from '../../src/core/grid/snapshot';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function paneOn(book: FakeWorkbook) {
  const excel = createFakeExcel(book);
  return { excel, actions: createExcelActions({ excel, settings: createFakeSettings(book), lang: 'zh-CN' }) };
}

describe('co-authoring, cell editing, merged areas and response size', () => {
  it('two panes on one workbook, each on auto-refresh, settle after one build', async () => {
    const book = await exampleBook();
    const a = paneOn(book);
    const b = paneOn(book);
    const refreshed = { a: 0, b: 0 };
    const stops = [
      await a.actions.watchEdits!(
        () => DEFAULT_SETTINGS,
        () => refreshed.a++,
        (e) => {
          throw e;
        },
      ),
      await b.actions.watchEdits!(
        () => DEFAULT_SETTINGS,
        () => refreshed.b++,
        (e) => {
          throw e;
        },
      ),
    ];
    await a.actions.generate(DEFAULT_SETTINGS);
    await b.actions.analyse(DEFAULT_SETTINGS); // pane B sees the report now, so it would refresh too
    await wait(2500);
    expect(refreshed).toEqual({ a: 0, b: 0 });
    // The user at pane A edits a source: pane A refreshes once; pane B sees a Remote change and waits.
    book.userEdit('项目支出明细表', 'E6', 999, { by: a.excel.client.id });
    await wait(2500);
    const syncs = book.syncCount;
    await wait(2500);
    expect(refreshed).toEqual({ a: 1, b: 0 });
    expect(book.syncCount).toBe(syncs);
    expect(book.writes.filter((w) => w.what === 'add').map((w) => w.sheet)).toEqual([REPORT]);
    expect(book.undoClears).toEqual([]);
    await Promise.all(stops.map((s) => s()));
  }, 20_000);

  it('manual and automatic refreshes go through one queue: two at once build one report', async () => {
    const book = await exampleBook();
    const { actions } = paneOn(book);
    const [first, second] = await Promise.all([actions.generate(DEFAULT_SETTINGS), actions.generate(DEFAULT_SETTINGS)]);
    expect([first.sheetName, second.sheetName]).toEqual([REPORT, REPORT]);
    expect(book.writes.filter((w) => w.what === 'add').map((w) => w.sheet)).toEqual([REPORT]);
  });

  it('a refresh while a cell is being edited waits for the edit to end, then writes', async () => {
    const book = new FakeWorkbook();
    book.setCells('支出决算表', 'A1', [['合计', 100]]);
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const make = (snapshot: any, name: string) => ({
      sheet: reportSheetOf(name, [['合计', rawAt(snapshot.sheets[0], 0, 1) as number]]),
      value: null,
    });
    await host.refreshReport(make, REPORT);
    book.userEdit('支出决算表', 'B1', 120);
    book.startCellEdit();
    let done = false;
    const refresh = host.refreshReport(make, REPORT).then(() => (done = true));
    await wait(50);
    expect(done).toBe(false);
    expect(book.cellValue(REPORT, 'B1')).toBe(100);
    book.endCellEdit();
    await refresh;
    expect(book.cellValue(REPORT, 'B1')).toBe(120);
  });

  it('follows sheets deleted, renamed and added between refreshes', async () => {
    const book = new FakeWorkbook();
    book.setCells('甲', 'A1', [['合计', 1]]);
    book.setCells('乙', 'A1', [['合计', 2]]);
    const host = createExcelHost({ excel: createFakeExcel(book) });
    let names: string[] = [];
    const make = (snapshot: any, name: string) => {
      names = snapshot.sheets.filter((s: any) => !s.isReport).map((s: any) => `${s.name}=${rawAt(s, 0, 1)}`);
      return { sheet: reportSheetOf(name, [['合计', 1]]), value: null };
    };
    await host.refreshReport(make, REPORT);
    await host.refreshReport(make, REPORT);
    book.sheets = book.sheets.filter((s) => s.name !== '甲');
    book.sheet('乙').name = '丙';
    book.setCells('丁', 'A1', [['合计', 4]]);
    await host.refreshReport(make, REPORT);
    expect(names).toEqual(['丙=2', '丁=4']);
  });

  it('a report sheet the user renamed is still ours: refreshed in place, never renamed back, their text kept', async () => {
    const book = new FakeWorkbook();
    book.setCells('支出决算表', 'A1', [['合计', 100]]);
    const host = createExcelHost({ excel: createFakeExcel(book), settings: createFakeSettings(book) });
    let total = 100;
    const make = (_s: unknown, name: string) => ({
      sheet: reportSheetOf(name, [['合计', total], ['说明']]),
      value: null,
    });
    await host.refreshReport(make, REPORT);
    book.sheet(REPORT).name = '自评报告（定稿）';
    book.userEdit('自评报告（定稿）', 'A2', '说明：已核对');
    total = 120;
    const out = await host.refreshReport(make, REPORT);
    expect(out.sheetName).toBe('自评报告（定稿）');
    expect(book.sheets.map((s) => s.name)).toEqual(['支出决算表', '自评报告（定稿）']);
    expect(book.cellValue('自评报告（定稿）', 'B1')).toBe(120);
    expect(book.cellValue('自评报告（定稿）', 'A2')).toBe('说明：已核对');
    expect(book.undoClears).toEqual([]);
  });

  it("a co-author's sheet of the report's name, made while we were building, is left alone", async () => {
    const book = new FakeWorkbook();
    book.setCells('支出决算表', 'A1', [['合计', 100]]);
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const make = (_s: unknown, name: string) => {
      book.setCells(name, 'A1', [['同事刚建的表']]); // arrives between our read and our write
      return { sheet: reportSheetOf(name, [['合计', 1]]), value: null };
    };
    await expect(host.refreshReport(make, REPORT)).rejects.toMatchObject({ step: 'write', code: 'ItemAlreadyExists' });
    expect(book.cellValue(REPORT, 'A1')).toBe('同事刚建的表');
    expect(book.undoClears).toEqual([]);
  });

  it('a first build that fails half way leaves no half-made report sheet behind', async () => {
    const book = new FakeWorkbook();
    book.setCells('支出决算表', 'A1', [['合计', 100]]);
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const overlapping = (name: string) =>
      reportSheetOf(
        name,
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        [
          { top: 0, left: 0, bottom: 0, right: 1 },
          { top: 0, left: 1, bottom: 1, right: 1 },
        ],
      );
    await expect(
      host.refreshReport((_s, name) => ({ sheet: overlapping(name), value: null }), REPORT),
    ).rejects.toMatchObject({
      step: 'write',
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['支出决算表']);
    expect(book.enableEvents).toBe(true);
  });

  it('says when Excel calculates manually', async () => {
    const book = new FakeWorkbook();
    book.setCells('支出决算表', 'A1', [['合计', 100]]);
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const make = (_s: unknown, name: string) => ({ sheet: reportSheetOf(name, [['合计', 1]]), value: null });
    expect((await host.refreshReport(make, REPORT)).calculationManual).toBe(false);
    book.calculationMode = 'Manual';
    expect((await host.refreshReport(make, REPORT)).calculationManual).toBe(true);
  });

  it('refreshes a report with 5,000 merged areas, and reads a source with 600', async () => {
    const book = new FakeWorkbook();
    book.setCells(
      '表头',
      'A1',
      Array.from({ length: 1200 }, (_v, i) => [`项目${i}`, null, i]),
    );
    for (let i = 0; i < 600; i++) book.sheet('表头').merges.push({ top: i * 2, left: 0, bottom: i * 2, right: 1 });
    const host = createExcelHost({ excel: createFakeExcel(book) });
    let seen = 0;
    const rows = Array.from({ length: 5000 }, (_v, i) => [`第${i}段`, null]);
    const merges = rows.map((_r, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    const make = (snapshot: any, name: string) => {
      seen = snapshot.sheets.find((s: any) => s.name === '表头').merges.length;
      return { sheet: reportSheetOf(name, rows, merges), value: null };
    };
    await host.refreshReport(make, REPORT);
    expect(seen).toBe(600);
    rows[10] = ['改过的第10段', null];
    const out = await host.refreshReport(make, REPORT);
    expect(out.kind).toBe('reconcile');
    expect(seen).toBe(600);
    expect(book.cellValue(REPORT, 'A11')).toBe('改过的第10段');
    expect(book.sheet(REPORT).merges).toHaveLength(5000);
    expect(book.loads.filter((l) => l.sheet === REPORT && l.props === 'mergedAreas')).toEqual([]);
  });

  it('reads a source larger than one 5 MB response in blocks, each response under the limit', async () => {
    const book = new FakeWorkbook();
    const text = '很长的说明文字'.repeat(40);
    book.setCells(
      '大表',
      'A1',
      Array.from({ length: 9000 }, (_v, i) => [text, i]),
    );
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const read = await host.readWorkbook();
    expect(read.snapshot.sheets[0].values).toHaveLength(9000);
    expect(rawAt(read.snapshot.sheets[0], 8999, 1)).toBe(8999);
    // The first try asks for the whole sheet at once, as for any sheet never measured: Excel
    // refuses that one response, and the sheet is measured and read in blocks.
    const limit = 5 * 1024 * 1024;
    expect(book.responseBytes.filter((b) => b > limit)).toHaveLength(1);
    // Measured once, every later read stays under the limit from the start.
    book.responseBytes = [];
    const again = await host.readWorkbook();
    expect(rawAt(again.snapshot.sheets[0], 8999, 1)).toBe(8999);
    expect(book.responseBytes.length).toBeGreaterThan(2);
    expect(Math.max(...book.responseBytes)).toBeLessThan(limit);
  });
});
