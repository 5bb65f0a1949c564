#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): a blue tile with three white
// bars of a bar chart and a check line. Plain RGBA PNGs written with zlib, no image library.
// Run: node scripts/make-icons.js  (the PNGs are committed; rerun only to change the design).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The colour of pixel (x, y) of an s×s icon, as [r, g, b, a]. */
function pixel(x, y, s) {
  const u = (x + 0.5) / s;
  const v = (y + 0.5) / s;
  const r = 0.18; // corner radius, as a share of the side
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const bars = [
    [0.2, 0.36, 0.55],
    [0.42, 0.58, 0.38],
    [0.64, 0.8, 0.22],
  ];
  for (const [left, right, top] of bars) if (u >= left && u < right && v >= top && v < 0.8) return [255, 255, 255, 255];
  return [31, 78, 121, 255]; // #1F4E79, the report sheet's tab colour
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
      raw[at + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SIZES = [16, 32, 64, 80, 128];
const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
