// The release as researchers read it: readr and readxl (R), pandas read_csv and read_excel,
// openpyxl, and LibreOffice Calc, each with its default arguments. For every column of every
// table the test asserts the type each reader gives it. Expected types come from the rules below,
// written by hand from the readers' documented guessing (CSV) and the declared column type (XLSX),
// and from hand-written goldens; never from the exporter.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { TEMPLATES, type ColumnType, type TableId } from '../../src/core';
import { RELEASE_TABLES, type ReleaseResult } from '../../src/exporter/release';
import { DATA_DIR, requireOrSkip } from '../helpers';
import { HAS_LIBREOFFICE, PYTHON_WITH_PANDAS, RSCRIPT_WITH_READERS, fixtureRelease, tempDir } from './support';

type Reader = 'readr' | 'readxl' | 'pandas.read_csv' | 'pandas.read_excel' | 'openpyxl' | 'libreoffice.csv' | 'libreoffice.xlsx';
interface Reported {
  reader: string;
  table: string;
  column: string;
  type: string;
}

const READERS_DIR = join(__dirname, 'readers');

/** Each table's column values as the CSV holds them (parsed here, by papaparse, not by the exporter). */
function csvColumns(release: ReleaseResult, id: string): string[][] {
  const [, ...rows] = Papa.parse<string[]>(readFileSync(join(release.dir, 'csv', `${id}.csv`), 'utf8'), { skipEmptyLines: true }).data;
  return TEMPLATES[id as TableId].columns.map((_, c) => rows.map((row) => row[c]!));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^-?\d+$/;
const BOOLEAN = /^(true|false)$/;

// readr::read_csv guesses from the first 1000 rows (guess_max), trying logical, number, date,
// then character; an all-empty column is logical. Integers are doubles ("numeric").
function readrType(values: readonly string[]): string {
  const seen = values.slice(0, 1000).filter((value) => value !== '');
  if (seen.length === 0 || seen.every((value) => /^(true|false|TRUE|FALSE|T|F)$/.test(value))) return 'logical';
  if (seen.every((value) => INTEGER.test(value))) return 'numeric';
  if (seen.every((value) => DAY.test(value))) return 'Date';
  return 'character';
}

// pandas.read_csv: integers are int64, or float64 once a value is missing (NaN); true/false are
// bool, or object with a gap; an all-empty column is float64; everything else (dates too) object.
function pandasCsvType(values: readonly string[]): string {
  const seen = values.filter((value) => value !== '');
  const gaps = seen.length < values.length;
  if (seen.length === 0) return 'float64';
  if (seen.every((value) => INTEGER.test(value))) return gaps ? 'float64' : 'int64';
  if (seen.every((value) => BOOLEAN.test(value))) return gaps ? 'object' : 'bool';
  return 'object';
}

// LibreOffice's CSV import (default options) types each cell by its text: an ISO day is a date,
// digits a number, anything else (true/false, 2010-05) text. A column is the set of its cells' types.
function libreOfficeCsvType(values: readonly string[]): string {
  const kinds = new Set(values.filter((value) => value !== '').map((value) => (DAY.test(value) ? 'd' : INTEGER.test(value) ? 'n' : 's')));
  return [...kinds].sort().join('+') || 'empty';
}

// In the workbook the declared type alone decides: one cell type per column.
const XLSX_CELL: Record<ColumnType, string> = { string: 's', url: 's', category: 's', partial_date: 's', integer: 'n', date: 'd', boolean: 'b' };
const READXL: Record<string, string> = { s: 'character', n: 'numeric', d: 'POSIXct', b: 'logical' };
// pandas.read_excel (1.5, the openpyxl engine) gives an empty cell NaN and then reads a column of
// true/false cells with a gap as numbers: float64 holding 1.0, 0.0 and NaN (seen with Debian's
// python3-pandas 1.5.3: [TRUE, empty, TRUE] -> float64 [1.0, nan, 1.0]); without a gap, bool.
function pandasExcelType(cell: string, gaps: boolean): string {
  if (cell === 'n') return gaps ? 'float64' : 'int64';
  if (cell === 'b') return gaps ? 'float64' : 'bool';
  return cell === 'd' ? 'datetime64[ns]' : 'object';
}

function expectedTypes(reader: Reader, type: ColumnType, values: readonly string[]): string {
  const empty = values.every((value) => value === '');
  const gaps = values.some((value) => value === '');
  const cell = XLSX_CELL[type];
  switch (reader) {
    case 'readr':
      return readrType(values);
    case 'pandas.read_csv':
      return pandasCsvType(values);
    case 'libreoffice.csv':
      return libreOfficeCsvType(values);
    case 'readxl':
      return empty ? 'logical' : READXL[cell]!;
    case 'pandas.read_excel':
      return empty ? 'float64' : pandasExcelType(cell, gaps);
    case 'openpyxl':
    case 'libreoffice.xlsx':
      return empty ? 'empty' : cell;
  }
}

/** What a reader reported, per table, as the list of its columns' types in order. */
function byTable(reports: readonly Reported[], reader: Reader): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const report of reports.filter((candidate) => candidate.reader === reader)) tables.set(report.table, [...(tables.get(report.table) ?? []), report.type]);
  return tables;
}

