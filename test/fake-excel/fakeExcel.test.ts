import { createFakeExcel, FakeWorkbook } from '.';

function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  b.setCells('S', 'A1', [[1, 'x']]);
  return b;
}

describe('the fake Excel is as strict as Excel', () => {
  it('throws PropertyNotLoaded for a property read without load and sync', async () => {
    await createFakeExcel(book()).run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  it('answers customXmlParts by namespace only after a sync; null for none or more than one', async () => {
    const b = book();
    b.customXmlParts.push({ id: '1', namespaceUri: 'urn:a', xml: '<a xmlns="urn:a">1</a>' });
    b.customXmlParts.push({ id: '2', namespaceUri: 'urn:b', xml: '<b xmlns="urn:b"/>' });
    b.customXmlParts.push({ id: '3', namespaceUri: 'urn:b', xml: '<b xmlns="urn:b"/>' });
    await createFakeExcel(b).run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const a = parts.getByNamespace('urn:a').getOnlyItemOrNullObject();
      const xml = a.getXml();
      const count = parts.getByNamespace('urn:b').getCount();
      const twice = parts.getByNamespace('urn:b').getOnlyItemOrNullObject();
      const twiceXml = twice.getXml();
      expect(() => xml.value).toThrow(/PropertyNotLoaded/);
      expect(() => a.isNullObject).toThrow(/PropertyNotLoaded/);
      expect(() => a.id).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(xml.value).toBe('<a xmlns="urn:a">1</a>');
      expect(count.value).toBe(2);
      expect(twice.isNullObject).toBe(true);
      expect(twiceXml.value).toBeNull();
      expect(() => a.id).toThrow(/PropertyNotLoaded/);
    });
  });

  it('knows isNullObject only after a sync', async () => {
    await createFakeExcel(book()).run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject('missing');
      expect(() => ws.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it('applies writes only at sync and counts syncs', async () => {
    const b = book();
    await createFakeExcel(b).run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [[5]];
      expect(b.cellValue('S', 'A1')).toBe(1);
      await context.sync();
    });
    expect(b.cellValue('S', 'A1')).toBe(5);
    expect(b.syncCount).toBe(1);
    expect(b.writes).toEqual([{ sheetId: b.sheet('S').id, sheet: 'S', what: 'values', address: 'S!A1' }]);
  });

  it('rejects an array that does not fit the range, and drops the rest of the batch', async () => {
    const b = book();
    await expect(
      createFakeExcel(b).run(async (context) => {
        const ws = context.workbook.worksheets.getItem('S');
        ws.getRange('A1:B1').values = [[1]];
        ws.getRange('A2').values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(b.cellValue('S', 'A2')).toBeNull();
  });

  it('raises onChanged for a user edit only while events are enabled', async () => {
    jest.useFakeTimers();
    const b = book();
    const seen: string[] = [];
    const excel = createFakeExcel(b);
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add((e: { address: string }) => void seen.push(e.address));
      await context.sync();
    });
    b.userEdit('S', 'B1', 'y');
    // Events are switched per add-in instance (runtime.enableEvents), as in Excel.
    await excel.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
    });
    b.userEdit('S', 'B2', 'z');
    jest.runAllTimers();
    jest.useRealTimers();
    expect(seen).toEqual(['B1']);
  });
});
