/**
 * Issue 9, CLI and web page: text the user typed into an emailed report survives a rebuild. A
 * report made by the CLI, one of its cells edited by "the user" (the package's sheet XML), a
 * source figure changed, then built again: the edit is still there (or, where the new layout
 * takes its place, below the report and listed), the figure is updated, and every other entry
 * is byte for byte the input's.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { capture } from './capture';
import { EXAMPLE } from '../package/fixtures';
import { buildFromBytes, changedEntries, SHARED } from '../package/packageCheck';
import { layoutRows } from '../../src/core/report/reconcile/fingerprint';
import { a1 } from '../../src/core/grid/address';
import { ReportCell } from '../../src/core/report/sheet';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { createWebActions, downloadBytes, keptEditsNotice, openedWorkbook } from '../../src/web/webActions';
import { memorySettings, DEFAULT_SETTINGS } from '../../src/app/settings';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-keep-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Builds `bytes` (saved as `name`) with the CLI: what it printed, the output and its report sheet. */
async function cliBuild(name: string, bytes: Uint8Array) {
  const input = path.join(dir, name);
  fs.writeFileSync(input, bytes);
  const out = path.join(dir, `out-${name}`);
  const c = capture();
  expect(await main(['build', input, '-o', out], c.io)).toBe(0);
  const output = new Uint8Array(fs.readFileSync(out));
  return {
    printed: c.out(),
    output,
    report: readWorkbookBytesToSnapshot(output).snapshot.sheets.find((s) => s.isReport)!,
  };
}

/** The part of the sheet named `name` in the package. */
async function partOf(zip: JSZip, name: string): Promise<string> {
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name.replace(/[()]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(book)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

async function edit(bytes: Uint8Array, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async('string');
  const next = change(xml);
  expect(next).not.toBe(xml);
  zip.file(part, next);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The cell's `<c>` replaced by an inline text, as Excel would keep what the user typed. */
const typed = (ref: string, text: string) => (xml: string) =>
  xml.replace(
    new RegExp(`<c r="${ref}"([^>]*?)(?: t="[^"]*")?(?:/>|>[\\s\\S]*?</c>)`),
    (_m, attrs: string) => `<c r="${ref}"${attrs.replace(/ t="[^"]*"/, '')} t="inlineStr"><is><t>${text}</t></is></c>`,
  );

/** A report cell taking one source cell directly ('Z01 …'!C6), its source changed to 12345.67. */
async function sourceChange(input: Uint8Array, cells: readonly ReportCell[]) {
  const direct = cells.find(
    (c) => /^'[^']+'!\$?[A-Z]+\$?\d+$/.test(c.formula ?? '') && typeof c.value === 'number' && c.value !== 0,
  )!;
  const [, sheet, ref] = /^'([^']+)'!\$?([A-Z]+\$?\d+)$/.exec(direct.formula!)!;
  const part = await partOf(await JSZip.loadAsync(input), sheet);
  const cellRef = ref.replace('$', '');
  const changed = (xml: string) =>
    xml.replace(new RegExp(`(<c r="${cellRef}"[^>]*>)(?:<f>[^<]*</f>)?<v>[^<]*</v>`), '$1<v>12345.67</v>');
  return { direct, part, changed };
}

