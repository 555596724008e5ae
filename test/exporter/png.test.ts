// The charts' PNG encoder (src/exporter/png.ts) against resvg's own (`asPng`): both files are read
// here with a small PNG decoder written from the PNG specification (second edition: chunks and
// their CRCs, 5.3; the five filter types, 9.2; IHDR, PLTE, tRNS, 11.2 and 11.3), not taken from
// the encoder, and every pixel of ours must equal resvg's: red, green, blue and alpha.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { deflateSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { CHARTS, LANGUAGES, type ChartId } from '../../src/core';
import { RESVG_OPTIONS, renderChart } from '../../src/exporter/charts';
import { encodePng } from '../../src/exporter/png';
import { currentRelease } from '../../src/exporter/update-docs';
import { loadDataDir } from '../../src/node/data-dir';
import { DATA_DIR } from '../helpers';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** CRC-32 as the specification's annex D computes it (polynomial 0xedb88320, reflected). */
function crc(bytes: Uint8Array): number {
  let value = 0xffffffff;
  for (const byte of bytes) {
    value ^= byte;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? (value >>> 1) ^ 0xedb88320 : value >>> 1;
  }
  return (value ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  data: Buffer;
}

/** The chunks after the signature, each one's CRC checked. */
function chunks(png: Buffer): Chunk[] {
  assert.deepEqual([...png.subarray(0, 8)], SIGNATURE, 'not a PNG signature');
  const found: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    assert.equal(png.readUInt32BE(at + 8 + length), crc(typeAndData), `the CRC of chunk ${found.length}`);
    found.push({ type: typeAndData.toString('latin1', 0, 4), data: Buffer.from(typeAndData.subarray(4)) });
    at += 12 + length;
  }
  return found;
}

/** The filtered scanlines, each one's filter type byte first: IDAT's data inflated (10.1). */
const scanlines = (png: Buffer) =>
  inflateSync(
    Buffer.concat(
      chunks(png)
        .filter((chunk) => chunk.type === 'IDAT')
        .map((chunk) => chunk.data),
    ),
  );

/** The Paeth predictor (9.4). */
function paeth(left: number, above: number, upperLeft: number): number {
  const estimate = left + above - upperLeft;
  const [toLeft, toAbove, toUpperLeft] = [Math.abs(estimate - left), Math.abs(estimate - above), Math.abs(estimate - upperLeft)];
  if (toLeft <= toAbove && toLeft <= toUpperLeft) return left;
  return toAbove <= toUpperLeft ? above : upperLeft;
}

/** A PNG of bit depth 8, colour type 2 (RGB), 3 (palette) or 6 (RGBA), not interlaced, as RGBA bytes. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const all = chunks(png);
  assert.equal(all[0]?.type, 'IHDR');
  assert.equal(all.at(-1)?.type, 'IEND');
  const header = all[0]!.data;
  const [width, height, depth, colourType, compression, filterMethod, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]];
  assert.deepEqual([depth, compression, filterMethod, interlace], [8, 0, 0, 0]);
  const channels = { 2: 3, 3: 1, 6: 4 }[colourType as 2 | 3 | 6];
  assert.ok(channels, `colour type ${colourType}`);
  const stride = width * channels;
  const raw = scanlines(png);
  assert.equal(raw.length, (stride + 1) * height);
  const image = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? image[y * stride + x - channels]! : 0;
      const above = y > 0 ? image[(y - 1) * stride + x]! : 0;
      const upperLeft = x >= channels && y > 0 ? image[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, left, above, Math.floor((left + above) / 2), paeth(left, above, upperLeft)][type];
      assert.ok(predictor !== undefined, `filter type ${type} on row ${y}`);
      image[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  const palette = all.find((chunk) => chunk.type === 'PLTE')?.data;
  const alphas = all.find((chunk) => chunk.type === 'tRNS')?.data;
  for (let pixel = 0; pixel < width * height; pixel++) {
    if (colourType === 3) {
      const index = image[pixel]!;
      assert.ok(palette && index * 3 < palette.length, `index ${index} outside the palette`);
      palette.copy(rgba, pixel * 4, index * 3, index * 3 + 3);
      rgba[pixel * 4 + 3] = alphas && index < alphas.length ? alphas[index]! : 255;
    } else {
      image.copy(rgba, pixel * 4, pixel * channels, pixel * channels + channels);
      if (channels === 3) rgba[pixel * 4 + 3] = 255;
    }
  }
  return { width, height, rgba };
}

/** resvg's PNG and ours of one SVG. */
function bothPngs(svg: string, options: ConstructorParameters<typeof Resvg>[1]) {
  const rendered = new Resvg(svg, options).render();
  return { theirs: rendered.asPng(), ours: encodePng(rendered.pixels, rendered.width, rendered.height) };
}

