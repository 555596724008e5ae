// A chart's PNG, written from the pixels resvg drew rather than by resvg's own encoder (`asPng`):
// the files are 2.4x smaller for about the same CPU (the encoding is 4x cheaper, but reading
// `pixels` costs a fresh copy of the image, which eats most of that). resvg hands over tiny-skia's pixmap: premultiplied RGBA,
// 8 bits a channel. A PNG holds straight (not premultiplied) alpha, so each colour is demultiplied
// exactly as tiny-skia's encoder does, and the file decodes to the very pixels of resvg's PNG.
// A chart has few colours (about 130: flat fills and their antialiased edges), so the image is
// written as palette indices, a quarter of the bytes to compress; an image with more than 256
// colours is written as RGBA. resvg's PNG has no chunk but IHDR, IDAT and IEND (no pHYs, sRGB or
// gAMA), and neither has this one. Section numbers are those of the PNG specification, second
// edition (W3C 2003, ISO/IEC 15948).
import { Buffer } from 'node:buffer';
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // 5.2
// Colour types (11.2.2, table 11.1): 3 is palette indices, 6 is red, green, blue and alpha.
const INDEXED = 3;
const RGBA = 6;
// Filter types (9.2): the bytes themselves, or the difference from the byte above.
const FILTER_NONE = 0;
const FILTER_UP = 2;
const MAX_PALETTE = 256;
// Chosen by measurement on the release's charts' indices: levels 1 to 3 (zlib's fast matching)
// cost the same CPU, and 3 compresses best of them; levels 4 to 9 (lazy matching) take 3 to 20
// times the CPU to be 7% to 30% smaller.
const DEFLATE_LEVEL = 3;

/** tiny-skia's `PremultipliedColorU8::demultiply`, one channel: over alpha/255, in doubles, plus 0.5, truncated. */
export function demultiply(channel: number, alpha: number): number {
  if (alpha === 255) return channel;
  if (alpha === 0) return 0; // premultiplied, so the channel is 0 too (Rust's NaN as u8)
  return Math.min(255, Math.trunc(channel / (alpha / 255) + 0.5)); // `as u8` saturates
}

/** A PNG of `width` x `height` premultiplied RGBA pixels (4 bytes each, row by row). */
export function encodePng(premultiplied: Uint8Array, width: number, height: number): Buffer {
  if (!(width >= 1 && height >= 1)) throw new RangeError(`a PNG is at least 1 x 1 pixels, not ${width} x ${height}`); // 11.2.2
  if (premultiplied.length !== width * height * 4) throw new RangeError(`${premultiplied.length} bytes are not ${width} x ${height} RGBA pixels`);
  const indexed = indexedRows(premultiplied, width, height);
  const header = Buffer.alloc(13); // IHDR, 11.2.2
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; compression, filter method and interlace (bytes 10 to 12) are 0
  header[9] = indexed ? INDEXED : RGBA;
  const palette = indexed ? paletteChunks(premultiplied, indexed.firstPixels) : [];
  const rows = indexed ? indexed.rows : rgbaRows(premultiplied, width, height);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), ...palette, chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })), chunk('IEND', Buffer.alloc(0))]);
}

/** A chunk (5.3): the data's length, the type, the data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * The rows as palette indices (filter None: on indices the other filters compressed worse), and
 * where each palette colour is first seen (its byte offset), in the order seen; undefined if the
 * image has more than 256 colours.
 */
function indexedRows(pixels: Uint8Array, width: number, height: number): { rows: Buffer; firstPixels: number[] } | undefined {
  // Each pixel's 4 bytes read as one number, only to tell colours apart (so byte order does not matter).
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : new Uint8Array(pixels);
  const colours = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
  const indexOf = new Map<number, number>();
  const firstPixels: number[] = [];
  const rows = Buffer.alloc((width + 1) * height); // each row: its filter type, then an index a pixel
  // Neighbouring pixels are mostly the same colour: look it up only when it changes.
  let previous = ~colours[0]!; // not the first pixel's colour, so that one is looked up
  let index = 0;
  for (let y = 0, pixel = 0, out = 0; y < height; y++) {
    rows[out++] = FILTER_NONE;
    for (let x = 0; x < width; x++, pixel++, out++) {
      const colour = colours[pixel]!;
      if (colour !== previous) {
        let found = indexOf.get(colour);
        if (found === undefined) {
          if (firstPixels.length === MAX_PALETTE) return undefined;
          found = firstPixels.push(pixel * 4) - 1;
          indexOf.set(colour, found);
        }
        previous = colour;
        index = found;
      }
      rows[out] = index;
    }
  }
  return { rows, firstPixels };
}

/** PLTE (11.2.3) with the demultiplied colours, and tRNS (11.3.2.1) with their alphas unless all are opaque. */
function paletteChunks(pixels: Uint8Array, firstPixels: number[]): Buffer[] {
  const colours = Buffer.alloc(firstPixels.length * 3);
  const alphas = Buffer.alloc(firstPixels.length);
  firstPixels.forEach((p, index) => {
    const alpha = pixels[p + 3]!;
    for (let channel = 0; channel < 3; channel++) colours[index * 3 + channel] = demultiply(pixels[p + channel]!, alpha);
    alphas[index] = alpha;
  });
  return alphas.every((alpha) => alpha === 255) ? [chunk('PLTE', colours)] : [chunk('PLTE', colours), chunk('tRNS', alphas)];
}

/** The rows as demultiplied RGBA, each filtered Up (the smallest of None, Sub and Up on the charts drawn as RGBA). */
function rgbaRows(pixels: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  let above = new Uint8Array(stride); // the row above the first is all zeros (9.2)
  let current = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * stride;
    for (let i = 0; i < stride; i += 4) {
      const alpha = pixels[start + i + 3]!;
      for (let channel = 0; channel < 3; channel++) current[i + channel] = demultiply(pixels[start + i + channel]!, alpha);
      current[i + 3] = alpha;
    }
    const out = y * (stride + 1);
    rows[out] = FILTER_UP;
    for (let i = 0; i < stride; i++) rows[out + 1 + i] = current[i]! - above[i]!;
    [above, current] = [current, above];
  }
  return rows;
}