test('a CLI rebuild keeps the text the user typed into the report, updates the changed figure and keeps every other entry', async () => {
  const input = new Uint8Array(fs.readFileSync(EXAMPLE));
  const first = buildFromBytes(input);
  const { direct, part: sourcePart, changed } = await sourceChange(input, first.report.cells);
  const after = buildFromBytes(await edit(input, sourcePart, changed)).report;
  const [a, b] = [layoutRows(first.report), layoutRows(after)];
  // A text cell on a row the changed figure leaves alone: the edit stays in place.
  const stays = first.report.cells.find(
    (c) => typeof c.value === 'string' && c.value.length > 20 && !c.formula && a.layout[c.row] === b.layout[c.row],
  )!;
  const stayRef = a1(stays.row, stays.col);
  const built = await cliBuild('in.xlsx', input);
  expect(built.printed).not.toContain('手工修改');
  const reportPart = await partOf(await JSZip.loadAsync(built.output), first.output.sheetName!);
  const edited = await edit(
    await edit(built.output, reportPart, typed(stayRef, '我们单位今年新增了两项重点工作。')),
    sourcePart,
    changed,
  );
  const again = await cliBuild('edited.xlsx', edited);
  expect(again.printed).toContain(`报告中有 1 处手工修改，已保留：${stayRef}`);
  expect(again.report.values[stays.row][stays.col]).toBe('我们单位今年新增了两项重点工作。');
  expect(again.report.values[direct.row][direct.col]).toBe(12345.67);
  const changedParts = changedEntries(edited, again.output).filter((n) => !SHARED.test(n));
  expect(changedParts.sort()).toEqual(['customXml/item1.xml', reportPart].sort());
  // A third build of that output: the edit is still the user's, and still kept.
  expect((await cliBuild('again.xlsx', again.output)).printed).toContain(`报告中有 1 处手工修改，已保留：${stayRef}`);
});

test('an edit whose row the new layout changes is not dropped: it goes below the report and is listed', async () => {
  const input = new Uint8Array(fs.readFileSync(EXAMPLE));
  const first = buildFromBytes(input);
  const { direct, part: sourcePart, changed } = await sourceChange(input, first.report.cells);
  const after = buildFromBytes(await edit(input, sourcePart, changed)).report;
  const [a, b] = [layoutRows(first.report), layoutRows(after)];
  // A cell on a row whose layout the changed figure changes (a sentence quoting it).
  const moves = first.report.cells.find(
    (c) => typeof c.value === 'string' && c.value !== '' && c.row > 2 && a.layout[c.row] !== b.layout[c.row],
  )!;
  const ref = a1(moves.row, moves.col);
  const reportPart = await partOf(await JSZip.loadAsync(first.output.bytes), first.output.sheetName!);
  const edited = await edit(
    await edit(first.output.bytes, reportPart, typed(ref, '手工填写的数')),
    sourcePart,
    changed,
  );
  const again = await cliBuild('edited.xlsx', edited);
  const line = /其中 1 处（([A-Z]+\d+)）所在位置的报告内容已变，其文字已放在报告末尾 A(\d+) 起/.exec(again.printed);
  expect(line?.[1]).toBe(ref);
  expect(again.report.values[Number(line![2]) - 1][0]).toBe('手工填写的数');
  expect(again.report.values[direct.row][direct.col]).toBe(12345.67);
});

test('the web page’s download keeps the edit the same way', async () => {
  const input = new Uint8Array(fs.readFileSync(EXAMPLE));
  const first = buildFromBytes(input);
  const stays = first.report.cells.find((c) => typeof c.value === 'string' && c.value.length > 20 && !c.formula)!;
  const ref = a1(stays.row, stays.col);
  const reportPart = await partOf(await JSZip.loadAsync(first.output.bytes), first.output.sheetName!);
  const edited = await edit(first.output.bytes, reportPart, typed(ref, '网页上也保留'));
  const book = openedWorkbook(edited, readWorkbookBytesToSnapshot(edited).snapshot);
  const actions = createWebActions(book, { lang: 'zh-CN', settings: memorySettings(), onChanged: () => undefined });
  const result = await actions.generate(DEFAULT_SETTINGS);
  expect(result.kept).toEqual([{ row: stays.row, address: ref, text: '网页上也保留' }]);
  expect(keptEditsNotice(book)).toBe(`报告中有 1 处手工修改，已保留：${ref}`);
  const report = readWorkbookBytesToSnapshot(downloadBytes(book)).snapshot.sheets.find((s) => s.isReport)!;
  expect(report.values[stays.row][stays.col]).toBe('网页上也保留');
});

