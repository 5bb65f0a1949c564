/**
 * The package test's checks: which entries of an output differ from its input, and whether a
 * shared part's XML differs only by insertions (counts and sizes aside).
 */
import { calendarDay } from '../../src/app/today';
import { TEST_NOW } from '../cli/capture';
import { reportKeepingEdits } from '../../src/xlsx/keepEdits';
import { entryBytes, readZip, ZipEntry } from '../../src/xlsx/package/zip';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { Analysis } from '../../src/core/model/analysis';
import { ReportSheet } from '../../src/core/report/sheet';
import { readWorkbookBytesToSnapshot } from '../../src/xlsx/read/readWorkbook';
import { spliceWorkbook, SpliceResult } from '../../src/xlsx/package/splice';

/** The parts the writer may edit; everything else must be the input's, byte for byte. */
export const SHARED =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml|xl\/calcChain\.xml)$/;

export function entryMap(bytes: Uint8Array): Map<string, ZipEntry> {
  return new Map(readZip(bytes).map((e) => [e.name, e]));
}

export const textOf = (e: ZipEntry): string => new TextDecoder().decode(entryBytes(e));

/** Entries of `before` missing from `after` or with other content (uncompressed bytes). */
export function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = entryMap(before);
  const b = entryMap(after);
  return [...a.keys()].filter((name) => {
    const other = b.get(name);
    return other === undefined || !Buffer.from(entryBytes(a.get(name)!)).equals(Buffer.from(entryBytes(other)));
  });
}

/** Tags and text runs, with count/size attributes and counters blanked (they go up when we add). */
function tokens(xml: string): string[] {
  return (xml.match(/<[^>]*>|[^<]+/g) ?? []).map((t) =>
    t.replace(/\s(count|size)="\d+"/g, ' $1="#"').replace(/^\d+$/, '#'),
  );
}

/**
 * The input tokens of `before` that are not, in order, in `after` (empty when `after` is
 * `before` with insertions only). A self-closed element opened up (`<sheets/>` →
 * `<sheets>…</sheets>`) is the same element.
 */
export function lostTokens(before: string, after: string): string[] {
  const b = tokens(after.replace(/<([\w:.-]+)([^>]*?)\s*\/>/g, '<$1$2></$1>'));
  const lost: string[] = [];
  let at = 0;
  for (const t of tokens(before.replace(/<([\w:.-]+)([^>]*?)\s*\/>/g, '<$1$2></$1>'))) {
    const found = b.indexOf(t, at);
    if (found < 0) lost.push(t);
    else at = found + 1;
  }
  return lost;
}

export interface Built {
  readonly analysis: Analysis;
  readonly report: ReportSheet;
  readonly output: SpliceResult;
}

/** The CLI's path from bytes to the output package. */
export function buildFromBytes(bytes: Uint8Array): Built {
  // The day the captured CLI runs take (test/cli/capture.ts), so both lay out the same rows.
  const analysis = analyse(readWorkbookBytesToSnapshot(bytes).snapshot, { today: calendarDay(TEST_NOW) });
  const report = buildReportSheet(analysis);
  return { analysis, report, output: spliceWorkbook(bytes, reportKeepingEdits(bytes, report).request) };
}
