// A zip's entries as they are stored (compressed bytes, CRC, sizes), and a zip written from such
// entries, so that a zip can be re-dated or extended without inflating and deflating its large
// entries again. Only the plain format is read: one disk, no zip64, no encryption, methods 0
// (stored) and 8 (deflated); anything else is refused rather than guessed at. Section numbers
// are those of PKWARE's APPNOTE.TXT (version 6.3.10).
import { Buffer } from 'node:buffer';
import * as zlib from 'node:zlib';

/** One entry as stored: `data` is its compressed bytes, `crc32` and `uncompressedSize` those of its content. */
export interface ZipEntry {
  name: string;
  method: typeof STORED | typeof DEFLATED;
  crc32: number;
  uncompressedSize: number;
  data: Buffer;
}

// Compression methods (4.4.5).
const STORED = 0;
const DEFLATED = 8;
// Record signatures (4.3.7, 4.3.12, 4.3.15, 4.3.16).
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_SIZE = 22;

/** A record's fixed fields: each one's offset from the record's start and its width (little-endian). */
type Layout = Readonly<Record<string, readonly [offset: number, bytes: 2 | 4]>>;
type Fields<L extends Layout> = { [K in keyof L]: number };
// Local file header (4.3.7); its signature is at offset 0.
const LOCAL_FIELDS = {
  needed: [4, 2],
  flags: [6, 2],
  method: [8, 2],
  time: [10, 2],
  day: [12, 2],
  crc32: [14, 4],
  compressedSize: [18, 4],
  uncompressedSize: [22, 4],
  nameLength: [26, 2],
  extraLength: [28, 2],
} as const;
/** The same fields `by` bytes further into a record. */
function shifted<L extends Layout>(layout: L, by: number): L {
  return Object.fromEntries(Object.entries(layout).map(([name, [offset, width]]) => [name, [offset + by, width]])) as unknown as L;
}
// Central directory file header (4.3.12): the local header's fields two bytes later, and more.
const CENTRAL_FIELDS = {
  madeBy: [4, 2],
  ...shifted(LOCAL_FIELDS, 2),
  commentLength: [32, 2],
  startDisk: [34, 2],
  localOffset: [42, 4],
} as const;
// End of central directory record (4.3.16).
const END_FIELDS = { disk: [4, 2], directoryDisk: [6, 2], entriesOnDisk: [8, 2], count: [10, 2], directorySize: [12, 4], directoryStart: [16, 4], commentLength: [20, 2] } as const;

function readFields<L extends Layout>(bytes: Buffer, at: number, layout: L): Fields<L> {
  const fields: Record<string, number> = {};
  for (const [name, [offset, width]] of Object.entries(layout)) fields[name] = width === 2 ? bytes.readUInt16LE(at + offset) : bytes.readUInt32LE(at + offset);
  return fields as Fields<L>;
}

function writeFields<L extends Layout>(record: Buffer, layout: L, fields: Partial<Fields<L>>): void {
  for (const [name, value] of Object.entries(fields) as [string, number][]) {
    const [offset, width] = layout[name]!;
    if (width === 2) record.writeUInt16LE(value, offset);
    else record.writeUInt32LE(value, offset);
  }
}

const ZIP64_LOCATOR_SIZE = 20;
// General purpose bit flags (4.4.4): 0 encrypted, 6 strong encryption, 11 UTF-8 names, 13 the
// central directory encrypted (local headers masked).
const ENCRYPTED = 1 << 0;
const STRONG_ENCRYPTION = 1 << 6;
const UTF8_NAME = 1 << 11;
const MASKED_HEADERS = 1 << 13;
// A field holding its largest value says "the real value is in the zip64 records" (4.4.1.4).
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
const LONGEST_COMMENT = 0xffff;
// Version needed to extract (4.4.3.2): 1.0 for stored entries, 2.0 for deflated ones.
const versionNeeded = (method: ZipEntry['method']) => (method === DEFLATED ? 20 : 10);
// Version made by (4.4.2): 2.0 on MS-DOS (high byte 0), whose external attributes are DOS ones,
// left at 0, so that no file mode or owner of the build machine reaches the zip.
const VERSION_MADE_BY = 20;

/** Why a zip cannot be read: thrown for anything this reader does not handle. */
export class UnsupportedZipError extends Error {
  override name = 'UnsupportedZipError';
}

