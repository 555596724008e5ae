// The data files' bytes into text. Only UTF-8 is accepted: a file saved in another encoding
// (Windows-1251, as Excel on Windows saves CSV) is refused at its first invalid byte, with line and
// column, never decoded into "?" or "�". A UTF-8 byte-order mark (Excel's "CSV UTF-8") is accepted
// and dropped; CRLF line ends are accepted and read as LF. Pure: no TextDecoder, no Buffer.

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; column: number; byte: string };

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

/** Decodes strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  // UTF-16 code units, turned into text once at the end: a string per character cost more than
  // the rest of reading the data. A byte yields at most one unit (four bytes, two), so they fit.
  const units = new Uint16Array(bytes.length);
  let count = 0;
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i]!;
    if (first < 0x80) {
      units[count++] = first;
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
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return { ok: false, line, column, byte: hex(next ?? first) };
      point = (point << 6) | (next & 0x3f);
    }
    if (point < min || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return { ok: false, line, column, byte: hex(first) };
    i += length;
    if (point < 0x10000) {
      units[count++] = point;
      column++;
    } else {
      // A surrogate pair, which counts two columns (as the text's length does).
      units[count++] = 0xd800 + ((point - 0x10000) >> 10);
      units[count++] = 0xdc00 + ((point - 0x10000) & 0x3ff);
      column += 2;
    }
  }
  return { ok: true, text: unitsText(units, count) };
}

/** Code units per String.fromCharCode call: well below any engine's limit on arguments. */
const UNITS_PER_CALL = 8192;

function unitsText(units: Uint16Array, count: number): string {
  const parts: string[] = [];
  for (let start = 0; start < count; start += UNITS_PER_CALL) parts.push(String.fromCharCode(...units.subarray(start, Math.min(count, start + UNITS_PER_CALL))));
  return parts.join('');
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