/** The fake Excel cannot save an .xlsx: the add-in's report is our output with its fingerprints where Excel saves the add-in's settings. */
async function asSavedByTheAddIn(output: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(output);
  const item = await zip.file('customXml/item1.xml')!.async('string');
  const state = /<perfReportWritten [^>]*>([^<]*)</.exec(item)![1]; // already XML-escaped JSON
  for (const name of ['customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels'])
    zip.remove(name);
  zip.file(
    'xl/webextensions/webextension1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5B1C4C51-0000-4000-8000-000000000001}">' +
      '<we:reference id="perf-report" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
      `<we:properties><we:property name="perfReport" value="{&quot;autoRefresh&quot;:true}"/><we:property name="perfReportWritten" value="${state}"/></we:properties>` +
      '<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('a report the add-in wrote (fingerprints in its document settings) keeps its edit through a CLI rebuild', async () => {
  const input = new Uint8Array(fs.readFileSync(EXAMPLE));
  const first = buildFromBytes(input);
  const stays = first.report.cells.find((c) => typeof c.value === 'string' && c.value.length > 20 && !c.formula)!;
  const ref = a1(stays.row, stays.col);
  const addIn = await asSavedByTheAddIn(first.output.bytes);
  const reportPart = await partOf(await JSZip.loadAsync(addIn), first.output.sheetName!);
  const { part: sourcePart, changed } = await sourceChange(input, first.report.cells);
  const edited = await edit(await edit(addIn, reportPart, typed(ref, '在加载项中写的')), sourcePart, changed);
  const again = await cliBuild('edited.xlsx', edited);
  expect(again.printed).toContain(`报告中有 1 处手工修改，已保留：${ref}`);
  expect(again.report.values[stays.row][stays.col]).toBe('在加载项中写的');
  // The add-in's settings now hold the prints of this write (its next refresh must not take our rows for edits), its other settings kept.
  const zip = await JSZip.loadAsync(again.output);
  const settings = await zip.file('xl/webextensions/webextension1.xml')!.async('string');
  const ours = await zip.file('customXml/item1.xml')!.async('string');
  const valueOf = (xml: string) => /name="perfReportWritten" value="([^"]*)"/.exec(xml)![1];
  expect(valueOf(settings)).not.toBe(
    valueOf(await JSZip.loadAsync(edited).then((z) => z.file('xl/webextensions/webextension1.xml')!.async('string'))),
  );
  expect(valueOf(settings)).toBe(/<perfReportWritten [^>]*>([^<]*)</.exec(ours)![1]);
  expect(settings).toContain('<we:property name="perfReport" value="{&quot;autoRefresh&quot;:true}"/>');
});

test('without any fingerprints the report is rebuilt whole and nothing is called an edit', async () => {
  const first = buildFromBytes(new Uint8Array(fs.readFileSync(EXAMPLE)));
  const zip = await JSZip.loadAsync(first.output.bytes);
  zip.remove('customXml/item1.xml');
  const bare = await zip.generateAsync({ type: 'uint8array' });
  expect((await cliBuild('bare.xlsx', bare)).printed).not.toContain('手工修改');
});

test('an edit on a table row the sheet prints under a repeated header is kept, and the header is still repeated', async () => {
  const input = new Uint8Array(fs.readFileSync(EXAMPLE));
  const first = buildFromBytes(input);
  const cells = first.report.cells;
  // A table's header row printed again where the table continues on a new page (附表1-1 in the example).
  const headerRows = (text: string) => cells.filter((c) => c.col === 0 && c.style === 'th' && c.value === text).map((c) => c.row);
  const repeated = cells.find((c) => c.col === 0 && c.style === 'th' && headerRows(String(c.value)).length > 1)!;
  const header = headerRows(String(repeated.value))[1];
  // The last text cell of the first row under the repeated header.
  const cell = cells.filter((c) => c.row === header + 1 && typeof c.value === 'string' && c.value !== '' && c.formula === undefined).pop()!;
  const ref = a1(cell.row, cell.col);
  const built = await cliBuild('in.xlsx', input);
  const reportPart = await partOf(await JSZip.loadAsync(built.output), first.output.sheetName!);
  const again = await cliBuild('edited.xlsx', await edit(built.output, reportPart, typed(ref, '以学籍系统为准')));
  expect(again.printed).toContain(`报告中有 1 处手工修改，已保留：${ref}`);
  expect(again.report.values[cell.row][cell.col]).toBe('以学籍系统为准');
  expect(again.report.values[header][0]).toBe(repeated.value);
});
