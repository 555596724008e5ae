// The data files' bytes into text (src/core/encoding.ts): strict UTF-8 at every boundary of the
// encoding (RFC 3629, table 3-7 of the Unicode standard), the first bad sequence located by line
// and column (UTF-16 units, as the validator counts), and the line-end rules. Expected values
// worked out by hand from the encoding's bit patterns. The product decodes with the platform's
// fatal TextDecoder and locates a refusal with its own scan: the random cases check that scan
// against where the WHATWG decoder, fed the bytes one at a time, first fails.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeUtf8, normaliseLineEnds } from '../../src/core';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const refused = (line: number, column: number, byte: string) => ({ ok: false, line, column, byte });

describe('decodeUtf8', () => {
  it('decodes one to four bytes a character', () => {
    assert.deepEqual(decodeUtf8(bytes(...ascii('ab\ncd'))), { ok: true, text: 'ab\ncd' });
    // é U+00E9 = 00011 101001: C3 A9. 上 U+4E0A = 0100 111000 001010: E4 B8 8A.
    // 😀 U+1F600 = 000 011111 011000 000000: F0 9F 98 80.
    assert.deepEqual(decodeUtf8(bytes(0xc3, 0xa9, 0xe4, 0xb8, 0x8a, 0xf0, 0x9f, 0x98, 0x80)), { ok: true, text: 'é上😀' });
    assert.deepEqual(decodeUtf8(bytes()), { ok: true, text: '' });
    // A byte-order mark is text here (normaliseLineEnds drops it).
    assert.deepEqual(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41)), { ok: true, text: '\ufeffA' });
  });

  it('decodes a long file whole, with fewer UTF-16 units than bytes', () => {
    const accents = new Uint8Array(20_000).map((_, at) => (at % 2 === 0 ? 0xc3 : 0xa9));
    assert.deepEqual(decodeUtf8(accents), { ok: true, text: 'é'.repeat(10_000) });
    const mixed = bytes(...Array.from({ length: 5_000 }, () => [0x61, 0xf0, 0x9f, 0x98, 0x80]).flat());
    assert.deepEqual(decodeUtf8(mixed), { ok: true, text: 'a😀'.repeat(5_000) });
    assert.deepEqual(decodeUtf8(new Uint8Array(8_192).fill(0x41)), { ok: true, text: 'A'.repeat(8_192) });
  });

  it('accepts the first and last code point of every length, and the code points around the surrogates', () => {
    const cases: [number[], string][] = [
      [[0x00], '\u0000'],
      [[0x7f], '\u007f'],
      [[0xc2, 0x80], '\u0080'],
      [[0xdf, 0xbf], '\u07ff'],
      [[0xe0, 0xa0, 0x80], '\u0800'],
      [[0xed, 0x9f, 0xbf], '\ud7ff'],
      [[0xee, 0x80, 0x80], '\ue000'],
      [[0xef, 0xbf, 0xbf], '\uffff'],
      [[0xf0, 0x90, 0x80, 0x80], '\u{10000}'],
      [[0xf4, 0x8f, 0xbf, 0xbf], '\u{10ffff}'],
    ];
    for (const [input, text] of cases) assert.deepEqual(decodeUtf8(bytes(...input)), { ok: true, text }, input.map((b) => b.toString(16)).join(' '));
  });

  it('refuses a byte that starts no character: a continuation byte, C0, C1 and F5 to FF', () => {
    // F9 to FC with three continuation bytes would spell U+40000 to U+100000 if read as four-byte leads.
    for (const lead of [0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xf8, 0xf9, 0xfc, 0xff]) {
      assert.deepEqual(decodeUtf8(bytes(0x41, lead, 0x80, 0x80, 0x80)), refused(1, 2, lead.toString(16).toUpperCase()));
    }
  });

  it('refuses overlong forms, surrogates and code points above U+10FFFF, naming the first byte of the sequence', () => {
    const cases: [number[], string][] = [
      [[0xe0, 0x9f, 0xbf], 'E0'], // U+07FF in three bytes
      [[0xf0, 0x8f, 0xbf, 0xbf], 'F0'], // U+FFFF in four bytes
      [[0xed, 0xa0, 0x80], 'ED'], // U+D800
      [[0xed, 0xbf, 0xbf], 'ED'], // U+DFFF
      [[0xf4, 0x90, 0x80, 0x80], 'F4'], // U+110000
    ];
    for (const [input, byte] of cases) assert.deepEqual(decodeUtf8(bytes(0x78, 0x79, ...input)), refused(1, 3, byte), byte);
  });

  it('refuses a sequence cut short, by the end of the file or by a byte that continues nothing, naming its first byte where it starts', () => {
    assert.deepEqual(decodeUtf8(bytes(0x41, 0xc3)), refused(1, 2, 'C3'));
    assert.deepEqual(decodeUtf8(bytes(0xe4, 0xb8)), refused(1, 1, 'E4'));
    assert.deepEqual(decodeUtf8(bytes(0xf0, 0x9f, 0x98)), refused(1, 1, 'F0'));
    // "Пекин" saved as Windows-1251 (CF E5 EA E8 ED): CF would start two bytes, E5 continues nothing.
    assert.deepEqual(decodeUtf8(bytes(...ascii('a,'), 0xcf, 0xe5, 0xea, 0xe8, 0xed)), refused(1, 3, 'CF'));
    assert.deepEqual(decodeUtf8(bytes(0xe4, 0xb8, 0x7d)), refused(1, 1, 'E4'));
    assert.deepEqual(decodeUtf8(bytes(0xc3, 0xc3, 0xa9)), refused(1, 1, 'C3'));
  });

  it('counts lines by line feeds and columns in UTF-16 units (an astral character is two)', () => {
    assert.deepEqual(decodeUtf8(bytes(...ascii('ab\ncd\n'), 0xff)), refused(3, 1, 'FF'));
    assert.deepEqual(decodeUtf8(bytes(...ascii('ab\nc'), 0xff)), refused(2, 2, 'FF'));
    assert.deepEqual(decodeUtf8(bytes(0xc3, 0xa9, 0xff)), refused(1, 2, 'FF'));
    assert.deepEqual(decodeUtf8(bytes(0xe4, 0xb8, 0x8a, 0xff)), refused(1, 2, 'FF'));
    assert.deepEqual(decodeUtf8(bytes(0xf0, 0x9f, 0x98, 0x80, 0xff)), refused(1, 3, 'FF'));
    // A carriage return is a column like any other character here.
    assert.deepEqual(decodeUtf8(bytes(...ascii('a\r\nb\r'), 0xc0)), refused(2, 3, 'C0'));
  });

  it('locates the sequence the WHATWG decoder first fails in, on random bytes, mostly well-formed sequences', () => {
    const fatal = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const decodes = (input: Uint8Array, stream: boolean) => {
      try {
        fatal().decode(input, { stream });
        return true;
      } catch {
        return false;
      }
    };
    // Where a refusal stands, found with the WHATWG decoder alone: the shortest prefix it fails on
    // (streaming) ends with the byte that breaks the sequence; the sequence began at that byte when
    // the bytes before it are whole characters, else at the last lead byte (11xxxxxx) before it.
    // Its line and column are those of the text before it.
    const expectedFor = (input: Uint8Array) => {
      if (decodes(input, false)) return { ok: true, text: fatal().decode(input) };
      let end = 1;
      while (end < input.length && decodes(input.subarray(0, end), true)) end++;
      // A file that ends inside a sequence fails only at its end (no byte breaks the sequence).
      let start = decodes(input.subarray(0, end), true) ? end : end - 1;
      if (!decodes(input.subarray(0, start), false))
        do start--;
        while (input[start]! < 0xc0);
      const before = fatal().decode(input.subarray(0, start));
      const lines = before.split('\n');
      return refused(lines.length, lines[lines.length - 1]!.length + 1, input[start]!.toString(16).toUpperCase());
    };
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((point) => [point]),
      fc.constant([0x0a]),
      fc.integer({ min: 0, max: 0x10ffff }).map((point) => [...new TextEncoder().encode(String.fromCodePoint(point))]),
      fc.integer({ min: 0x80, max: 0xff }).map((byte) => [byte]),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const input = bytes(...pieces.flat());
        assert.deepEqual(decodeUtf8(input), expectedFor(input));
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });
});

