// The release layout and file formats: what researchers' tools rely on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { TABLE_IDS, TEMPLATES, createScoData, isRealDate, isYearlyTable, loadDataset, parseReleaseInfo, precisionOf, tableData, type TableId } from '../../src/core';
import type { ReleaseResult } from '../../src/exporter/release';
import { DATA_DIR, VALID_FIXTURE, readCsvFiles, requireOrSkip } from '../helpers';
import { PROFILES_DIR, commandWorks, fixtureRelease } from './support';

// The contract of issue 4 (plus conflicts.csv, the timeline chart with the counts behind it, and
// issue 13's COW concordance and the chart and codebook in ru and zh, and issue 14's new tables),
// written out rather than derived from the exporter.
const LAYOUT = [
  '.sco-data-release.json',
  'CHANGELOG.md',
  'CITATION.cff',
  'README.md',
  'SHA256SUMS',
  'charts/membership_timeline.png',
  'charts/membership_timeline.ru.png',
  'charts/membership_timeline.ru.svg',
  'charts/membership_timeline.svg',
  'charts/membership_timeline.zh.png',
  'charts/membership_timeline.zh.svg',
  'codebook.md',
  'codebook.ru.md',
  'codebook.zh.md',
  // One CSV per declared table (templates/index.ts), but the roster: it is a table for a chosen day.
  ...TABLE_IDS.filter((id) => id !== 'roster').map((id) => `csv/${id}.csv`),
  'datapackage.json',
  'dataset.jsonld',
  'load/sco.R',
  'load/sco.do',
  'load/sco.pq',
  'load/sco.py',
  'sco-data.xlsx',
].sort();

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]))
    .sort();
}

// The delimiter is the one datapackage.json's dialect declares. Left to guess, papaparse counts the
// empty line after the final newline as a row of one field: in a file shorter than its 10-line
// preview whose rows hold ";" lists (documents.csv of the fixture: 2 rows, "CHN;IND;...") the ","
// reading then looks less regular than the ";" one, and the header came back as a single field.
const parse = (text: string) => Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data.slice(0, -1);