function refuse(why: string): never {
  throw new UnsupportedZipError(`unsupported zip: ${why}`);
}

/** The entries of a zip, in the order of its central directory, their compressed bytes untouched. */
export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(bytes);
  if (end >= ZIP64_LOCATOR_SIZE && bytes.readUInt32LE(end - ZIP64_LOCATOR_SIZE) === ZIP64_END_LOCATOR) refuse('it is a zip64 archive');
  const { disk, directoryDisk, entriesOnDisk, count, directorySize, directoryStart } = readFields(bytes, end, END_FIELDS);
  if ([entriesOnDisk, count].includes(ZIP64_16) || [directorySize, directoryStart].includes(ZIP64_32)) refuse('it is a zip64 archive');
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== count) refuse('it spans several disks');
  if (directoryStart + directorySize !== end) refuse('its central directory does not end where the end record begins (truncated or padded)');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryStart;
  for (let index = 0; index < count; index++) {
    // Central directory file header (4.3.12).
    if (at + CENTRAL_HEADER_SIZE > end || bytes.readUInt32LE(at) !== CENTRAL_HEADER) refuse(`central directory entry ${index + 1} of ${count} is missing or malformed`);
    const { flags, method, crc32, compressedSize, uncompressedSize, nameLength, extraLength, commentLength, startDisk, localOffset } = readFields(bytes, at, CENTRAL_FIELDS);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > end) refuse(`central directory entry ${index + 1} of ${count} runs past the directory`);
    const name = entryName(bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength), flags);
    const extra = bytes.subarray(at + CENTRAL_HEADER_SIZE + nameLength, at + CENTRAL_HEADER_SIZE + nameLength + extraLength);
    if ([compressedSize, uncompressedSize, localOffset].includes(ZIP64_32) || startDisk === ZIP64_16 || hasExtraField(extra, ZIP64_EXTRA)) refuse(`${name} has zip64 sizes`);
    if (flags & (ENCRYPTED | STRONG_ENCRYPTION | MASKED_HEADERS)) refuse(`${name} is encrypted`);
    if (method !== STORED && method !== DEFLATED) refuse(`${name} uses compression method ${method}; only 0 (stored) and 8 (deflated) are read`);
    if (method === STORED && compressedSize !== uncompressedSize) refuse(`${name} is stored but its two sizes differ`);
    if (startDisk !== 0) refuse(`${name} is on another disk`);
    if (names.has(name)) refuse(`${name} is in the zip twice`);
    names.add(name);
    entries.push({ name, method, crc32, uncompressedSize, data: entryData(bytes, { offset: localOffset, compressedSize, directoryStart, name, method }) });
    at = next;
  }
  if (at !== end) refuse(`the central directory holds more than its ${count} entries`);
  return entries;
}

/** The end of central directory record's offset: the last signature whose comment ends the zip (4.3.16). */
function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - END_SIZE;
  for (let at = last; at >= 0 && at >= last - LONGEST_COMMENT; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY && at + END_SIZE + readFields(bytes, at, END_FIELDS).commentLength === bytes.length) return at;
  }
  return refuse('it has no end of central directory record (not a zip, or truncated)');
}

// Names are UTF-8 when bit 11 is set, IBM 437 otherwise (4.4.4, appendix D); the two agree on
// ASCII, the only other names taken.
function entryName(raw: Buffer, flags: number): string {
  if (!(flags & UTF8_NAME) && raw.some((byte) => byte > 0x7f)) refuse(`an entry's name is neither ASCII nor marked UTF-8: ${raw.toString('latin1')}`);
  return raw.toString('utf8');
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

// Extra fields are (id, size, data) records (4.5.1).
function hasExtraField(extra: Buffer, id: number): boolean {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) if (extra.readUInt16LE(at) === id) return true;
  return false;
}

