// The workbook's re-stamp (deterministic-zip.ts on zip-format.ts): zips made by other tools
// (Python's zipfile, jszip, Info-ZIP's zip) re-stamped and read back by other readers (zipfile,
// jszip, unzip -t). Expected values are written here by hand.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { repackZip } from '../../src/exporter/deterministic-zip';
import { UnsupportedZipError, writeZip } from '../../src/exporter/zip-format';
import { requireOrSkip } from '../helpers';
import { commandWorks, fixtureRelease, tempDir } from './support';

const PYTHON = ['python3', '/usr/bin/python3'].find((python) => commandWorks(python, ['-c', 'import zipfile']));
const ZIPFILE_TOOL = join(__dirname, 'zipfile-tool.py');
const HAS_ZIP = commandWorks('zip', ['-v']);
const HAS_UNZIP = commandWorks('unzip', ['-v']);

interface SourceEntry {
  name: string;
  text: string;
  deflated: boolean;
  date: [number, number, number, number, number, number];
}
interface ReadEntry {
  name: string;
  date: number[];
  flags: number;
  method: number;
  system: number;
  versions: [madeBy: number, needed: number];
  attributes: number;
  extra: string;
  stored: string;
  content: string;
}
interface ReadZip {
  bad: string | null;
  comment: string;
  entries: ReadEntry[];
}

function pythonZip(entries: readonly SourceEntry[]): Buffer {
  const run = spawnSync(PYTHON!, [ZIPFILE_TOOL, 'make'], { input: JSON.stringify(entries) });
  assert.equal(run.status, 0, run.stderr.toString());
  return run.stdout;
}

function pythonRead(zip: Buffer): ReadZip {
  const path = join(tempDir(), 'read.zip');
  writeFileSync(path, zip);
  const run = spawnSync(PYTHON!, [ZIPFILE_TOOL, 'read', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as ReadZip;
}

const text = (entry: ReadEntry) => Buffer.from(entry.content, 'base64').toString('utf8');

const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const SHEET = `<worksheet>${'<row><c t="s"><v>1</v></c></row>'.repeat(200)}</worksheet>`;
const SOURCE: SourceEntry[] = [
  { name: 'xl/worksheets/sheet1.xml', text: SHEET, deflated: true, date: [2001, 2, 3, 4, 5, 6] },
  { name: '[Content_Types].xml', text: TYPES, deflated: true, date: [2001, 2, 3, 4, 5, 6] },
  { name: 'xl/media/picture.txt', text: 'stored, not deflated', deflated: false, date: [2024, 12, 31, 23, 59, 58] },
  { name: 'docProps/app.xml', text: '<Properties/>', deflated: true, date: [1999, 1, 1, 0, 0, 0] },
];
const ADDED = [
  { path: 'xl/tables/table1.xml', text: '<table id="1"/>', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml' },
  { path: 'xl/drawings/_rels/drawing1.xml.rels', text: '<Relationships/>' },
  { path: 'xl/tables/tableé.xml', text: '<table id="2">é</table>', contentType: 'application/x-second' },
];
const DAY = new Date('2030-07-15T00:00:00Z');

/** A one-entry zip made by jszip: the refusal tests' material, patched at fields found by signature. */
async function jszipZip(files: Record<string, string> = { 'a.xml': '<a/>' }, options: Omit<JSZip.JSZipGeneratorOptions<'nodebuffer'>, 'type'> = {}): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ compression: 'DEFLATE', ...options, type: 'nodebuffer' });
}
const LOCAL = Buffer.from('PK\x03\x04', 'latin1');
const CENTRAL = Buffer.from('PK\x01\x02', 'latin1');
const END = Buffer.from('PK\x05\x06', 'latin1');
function patched(zip: Buffer, signature: Buffer, at: number, write: (zip: Buffer, offset: number) => void): Buffer {
  const copy = Buffer.from(zip);
  const start = copy.indexOf(signature);
  assert.ok(start >= 0 && copy.indexOf(signature, start + 1) < 0, 'one record with that signature');
  write(copy, start + at);
  return copy;
}
const refusal = (pattern: RegExp) => (error: unknown) => error instanceof UnsupportedZipError && pattern.test(error.message);
type Patch = (zip: Buffer, offset: number) => void;
// A field of a record set to a value, moved by a delta, or given more flag bits.
const set16 =
  (value: number): Patch =>
  (bytes, at) =>
    bytes.writeUInt16LE(value, at);
