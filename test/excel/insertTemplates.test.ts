/**
 * The pane's 插入模板表 through the Office.js adapter: new sheets only, two syncs, the same
 * sheets the CLI's `template` writes, and a failure half way leaves no half-made sheet.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createFakeExcel, createFakeSettings, fakeBookFrom, FakeWorkbook } from '../fake-excel';
import { createExcelActions } from '../../src/taskpane/excelActions';
import { readSettings } from '../../src/app/settings';
import { excelJsToFakeData } from '../fake-excel/fromExcelJs';
import { createExcelHost } from '../../src/excel/excelHost';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { loadWorkbookBuffer, readSnapshot } from '../../src/xlsx/readSnapshot';
import { buildTemplateWorkbook } from '../../src/xlsx/writeTemplate';
import { templateSheetsFor, TEMPLATE_TABLES } from '../../src/core/template/templateLayout';
import { analyse } from '../../src/core/analyse';
import { toPaneModel } from '../../src/taskpane/paneModel';
import { reportSheetOf } from './reportSheetOf';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');

let example: ExcelJS.Workbook;
beforeAll(async () => {
  example = await loadWorkbookFile(EXAMPLE);
});

const fakeOfExample = (): FakeWorkbook => fakeBookFrom(excelJsToFakeData(example));
const cellsOf = (book: FakeWorkbook) => new Map(book.sheets.map((s) => [s.id, JSON.stringify([...s.cells])]));

describe('inserting template sheets in Excel', () => {
  it('adds them after the other sheets in two syncs, named around existing sheets, writing nothing else', async () => {
    const book = fakeOfExample();
    const before = cellsOf(book);
    const names = book.sheets.map((s) => s.name);
    let eventsDuringAdd: boolean | null = null;
    const addSheet = book.addSheet.bind(book);
    book.addSheet = (name: string) => ((eventsDuringAdd = book.enableEvents), addSheet(name));

    const host = createExcelHost({ excel: createFakeExcel(book) });
    const added = await host.insertSheets((existing) => templateSheetsFor(['P4', 'T5'], existing));

    // 报告文字 is the user's own sheet: the template goes next to it, never over it.
    expect(added).toEqual(['一般公共预算财政拨款支出决算表', '报告文字 (2)']);
    expect(book.sheets.map((s) => s.name)).toEqual([...names, ...added]);
    expect(book.syncCount).toBe(2);
    const newIds = new Set(added.map((n) => book.sheet(n).id));
    expect(book.writes.every((w) => w.sheetId === null || newIds.has(w.sheetId))).toBe(true);
    for (const [id, cells] of before) expect(cellsOf(book).get(id)).toBe(cells);
    expect(book.activeSheetId).toBe(book.sheet(added[0]).id);
    expect(eventsDuringAdd).toBe(false);
    expect(book.enableEvents).toBe(true);
  });

  it('writes the same sheets as the template workbook of the CLI', async () => {
    const book = new FakeWorkbook();
    const host = createExcelHost({ excel: createFakeExcel(book) });
    await host.insertSheets((existing) => templateSheetsFor(TEMPLATE_TABLES, existing));
    const fromExcel = (await host.readWorkbook()).snapshot.sheets;
    const file = readSnapshot(
      await loadWorkbookBuffer((await buildTemplateWorkbook().xlsx.writeBuffer()) as ArrayBuffer),
    );
    expect(fromExcel.map((s) => s.name)).toEqual(file.sheets.map((s) => s.name));
    fromExcel.forEach((sheet, i) => {
      expect(sheet.values).toEqual(file.sheets[i].values);
      expect(sheet.merges).toEqual(file.sheets[i].merges);
    });
    const header = book.sheet('收入支出决算总表');
    expect(header.frozenRows).toBe(4); // title, 单位 line, two header rows
    expect(header.cells.get('0,0')!.format).toMatchObject({ fontName: '黑体', bold: true });
    expect(header.cells.get('4,0')!.format).toMatchObject({ italic: true });
  });

  it('turns a missing table into a found one that the pane no longer lists as missing', async () => {
    const book = fakeOfExample();
    book.sheets = book.sheets.filter((s) => s.name !== '项目支出明细表');
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const missingNow = async () =>
      toPaneModel(analyse((await host.readWorkbook()).snapshot), 'zh-CN').missing.map((m) => m.id);
    expect(await missingNow()).toContain('P1');
    await host.insertSheets((existing) => templateSheetsFor(['P1'], existing));
    expect(await missingNow()).not.toContain('P1');
    const analysis = analyse((await host.readWorkbook()).snapshot);
    const p1 = analysis.model.tables.find((t) => t.id === 'P1')!;
    expect(p1.sheet).toBe('项目支出明细表');
    expect(analysis.findings.filter((f) => f.at.sheet === '项目支出明细表' && f.severity === 'error')).toEqual([]);
  });

  it('asks for an inserted amount table to be filled in rather than reading it as zeros', async () => {
    const book = fakeOfExample();
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const before = analyse((await host.readWorkbook()).snapshot);
    await host.insertSheets((existing) => templateSheetsFor(['T5'], existing));
    const after = analyse((await host.readWorkbook()).snapshot);
    const onT5 = after.findings.filter((f) => f.at.sheet === '一般公共预算财政拨款支出决算表');
    expect(onT5.map((f) => [f.code, f.severity])).toEqual([['table.empty', 'warning']]);
    expect(after.scoring.total.toString()).toBe(before.scoring.total.toString());
  });

  it('takes the half-made sheets away when Excel rejects a write, and says it was the template step', async () => {
    const book = fakeOfExample();
    const names = book.sheets.map((s) => s.name);
    const host = createExcelHost({ excel: createFakeExcel(book) });
    const overlapping = reportSheetOf(
      '坏表',
      [['a', 'b']],
      [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 0, left: 1, bottom: 1, right: 1 },
      ],
    );
    await expect(
      host.insertSheets((existing) => [...templateSheetsFor(['T5'], existing), overlapping]),
    ).rejects.toMatchObject({ step: 'template' });
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    expect(book.enableEvents).toBe(true);
  });

  it("never deletes a user's sheet when the name it wanted is taken by the time it writes", async () => {
    const book = fakeOfExample();
    const names = book.sheets.map((s) => s.name);
    const before = cellsOf(book);
    const host = createExcelHost({ excel: createFakeExcel(book) });
    // As if a co-author had added 报告文字 between the read and the write.
    const clash = templateSheetsFor(['P4'], []);
    await expect(host.insertSheets(() => clash)).rejects.toMatchObject({ step: 'template' });
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    for (const [id, cells] of before) expect(cellsOf(book).get(id)).toBe(cells);
    expect(book.enableEvents).toBe(true);
  });

  it('leaves out a table the user has added since the pane listed it as missing', async () => {
    const book = fakeOfExample();
    const projects = book.sheet('项目支出明细表');
    book.sheets = book.sheets.filter((s) => s !== projects);
    const actions = createExcelActions({
      excel: createFakeExcel(book),
      settings: createFakeSettings(book),
      lang: 'zh-CN',
    });
    const listed = (await actions.analyse(readSettings(createFakeSettings(book)))).missing.map((m) => m.id);
    expect(listed).toEqual(expect.arrayContaining(['P1', 'T5']));
    book.sheets.push({ ...projects, name: '项目明细（粘贴）' }); // pasted back under another name
    expect(await actions.insertTemplates!(['P1', 'T5'])).toEqual(['一般公共预算财政拨款支出决算表']);
    expect(book.sheets.filter((s) => s.name.startsWith('项目支出明细表'))).toEqual([]);
  });

  it('inserts nothing and makes no write when no sheet is asked for', async () => {
    const book = fakeOfExample();
    const host = createExcelHost({ excel: createFakeExcel(book) });
    expect(await host.insertSheets(() => [])).toEqual([]);
    expect(book.writes).toEqual([]);
  });
});
