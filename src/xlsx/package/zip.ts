/**
 * The .xlsx zip container, read and written at the level of entries: an entry we do not change
 * is copied as its stored (compressed) bytes with its CRC, so it is byte for byte the input's and
 * costs no inflate/deflate. Only the parts we edit are inflated and deflated (fflate, which runs
 * in the browser and in Node). No Node-only code here: the web page uses it too.
 * Zip64 archives (over 4 GB or 65,535 entries) are not read; no workbook of a department is one.
 */
import { deflateSync, inflateSync } from 'fflate';

/** One entry of the archive as stored. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number; // 0 stored, 8 deflate
  readonly crc: number;
  readonly compressed: Uint8Array;
  readonly size: number;
  readonly time: number;
  readonly date: number;
}

/** The zip container is damaged or of a kind we do not read. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip archive, in the central directory's order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('zip64 archives are not supported');
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError('bad central directory');
    const nameLen = view.getUint16(at + 28, true);
    const skip = nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipFormatError('bad local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const csize = view.getUint32(at + 20, true);
    if (start + csize > bytes.length) throw new ZipFormatError('entry runs past the end of the file');
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLen)),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressed: bytes.subarray(start, start + csize),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + skip;
  }
  return entries;
}

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65535); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError('no end of central directory');
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.compressed;
  if (entry.method === 8) return inflateSync(entry.compressed, { out: new Uint8Array(entry.size) });
  throw new ZipFormatError(`compression method ${entry.method} is not supported`);
}

/** The text of an XML entry (UTF-8). */
export function entryText(entry: ZipEntry): string {
  return new TextDecoder().decode(entryBytes(entry));
}

/** A new entry holding `text` (UTF-8), deflated; its time is `like`'s (the package's own clock). */
export function textEntry(name: string, text: string, like?: ZipEntry): ZipEntry {
  const data = new TextEncoder().encode(text);
  return {
    name,
    method: 8,
    crc: crc32(data),
    compressed: deflateSync(data, { level: 6 }),
    size: data.length,
    time: like?.time ?? 0,
    date: like?.date ?? 0x21, // 1980-01-01
  };
}

/** The archive of `entries`, in order: local headers, data, central directory. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const dataSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.compressed.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(dataSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    at = header(view, out, at, LOCAL, e, names[i], 0);
    out.set(e.compressed, at);
    at += e.compressed.length;
  });
  const central = at;
  entries.forEach((e, i) => {
    at = header(view, out, at, CENTRAL, e, names[i], offsets[i]);
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

/** Writes a local (30 bytes) or central (46 bytes) header and the name; returns the offset after. */
function header(view: DataView, out: Uint8Array, at: number, sig: number, e: ZipEntry, name: Uint8Array, offset: number): number {
  const central = sig === CENTRAL;
  const p = central ? 2 : 0; // the central header has "version made by" in front
  view.setUint32(at, sig, true);
  if (central) view.setUint16(at + 4, 20, true);
  view.setUint16(at + 4 + p, 20, true);
  view.setUint16(at + 6 + p, 0x0800, true); // names are UTF-8; sizes in the header, no descriptor
  view.setUint16(at + 8 + p, e.method, true);
  view.setUint16(at + 10 + p, e.time, true);
  view.setUint16(at + 12 + p, e.date, true);
  view.setUint32(at + 14 + p, e.crc, true);
  view.setUint32(at + 18 + p, e.compressed.length, true);
  view.setUint32(at + 22 + p, e.size, true);
  view.setUint16(at + 26 + p, name.length, true);
  if (central) view.setUint32(at + 42, offset, true);
  const start = at + (central ? 46 : 30);
  out.set(name, start);
  return start + name.length;
}

let table: Uint32Array | null = null;

/** CRC-32 (the zip polynomial) of `data`; pass the CRC so far to continue over several chunks. */
export function crc32(data: Uint8Array, previous = 0): number {
  if (table === null) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