function assertSamePixels(ours: Buffer, theirs: Buffer) {
  const [a, b] = [decode(ours), decode(theirs)];
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  const differing = a.rgba.findIndex((byte, index) => byte !== b.rgba[index]);
  assert.equal(differing, -1, `pixel ${differing >> 2}: ours ${[...a.rgba.subarray(differing & ~3, (differing & ~3) + 4)]}, resvg's ${[...b.rgba.subarray(differing & ~3, (differing & ~3) + 4)]}`);
}

const types = (png: Buffer) => chunks(png).map((chunk) => chunk.type);
/** How many pixels are transparent, partly transparent and opaque. */
function alphaKinds(rgba: Buffer) {
  const kinds = { transparent: 0, partial: 0, opaque: 0 };
  for (let at = 3; at < rgba.length; at += 4) kinds[rgba[at] === 0 ? 'transparent' : rgba[at] === 255 ? 'opaque' : 'partial']++;
  return kinds;
}

// Few colours: a translucent circle and a tilted square on nothing, so the edges are antialiased
// over transparency (alpha 0, partial alpha and 255, each colour demultiplied).
const TRANSLUCENT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="16">
  <circle cx="9" cy="8" r="6.3" fill="#c83264" fill-opacity="0.6"/>
  <rect x="13" y="3" width="7" height="7" fill="#1e7a3c" transform="rotate(20 16 6)"/>
</svg>`;
// Many colours: a gradient from opaque to almost transparent, more than a palette holds.
const GRADIENT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="24">
  <defs><linearGradient id="g" x2="1" y2="0.3"><stop offset="0.25" stop-color="#ff8000"/><stop offset="1" stop-color="#2040ff" stop-opacity="0.05"/></linearGradient></defs>
  <rect x="1.5" y="1.5" width="61" height="21" rx="6" fill="url(#g)"/>
</svg>`;

