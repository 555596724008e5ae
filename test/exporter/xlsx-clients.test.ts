// The workbook opened by software nobody here wrote: LibreOffice Calc (headless) and Python's
// openpyxl. Both tests need those programs; they skip without them, and fail in CI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { TEMPLATES, createScoData, excelTableName, headerRow, loadDataset, tableData, type Language } from '../../src/core';
import { RELEASE_TABLES, type ReleaseResult } from '../../src/exporter/release';
import { fixtureCopy, readCsvFiles, requireOrSkip, VALID_FIXTURE } from '../helpers';
import { EXPORTER_FIXTURES, HAS_LIBREOFFICE, PYTHON_WITH_OPENPYXL, fixtureRelease, tempDir } from './support';

type CellInfo = [value: string | number | boolean | null, type: string, format: string, link: string | null];
interface WorkbookInfo {
  sheets: string[];
  created: string;
  modified: string;
  title: string;
  creator: string;
  tables: Record<string, Record<string, string>>;
  frozen: Record<string, string | null>;
  cells: Record<string, CellInfo[][]>;
}

function readWorkbook(path: string): WorkbookInfo {
  const run = spawnSync(PYTHON_WITH_OPENPYXL!, [join(__dirname, 'read-xlsx.py'), path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as WorkbookInfo;
}

const csvRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
const columnLetters = (n: number): string => (n <= 0 ? '' : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
const HOSTILE_TEXTS = ["Text with =SUM(A1:A9) inside, and cmd|' /C calc'!A0", '1+1 looks like arithmetic', '2001-06-15', '007', 'TRUE', 'Astana Declaration; see HYPERLINK("http://x.invalid") =1'];

describe('exporter: the workbook in real clients', () => {
  let plain: ReleaseResult;
  let hostile: ReleaseResult;
  before(async () => {
    plain = await fixtureRelease();
    hostile = await fixtureRelease({ dataDir: fixtureCopy(join(EXPORTER_FIXTURES, 'hostile')) });
  });

  describe('LibreOffice Calc (headless) converts each sheet to CSV', () => {
    for (const which of ['fixture', 'hostile fixture'] as const) {
      it(`${which}: every table sheet holds the release CSV's values`, function () {
        requireOrSkip(this, HAS_LIBREOFFICE, 'LibreOffice (soffice, Debian libreoffice-calc-nogui)');
        this.timeout(180_000);
        const release = which === 'fixture' ? plain : hostile;
        const outDir = tempDir('sco-soffice-');
        // Filter options: comma, double quote, UTF-8, ..., save cell contents as shown, every sheet (-1).
        const run = spawnSync(
          'soffice',
          [
            `-env:UserInstallation=${pathToFileURL(join(outDir, 'profile')).href}`,
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
            '--outdir',
            outDir,
            join(release.dir, 'sco-data.xlsx'),
          ],
          { encoding: 'utf8', timeout: 170_000 },
        );
        assert.equal(run.status, 0, run.stderr);
        for (const id of RELEASE_TABLES) {
          const template = TEMPLATES[id];
          const [header, ...sheet] = csvRows(readFileSync(join(outDir, `sco-data-${id}.csv`), 'utf8'));
          const [, ...csv] = csvRows(readFileSync(join(release.dir, 'csv', `${id}.csv`), 'utf8'));
          assert.deepEqual(header, headerRow(template, 'en'), `${id} header`);
          // Calc shows booleans as TRUE/FALSE, the CSV writes true/false: the same value.
          const shown = sheet.map((row) => row.map((value, c) => (template.columns[c]!.type === 'boolean' ? value.toLowerCase() : value)));
          assert.deepEqual(shown, csv, `${id} values`);
        }
      });
    }
  });

  describe('openpyxl reads the workbook', () => {
    let info: WorkbookInfo;
    let hostileInfo: WorkbookInfo;
    before(function () {
      requireOrSkip(this, PYTHON_WITH_OPENPYXL !== undefined, 'python3 with openpyxl (Debian python3-openpyxl)');
      info = readWorkbook(join(plain.dir, 'sco-data.xlsx'));
      hostileInfo = readWorkbook(join(hostile.dir, 'sco-data.xlsx'));
    });

    it('finds a README sheet first, one sheet per table and a data dictionary', () => {
      assert.deepEqual(info.sheets, ['README', ...RELEASE_TABLES, 'data_dictionary']);
      const readme = info.cells.README!.flat().map((c) => String(c[0]));
      for (const text of [plain.release.title, plain.release.version, plain.release.data_as_of])
        assert.ok(
          readme.some((value) => value.includes(text)),
          `README sheet lacks ${text}`,
        );
      assert.ok(readme.some((value) => value.includes('CC BY 4.0')));
      for (const id of RELEASE_TABLES) assert.ok(readme.includes(id), `README sheet does not list ${id}`);
    });

    it('finds every Excel Table by name with the range of the release CSV, header frozen', () => {
      for (const id of RELEASE_TABLES) {
        const rows = csvRows(readFileSync(join(plain.dir, 'csv', `${id}.csv`), 'utf8')).length - 1;
        const name = excelTableName(TEMPLATES[id]);
        assert.deepEqual(info.tables[id], { [name]: `A1:${columnLetters(TEMPLATES[id].columns.length)}${rows + 1}` }, id);
        assert.equal(info.frozen[id], 'A2', `${id} header not frozen`);
      }
      const dictionaryRows = RELEASE_TABLES.reduce((sum, id) => sum + TEMPLATES[id].columns.length, 0);
      assert.deepEqual(info.tables.data_dictionary, { tbl_data_dictionary: `A1:G${dictionaryRows + 1}` });
    });

    it('stores partial dates as text at every precision, their day companions as date cells, integers as numbers', () => {
      const events = info.cells.status_events!;
      const column = (key: string) => TEMPLATES.status_events.columns.findIndex((c) => c.key === key);
      for (const row of events.slice(1)) {
        const [value, type, format] = row[column('decision_date')]!;
        assert.deepEqual([type, format], ['s', '@'], String(value));
        const day = row[column('decision_day')]!;
        if (row[column('decision_precision')]![0] === 'day') assert.deepEqual([day[0], day[1], day[2]], [`${String(value)}T00:00:00`, 'd', 'yyyy-mm-dd']);
        else assert.equal(day[0], null, String(value));
        assert.equal(row[column('event_id')]![1], 's');
      }
      const countries = info.cells.countries!;
      const numeric = TEMPLATES.countries.columns.findIndex((c) => c.key === 'iso_numeric');
      const cow = TEMPLATES.countries.columns.findIndex((c) => c.key === 'cow_code');
      for (const row of countries.slice(1)) {
        assert.equal(row[numeric]![1], 'n', `iso_numeric ${row[numeric]![0]} is not a number`);
        assert.equal(row[cow]![1], 'n');
      }
    });

    it('shows each source URL in full, hyperlinked to itself', () => {
      const url = TEMPLATES.sources.columns.findIndex((c) => c.key === 'url');
      const rows = info.cells.sources!.slice(1).filter((row) => row[url]![0] !== null);
      assert.ok(rows.length > 0);
      for (const row of rows) assert.equal(row[url]![3], row[url]![0]);
    });

    it('writes formula-like text of the hostile fixture as plain text cells, never formulas', () => {
      const cells = hostileInfo.cells.summits!.flat();
      for (const text of HOSTILE_TEXTS) {
        const found = cells.filter((c) => c[0] === text);
        assert.ok(found.length > 0, `"${text}" is not in the workbook as written`);
        for (const c of found) assert.deepEqual([c[1], c[2]], ['s', '@'], text);
      }
      for (const sheet of Object.values(hostileInfo.cells)) for (const c of sheet.flat()) assert.notEqual(c[1], 'f', `a formula cell: ${c[0]}`);
    });

    it('sets document properties from the release, not the clock', () => {
      assert.equal(info.created, `${plain.release.release_date}T00:00:00`);
      assert.equal(info.modified, `${plain.release.release_date}T00:00:00`);
      assert.equal(info.title, plain.release.title);
      assert.ok(info.creator.length > 0);
    });

    for (const lang of ['ru', 'zh'] as const satisfies readonly Language[]) {
      it(`--lang ${lang}: headers and country names in ${lang}, the CSV files unchanged`, async () => {
        const localized = await fixtureRelease({ lang });
        const book = readWorkbook(join(localized.dir, 'sco-data.xlsx'));
        const loaded = loadDataset(readCsvFiles(VALID_FIXTURE));
        assert.ok(loaded.ok);
        const expected = tableData(createScoData(loaded.dataset), 'status_events', { lang });
        const sheet = book.cells.status_events!;
        assert.deepEqual(
          sheet[0]!.map((c) => c[0]),
          headerRow(TEMPLATES.status_events, lang),
        );
        const country = TEMPLATES.status_events.columns.findIndex((c) => c.key === 'country');
        assert.deepEqual(
          sheet.slice(1).map((row) => row[country]![0]),
          expected.rows.map((row) => row.country),
        );
        assert.notDeepEqual(
          expected.rows.map((row) => row.country),
          tableData(createScoData(loaded.dataset), 'status_events', { lang: 'en' }).rows.map((row) => row.country),
        );
        assert.equal(readFileSync(join(localized.dir, 'csv', 'status_events.csv'), 'utf8'), readFileSync(join(plain.dir, 'csv', 'status_events.csv'), 'utf8'));
      });
    }
  });
});