describe('normaliseLineEnds', () => {
  it('drops a leading byte-order mark only, and reads CRLF as LF', () => {
    assert.deepEqual(normaliseLineEnds('\ufeffa,b\r\nc\r\n'), { ok: true, text: 'a,b\nc\n' });
    assert.deepEqual(normaliseLineEnds('a\ufeff'), { ok: true, text: 'a\ufeff' });
    assert.deepEqual(normaliseLineEnds('\ufeff\ufeffa'), { ok: true, text: '\ufeffa' });
    assert.deepEqual(normaliseLineEnds('a\nb'), { ok: true, text: 'a\nb' });
    assert.deepEqual(normaliseLineEnds(''), { ok: true, text: '' });
  });

  it('refuses a carriage return without a line feed, at its line and column (after CRLF became LF, the mark not counted)', () => {
    assert.deepEqual(normaliseLineEnds('ab\rc'), { ok: false, line: 1, column: 3 });
    assert.deepEqual(normaliseLineEnds('\r'), { ok: false, line: 1, column: 1 });
    assert.deepEqual(normaliseLineEnds('x\r\nyz\rw'), { ok: false, line: 2, column: 3 });
    assert.deepEqual(normaliseLineEnds('a\nb\nc\r'), { ok: false, line: 3, column: 2 });
    assert.deepEqual(normaliseLineEnds('\ufeffab\r'), { ok: false, line: 1, column: 3 });
    // "\r\r\n": the second CR ends the line; the first stands alone.
    assert.deepEqual(normaliseLineEnds('a\r\r\n'), { ok: false, line: 1, column: 2 });
  });
});
