// The data files' bytes into text. Only UTF-8 is accepted: a file saved in another encoding
// (Windows-1251, as Excel on Windows saves CSV) is refused at its first invalid byte, with line and
// column, never decoded into "?" or "�". A UTF-8 byte-order mark (Excel's "CSV UTF-8") is accepted
// and dropped; CRLF line ends are accepted and read as LF. Pure: no Buffer, no file system.

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; column: number; byte: string };

// Every byte named is 0x80 or above (ASCII is always valid): two hex digits.
const hex = (byte: number) => byte.toString(16).toUpperCase();

// The WHATWG decoder: a global of every host that reads data files (Node, browsers), though not of
// the language the core compiles against (ES2022), so only what is used here is declared.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };

/** Decodes strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  // In fatal mode the decoder refuses exactly the byte sequences the scan below refuses (WHATWG's
  // UTF-8 is the Unicode standard's, table 3-7), in a fraction of the scan's time; the scan only
  // locates what it refused. Made here, not at load: a host without it fails only when decoding.
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return firstInvalidSequence(bytes);
  }
}

/** The line and column of the first byte that starts no well-formed sequence, and that byte. */
function firstInvalidSequence(bytes: Uint8Array): DecodeResult {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i]!;
    if (first < 0x80) {
      i++;
      if (first === 0x0a) {
        line++;
        column = 1;
      } else column++;
      continue;
    }
    let length: number;
    let point: number;
    let min: number;
    if (first >= 0xc2 && first <= 0xdf) [length, point, min] = [2, first & 0x1f, 0x80];
    else if (first >= 0xe0 && first <= 0xef) [length, point, min] = [3, first & 0x0f, 0x800];
    else if (first >= 0xf0 && first <= 0xf4) [length, point, min] = [4, first & 0x07, 0x10000];
    else return { ok: false, line, column, byte: hex(first) };
    for (let k = 1; k < length; k++) {
      // Past the end of the file: 0, which continues nothing.
      const next = bytes[i + k] ?? 0;
      // The sequence that starts at this column is cut short: its first byte is the one named (a
      // Windows-1251 "П", CF, before another letter), not the byte after it, which may be plain text.
      if ((next & 0xc0) !== 0x80) return { ok: false, line, column, byte: hex(first) };
      point = (point << 6) | (next & 0x3f);
    }
    if (point < min || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return { ok: false, line, column, byte: hex(first) };
    i += length;
    // A character outside the Basic Multilingual Plane is a surrogate pair: two columns (as the text's length counts it).
    column += point < 0x10000 ? 1 : 2;
  }
  // Stryker disable next-line all: unreachable, the decoder refused the bytes, and it refuses only what the scan above refuses
  throw new Error('the UTF-8 decoder refused bytes in which no invalid sequence can be found');
}

export type TextResult = { ok: true; text: string } | { ok: false; line: number; column: number };

/** Drops a leading byte-order mark and reads CRLF as LF; a carriage return alone is refused. */
export function normaliseLineEnds(text: string): TextResult {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n');
  const cr = body.indexOf('\r');
  if (cr < 0) return { ok: true, text: body };
  const before = body.slice(0, cr);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { ok: false, line: before.split('\n').length, column: cr - lineStart + 1 };
}