// The entry's compressed bytes follow its local file header (4.3.7), whose name and extra field
// lengths may differ from the central directory's. Its CRC and sizes are taken from the central
// directory, which has them even when the writer put them in a data descriptor (4.3.9).
function entryData(bytes: Buffer, entry: { offset: number; compressedSize: number; directoryStart: number; name: string; method: number }): Buffer {
  const { offset, name } = entry;
  if (offset + LOCAL_HEADER_SIZE > entry.directoryStart || bytes.readUInt32LE(offset) !== LOCAL_HEADER) refuse(`${name}'s local header is missing or malformed`);
  const { flags, method, nameLength, extraLength } = readFields(bytes, offset, LOCAL_FIELDS);
  const start = offset + LOCAL_HEADER_SIZE + nameLength + extraLength;
  if (flags & (ENCRYPTED | STRONG_ENCRYPTION)) refuse(`${name} is encrypted`);
  if (method !== entry.method) refuse(`${name}'s local header names another compression method`);
  if (start + entry.compressedSize > entry.directoryStart) refuse(`${name}'s data runs into the central directory (truncated?)`);
  if (entryName(bytes.subarray(offset + LOCAL_HEADER_SIZE, offset + LOCAL_HEADER_SIZE + nameLength), flags) !== name) refuse(`${name}'s local header names another entry`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** The entry's content, inflated if need be, its CRC checked. */
export function entryContent(entry: ZipEntry): Buffer {
  const content = entry.method === DEFLATED ? zlib.inflateRawSync(entry.data) : Buffer.from(entry.data);
  if (content.length !== entry.uncompressedSize || crc32(content) !== entry.crc32) refuse(`${entry.name} does not match its CRC or size`);
  return content;
}

/** An entry for new content, deflated by Node's zlib. */
export function deflatedEntry(name: string, content: Buffer): ZipEntry {
  const data = zlib.deflateRawSync(content);
  return { name, method: DEFLATED, crc32: crc32(content), uncompressedSize: content.length, data };
}

// zlib.crc32 came in Node 20.15; say so rather than fail with "not a function".
function crc32(content: Buffer): number {
  if (typeof zlib.crc32 !== 'function') throw new Error(`the exporter needs Node.js 20.15 or later (zlib.crc32); this is ${process.version}`);
  return zlib.crc32(content);
}

/**
 * A zip of the entries in the given order, every one dated `date` (its UTC fields): local headers
 * with CRC and sizes (no data descriptors, 4.3.9), no extra fields, no comments, no file modes.
 */
export function writeZip(entries: readonly ZipEntry[], date: Date): Buffer {
  return Buffer.concat(zipParts(entries, date));
}

/** writeZip's bytes as the parts that follow one another: each entry's data is its own Buffer, not a copy. */
export function zipParts(entries: readonly ZipEntry[], date: Date): Buffer[] {
  if (entries.length >= ZIP64_16) refuse('it would need zip64 (65,535 entries or more)');
  const { time, day } = dosDateTime(date);
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    // Local file header (4.3.7).
    // The fields both headers have; the extra field length stays 0.
    const shared = {
      needed: versionNeeded(entry.method),
      flags: isAscii(entry.name) ? 0 : UTF8_NAME,
      method: entry.method,
      time,
      day,
      crc32: entry.crc32,
      compressedSize: entry.data.length,
      uncompressedSize: entry.uncompressedSize,
      nameLength: name.length,
    };
    const local = Buffer.alloc(LOCAL_HEADER_SIZE);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    writeFields(local, LOCAL_FIELDS, shared);
    // Comment length, disk number start, internal and external attributes stay 0.
    const central = Buffer.alloc(CENTRAL_HEADER_SIZE);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    writeFields(central, CENTRAL_FIELDS, { ...shared, madeBy: VERSION_MADE_BY, localOffset: offset });
    chunks.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
    if (offset >= ZIP64_32) refuse('it would need zip64 (4 GiB or more)');
  }
  const directoryBytes = Buffer.concat(directory);
  if (offset + directoryBytes.length >= ZIP64_32) refuse('it would need zip64 (4 GiB or more)');
  // End of central directory record (4.3.16), on disk 0, without a comment.
  const endRecord = Buffer.alloc(END_SIZE);
  endRecord.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  writeFields(endRecord, END_FIELDS, { entriesOnDisk: entries.length, count: entries.length, directorySize: directoryBytes.length, directoryStart: offset });
  return [...chunks, directoryBytes, endRecord];
}

// MS-DOS date and time (4.4.6): two-second steps, years 1980 to 2107.
function dosDateTime(date: Date): { time: number; day: number } {
  const year = date.getUTCFullYear();
  if (!(year >= 1980 && year <= 2107)) throw new RangeError(`a zip entry's date must fall in 1980-2107 (MS-DOS dates), not ${date.toISOString()}`);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
