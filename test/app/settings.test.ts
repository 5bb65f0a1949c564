import { createFakeSettings, FakeWorkbook } from '../fake-excel';
import { readSettings, saveSettings, DEFAULT_SETTINGS } from '../../src/app/settings';

describe('settings stored in the workbook', () => {
  it('default to the standard sheet name with auto-refresh on', () => {
    expect(readSettings(createFakeSettings(new FakeWorkbook()))).toEqual({
      scheme: null,
      reportSheetName: '绩效自评报告',
      autoRefresh: true,
    });
  });

  it('round-trip through the document settings and clean the sheet name', async () => {
    const book = new FakeWorkbook();
    await saveSettings(createFakeSettings(book), {
      ...DEFAULT_SETTINGS,
      scheme: '财政部自评',
      reportSheetName: '报告/2022?',
      autoRefresh: false,
    });
    expect(readSettings(createFakeSettings(book))).toEqual({
      scheme: '财政部自评',
      reportSheetName: '报告2022',
      autoRefresh: false,
    });
  });
});
