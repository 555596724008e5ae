/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script, run with plain node */
/* global Buffer */
// Writes the add-in's icons as PNGs, deterministically (no timestamps): a blue rounded square with a
// white ring of dots, the SCO's member states around a centre. Run: node assets/make-icons.js
const { deflateSync } = require('node:zlib');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(size, x, y) {
  const c = (size - 1) / 2;
  const r = size / 2;
  const corner = size * 0.18;
  const dx = Math.max(Math.abs(x - c) - (r - corner), 0);
  const dy = Math.max(Math.abs(y - c) - (r - corner), 0);
  if (dx * dx + dy * dy > corner * corner) return [0, 0, 0, 0];
  const dots = 10;
  const ring = size * 0.3;
  const dotRadius = Math.max(size * 0.07, 1);
  for (let i = 0; i < dots; i++) {
    const angle = (2 * Math.PI * i) / dots - Math.PI / 2;
    const px = c + ring * Math.cos(angle);
    const py = c + ring * Math.sin(angle);
    if ((x - px) ** 2 + (y - py) ** 2 <= dotRadius ** 2) return [...WHITE, 255];
  }
  if ((x - c) ** 2 + (y - c) ** 2 <= (size * 0.11) ** 2) return [...WHITE, 255];
  return [...BLUE, 255];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...pixel(size, x, y));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(join(__dirname, `icon-${size}.png`), png(size));
