import { createFakeExcel, FakeWorkbook } from '../fake-excel';
import { createExcelHost } from '../../src/excel/excelHost';
import { createAutoRefresh } from '../../src/excel/autoRefresh';
import { rawAt } from '../../src/core/grid/snapshot';
import { reportSheetOf } from './reportSheetOf';

async function setUp(enabled: { on: boolean }) {
  const book = new FakeWorkbook();
  book.setCells('支出决算表', 'A1', [['合计', 100]]);
  const host = createExcelHost({ excel: createFakeExcel(book) });
  let refreshes = 0;
  const refresh = async () => {
    refreshes++;
    await host.refreshReport((snapshot, name) => {
      const total = rawAt(
        snapshot.sheets.find((s) => s.name === '支出决算表')!,
        0,
        1,
      );
      return { sheet: reportSheetOf(name, [['合计', total as number]]), value: null };
    }, '绩效自评报告');
  };
  await refresh();
  refreshes = 0;
  const auto = createAutoRefresh({ isEnabled: () => enabled.on, refresh });
  await host.onSheetChanged(auto.notify);
  return { book, refreshes: () => refreshes };
}

describe('refresh after edits', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('an edit leads to exactly one refresh after the pause, and its own writes to none', async () => {
    const t = await setUp({ on: true });
    t.book.userEdit('支出决算表', 'B1', 120);
    await jest.advanceTimersByTimeAsync(300);
    t.book.userEdit('支出决算表', 'B1', 150);
    await jest.advanceTimersByTimeAsync(500);
    expect(t.refreshes()).toBe(0);
    await jest.advanceTimersByTimeAsync(400);
    expect(t.refreshes()).toBe(1);
    expect(t.book.cellValue('绩效自评报告', 'B1')).toBe(150);
    await jest.advanceTimersByTimeAsync(5000);
    expect(t.refreshes()).toBe(1);
  });

  it('does nothing on edits while auto-refresh is off', async () => {
    const enabled = { on: true };
    const t = await setUp(enabled);
    enabled.on = false;
    t.book.userEdit('支出决算表', 'B1', 999);
    await jest.advanceTimersByTimeAsync(5000);
    expect(t.refreshes()).toBe(0);
    expect(t.book.cellValue('绩效自评报告', 'B1')).toBe(100);
  });

  it('ignores edits on the report sheet itself', async () => {
    const t = await setUp({ on: true });
    t.book.userEdit('绩效自评报告', 'A5', '备注');
    await jest.advanceTimersByTimeAsync(5000);
    expect(t.refreshes()).toBe(0);
  });

  it('an edit during a refresh queues exactly one more', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const auto = createAutoRefresh({
      isEnabled: () => true,
      refresh: () => new Promise<void>((resolve) => (calls++, (release = resolve))),
    });
    const change = { worksheetId: 'x', address: 'A1', remote: false, onReportSheet: async () => false };
    auto.notify(change);
    await jest.advanceTimersByTimeAsync(800);
    auto.notify(change);
    auto.notify(change);
    release();
    await jest.advanceTimersByTimeAsync(800);
    expect(calls).toBe(2);
  });
});
