/**
 * The template's 评分方案 sheet is the default scheme: its rows, read back from the written
 * file, parse to exactly 财政部自评, so a user who starts from it and changes nothing scores as before.
 */
import { analyse } from '../src/core/analyse';
import { recognise } from '../src/core/recognise/recognise';
import { DEFAULT_SCHEME } from '../src/core/indicators/schemes';
import { sameRows, userScheme } from '../src/core/indicators/userScheme';
import { loadWorkbookBuffer, readSnapshot } from '../src/xlsx/readSnapshot';
import { buildTemplateWorkbook } from '../src/xlsx/writeTemplate';

async function templateSnapshot() {
  const wb = await loadWorkbookBuffer((await buildTemplateWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  return readSnapshot(wb);
}

test('the template’s 评分方案 rows parse to exactly the default scheme, without findings', async () => {
  const model = recognise(await templateSnapshot());
  expect(model.s?.rows.length).toBe(DEFAULT_SCHEME.rows.length);
  const parsed = userScheme(model.s!);
  expect(parsed.findings).toEqual([]);
  expect(sameRows(parsed.scheme!.rows, DEFAULT_SCHEME.rows)).toBe(true);
  // Field by field, apart from the cell the row was read from.
  expect(parsed.scheme!.rows.map((r) => (r.source === 'indicator' ? { ...r, cell: undefined } : r))).toEqual(
    DEFAULT_SCHEME.rows,
  );
  expect(parsed.scheme).toMatchObject({ name: DEFAULT_SCHEME.name, checkWeights: true, sheet: '评分方案' });
});

test('the template is scored under 财政部自评, read from its 评分方案 sheet', async () => {
  const analysis = analyse(await templateSnapshot());
  expect(analysis.scoring.scheme).toBe('财政部自评');
  expect(analysis.scoring.schemeSheet).toBe('评分方案');
  expect(analysis.findings.filter((f) => f.code.startsWith('scheme.'))).toEqual([]);
});

test('naming 财政部自评 over the template’s unchanged sheet adds no note (the sheet is that scheme)', async () => {
  const analysis = analyse(await templateSnapshot(), { scheme: '财政部自评' });
  expect(analysis.scoring.schemeSheet).toBeUndefined();
  expect(analysis.findings.filter((f) => f.code.startsWith('scheme.'))).toEqual([]);
});
