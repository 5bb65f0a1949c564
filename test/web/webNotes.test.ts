/**
 * A finding's 说明 typed in the web page: kept in the 报告文字 sheet of the workbook the page
 * downloads, under the add-in's key (`审核说明：<位置>`), written by the splice writer so every
 * other part and cell of the file is the input's; read back when the file is opened again; used
 * by the Word export at once. A workbook without 报告文字 gets the template sheet, as the add-in
 * inserts it; a row already carrying the key is updated, never duplicated.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { createWebActions, downloadBytes, openedWorkbook, WebWorkbook } from '../../src/web/webActions';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { DEFAULT_SETTINGS, memorySettings } from '../../src/app/settings';
import { changedEntries, entryMap, lostTokens, textOf } from '../package/packageCheck';
import { docxLines, docxPart } from '../support/docxText';
import { SheetSnapshot } from '../../src/core/grid/snapshot';
import { cellText } from '../../src/core/recognise/common';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');
const KEY = '审核说明：Z03 支出决算表(财决04表)!G6';
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

function open(bytes: Uint8Array) {
  const book = openedWorkbook(bytes, readWorkbookBytesToSnapshot(bytes, 'x.xlsx').snapshot);
  let changes = 0;
  const actions = createWebActions(book, {
    lang: 'zh-CN',
    settings: memorySettings(),
    fileName: 'x.xlsx',
    onChanged: () => changes++,
  });
  return { book, actions, changes: () => changes };
}

const noteOf = async (actions: ReturnType<typeof open>['actions']) =>
  (await actions.analyse(DEFAULT_SETTINGS)).findings.find((f) => f.noteKey === KEY)!.note;

/** The sheet's rows as text, blank rows left out. */
function rowsOf(book: WebWorkbook | Uint8Array, name: string): string[][] {
  const snapshot = book instanceof Uint8Array ? readWorkbookBytesToSnapshot(book).snapshot : null;
  const sheet = (snapshot ?? { sheets: [] }).sheets.find((s) => s.name === name) as SheetSnapshot;
  return sheet.values.map((r) => r.map((v) => cellText(v ?? null))).filter((r) => r.some((v) => v !== ''));
}

describe('a finding’s 说明 in the web page', () => {
  const input = new Uint8Array(fs.readFileSync(EXAMPLE));

  it('goes into the file’s 报告文字 sheet, changing that sheet’s part alone, by insertions and its used range', async () => {
    const { book, actions, changes } = open(input);
    expect(await noteOf(actions)).toBe('');
    const model = await actions.saveNote!(DEFAULT_SETTINGS, KEY, '含年中追加的疫情防控资金。');
    expect(model.findings.find((f) => f.noteKey === KEY)!.note).toBe('含年中追加的疫情防控资金。');
    expect(changes()).toBe(1);
    const output = downloadBytes(book);
    const changed = changedEntries(input, output);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(SHEET_PART);
    const before = textOf(entryMap(input).get(changed[0])!);
    // Nothing of the part is lost but its used range, widened to the new row.
    expect(lostTokens(before, textOf(entryMap(output).get(changed[0])!))).toEqual(['<dimension ref="A1:B11">']);
    expect(textOf(entryMap(output).get(changed[0])!)).toContain('<dimension ref="A1:B12"/>');
    expect(rowsOf(output, '报告文字').slice(-1)).toEqual([[KEY, '含年中追加的疫情防控资金。']]);
    for (const s of readWorkbookBytesToSnapshot(input).snapshot.sheets.filter((x) => x.name !== '报告文字'))
      expect(readWorkbookBytesToSnapshot(output).snapshot.sheets.find((x) => x.name === s.name)!.values).toEqual(s.values);
  });

  it('is read back when the downloaded file is opened again, and saved again on its own row', async () => {
    const first = open(input);
    await first.actions.saveNote!(DEFAULT_SETTINGS, KEY, '第一稿。');
    const downloaded = downloadBytes(first.book);
    const again = open(downloaded);
    expect(await noteOf(again.actions)).toBe('第一稿。');
    await again.actions.saveNote!(DEFAULT_SETTINGS, KEY, '第二稿。');
    const rows = rowsOf(downloadBytes(again.book), '报告文字');
    expect(rows.filter((r) => r[0] === KEY)).toEqual([[KEY, '第二稿。']]);
    expect(rows).toHaveLength(rowsOf(downloaded, '报告文字').length);
  });

  it('updates a row the user wrote under the key (half-width colon kept), never adding a second one', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(input as unknown as ArrayBuffer);
    workbook.getWorksheet('报告文字')!.addRow(['审核说明: Z03 支出决算表(财决04表)!G6', '旧说明。']);
    const withRow = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const { book, actions } = open(withRow);
    expect(await noteOf(actions)).toBe('旧说明。');
    await actions.saveNote!(DEFAULT_SETTINGS, KEY, '新说明。');
    const rows = rowsOf(downloadBytes(book), '报告文字');
    expect(rows.filter((r) => r[0].startsWith('审核说明'))).toEqual([['审核说明: Z03 支出决算表(财决04表)!G6', '新说明。']]);
  });

  it('adds the template 报告文字 sheet, with its header, to a workbook that has none', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(input as unknown as ArrayBuffer);
    workbook.removeWorksheet(workbook.getWorksheet('报告文字')!.id);
    const without = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const { book, actions } = open(without);
    await actions.saveNote!(DEFAULT_SETTINGS, KEY, '含追加资金。');
    await actions.saveNote!(DEFAULT_SETTINGS, '审核说明：unit.missing', '单位为万元。');
    const output = downloadBytes(book);
    const rows = rowsOf(output, '报告文字');
    expect(rows[0]).toEqual(['报告文字']);
    expect(rows[1]).toEqual(['章节', '内容']);
    expect(rows.slice(-2)).toEqual([
      [KEY, '含追加资金。'],
      ['审核说明：unit.missing', '单位为万元。'],
    ]);
    // The file's own sheets are untouched: only the shared parts change, and the new sheet is added.
    expect(changedEntries(without, output).every((n) => !SHEET_PART.test(n))).toBe(true);
    expect(await noteOf(open(output).actions)).toBe('含追加资金。');
  });

  it('is printed by the Word export made right after it is typed', async () => {
    const { actions } = open(input);
    await actions.saveNote!(DEFAULT_SETTINGS, KEY, '项目支出含年中追加资金，未列入项目支出明细表。');
    const docx = await actions.exportDocx!(DEFAULT_SETTINGS);
    const lines = docxLines(await docxPart(docx.bytes, 'word/document.xml'));
    const at = lines.indexOf('附：数据核对情况说明');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1).join('\n')).toContain('项目支出含年中追加资金，未列入项目支出明细表。');
  });
});