describe("exporter: the charts' PNG encoder (same pixels as resvg's PNG)", () => {
  it("the test's decoder undoes each of the five filter types (a hand-built RGB image, one filter a row)", () => {
    const [width, height, channels] = [3, 5, 3];
    const pixels = Buffer.from(Array.from({ length: width * height * channels }, (_, index) => (index * 73 + 41) % 256));
    const at = (y: number, x: number) => (x >= 0 && y >= 0 ? pixels[y * width * channels + x]! : 0);
    const raw: number[] = [];
    for (let y = 0; y < height; y++) {
      raw.push(y); // row y is filtered with type y: None, Sub, Up, Average, Paeth
      for (let x = 0; x < width * channels; x++) {
        const [left, above, upperLeft] = [at(y, x - channels), at(y - 1, x), at(y - 1, x - channels)];
        raw.push((at(y, x) - [0, left, above, Math.floor((left + above) / 2), paeth(left, above, upperLeft)][y]! + 256) % 256);
      }
    }
    const chunk = (type: string, data: Buffer) => {
      const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crcBytes = Buffer.alloc(4);
      crcBytes.writeUInt32BE(crc(typeAndData));
      return Buffer.concat([Buffer.from([0, 0, 0, data.length]), typeAndData, crcBytes]);
    };
    const header = Buffer.from([0, 0, 0, width, 0, 0, 0, height, 8, 2, 0, 0, 0]);
    const png = Buffer.concat([Buffer.from(SIGNATURE), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(raw))), chunk('IEND', Buffer.alloc(0))]);
    const expected = Array.from({ length: width * height }, (_, pixel) => [...pixels.subarray(pixel * 3, pixel * 3 + 3), 255]).flat();
    assert.deepEqual([...decode(png).rgba], expected);
  });

  it('writes a 2 x 1 image as the specification spells it: IHDR, PLTE, tRNS, the scanline, IEND', () => {
    // Opaque red, and blue at alpha 128, premultiplied: 255 * 128 / 255 = 128, demultiplied back to 255.
    const png = encodePng(Buffer.from([255, 0, 0, 255, 0, 0, 128, 128]), 2, 1);
    assert.deepEqual([...png.subarray(0, 8)], SIGNATURE);
    assert.deepEqual(
      chunks(png).map((chunk) => [chunk.type, [...chunk.data]]),
      [
        ['IHDR', [0, 0, 0, 2, 0, 0, 0, 1, 8, 3, 0, 0, 0]], // width 2, height 1, depth 8, palette, deflate, filter method 0, not interlaced
        ['PLTE', [255, 0, 0, 0, 0, 255]],
        ['tRNS', [255, 128]],
        ['IDAT', [...chunks(png)[3]!.data]], // compressed: checked through its inflated bytes below
        ['IEND', []],
      ],
    );
    assert.deepEqual([...scanlines(png)], [0, 0, 1]); // filter None, then index 0 and index 1
    // The first chunk's bytes in full: length 13, "IHDR", the fields, and their CRC.
    assert.equal(
      png.subarray(8, 33).toString('hex'),
      '0000000d' + '49484452' + '00000002000000010803000000' + crc(Buffer.from('IHDR\0\0\0\x02\0\0\0\x01\x08\x03\0\0\0', 'latin1')).toString(16).padStart(8, '0'),
    );
    assert.deepEqual([...decode(png).rgba], [255, 0, 0, 255, 0, 0, 255, 128]);
  });

  it('writes an opaque image without tRNS, and refuses a size its bytes do not have', () => {
    const png = encodePng(Buffer.from([10, 20, 30, 255, 10, 20, 30, 255, 40, 50, 60, 255, 10, 20, 30, 255]), 2, 2);
    assert.deepEqual(types(png), ['IHDR', 'PLTE', 'IDAT', 'IEND']);
    assert.deepEqual([...chunks(png)[1]!.data], [10, 20, 30, 40, 50, 60]);
    assert.deepEqual([...scanlines(png)], [0, 0, 0, 0, 1, 0]);
    assert.throws(() => encodePng(Buffer.alloc(12), 2, 2), RangeError);
    assert.throws(() => encodePng(Buffer.alloc(0), 0, 0), RangeError);
  });

  it('a small translucent drawing (palette): the same pixels as resvg, alpha 0 and partial alpha included', () => {
    const { ours, theirs } = bothPngs(TRANSLUCENT_SVG, { fitTo: { mode: 'zoom', value: 3 } });
    const kinds = alphaKinds(decode(theirs).rgba);
    assert.ok(kinds.transparent > 0 && kinds.partial > 20 && kinds.opaque > 0, JSON.stringify(kinds));
    assert.deepEqual(types(ours), ['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    assertSamePixels(ours, theirs);
  });

  it('a gradient over transparency (more than 256 colours, so RGBA): the same pixels as resvg', () => {
    const { ours, theirs } = bothPngs(GRADIENT_SVG, { fitTo: { mode: 'zoom', value: 4 } });
    const kinds = alphaKinds(decode(theirs).rgba);
    assert.ok(kinds.transparent > 0 && kinds.partial > 1000 && kinds.opaque > 0, JSON.stringify(kinds));
    assert.deepEqual(types(ours), ['IHDR', 'IDAT', 'IEND']);
    assert.equal(chunks(ours)[0]!.data[9], 6, 'colour type RGBA');
    assertSamePixels(ours, theirs);
  });

  describe('the release charts', () => {
    const data = loadDataDir(DATA_DIR);
    const release = currentRelease();
    const charts = (Object.keys(CHARTS) as ChartId[]).flatMap((id) => LANGUAGES.map((lang) => renderChart(data, id, release, lang)));

    for (const chart of charts) {
      it(`${chart.pngPath}: every pixel as resvg's own PNG has it; IHDR, PLTE, IDAT, IEND and no other chunk`, () => {
        const png = Buffer.from(chart.png);
        assertSamePixels(png, new Resvg(chart.svg, RESVG_OPTIONS).render().asPng());
        assert.deepEqual(types(png), ['IHDR', 'PLTE', 'IDAT', 'IEND']); // opaque: no tRNS; resvg writes no pHYs, sRGB or gAMA either
        const header = chunks(png)[0]!.data;
        assert.deepEqual([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)], [1800, 960, 8, 3, 0, 0, 0]);
      });
    }

    it('the same pixels encode to the same bytes', () => {
      const rendered = new Resvg(charts[0]!.svg, RESVG_OPTIONS).render();
      const pixels = rendered.pixels;
      assert.ok(encodePng(pixels, rendered.width, rendered.height).equals(encodePng(Buffer.from(pixels), rendered.width, rendered.height)));
      assert.ok(encodePng(pixels, rendered.width, rendered.height).equals(Buffer.from(charts[0]!.png)));
    });
  });
});