const jsonLines = (text: string): Reported[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Reported);

// Hand-written goldens: status_events in the workbook (any data), and the ISO numeric code.
const STATUS_EVENTS_OPENPYXL = ['s', 's', 's', 's', 's', 's', 's', 'd', 's', 's', 'd', 's', 's', 's', 's', 's'];
// summit_attendance's status_certain is a boolean left empty for organisations (no SCO status):
// true/false with gaps, so object in read_csv, logical in readr, float64 in read_excel.
const ATTENDANCE_PANDAS_EXCEL = ['object', 'object', 'object', 'object', 'object', 'object', 'float64', 'object', 'object', 'object', 'object', 'object', 'object'];
const STATUS_EVENTS_READXL = [
  'character',
  'character',
  'character',
  'character',
  'character',
  'character',
  'character',
  'POSIXct',
  'character',
  'character',
  'POSIXct',
  'character',
  'character',
  'character',
  'character',
  'character',
];

describe('exporter: every column of the release has one documented type in each reader', function () {
  this.timeout(300_000);
  let release: ReleaseResult;
  before(async () => {
    release = await fixtureRelease({ dataDir: DATA_DIR });
  });

  const check = (reader: Reader, reports: () => Reported[]) => {
    const tables = byTable(reports(), reader);
    for (const id of RELEASE_TABLES) {
      const template = TEMPLATES[id];
      const columns = csvColumns(release, id);
      const expected = template.columns.map((column, c) => expectedTypes(reader, column.type, columns[c]!));
      const got = tables.get(id);
      assert.ok(got, `${reader} did not read ${id}`);
      const named = (types: readonly string[]) => template.columns.map((column, c) => `${column.key}: ${types[c]}`);
      assert.deepEqual(named(got), named(expected), `${reader}, ${id}`);
    }
    return tables;
  };

  describe('R', () => {
    let reports: Reported[];
    before(function () {
      requireOrSkip(this, RSCRIPT_WITH_READERS, 'Rscript with readr and readxl (Debian r-base-core r-cran-readr r-cran-readxl)');
      const run = spawnSync('Rscript', [join(READERS_DIR, 'column-types.R'), release.dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(run.status, 0, run.stderr);
      reports = jsonLines(run.stdout);
    });
    it('readr::read_csv: dates known to the day as Date, partial dates as text, codes as numbers', () => {
      const tables = check('readr', () => reports);
      assert.equal(tables.get('countries')![TEMPLATES.countries.columns.findIndex((c) => c.key === 'iso_numeric')], 'numeric');
      const events = TEMPLATES.status_events.columns;
      assert.equal(tables.get('status_events')![events.findIndex((c) => c.key === 'effective_day')], 'Date');
      // Sri Lanka's dialogue partnership took effect in May 2010 (known to the month).
      assert.equal(tables.get('status_events')![events.findIndex((c) => c.key === 'effective_date')], 'character');
    });
    it('readxl::read_excel: one type per column, real dates only where the day is known', () => {
      const tables = check('readxl', () => reports);
      assert.deepEqual(tables.get('status_events'), STATUS_EVENTS_READXL);
    });
  });

  describe('Python', () => {
    let reports: Reported[];
    before(function () {
      requireOrSkip(this, PYTHON_WITH_PANDAS !== undefined, 'python3 with pandas and openpyxl (Debian python3-pandas python3-openpyxl)');
      const run = spawnSync(PYTHON_WITH_PANDAS!, [join(READERS_DIR, 'column-types.py'), release.dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(run.status, 0, run.stderr);
      reports = jsonLines(run.stdout);
    });
    it('pandas.read_csv: ISO numeric codes as int64, no date guessed, booleans as bool', () => {
      const tables = check('pandas.read_csv', () => reports);
      assert.equal(tables.get('countries')![TEMPLATES.countries.columns.findIndex((c) => c.key === 'iso_numeric')], 'int64');
      assert.equal(tables.get('country_year')![TEMPLATES.country_year.columns.findIndex((c) => c.key === 'partner')], 'bool');
    });
    it('pandas.read_excel: datetime64 only in the day columns, partial dates as text', () => {
      const tables = check('pandas.read_excel', () => reports);
      assert.deepEqual(
        tables.get('status_events'),
        STATUS_EVENTS_READXL.map((type) => (type === 'POSIXct' ? 'datetime64[ns]' : 'object')),
      );
      assert.deepEqual(tables.get('summit_attendance'), ATTENDANCE_PANDAS_EXCEL);
    });
    it('openpyxl: every column holds one cell type', () => {
      const tables = check('openpyxl', () => reports);
      assert.deepEqual(tables.get('status_events'), STATUS_EVENTS_OPENPYXL);
      for (const [id, types] of tables) for (const type of types) assert.doesNotMatch(type, /\+/, `${id}: a column mixes cell types`);
    });
  });

  describe('LibreOffice Calc (headless, default import)', () => {
    let reports: Reported[];
    before(function () {
      requireOrSkip(this, HAS_LIBREOFFICE, 'LibreOffice (soffice, Debian libreoffice-calc-nogui)');
      requireOrSkip(this, PYTHON_WITH_PANDAS !== undefined, 'python3 with openpyxl');
      const outDir = tempDir('sco-readers-');
      const csvs = readdirSync(join(release.dir, 'csv')).map((name) => join(release.dir, 'csv', name));
      const run = spawnSync(
        'soffice',
        [`-env:UserInstallation=${pathToFileURL(join(outDir, 'profile')).href}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...csvs, join(release.dir, 'sco-data.xlsx')],
        { encoding: 'utf8', timeout: 240_000 },
      );
      assert.equal(run.status, 0, run.stderr);
      const converted = readdirSync(outDir)
        .filter((name) => name.endsWith('.xlsx'))
        .map((name) => join(outDir, name));
      const types = spawnSync(PYTHON_WITH_PANDAS!, [join(READERS_DIR, 'cell-types.py'), ...converted], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(types.status, 0, types.stderr);
      reports = jsonLines(types.stdout);
    });
    it('the workbook: one cell type per column, as declared', () => {
      const tables = check('libreoffice.xlsx', () => reports);
      assert.deepEqual(tables.get('status_events'), STATUS_EVENTS_OPENPYXL);
    });
    it('the CSV files: day columns and codes typed uniformly; partial-date text typed cell by cell (documented)', () => {
      const tables = check('libreoffice.csv', () => reports);
      const events = TEMPLATES.status_events.columns;
      assert.equal(tables.get('status_events')![events.findIndex((c) => c.key === 'effective_day')], 'd');
      assert.equal(tables.get('status_events')![events.findIndex((c) => c.key === 'effective_date')], 'd+s');
    });
  });
});
