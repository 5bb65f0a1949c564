/** The fake does what real Excel does where the add-in can get it wrong (issue 9). */
import { createFakeExcel, FakeWorkbook } from '.';

function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  b.setCells('S', 'A1', [[1, 'x']]);
  return b;
}

async function changesSeen(run: (b: FakeWorkbook) => Promise<void>): Promise<{ pane: number; source: string }[]> {
  jest.useFakeTimers();
  const b = book();
  const seen: { pane: number; source: string }[] = [];
  const panes = [createFakeExcel(b), createFakeExcel(b)];
  for (const [i, pane] of panes.entries())
    await pane.run(async (context) => {
      context.workbook.worksheets.onChanged.add(
        (e: { source: string }) => void seen.push({ pane: i, source: e.source }),
      );
      await context.sync();
    });
  (b as any).panes = panes;
  await run(b);
  jest.runAllTimers();
  jest.useRealTimers();
  return seen;
}

describe('the fake Excel models co-authoring, limits, Undo and cell editing', () => {
  it("a pane's own write is Local to it and Remote to the other pane; a co-author's edit is Remote to both", async () => {
    const own = await changesSeen(async (b) => {
      await (b as any).panes[0].run(async (context: any) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[2]];
        await context.sync();
      });
    });
    expect(own).toEqual([
      { pane: 0, source: 'Local' },
      { pane: 1, source: 'Remote' },
    ]);
    const remote = await changesSeen(async (b) => b.remoteEdit('S', 'A1', 3));
    expect(remote.map((e) => e.source)).toEqual(['Remote', 'Remote']);
  });

  it('a pane that switched its events off still raises Remote changes in the other pane', async () => {
    const seen = await changesSeen(async (b) => {
      await (b as any).panes[0].run(async (context: any) => {
        context.runtime.enableEvents = false;
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[2]];
        await context.sync();
      });
    });
    expect(seen).toEqual([{ pane: 1, source: 'Remote' }]);
  });

  it('getMergedAreasOrNullObject fails above 512 merged areas and works at 512', async () => {
    const b = book();
    const sheet = b.sheet('S');
    for (let i = 0; i < 513; i++) sheet.merges.push({ top: i, left: 2, bottom: i, right: 3 });
    const excel = createFakeExcel(b);
    const read = (address: string) =>
      excel.run(async (context) => {
        const merged = context.workbook.worksheets.getItem('S').getRange(address).getMergedAreasOrNullObject();
        merged.load('areaCount');
        await context.sync();
        return merged.areaCount;
      });
    await expect(read('A1:D513')).rejects.toThrow(/more than 512/);
    await expect(read('A1:D512')).resolves.toBe(512);
  });

  it('a response or a request over 5 MB fails the sync', async () => {
    const b = new FakeWorkbook();
    const text = '长'.repeat(1000);
    b.setCells(
      'S',
      'A1',
      Array.from({ length: 2000 }, () => [text]),
    );
    const excel = createFakeExcel(b);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A2000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('B1:B2000').values = Array.from({ length: 2000 }, () => [
          text,
        ]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(b.cellValue('S', 'B1')).toBeNull();
  });

  it('counts the calls that clear Undo: sheet delete, rename and reposition — not cell writes', async () => {
    const b = book();
    b.addSheet('T');
    await createFakeExcel(b).run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [[5]];
      ws.getRange('A1:B1').merge(false);
      await context.sync();
      ws.name = 'S2';
      ws.position = 1;
      context.workbook.worksheets.getItem('T').delete();
      await context.sync();
    });
    expect(b.undoClears).toEqual(['rename S→S2', 'position S2', 'delete T']);
  });

  it('a sync while a cell is being edited fails, unless the run asked to wait for the edit to end', async () => {
    const b = book();
    const excel = createFakeExcel(b);
    const write = (options: object) =>
      excel.run(options, async (context: any) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[9]];
        await context.sync();
      });
    b.startCellEdit();
    await expect(write({})).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    let done = false;
    const waiting = write({ delayForCellEdit: true }).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    expect(b.cellValue('S', 'A1')).toBe(1);
    b.endCellEdit();
    await waiting;
    expect(b.cellValue('S', 'A1')).toBe(9);
  });
});
