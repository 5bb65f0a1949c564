/**
 * Rebuilding an output (issue 13): after the user opened our output in Excel — which writes a
 * calcChain with our cells — copied our report to `绩效自评报告 (2)` (Excel leaves a sheet-scoped
 * copy of our mark on the copy; the copy is now the user's sheet, so the new report differs), a rebuild replaces exactly our
 * sheet part; the copy, its name and every other part stay as they were.
 */
import JSZip from 'jszip';
import { handWritten } from './fixtures';
import { buildFromBytes, changedEntries, entryMap, textOf } from './packageCheck';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';

const CALC_CHAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml';

/** Our output as Excel saves it after the user copied the report. */
async function excelSaved(output: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(output);
  const report = await zip.file('xl/worksheets/sheet9.xml')!.async('string');
  zip.file('xl/worksheets/sheet10.xml', report);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file(
    'xl/workbook.xml',
    book
      .replace('</sheets>', '<sheet name="绩效自评报告 (2)" sheetId="10" r:id="rId90"/></sheets>')
      .replace('</definedNames>', '<definedName name="PerfReport_Owner" localSheetId="9">\'绩效自评报告 (2)\'!$A$1</definedName></definedNames>'),
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet10.xml"/>' +
        '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  // Our cells first (i="9", then implicit), then the copy's: dropping ours must give the copy's first entry its i.
  zip.file(
    'xl/calcChain.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="9"/><c r="F1"/><c r="A1" i="10"/><c r="F1"/></calcChain>',
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/xl/worksheets/sheet10.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/calcChain.xml" ContentType="${CALC_CHAIN}"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('a rebuild replaces exactly our sheet part and leaves the user’s copy of the report alone', async () => {
  const first = buildFromBytes(await handWritten[0].bytes()).output.bytes;
  const saved = await excelSaved(first);
  const again = buildFromBytes(saved);
  expect(again.output.sheetName).toBe('绩效自评报告');
  const changed = changedEntries(saved, again.output.bytes);
  expect(changed.filter((n) => n !== 'xl/workbook.xml').sort()).toEqual(['customXml/item1.xml', 'xl/calcChain.xml', 'xl/worksheets/sheet9.xml']);
  // workbook.xml: at most our print area moves (the longer department name adds report rows).
  const printArea = /<definedName name="_xlnm\.Print_Area" localSheetId="8">[^<]*<\/definedName>/;
  const book = (bytes: Uint8Array) => textOf(entryMap(bytes).get('xl/workbook.xml')!).replace(printArea, '#');
  expect(book(again.output.bytes)).toBe(book(saved));
  expect(entryMap(again.output.bytes).size).toBe(entryMap(saved).size);
  expect(textOf(entryMap(again.output.bytes).get('xl/calcChain.xml')!)).toMatch(/<calcChain [^>]*><c r="A1" i="10"\/><c r="F1"\/><\/calcChain>$/);
  const sheets = readWorkbookBytesToSnapshot(again.output.bytes).snapshot.sheets;
  expect(sheets.filter((s) => s.isReport).map((s) => s.name)).toEqual(['绩效自评报告']);
  expect(sheets.map((s) => s.name).slice(-2)).toEqual(['绩效自评报告', '绩效自评报告 (2)']);
});

test('a rebuild when only our cells were in the calcChain removes the part, its relationship and its type', async () => {
  const first = buildFromBytes(await handWritten[0].bytes()).output.bytes;
  const zip = await JSZip.loadAsync(await excelSaved(first));
  zip.file('xl/calcChain.xml', '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="9"/><c r="F1"/></calcChain>');
  const saved = await zip.generateAsync({ type: 'uint8array' });
  const out = entryMap(buildFromBytes(saved).output.bytes);
  expect(out.has('xl/calcChain.xml')).toBe(false);
  expect(textOf(out.get('xl/_rels/workbook.xml.rels')!)).not.toContain('calcChain');
  expect(textOf(out.get('[Content_Types].xml')!)).not.toContain('calcChain');
});
