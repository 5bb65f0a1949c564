/**
 * Refresh in place (issue 9, spec: Ownership and safety) on the example workbook in the fake
 * Excel: what the user types into the report stays; a refresh writes only what changed, in
 * the same sheet, without a call that clears Undo.
 */
import { a1 } from '../../src/core/grid/address';
import { REPORT, exampleBook, hostOn, make, readAndMake, rowStarting, texts } from './reconcileExample';
import { firstBuildBytes, reconcileBytes } from './officeJsBytes';

const TYPED = '另补充说明：本年度绩效目标已与财务股逐项核对。';

describe('a refresh reconciles the report in place', () => {
  it('keeps text typed into the report through 10 refreshes and a layout change, never clearing Undo', async () => {
    const book = await exampleBook();
    const host = hostOn(book);
    await host.refreshReport(make, REPORT);
    const reportId = book.sheet(REPORT).id;
    book.undoClears = [];
    const row = rowStarting(book, '从整体上看');
    const address = a1(row, 0);
    book.userEdit(REPORT, address, TYPED);
    for (let i = 1; i <= 10; i++) {
      book.userEdit('项目支出明细表', 'F5', 100 + i);
      const out = await host.refreshReport(make, REPORT);
      expect(out.kind).toBe('reconcile');
      expect(out.kept.map((e) => e.address)).toEqual([address]);
      expect(book.cellValue(REPORT, address)).toBe(TYPED);
    }
    // A layout change above it: one more paragraph in 三、 moves 五、 down one row.
    const p4 = book.sheet('报告文字');
    book.userEdit('报告文字', 'B6', `${book.cellValue('报告文字', 'B6')}\n新增的一段项目组织说明。`);
    const moved = await host.refreshReport(make, REPORT);
    expect(moved.moved.map((e) => [e.address, e.text, e.section])).toEqual([[address, TYPED, '绩效情况']]);
    expect(moved.movedTo).toBe('报告文字');
    expect(texts(book, '报告文字')).toContain(TYPED);
    expect(p4.id).toBe(book.sheet('报告文字').id);
    // The next refresh writes it into the report from 报告文字 (section 五).
    const after = await host.refreshReport(make, REPORT);
    expect(after.kept).toEqual([]);
    const back = rowStarting(book, TYPED);
    expect(back).toBeGreaterThan(rowStarting(book, '五、'));
    expect(back).toBeLessThan(rowStarting(book, '六、'));
    expect(book.sheet(REPORT).id).toBe(reportId);
    expect(book.undoClears).toEqual([]);
    expect(book.writes.filter((w) => w.what === 'delete' || w.what.startsWith('rename'))).toEqual([]);
  });

  it("after a one-cell source edit: at most 2 syncs and at most 5% of a first build's bytes (office.js's serializer)", async () => {
    const book = await exampleBook();
    const host = hostOn(book);
    const first = await host.refreshReport(make, REPORT);
    const firstBytes = firstBuildBytes(first.value).real;
    book.userEdit('项目支出明细表', 'E6', Number(book.cellValue('项目支出明细表', 'E6')) + 1);
    book.syncCount = 0;
    const edited = await host.refreshReport(make, REPORT);
    expect(book.syncCount).toBeLessThanOrEqual(2);
    book.userEdit('项目支出明细表', 'E6', Number(book.cellValue('项目支出明细表', 'E6')) + 1);
    const bytes = reconcileBytes(book, (await readAndMake(book)).sheet).real;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(firstBytes * 0.05);
    expect(edited.kind).toBe('reconcile');
  });

  it('never reads the report sheet as a source: no values, no merged areas, only its formulas', async () => {
    const book = await exampleBook();
    const host = hostOn(book);
    await host.refreshReport(make, REPORT);
    book.loads = [];
    await host.refreshReport(make, REPORT);
    const onReport = book.loads.filter((l) => l.sheet === REPORT).map((l) => l.props);
    expect(onReport.some((p) => p.includes('formulas'))).toBe(true);
    expect(onReport.filter((p) => /values|mergedAreas|numberFormat/.test(p))).toEqual([]);
    expect(book.loads.some((l) => l.sheet === '报告文字' && l.props.includes('values'))).toBe(true);
  });

  it('"放弃修改" puts our text back; "移入报告文字" moves the text there and back into the report', async () => {
    const book = await exampleBook();
    const host = hostOn(book);
    await host.refreshReport(make, REPORT);
    const row = rowStarting(book, '从整体上看');
    const ours = book.cellValue(REPORT, a1(row, 0));
    book.userEdit(REPORT, a1(row, 0), TYPED);
    const discarded = await host.refreshReport(make, REPORT, { choices: { discard: new Set([row]) } });
    expect(discarded.kept).toEqual([]);
    expect(book.cellValue(REPORT, a1(row, 0))).toBe(ours);
    book.userEdit(REPORT, a1(row, 0), TYPED);
    const moved = await host.refreshReport(make, REPORT, { choices: { move: new Set([row]) } });
    expect(moved.moved.map((e) => e.text)).toEqual([TYPED]);
    expect(book.cellValue(REPORT, a1(row, 0))).toBe(ours);
    await host.refreshReport(make, REPORT);
    expect(rowStarting(book, TYPED)).toBeGreaterThan(row);
  });

  it('moves text into a new 报告文字 sheet from the template when the workbook has none, never into another sheet', async () => {
    const book = await exampleBook();
    book.sheets = book.sheets.filter((s) => s.name !== '报告文字');
    const host = hostOn(book);
    await host.refreshReport(make, REPORT);
    const before = new Map(
      book.sheets.filter((s) => s.name !== REPORT).map((s) => [s.name, JSON.stringify([...s.cells])]),
    );
    const row = rowStarting(book, '五、') + 1;
    book.userEdit(REPORT, a1(row, 0), TYPED);
    const out = await host.refreshReport(make, REPORT, { choices: { move: new Set([row]) } });
    expect(out.movedTo).toBe('报告文字');
    expect(book.cellValue('报告文字', 'A1')).toBe('报告文字');
    expect(texts(book, '报告文字')).toContain(TYPED);
    for (const [name, cells] of before) expect(JSON.stringify([...book.sheet(name).cells])).toBe(cells);
  });

  it('a row the user inserted into the report: its text goes to 报告文字, our rows below are put back in place', async () => {
    const book = await exampleBook();
    const host = hostOn(book);
    await host.refreshReport(make, REPORT);
    const heading = rowStarting(book, '五、');
    const ours = book.cell(REPORT, a1(heading + 1, 0))!.formula;
    const rowsBefore = book.sheet(REPORT).cells.size;
    book.userInsertRow(REPORT, heading + 1, [TYPED]);
    const out = await host.refreshReport(make, REPORT);
    expect(out.kept).toEqual([]);
    expect(out.moved.map((e) => [e.text, e.section])).toEqual([[TYPED, '绩效情况']]);
    expect(book.cell(REPORT, a1(heading + 1, 0))!.formula).toBe(ours);
    await host.refreshReport(make, REPORT);
    const back = rowStarting(book, TYPED);
    expect(back).toBeGreaterThan(heading);
    expect(back).toBeLessThan(rowStarting(book, '六、'));
    expect(book.sheet(REPORT).cells.size).toBeGreaterThanOrEqual(rowsBefore);
  });

  it('keeps a cell the user cleared empty and lists it', async () => {
    const book = await exampleBook();
    const host = hostOn(book);
    await host.refreshReport(make, REPORT);
    const row = rowStarting(book, '从整体上看');
    book.userEdit(REPORT, a1(row, 0), null);
    const out = await host.refreshReport(make, REPORT);
    expect(out.kept.map((e) => [e.address, e.text])).toEqual([[a1(row, 0), '']]);
    expect(book.cellValue(REPORT, a1(row, 0))).toBeNull();
  });

  it('knows what it wrote from the workbook itself: a new pane (the file emailed and reopened) keeps the edit', async () => {
    const book = await exampleBook();
    await hostOn(book).refreshReport(make, REPORT);
    const row = rowStarting(book, '从整体上看');
    book.userEdit(REPORT, a1(row, 0), TYPED);
    const out = await hostOn(book).refreshReport(make, REPORT);
    expect(out.kept.map((e) => e.text)).toEqual([TYPED]);
    expect(book.cellValue(REPORT, a1(row, 0))).toBe(TYPED);
  });
});
