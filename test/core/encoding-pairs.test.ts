// decodeUtf8 on characters outside the Basic Multilingual Plane (four UTF-8 bytes, a UTF-16
// surrogate pair) and on long text. Expected units are written by hand from the UTF-8 and UTF-16
// definitions (RFC 3629, Unicode §3.9); the random case decodes what TextEncoder encoded from a
// random text, and expects that text back.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeUtf8 } from '../../src/core/encoding';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const decoded = (bytes: number[]) => decodeUtf8(Uint8Array.from(bytes));
const units = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('decodeUtf8: four-byte characters and long text', () => {
  it('writes a four-byte character as its surrogate pair', () => {
    // U+1F600 = F0 9F 98 80 = D83D DE00; U+10000 = F0 90 80 80 = D800 DC00; U+10FFFF = F4 8F BF BF = DBFF DFFF.
    const result = decoded([0x61, 0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf, 0x62]);
    assert.ok(result.ok);
    assert.deepEqual(units(result.text), [0x61, 0xd83d, 0xde00, 0xd800, 0xdc00, 0xdbff, 0xdfff, 0x62]);
  });

  it('counts a four-byte character as two columns when it places a bad byte after it', () => {
    // "a" is column 1, the pair columns 2 and 3, the bad byte 0xFF column 4 (the text's UTF-16 length, as before).
    assert.deepEqual(decoded([0x61, 0xf0, 0x9f, 0x98, 0x80, 0xff]), { ok: false, line: 1, column: 4, byte: 'FF' });
    assert.deepEqual(decoded([0xf0, 0x9f, 0x98, 0x80, 0x0a, 0xf0, 0x9f, 0x98, 0x80, 0x62, 0xc0]), { ok: false, line: 2, column: 4, byte: 'C0' });
  });

  it('keeps a surrogate pair whole anywhere in a long text (around 8,192 and 16,384 units)', () => {
    for (const before of [8190, 8191, 8192, 16383]) {
      const result = decoded([...Array<number>(before).fill(0x61), 0xf0, 0x9f, 0x98, 0x80, 0x62]);
      assert.ok(result.ok);
      assert.equal(result.text, `${'a'.repeat(before)}\u{1F600}b`);
    }
  });

  it('decodes any valid text back to the text it encodes', () => {
    const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff }));
    fc.assert(
      fc.property(fc.array(codePoint, { maxLength: 12000 }), (points) => {
        const text = String.fromCodePoint(...points);
        assert.deepEqual(decodeUtf8(new TextEncoder().encode(text)), { ok: true, text });
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });
});
