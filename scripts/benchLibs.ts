/**
 * One measured variant of the package libraries, run in its own process by scripts/bench.ts so
 * each gets a clean peak-memory figure: `node benchLibs.js <variant> <file.xlsx>` prints
 * `<variant> ms=<wall> maxRSS_MB=<peak>`. The variants are what the writer and the reader could
 * be built on: zip (jszip / fflate / our entry-level copy) and sheet XML parsing (saxes /
 * fast-xml-parser / our string scanner).
 */
import fs from 'fs';
import { performance } from 'perf_hooks';
import JSZip from 'jszip';
import { unzipSync, zipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { XMLParser } from 'fast-xml-parser';
import { entryBytes, readZip, writeZip } from '../src/xlsx/package/zip';
import { readSheetEntry } from '../src/xlsx/read/sheetReader';

/** The largest worksheet part of the package (the one that decides the reader's cost). */
function largestSheet(bytes: Uint8Array) {
  return readZip(bytes)
    .filter((e) => /worksheets\/sheet\d+\.xml$/.test(e.name))
    .sort((a, b) => b.size - a.size)[0];
}

const VARIANTS: Record<string, (bytes: Uint8Array) => Promise<unknown> | unknown> = {
  // Zip: read every entry and write the package again (what a whole-package writer does).
  'zip-jszip': async (bytes) => {
    const zip = await JSZip.loadAsync(bytes);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  },
  'zip-fflate': (bytes) => zipSync(unzipSync(bytes), { level: 6 }),
  // Ours: entries copied as stored; only edited parts would be deflated.
  'zip-entries': (bytes) => writeZip(readZip(bytes)),
  // Sheet XML: parse the largest sheet's cells.
  'xml-saxes': (bytes) => {
    const parser = new SaxesParser();
    let cells = 0;
    parser.on('opentag', (t) => {
      if (t.name === 'c') cells++;
    });
    parser.write(strFromU8(entryBytes(largestSheet(bytes)))).close();
    return cells;
  },
  'xml-fast-xml-parser': (bytes) => new XMLParser({ ignoreAttributes: false }).parse(strFromU8(entryBytes(largestSheet(bytes)))),
  'xml-scanner': (bytes) => readSheetEntry(largestSheet(bytes), { strings: [], formats: [], date1904: false }),
};

async function main(): Promise<void> {
  const [variant, file] = process.argv.slice(2);
  const run = VARIANTS[variant];
  if (!run || !file) throw new Error(`usage: benchLibs <${Object.keys(VARIANTS).join('|')}> <file.xlsx>`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const start = performance.now();
  await run(bytes);
  const ms = performance.now() - start;
  console.log(`${variant} ms=${ms.toFixed(0)} maxRSS_MB=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
}

export const VARIANT_NAMES = Object.keys(VARIANTS);

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
