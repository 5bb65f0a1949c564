/**
 * A ~50 MB workbook for the benchmark (issue 13): the large synthetic department plus a big
 * ledger-detail sheet (凭证明细, dates, voucher numbers, codes, amounts, a short text), the kind
 * of sheet a finance office keeps next to its tables. The detail sheet's XML is written and
 * deflated in chunks straight into the package, so making the file costs little memory.
 */
import fs from 'fs';
import { Deflate } from 'fflate';
import { crc32, readZip, writeZip, ZipEntry, entryText, textEntry } from '../src/xlsx/package/zip';
import { addSheet, readWorkbook } from '../src/xlsx/package/workbookXml';
import { addOverride, addRel, freeRelId, readRels, relType, WORKSHEET_TYPE } from '../src/xlsx/package/parts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const ROWS_PER_CHUNK = 2000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function rowXml(r: number, rand: () => number): string {
  const n = r + 1;
  const amount = () => (Math.floor(rand() * 100_000_000) / 100).toString();
  return (
    `<row r="${n}"><c r="A${n}"><v>${44562 + Math.floor(rand() * 365)}</v></c><c r="B${n}"><v>${100000 + r}</v></c>` +
    `<c r="C${n}"><v>${2050000 + Math.floor(rand() * 9999)}</v></c><c r="D${n}"><v>${amount()}</v></c>` +
    `<c r="E${n}"><v>${amount()}</v></c><c r="F${n}"><v>${amount()}</v></c><c r="G${n}"><v>${Math.floor(rand() * 24) + 1}</v></c>` +
    `<c r="H${n}" t="inlineStr"><is><t>付款${Math.floor(rand() * 1000)}</t></is></c></row>`
  );
}

/** The detail sheet as a deflated zip entry of about `targetBytes` compressed. */
function detailEntry(name: string, targetBytes: number, like: ZipEntry): ZipEntry {
  const rand = rng(20221231);
  const chunks: Uint8Array[] = [];
  let compressed = 0;
  let size = 0;
  let crc = 0;
  const deflate = new Deflate({ level: 1 }, (chunk) => {
    chunks.push(chunk);
    compressed += chunk.length;
  });
  const push = (text: string, final = false) => {
    const data = new TextEncoder().encode(text);
    crc = crc32(data, crc);
    size += data.length;
    deflate.push(data, final);
  };
  push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`);
  push('<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>凭证号</t></is></c><c r="D1" t="inlineStr"><is><t>借方</t></is></c></row>');
  for (let r = 1; compressed < targetBytes; r += ROWS_PER_CHUNK) {
    let text = '';
    for (let k = 0; k < ROWS_PER_CHUNK; k++) text += rowXml(r + k, rand);
    push(text);
  }
  push('</sheetData></worksheet>', true);
  const data = new Uint8Array(compressed);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return { name, method: 8, crc, compressed: data, size, time: like.time, date: like.date };
}

/** Writes `base` (an .xlsx) plus a detail sheet, about `targetMb` MB in all, to `file`. */
export function writeBigWorkbook(base: Uint8Array, targetMb: number, file: string): void {
  const entries = readZip(base);
  const text = (name: string) => entryText(entries.find((e) => e.name === name)!);
  const book = entries.find((e) => e.name === 'xl/workbook.xml')!;
  const info = readWorkbook(text('xl/workbook.xml'));
  const rels = readRels(text('xl/_rels/workbook.xml.rels'));
  const id = freeRelId(rels);
  const part = `xl/worksheets/sheet${info.sheets.length + 100}.xml`;
  const sheetId = Math.max(...info.sheets.map((s) => s.sheetId)) + 1;
  const edited: Record<string, string> = {
    'xl/workbook.xml': addSheet(text('xl/workbook.xml'), '凭证明细', sheetId, id),
    'xl/_rels/workbook.xml.rels': addRel(text('xl/_rels/workbook.xml.rels'), { id, type: relType(rels, 'worksheet'), target: part.slice(3) }),
    '[Content_Types].xml': addOverride(text('[Content_Types].xml'), part, WORKSHEET_TYPE),
  };
  const rest = base.length;
  const out = entries.map((e) => (e.name in edited ? textEntry(e.name, edited[e.name], book) : e));
  out.push(detailEntry(part, Math.max(0, targetMb * 1024 * 1024 - rest), book));
  fs.writeFileSync(file, writeZip(out));
}
