/**
 * The web page reads an inserted template sheet before it is written (layoutSnapshot); that
 * must be what the lean reader reads once the splice writer has written it.
 */
import fs from 'fs';
import { TEMPLATE_SHEETS } from '../../src/core/template/templateSheets';
import { templateSheetsFor } from '../../src/core/template/templateLayout';
import { spliceWorkbook } from '../../src/xlsx/package/splice';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { layoutSnapshot } from '../../src/xlsx/read/layoutSnapshot';
import { EXAMPLE } from './fixtures';

test('every template sheet reads the same before and after it is written into a workbook', () => {
  const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
  const names = readWorkbookBytesToSnapshot(bytes).snapshot.sheets.map((s) => s.name);
  const layouts = templateSheetsFor([...new Set(TEMPLATE_SHEETS.map((s) => s.table))], names);
  expect(layouts.length).toBeGreaterThan(5);
  const written = readWorkbookBytesToSnapshot(spliceWorkbook(bytes, { added: layouts }).bytes).snapshot.sheets;
  for (const layout of layouts) expect(layoutSnapshot(layout)).toEqual(written.find((s) => s.name === layout.name));
});
