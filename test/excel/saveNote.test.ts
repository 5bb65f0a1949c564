/**
 * A finding's 说明 through the Office.js adapter: written as a 审核说明 row of the 报告文字 sheet
 * (rewritten in place the next time), read back into the finding; without a 报告文字 sheet its
 * template is inserted first. Nothing else in the workbook changes.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createFakeExcel, createFakeSettings, fakeBookFrom, FakeWorkbook } from '../fake-excel';
import { createExcelActions } from '../../src/taskpane/excelActions';
import { readSettings } from '../../src/app/settings';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');
const KEY = '审核说明：Z03 支出决算表(财决04表)!G6';

let example: ExcelJS.Workbook;
beforeAll(async () => {
  example = await loadWorkbookFile(EXAMPLE);
});

function actionsOn(book: FakeWorkbook) {
  const settings = createFakeSettings(book);
  const actions = createExcelActions({ excel: createFakeExcel(book), settings, lang: 'zh-CN' });
  return { actions, settings: readSettings(settings) };
}

const valuesOf = (book: FakeWorkbook, sheet: string) => [...book.findSheet(sheet)!.cells.values()].map((c) => c.value);

describe('a finding’s 说明 in Excel', () => {
  it('is written under its 审核说明 key, rewritten in place, and read back into the finding', async () => {
    const book = fakeBookFrom(excelJsToFakeData(example));
    const { actions, settings } = actionsOn(book);
    const before = await actions.analyse(settings);
    const target = before.findings.find((f) => f.noteKey === KEY)!;
    expect(target.note).toBe('');
    const otherSheets = JSON.stringify(book.sheets.filter((s) => s.name !== '报告文字').map((s) => [...s.cells]));

    const model = await actions.saveNote!(settings, KEY, '含年中追加资金。');
    expect(model.findings.find((f) => f.noteKey === KEY)!.note).toBe('含年中追加资金。');
    const again = await actions.saveNote!(settings, KEY, '含年中追加的疫情防控资金。');
    expect(again.findings.find((f) => f.noteKey === KEY)!.note).toBe('含年中追加的疫情防控资金。');

    const values = valuesOf(book, '报告文字');
    expect(values.filter((v) => v === KEY)).toHaveLength(1);
    expect(values).toContain('含年中追加的疫情防控资金。');
    expect(values).not.toContain('含年中追加资金。');
    expect(JSON.stringify(book.sheets.filter((s) => s.name !== '报告文字').map((s) => [...s.cells]))).toBe(otherSheets);
  });

  it('inserts the 报告文字 template first when the workbook has none', async () => {
    const book = fakeBookFrom(excelJsToFakeData(example));
    book.sheets = book.sheets.filter((s) => s.name !== '报告文字');
    const { actions, settings } = actionsOn(book);
    const model = await actions.saveNote!(settings, KEY, '含年中追加资金。');
    expect(book.sheets.map((s) => s.name)).toContain('报告文字');
    expect(valuesOf(book, '报告文字')).toEqual(expect.arrayContaining([KEY, '含年中追加资金。']));
    expect(model.findings.find((f) => f.noteKey === KEY)!.note).toBe('含年中追加资金。');
  });
});
