/**
 * The package test of issue 13: for the example, files laid out as other writers save them and
 * the bad-input corpus, the output is the input package plus our sheet — every input entry
 * byte-identical except the shared parts, whose XML only gains our insertions — and LibreOffice
 * opens every output and recomputes the report's formulas to the engine's values.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { corpusCases } from '../corpus/cases';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { agrees, NOT_RECOMPUTED } from '../recalc/recalcSupport';
import { a1 } from '../../src/core/grid/address';
import { isCellError, SheetSnapshot } from '../../src/core/grid/snapshot';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { ReportSheet } from '../../src/core/report/sheet';
import { spliceWorkbook } from '../../src/xlsx/package/splice';
import { writerShaped as handWritten } from './fixtures';
import { libreOfficeSaved } from './libreofficeSaved';
import { buildFromBytes, Built, changedEntries, entryMap, lostTokens, SHARED, textOf } from './packageCheck';

jest.setTimeout(600_000);

interface Case {
  readonly name: string;
  readonly input: Uint8Array;
  readonly built: Built;
}

const cases: Case[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-package-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  for (const f of [...handWritten, ...(await libreOfficeSaved(path.join(dir, 'lo-saved')))]) {
    const input = await f.bytes();
    cases.push({ name: f.name, input, built: buildFromBytes(input) });
  }
  for (const c of corpusCases) {
    const input = new Uint8Array((await c.build().xlsx.writeBuffer()) as ArrayBuffer);
    cases.push({ name: `corpus-${c.name}`, input, built: buildFromBytes(input) });
  }
});

test('there are at least 15 writer-shaped files besides the corpus', () => {
  expect(cases.filter((c) => !c.name.startsWith('corpus-')).length).toBeGreaterThanOrEqual(16);
  expect(cases.length).toBeGreaterThan(handWritten.length + 10);
});

test('every input entry is in the output byte for byte, except the shared parts', () => {
  const bad = cases.flatMap((c) =>
    changedEntries(c.input, c.built.output.bytes)
      .filter((name) => !SHARED.test(name))
      .map((name) => `${c.name}: ${name}`),
  );
  expect(bad).toEqual([]);
});

test('the shared parts differ from the input only by our insertions', () => {
  const bad: string[] = [];
  for (const c of cases) {
    const before = entryMap(c.input);
    const after = entryMap(c.built.output.bytes);
    for (const [name, entry] of before) {
      if (!SHARED.test(name)) continue;
      const lost = lostTokens(textOf(entry), textOf(after.get(name)!));
      if (lost.length > 0) bad.push(`${c.name}: ${name} lost ${lost.slice(0, 3).join(' ')}`);
    }
  }
  expect(bad).toEqual([]);
});

// Issue 9: besides our sheet, our custom XML item with the fingerprints of what we wrote (and its props and rels).
// A workbook with custom XML of its own keeps it; ours takes the next free number.
const OUR_PARTS = [/^customXml\/item\d+\.xml$/, /^customXml\/itemProps\d+\.xml$/, /^customXml\/_rels\/item\d+\.xml\.rels$/].map((p) =>
  expect.stringMatching(p),
);

test('the output has exactly our new entries: the sheet, our fingerprint part (and styles.xml when there was none), and the mark points at it', () => {
  for (const c of cases) {
    const before = entryMap(c.input);
    const added = [...entryMap(c.built.output.bytes).keys()].filter((n) => !before.has(n) && n !== 'xl/styles.xml');
    expect({ name: c.name, added }).toEqual({ name: c.name, added: [expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/), ...OUR_PARTS] });
    const wb = textOf(entryMap(c.built.output.bytes).get('xl/workbook.xml')!);
    expect(wb).toContain(`>'${c.built.output.sheetName}'!$A$1</`);
  }
});

/** Each report formula cell whose LibreOffice value differs from the engine's (to the cent; rates finer). */
function recalcMismatches(label: string, report: ReportSheet, sheet: SheetSnapshot): string[] {
  return report.cells
    .filter((c) => c.formula !== undefined)
    .flatMap((c) => {
      const v = sheet.values[c.row]?.[c.col] ?? null;
      const lo = isCellError(v) ? `#ERROR ${v.error}` : (v ?? '');
      const rate = report.styles[c.style]?.numberFormat?.includes('%') ?? false;
      return agrees(c.value, lo, rate) ? [] : [`${label} ${a1(c.row, c.col)}: engine ${JSON.stringify(c.value)} ≠ LibreOffice ${JSON.stringify(lo)}`];
    });
}

/** The report with every formula's cached value replaced: only a real recalculation fills them. */
function poisoned(report: ReportSheet): ReportSheet {
  return { ...report, cells: report.cells.map((c) => (c.formula ? { ...c, value: NOT_RECOMPUTED } : c)) };
}

test('LibreOffice opens every output and recomputes the report to the engine’s values', async () => {
  const files = cases.map((c, i) => {
    const file = path.join(dir, `${String(i).padStart(3, '0')}-${c.name.replace(/[^\w-]/g, '_')}.xlsx`);
    fs.writeFileSync(file, spliceWorkbook(c.input, { report: poisoned(c.built.report) }).bytes);
    return file;
  });
  const recalced = await recalcWithLibreOffice(files, path.join(dir, 'lo'));
  const bad: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    // Read back with the lean reader: LibreOffice keeps the overlapping merges ExcelJS refuses.
    const sheets = readWorkbookBytesToSnapshot(new Uint8Array(fs.readFileSync(recalced[i]))).snapshot.sheets;
    const sheet = sheets.find((s) => s.name === c.built.output.sheetName);
    if (!sheet) bad.push(`${c.name}: LibreOffice's copy has no sheet ${c.built.output.sheetName}`);
    else bad.push(...recalcMismatches(c.name, c.built.report, sheet).slice(0, 3));
  }
  expect(bad).toEqual([]);
});