/** Written by hand from the issue: the tables whose rows are moments, and the date that orders them. */
const CHRONOLOGICAL: Partial<Record<string, (row: string[], at: (key: string) => number) => string>> = {
  status_events: (row, at) => row[at('effective_date')] || row[at('decision_date')]!,
  summits: (row, at) => row[at('start_date')]!,
  officials: (row, at) => row[at('term_start')]!,
  chairmanships: (row, at) => row[at('start_date')]!,
};
const firstDayOrLast = (date: string) => (date === '' ? '9999-99-99' : date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** Written by hand: each real-date companion column and the partial-date column it mirrors. */
const DAY_COLUMNS: Partial<Record<string, Record<string, string>>> = {
  status_events: { decision_day: 'decision_date', effective_day: 'effective_date' },
  membership_spells: { start_day: 'start_date', until_day: 'until_date' },
  summits: { start_day: 'start_date', end_day: 'end_date', main_day: 'main_date' },
  officials: { term_start_day: 'term_start', term_end_day: 'term_end' },
  chairmanships: { start_day: 'start_date', end_day: 'end_date' },
  sources: { published_day: 'published' },
};

describe('exporter: release files (fixture data)', () => {
  let result: ReleaseResult;
  const dataAsOf = parseReleaseInfo(JSON.parse(readFileSync(join(DATA_DIR, 'release.json'), 'utf8')), '0.0.0').data_as_of;
  const read = (path: string) => readFileSync(join(result.dir, path));
  const dataset = loadDataset(readCsvFiles(VALID_FIXTURE));
  if (!dataset.ok) throw new Error('the valid fixture does not load');
  const data = createScoData(dataset.dataset);

  before(async () => {
    result = await fixtureRelease();
  });

  it('writes exactly the documented layout', () => {
    assert.deepEqual(listFiles(result.dir), LAYOUT);
  });

  for (const path of LAYOUT.filter((file) => file.startsWith('csv/'))) {
    const id = path.slice(4, -4) as TableId;
    it(`${path}: UTF-8 without BOM, LF, final newline, snake_case header, every value as the table gives it`, () => {
      const bytes = read(path);
      assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a BOM');
      const text = bytes.toString('utf8');
      assert.equal(Buffer.from(text, 'utf8').equals(bytes), true, 'not valid UTF-8');
      assert.ok(!text.includes('\r'), 'has a CR');
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'no single final newline');
      const [header, ...rows] = parse(text);
      const template = TEMPLATES[id];
      assert.deepEqual(
        header,
        template.columns.map((column) => column.key),
      );
      for (const key of header!) assert.match(key, /^[a-z][a-z0-9_]*$/);
      const panel = isYearlyTable(id) ? { toYear: Number(dataAsOf.slice(0, 4)), until: dataAsOf } : {};
      const expected = tableData(data, id, panel).rows.map((row) => template.columns.map((column) => (row[column.key] === null ? '' : String(row[column.key]))));
      assert.deepEqual(rows, expected);
    });

    it(`${path}: typed values, ISO dates matching their precision, rows sorted by a unique primary key`, () => {
      const template = TEMPLATES[id];
      const [header, ...rows] = parse(read(path).toString('utf8'));
      const at = (key: string) => header!.indexOf(key);
      for (const row of rows) {
        template.columns.forEach((column, index) => {
          const value = row[index]!;
          if (value === '') return;
          if (column.type === 'integer') assert.match(value, /^-?[0-9]+$/, `${column.key} ${value}`);
          if (column.type === 'boolean') assert.ok(value === 'true' || value === 'false', `${column.key} ${value}`);
          if (column.type === 'date') assert.ok(precisionOf(value) === 'day' && isRealDate(value), `${column.key} ${value}`);
          if (column.type === 'partial_date') {
            assert.ok(isRealDate(value), `${column.key} ${value}`);
            const precision = template.columns.find((other) => other.type === 'category' && other.description.includes(` ${column.key} `));
            if (precision) assert.equal(row[at(precision.key)], precisionOf(value), `${column.key} ${value}`);
          }
          if (column.type === 'category') assert.ok(column.categories!.includes(value), `${column.key} ${value}`);
        });
        // A real-date companion holds its partial date exactly where that is a full day.
        for (const [day, of] of Object.entries(DAY_COLUMNS[id] ?? {})) {
          const partial = row[at(of)]!;
          assert.equal(row[at(day)], /^\d{4}-\d{2}-\d{2}$/.test(partial) ? partial : '', `${path} ${day} for ${of}=${partial}`);
        }
      }
      const typed = template.primaryKey.map((key) => template.columns.find((column) => column.key === key)!);
      const primaryKey = (row: string[]) => typed.map((column) => (column.type === 'integer' ? Number(row[at(column.key)]) : row[at(column.key)]!));
      assert.equal(new Set(rows.map((row) => JSON.stringify(primaryKey(row)))).size, rows.length, `${path}: primary key not unique`);
      // Tables of moments run in time order (a partial date at its first day, undated rows last), then by id.
      const moment = CHRONOLOGICAL[id];
      const keyOf = moment ? (row: string[]) => [firstDayOrLast(moment(row, at)), primaryKey(row).join('|')] : primaryKey;
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [keyOf(rows[i - 1]!), keyOf(rows[i]!)];
        const order = a.findIndex((value, k) => value !== b[k]);
        assert.ok(order >= 0 && a[order]! < b[order]!, `${path} rows ${i + 1} and ${i + 2}: keys ${a.join(',')} and ${b.join(',')} are not in increasing order`);
      }
    });
  }

  it('covers 1996 to the year the data holds for in the panels', () => {
    for (const path of ['csv/country_year.csv', 'csv/dyad_year.csv']) {
      const [header, ...rows] = parse(read(path).toString('utf8'));
      const years = rows.map((row) => Number(row[header!.indexOf('year')]));
      assert.equal(Math.min(...years), 1996, path);
      assert.equal(Math.max(...years), Number(dataAsOf.slice(0, 4)), path);
    }
  });

  it('draws the timeline chart from csv/status_counts.csv, as an SVG and a PNG the README shows', () => {
    const counts = parse(read('csv/status_counts.csv').toString('utf8'));
    const [header, ...rows] = counts;
    const svg = read('charts/membership_timeline.svg').toString('utf8');
    for (const row of rows) {
      header!.slice(1).forEach((status, index) => {
        const value = Number(row[index + 1]);
        const name = TEMPLATES.status_counts.columns.find((column) => column.key === status)!.headers.en;
        if (value > 0) assert.ok(svg.includes(`<title>${row[0]}: ${value} ${name}</title>`), `${row[0]} ${status} ${value}`);
      });
    }
    const png = read('charts/membership_timeline.png');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
    // IHDR: width and height, big-endian, twice the SVG's 900 x 480.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1800, 960]);
    assert.match(read('README.md').toString('utf8'), /!\[[^\]]+\]\(charts\/membership_timeline\.svg\)/);
  });

  it("shows the same timeline PNG on the workbook's README sheet", async () => {
    const zip = await JSZip.loadAsync(read('sco-data.xlsx'));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('xl/media/') && !zip.files[name]!.dir);
    assert.equal(media.length, 1);
    assert.ok(Buffer.from(await zip.file(media[0]!)!.async('uint8array')).equals(read('charts/membership_timeline.png')));
    // Follow README's relationships: workbook -> its worksheet -> the drawing holding the image.
    const text = (name: string) => zip.file(name)!.async('string');
    const readmeId = /<sheet [^>]*name="README"[^>]*r:id="(rId\d+)"/.exec(await text('xl/workbook.xml'))?.[1];
    const sheetPath = new RegExp(`Id="${readmeId}"[^>]*Target="([^"]+)"`).exec(await text('xl/_rels/workbook.xml.rels'))?.[1];
    assert.ok(sheetPath, 'the README sheet has no worksheet part');
    const sheetRels = await text(`xl/worksheets/_rels/${sheetPath.split('/').pop()}.rels`);
    const drawing = /Type="[^"]*\/drawing" Target="\.\.\/drawings\/([^"]+)"/.exec(sheetRels)?.[1];
    assert.ok(drawing, 'the README sheet has no drawing');
    assert.match(await text(`xl/drawings/_rels/${drawing}.rels`), new RegExp(`Target="\\.\\./media/${media[0]!.split('/').pop()}"`));
  });

  it('passes `sha256sum -c SHA256SUMS`, which lists every other file but the exporter’s marker (which lists SHA256SUMS)', function () {
    requireOrSkip(this, commandWorks('sha256sum', ['--version']), 'sha256sum (GNU coreutils)');
    const check = spawnSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: result.dir, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const listed = read('SHA256SUMS')
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/^[0-9a-f]{64} {2}/, ''));
    assert.deepEqual(
      listed,
      LAYOUT.filter((file) => file !== 'SHA256SUMS' && file !== '.sco-data-release.json'),
    );
  });

  it('lists every file but the exporter’s marker in the README’s table of files', () => {
    const readme = read('README.md').toString('utf8');
    for (const path of LAYOUT.filter((file) => file !== '.sco-data-release.json')) assert.ok(readme.includes(`| \`${path}\` |`), `README.md does not list ${path}`);
  });

  it('dates, licenses and cites the release in README.md and CITATION.cff', () => {
    const readme = read('README.md').toString('utf8');
    for (const fact of ['1.2.3', dataAsOf, 'CC BY 4.0', 'MIT', 'sha256sum -c SHA256SUMS', ...LAYOUT.filter((f) => f.startsWith('csv/'))]) assert.ok(readme.includes(fact), `README.md lacks ${fact}`);
    const cff = read('CITATION.cff').toString('utf8');
    assert.match(cff, /^cff-version: 1\.2\.0$/m);
    assert.match(cff, /^type: dataset$/m);
    assert.match(cff, /^version: "1\.2\.3"$/m);
    assert.match(cff, /^date-released: "\d{4}-\d{2}-\d{2}"$/m);
    assert.match(cff, /^license: CC-BY-4\.0$/m);
    const changelog = read('CHANGELOG.md').toString('utf8');
    assert.match(changelog, /^## 1\.2\.3 \(\d{4}-\d{2}-\d{2}\)$/m);
  });

  describe('datapackage.json', () => {
    type Field = { name: string; type: string; format?: string; categories?: { value: string; label: string }[]; trueValues?: string[]; falseValues?: string[]; constraints?: { pattern?: string } };
    type Resource = {
      $schema: string;
      profile: string;
      name: string;
      path: string;
      bytes: number;
      hash: string;
      encoding: string;
      dialect: { lineTerminator: string };
      schema: { fields: Field[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
    };
    type Descriptor = { $schema: string; name: string; version: string; created: string; licenses: { name: string }[]; contributors: unknown[]; sources: unknown[]; resources: Resource[] };
    const descriptor = () => JSON.parse(read('datapackage.json').toString('utf8')) as Descriptor;

    it('is valid against the official Data Package v2 profiles', () => {
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addFormat('textarea', true);
      const profile = (name: string) => ajv.compile(JSON.parse(readFileSync(join(PROFILES_DIR, `${name}.json`), 'utf8')) as object);
      const check = (validate: ReturnType<typeof profile>, value: unknown, what: string) => assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}`);
      const pkg = descriptor();
      check(profile('datapackage'), pkg, 'package');
      const [resource, schema, dialect] = [profile('dataresource'), profile('tableschema'), profile('tabledialect')];
      for (const r of pkg.resources) {
        check(resource, r, r.name);
        check(schema, r.schema, `${r.name} schema`);
        check(dialect, r.dialect, `${r.name} dialect`);
      }
    });

    it('states the v2 profile, semver version, creation date, CC BY 4.0, contributors and sources', () => {
      const pkg = descriptor();
      assert.equal(pkg.$schema, 'https://datapackage.org/profiles/2.0/datapackage.json');
      assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
      assert.ok(!Number.isNaN(Date.parse(pkg.created)));
      assert.deepEqual(
        pkg.licenses.map((licence) => licence.name),
        ['CC-BY-4.0'],
      );
      assert.ok(pkg.contributors.length > 0 && pkg.sources.length > 0);
      assert.deepEqual(
        pkg.resources.map((r) => r.path).sort(),
        LAYOUT.filter((file) => file.startsWith('csv/')),
      );
    });

    it('is readable by Data Package v1 readers (R frictionless): profile and $schema on every resource, labelled categories', () => {
      const pkg = descriptor();
      for (const r of pkg.resources) {
        assert.equal(r.profile, 'tabular-data-resource', r.name);
        assert.equal(r.$schema, 'https://datapackage.org/profiles/2.0/dataresource.json', r.name);
        for (const field of r.schema.fields.filter((candidate) => candidate.categories)) {
          for (const category of field.categories!) assert.ok(typeof category.value === 'string' && category.label.length > 0, `${r.name}.${field.name} ${category.value}`);
        }
      }
      const status = pkg.resources.find((r) => r.name === 'status_events')!.schema.fields.find((field) => field.name === 'status')!;
      assert.deepEqual(
        status.categories!.find((category) => category.value === 'member'),
        { value: 'member', label: 'Member state' },
      );
      const roles = (pkg.contributors as { roles: string[] }[]).flatMap((contributor) => contributor.roles);
      assert.ok(roles.includes('creator'));
      assert.ok(
        (pkg.sources as { path?: string }[]).some((source) => source.path === 'https://doi.org/10.1177/0022343319881175'),
        'COW IGO v3 is not among the sources',
      );
    });

    it('describes each CSV truly: bytes, sha256, header, types, categories, keys', () => {
      const pkg = descriptor();
      const tables = new Map(pkg.resources.map((r) => [r.name, parse(read(r.path).toString('utf8'))]));
      for (const r of pkg.resources) {
        const bytes = read(r.path);
        assert.equal(r.bytes, bytes.length, `${r.name} bytes`);
        assert.equal(r.hash, `sha256:${createHash('sha256').update(bytes).digest('hex')}`, `${r.name} hash`);
        assert.equal(r.encoding, 'utf-8');
        assert.equal(r.dialect.lineTerminator, '\n');
        const [header, ...rows] = tables.get(r.name)!;
        assert.deepEqual(
          header,
          r.schema.fields.map((field) => field.name),
          `${r.name} header`,
        );
        rows.forEach((row, index) => {
          r.schema.fields.forEach((field, column) => {
            const value = row[column]!;
            const where = `${r.path} line ${index + 2} ${field.name} "${value}"`;
            if (value === '') {
              assert.ok(!r.schema.primaryKey?.includes(field.name), `${where}: empty primary key`);
              return;
            }
            if (field.type === 'integer') assert.ok(Number.isSafeInteger(Number(value)) && /^-?\d+$/.test(value), where);
            if (field.type === 'boolean') assert.ok([...field.trueValues!, ...field.falseValues!].includes(value), where);
            if (field.type === 'date') assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), where);
            if (field.format === 'uri') assert.doesNotThrow(() => new URL(value), where);
            if (field.categories)
              assert.ok(
                field.categories.some((category) => category.value === value),
                where,
              );
            if (field.constraints?.pattern) assert.match(value, new RegExp(field.constraints.pattern), where);
          });
        });
        const columnsOf = (fields: string[], h: string[]) => fields.map((field) => h.indexOf(field));
        if (r.schema.primaryKey) {
          const at = columnsOf(r.schema.primaryKey, header!);
          const keys = rows.map((row) => JSON.stringify(at.map((i) => row[i])));
          assert.equal(new Set(keys).size, keys.length, `${r.name}: duplicate primary key`);
        }
        for (const foreignKey of r.schema.foreignKeys ?? []) {
          const [targetHeader, ...targetRows] = tables.get(foreignKey.reference.resource)!;
          const targetAt = columnsOf(foreignKey.reference.fields, targetHeader!);
          const known = new Set(targetRows.map((row) => JSON.stringify(targetAt.map((i) => row[i]))));
          const at = columnsOf(foreignKey.fields, header!);
          for (const row of rows) {
            const values = at.map((i) => row[i]);
            if (values.every((value) => value !== '')) assert.ok(known.has(JSON.stringify(values)), `${r.name} ${values.join(',')} not in ${foreignKey.reference.resource}`);
          }
        }
      }
    });
  });
});
