/** The lean reader takes what Excel takes (issue 13): a minimal writer's book, read as Excel shows it. */
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { spliceWorkbook } from '../../src/xlsx/package/splice';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { minimalWriterBook } from './fixtures';
import { UNCACHED_VALUE } from '../../src/xlsx/read/sheetReader';
import { computeUncached } from '../../src/xlsx/read/computeUncached';
import { moveFormula } from '../../src/xlsx/read/moveFormula';
import { entryMap, textOf } from './packageCheck';

test('odd sheet names, rows and cells without numbers, inline/rich strings, shared formulas, overlapping merges', async () => {
  const read = readWorkbookBytesToSnapshot(await minimalWriterBook());
  const [data, ...rest] = read.snapshot.sheets;
  expect([data.name, ...rest.map((s) => s.name)]).toEqual(['数据[1]', 'a*b?c', 'x:y/z\\w']);
  expect(read.date1904).toBe(true);
  expect(data.values).toEqual([
    ['部门名称', '珠晖区教育局'], // rich runs joined, the phonetic guide and the _x0001_ control character gone
    ['单位：万元', '万元'],
    [],
    [1865.321234, 3730.642468],
    [1, 2, UNCACHED_VALUE, true, { error: '#DIV/0!' }], // C5 has a formula and no value: never a blank
    [],
    ['合并'], // B7 is covered by A7:B8 (and by the overlapping B7:C7): blank
  ]);
  expect(data.merges).toEqual([
    { top: 6, left: 0, bottom: 7, right: 1 },
    { top: 6, left: 1, bottom: 6, right: 2 },
  ]);
  expect(read.uncached).toEqual([{ sheet: '数据[1]', row: 4, col: 2, text: 'A5+B5' }]);
});

test('the report goes into a package without styles.xml or docProps, with a styles part of its own', async () => {
  const input = await minimalWriterBook();
  const analysis = analyse(readWorkbookBytesToSnapshot(input).snapshot);
  const out = entryMap(spliceWorkbook(input, { report: buildReportSheet(analysis) }).bytes);
  expect(out.has('xl/styles.xml')).toBe(true);
  expect(textOf(out.get('xl/_rels/workbook.xml.rels')!)).toContain('Target="styles.xml"');
  expect(textOf(out.get('[Content_Types].xml')!)).toContain('/xl/styles.xml');
  const again = readWorkbookBytesToSnapshot(spliceWorkbook(input, { report: buildReportSheet(analysis) }).bytes);
  expect(again.snapshot.sheets.filter((s) => s.isReport).map((s) => s.name)).toEqual(['绩效自评报告']);
});

test('uncached formulas are computed over the workbook, a shared one from its master moved', async () => {
  const read = readWorkbookBytesToSnapshot(await minimalWriterBook());
  const done = await computeUncached(read);
  expect(done.snapshot.sheets[0].values[4]).toEqual([1, 2, 3, true, { error: '#DIV/0!' }]);
  expect(done).toMatchObject({ computed: 1, notComputed: [] });
  expect(moveFormula("A4*2+$B$1+'A1 x'!C3&\"A1\"+LOG10(A4)+SUM(A$1:$B2)", 1, 1)).toBe(
    "B5*2+$B$1+'A1 x'!D4&\"A1\"+LOG10(B5)+SUM(B$1:$B3)",
  );
});