const set32 =
  (value: number): Patch =>
  (bytes, at) =>
    bytes.writeUInt32LE(value, at);
const add32 =
  (delta: number): Patch =>
  (bytes, at) =>
    bytes.writeUInt32LE(bytes.readUInt32LE(at) + delta, at);
const orBits16 =
  (bits: number): Patch =>
  (bytes, at) =>
    bytes.writeUInt16LE(bytes.readUInt16LE(at) | bits, at);
/** Each patch of `zip` (record signature, offset in the record, patch) is refused with its message. */
function assertRefused(zip: Buffer, cases: readonly (readonly [Buffer, number, Patch, RegExp])[]): void {
  for (const [signature, at, patch, message] of cases) assert.throws(() => repackZip(patched(zip, signature, at, patch), DAY), refusal(message), message.source);
}

describe('exporter: re-stamping a zip (the workbook) without recompressing it', function () {
  this.timeout(120_000);

  describe('a zip made by Python zipfile, with data descriptors, read back by zipfile', () => {
    let source: ReadZip;
    let result: ReadZip;
    let repacked: Buffer;
    before(function () {
      requireOrSkip(this, PYTHON !== undefined, 'python3');
      const zip = pythonZip(SOURCE);
      source = pythonRead(zip);
      repacked = repackZip(zip, DAY, ADDED);
      result = pythonRead(repacked);
    });

    it('starts from what the stream writer makes: data descriptors, Unix modes, each entry its own date', () => {
      assert.deepEqual(
        source.entries.map((entry) => [entry.flags & 0x08, entry.system, entry.date.join('-')]),
        [
          [8, 3, '2001-2-3-4-5-6'],
          [8, 3, '2001-2-3-4-5-6'],
          [8, 3, '2024-12-31-23-59-58'],
          [8, 3, '1999-1-1-0-0-0'],
        ],
      );
    });

    it('passes testzip, keeps the order and adds the parts at the end', () => {
      assert.equal(result.bad, null);
      assert.deepEqual(
        result.entries.map((entry) => entry.name),
        ['xl/worksheets/sheet1.xml', '[Content_Types].xml', 'xl/media/picture.txt', 'docProps/app.xml', 'xl/tables/table1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/tables/tableé.xml'],
      );
    });

    it('dates every entry at midnight of the given day, without data descriptors, extra fields, comment or file mode', () => {
      for (const entry of result.entries) {
        assert.deepEqual(entry.date, [2030, 7, 15, 0, 0, 0], entry.name);
        assert.equal(entry.extra, '', entry.name);
        assert.equal(entry.system, 0, entry.name);
        assert.equal(entry.attributes, 0, entry.name);
      }
      // Bit 11 (UTF-8 name) only where the name is not ASCII; no data descriptor (bit 3).
      assert.deepEqual(
        result.entries.map((entry) => entry.flags),
        [0, 0, 0, 0, 0, 0, 0x800],
      );
      assert.equal(result.comment, '');
    });

    it('copies the compressed bytes of the entries it does not change, and keeps a stored entry stored', () => {
      const stored = (zip: ReadZip, name: string) => zip.entries.find((entry) => entry.name === name)!.stored;
      for (const name of ['xl/worksheets/sheet1.xml', 'xl/media/picture.txt', 'docProps/app.xml']) assert.equal(stored(result, name), stored(source, name), name);
      assert.deepEqual(
        result.entries.map((entry) => entry.method),
        [8, 8, 0, 8, 8, 8, 8],
      );
      // Made by 2.0 (MS-DOS); needed: 2.0 to inflate, 1.0 for a stored entry.
      assert.deepEqual(
        result.entries.map((entry) => entry.versions),
        [
          [20, 20],
          [20, 20],
          [20, 10],
          [20, 20],
          [20, 20],
          [20, 20],
          [20, 20],
        ],
      );
      assert.equal(text(result.entries[0]!), SHEET);
      assert.equal(text(result.entries[2]!), 'stored, not deflated');
    });

    it('adds the parts as given and an Override for each part with a content type', () => {
      assert.deepEqual(result.entries.slice(4).map(text), ['<table id="1"/>', '<Relationships/>', '<table id="2">é</table>']);
      assert.equal(
        text(result.entries[1]!),
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
          '<Override PartName="/xl/tables/tableé.xml" ContentType="application/x-second"/></Types>',
      );
    });

    it('passes unzip -t', function () {
      requireOrSkip(this, HAS_UNZIP, 'unzip (Info-ZIP)');
      const path = join(tempDir(), 'repacked.zip');
      writeFileSync(path, repacked);
      const run = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /No errors detected/);
    });

    it('makes the same bytes from sources that differ only in their dates', () => {
      const redated = pythonZip(SOURCE.map((entry) => ({ ...entry, date: [2011, 11, 11, 11, 11, 10] })));
      assert.ok(!redated.equals(pythonZip(SOURCE)));
      assert.ok(repackZip(redated, DAY, ADDED).equals(repacked));
    });
  });

  describe('the date, read back by jszip', () => {
    const dateOf = async (zip: Buffer) => (await JSZip.loadAsync(zip)).file('a.xml')!.date.toISOString();

    it("writes the date's UTC fields, in the two-second steps of MS-DOS times, whatever the time zone", async () => {
      const zone = process.env.TZ;
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: its local day is already the next one
      try {
        const source = await jszipZip();
        assert.equal(await dateOf(repackZip(source, new Date('2031-12-31T23:59:59Z'))), '2031-12-31T23:59:58.000Z');
        assert.equal(await dateOf(repackZip(source, new Date('2030-01-02T13:46:20Z'))), '2030-01-02T13:46:20.000Z');
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
    });

    it('takes the first and the last day MS-DOS dates can hold, and refuses the days beyond', async () => {
      const source = await jszipZip();
      assert.equal(await dateOf(repackZip(source, new Date('1980-01-01T00:00:00Z'))), '1980-01-01T00:00:00.000Z');
      assert.equal(await dateOf(repackZip(source, new Date('2107-12-31T00:00:00Z'))), '2107-12-31T00:00:00.000Z');
      assert.throws(() => repackZip(source, new Date('1979-12-31T23:59:59Z')), /1980-2107/);
      assert.throws(() => repackZip(source, new Date('2108-01-01T00:00:00Z')), /1980-2107/);
    });

    it('reads a zip with data descriptors and a comment (jszip streamFiles), and writes it without either', async () => {
      const source = await jszipZip({ 'a.xml': '<a/>', 'b/c.xml': '<c/>' }, { streamFiles: true, comment: 'made by jszip' });
      const repacked = repackZip(source, DAY);
      assert.equal(repacked.subarray(-2).readUInt16LE(0), 0, 'comment length');
      assert.equal(repacked.readUInt16LE(6) & 0x08, 0, 'no data descriptor');
      const zip = await JSZip.loadAsync(repacked, { checkCRC32: true });
      assert.deepEqual(Object.keys(zip.files), ['a.xml', 'b/', 'b/c.xml'], 'jszip adds the folder b/ itself');
      assert.equal(await zip.file('b/c.xml')!.async('string'), '<c/>');
    });
  });

  describe('refusals', () => {
    it('refuses an encrypted entry (Info-ZIP zip -P)', function () {
      requireOrSkip(this, HAS_ZIP, 'zip (Info-ZIP)');
      const dir = tempDir();
      writeFileSync(join(dir, 'a.xml'), '<a/>');
      const run = spawnSync('zip', ['-q', '-P', 'secret', 'out.zip', 'a.xml'], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.throws(() => repackZip(readFileSync(join(dir, 'out.zip')), DAY), refusal(/a\.xml is encrypted/));
    });

    it('refuses a zip64 archive (Info-ZIP zip -fz)', function () {
      requireOrSkip(this, HAS_ZIP, 'zip (Info-ZIP)');
      const dir = tempDir();
      writeFileSync(join(dir, 'a.xml'), '<a/>');
      const run = spawnSync('zip', ['-q', '-fz', 'out.zip', 'a.xml'], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.throws(() => repackZip(readFileSync(join(dir, 'out.zip')), DAY), refusal(/zip64/));
    });

    it('refuses an entry marked encrypted in its central or its local header', async () => {
      const zip = await jszipZip();
      assert.doesNotThrow(() => repackZip(zip, DAY));
      assertRefused(zip, [
        [CENTRAL, 8, orBits16(0x0001), /a\.xml is encrypted/],
        [CENTRAL, 8, orBits16(0x0040), /a\.xml is encrypted/],
        [CENTRAL, 8, orBits16(0x2000), /a\.xml is encrypted/],
        [LOCAL, 6, orBits16(0x0001), /a\.xml is encrypted/],
      ]);
    });

    it('refuses zip64 fields: an entry size, the entry count, a zip64 extra field, a zip64 locator', async () => {
      const zip = await jszipZip();
      assertRefused(zip, [
        [CENTRAL, 20, set32(0xffffffff), /a\.xml has zip64 sizes/],
        [CENTRAL, 24, set32(0xffffffff), /a\.xml has zip64 sizes/],
        [END, 10, set16(0xffff), /zip64 archive/],
        [END, 16, set32(0xffffffff), /zip64 archive/],
      ]);
      // A central header with a zip64 extra field (id 1, 8 bytes) of its own, the directory's size adjusted.
      const central = zip.indexOf(CENTRAL);
      const end = zip.indexOf(END);
      const nameEnd = central + 46 + zip.readUInt16LE(central + 28);
      const withExtra = Buffer.concat([zip.subarray(0, nameEnd), Buffer.from([1, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]), zip.subarray(nameEnd)]);
      withExtra.writeUInt16LE(12, central + 30);
      withExtra.writeUInt32LE(end + 12 - central, end + 12 + 12);
      assert.throws(() => repackZip(withExtra, DAY), refusal(/a\.xml has zip64 sizes/));
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      assert.throws(() => repackZip(Buffer.concat([zip.subarray(0, end), locator, zip.subarray(end)]), DAY), refusal(/zip64 archive/));
    });

    it('refuses a compression method other than stored and deflated', async () => {
      const bzip2 = patched(patched(await jszipZip(), CENTRAL, 10, set16(12)), LOCAL, 8, set16(12));
      assert.throws(() => repackZip(bzip2, DAY), refusal(/a\.xml uses compression method 12/));
      const localOnly = patched(await jszipZip(), LOCAL, 8, set16(0));
      assert.throws(() => repackZip(localOnly, DAY), refusal(/local header names another compression method/));
    });

    it('refuses every truncation of a zip, and bytes after its end', async () => {
      const zip = await jszipZip({ 'a.xml': '<a>'.repeat(50), 'b.xml': '<b/>' });
      assert.equal(repackZip(zip, DAY).length > 0, true);
      for (let length = 0; length < zip.length; length++) assert.throws(() => repackZip(zip.subarray(0, length), DAY), UnsupportedZipError, `${length} bytes`);
      assert.throws(() => repackZip(Buffer.concat([zip, Buffer.from('x')]), DAY), refusal(/no end of central directory/));
      // The directory where it says, but an entry's size larger than the bytes before it.
      const longer = patched(await jszipZip(), CENTRAL, 20, add32(1));
      assert.throws(() => repackZip(longer, DAY), refusal(/a\.xml's data runs into the central directory/));
    });

    it("refuses records that disagree: entry count, disks, local and central headers, a stored entry's sizes", async () => {
      const two = await jszipZip({ 'a.xml': '<a/>', 'b.xml': '<b/>' });
      const count = (value: number) => (bytes: Buffer, at: number) => [0, 2].forEach((field) => bytes.writeUInt16LE(value, at + field));
      assert.throws(() => repackZip(patched(two, END, 8, count(1)), DAY), refusal(/holds more than its 1 entries/));
      assert.throws(() => repackZip(patched(two, END, 8, count(3)), DAY), refusal(/central directory entry 3 of 3 is missing/));
      assertRefused(await jszipZip(), [
        [END, 4, set16(1), /spans several disks/],
        [CENTRAL, 34, set16(1), /a\.xml is on another disk/],
        [LOCAL, 30, (bytes, at) => bytes.write('b', at, 'latin1'), /a\.xml's local header names another entry/],
        [CENTRAL, 42, set32(1), /a\.xml's local header is missing/],
        [END, 12, add32(-1), /does not end where the end record begins/],
      ]);
      const stored = await jszipZip({ 'a.xml': '<a/>' }, { compression: 'STORE' });
      assert.doesNotThrow(() => repackZip(stored, DAY));
      assertRefused(stored, [[CENTRAL, 24, set32(5), /a\.xml is stored but its two sizes differ/]]);
    });

    it('refuses a name neither ASCII nor marked UTF-8', async () => {
      const utf8 = await jszipZip({ 'é.xml': '<a/>' });
      assert.doesNotThrow(() => repackZip(utf8, DAY));
      const unmarked = patched(patched(utf8, CENTRAL, 8, set16(0)), LOCAL, 6, set16(0));
      assert.throws(() => repackZip(unmarked, DAY), refusal(/neither ASCII nor marked UTF-8/));
    });

    it('refuses a name in the zip twice (Python zipfile)', function () {
      requireOrSkip(this, PYTHON !== undefined, 'python3');
      assert.throws(() => repackZip(pythonZip([SOURCE[3]!, SOURCE[3]!]), DAY), refusal(/docProps\/app\.xml is in the zip twice/));
    });

    it('refuses an added part the zip has, a content type without [Content_Types].xml, and a [Content_Types].xml whose CRC is wrong', async () => {
      const zip = await jszipZip({ '[Content_Types].xml': TYPES, 'a.xml': '<a/>' });
      assert.throws(() => repackZip(zip, DAY, [{ path: 'a.xml', text: '<b/>' }]), /already has a part a\.xml/);
      const withoutTypes = await jszipZip();
      assert.throws(() => repackZip(withoutTypes, DAY, [{ path: 'b.xml', text: '<b/>', contentType: 'x/y' }]), /has no \[Content_Types\]\.xml/);
      assert.doesNotThrow(() => repackZip(withoutTypes, DAY, [{ path: 'b.xml', text: '<b/>' }]));
      const central = zip.indexOf(CENTRAL);
      const badCrc = Buffer.from(zip);
      badCrc.writeUInt32LE((badCrc.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
      assert.throws(() => repackZip(badCrc, DAY, [{ path: 'b.xml', text: '<b/>', contentType: 'x/y' }]), refusal(/\[Content_Types\]\.xml does not match its CRC/));
    });

    it('writes 65,534 entries but refuses 65,535, which would need zip64', () => {
      const empty = (index: number) => ({ name: `${index}`, method: 0 as const, crc32: 0, uncompressedSize: 0, data: Buffer.alloc(0) });
      const most = writeZip(
        Array.from({ length: 65_534 }, (_, index) => empty(index)),
        DAY,
      );
      assert.equal(most.readUInt16LE(most.length - 22 + 10), 65_534);
      assert.throws(
        () =>
          writeZip(
            Array.from({ length: 65_535 }, (_, index) => empty(index)),
            DAY,
          ),
        refusal(/65,535 entries/),
      );
    });
  });

  describe("the exporter's workbook", () => {
    it('passes testzip, every entry dated the release day, none with a data descriptor', async function () {
      requireOrSkip(this, PYTHON !== undefined, 'python3');
      const release = await fixtureRelease({ date: '2029-03-04' });
      const workbook = pythonRead(readFileSync(join(release.dir, 'sco-data.xlsx')));
      assert.equal(workbook.bad, null);
      assert.ok(workbook.entries.length > 10);
      for (const entry of workbook.entries) {
        assert.deepEqual(entry.date, [2029, 3, 4, 0, 0, 0], entry.name);
        assert.equal(entry.flags & 0x08, 0, entry.name);
      }
      assert.ok(workbook.entries.some((entry) => entry.name === 'xl/tables/table1.xml'));
    });
  });
});
