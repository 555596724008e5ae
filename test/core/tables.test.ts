import assert from 'node:assert/strict';
import { LANGUAGES, TABLE_IDS, TEMPLATES, createScoData, loadDataset, sheetCell, tableData, type ScoData, type TableId } from '../../src/core';
import { DATA_DIR, VALID_FIXTURE, readCsvFiles } from '../helpers';

const OPTIONS = { asOf: '2020-01-01', toYear: 2020 };

function load(dir: string) {
  const result = loadDataset(readCsvFiles(dir));
  if (!result.ok) throw new Error(`${dir} does not load`);
  return createScoData(result.dataset);
}

describe('table templates', () => {
  for (const id of TABLE_IDS) {
    const template = TEMPLATES[id];
    it(`${id}: columns are unique snake_case ASCII, with headers in every language`, () => {
      const keys = template.columns.map((c) => c.key);
      assert.equal(new Set(keys).size, keys.length);
      for (const column of template.columns) {
        assert.match(column.key, /^[a-z][a-z0-9_]*$/);
        for (const lang of LANGUAGES) assert.ok(column.headers[lang].trim().length > 0, `${column.key} has no ${lang} header`);
        assert.ok(column.description.length > 0 && column.width > 0);
        if (column.type === 'category') assert.ok(column.categories && column.categories.length > 0, `${column.key} lists no categories`);
      }
      const headers = new Set(template.columns.map((c) => c.headers.ru));
      assert.equal(headers.size, keys.length, 'two columns share a Russian header');
      for (const key of template.primaryKey) assert.ok(keys.includes(key), `primary key ${key} is no column`);
    });

    it(`${id}: foreign keys name real tables and columns`, () => {
      for (const foreignKey of template.foreignKeys) {
        const target = TEMPLATES[foreignKey.reference.table as TableId];
        assert.ok(target, `no table ${foreignKey.reference.table}`);
        for (const field of foreignKey.fields) assert.ok(template.columns.some((c) => c.key === field));
        for (const field of foreignKey.reference.fields) assert.ok(target.columns.some((c) => c.key === field));
      }
    });
  }
});

for (const [name, dir] of [
  ['fixture', VALID_FIXTURE],
  ['bundled data', DATA_DIR],
] as const) {
  describe(`published tables (${name})`, () => {
    const data = load(dir);
    for (const id of TABLE_IDS) {
      it(`${id}: the view produces exactly the declared columns, keyed and typed as declared`, () => {
        const { template, rows } = tableData(data, id, OPTIONS);
        const declared = template.columns.map((c) => c.key);
        for (const row of rows) assert.deepEqual(Object.keys(row), declared);
        const keys = rows.map((row) => template.primaryKey.map((key) => String(row[key])).join('|'));
        assert.equal(new Set(keys).size, keys.length, 'primary key is not unique');
        for (const column of template.columns) {
          for (const row of rows) {
            const value = row[column.key]!;
            if (value === null) continue;
            if (column.type === 'integer') assert.ok(Number.isInteger(value), `${column.key}=${value}`);
            if (column.type === 'boolean') assert.equal(typeof value, 'boolean');
            if (column.type === 'category') assert.ok(column.categories!.includes(String(value)), `${column.key}=${value}`);
            if (column.type === 'date') assert.match(String(value), /^\d{4}-\d{2}-\d{2}$/);
            if (column.type === 'partial_date') assert.match(String(value), /^\d{4}(-\d{2}(-\d{2})?)?$/);
          }
        }
      });

      it(`${id}: every foreign key value resolves`, () => {
        const { template, rows } = tableData(data, id, OPTIONS);
        for (const foreignKey of template.foreignKeys) {
          const target = tableData(data, foreignKey.reference.table as TableId, { asOf: OPTIONS.asOf });
          const known = new Set(target.rows.map((row) => foreignKey.reference.fields.map((f) => String(row[f])).join('|')));
          for (const row of rows) {
            if (foreignKey.fields.some((f) => row[f] === null)) continue;
            const value = foreignKey.fields.map((f) => String(row[f])).join('|');
            assert.ok(known.has(value), `${id}.${foreignKey.fields.join(',')} = ${value} is not in ${foreignKey.reference.table}`);
          }
        }
      });
    }
  });
}

describe('tableData options', () => {
  const data = load(VALID_FIXTURE);

  it('names countries in the chosen language', () => {
    const russian = tableData(data, 'roster', { asOf: '2020-01-01', lang: 'ru' }).rows.find((row) => row.iso3 === 'KGZ');
    const chinese = tableData(data, 'roster', { asOf: '2020-01-01', lang: 'zh' }).rows.find((row) => row.iso3 === 'KGZ');
    assert.equal(russian?.country, 'Кыргызстан');
    assert.equal(chinese?.country, '吉尔吉斯斯坦');
  });

  it('filters by status', () => {
    const rows = tableData(data, 'roster', { asOf: '2010-01-01', statuses: ['observer'] }).rows;
    assert.deepEqual(
      rows.map((row) => row.iso3),
      ['IND', 'PAK'],
    );
  });

  it('says which option a table needs', () => {
    assert.throws(() => tableData(data, 'roster'), /the roster table needs the asOf option/);
    assert.throws(() => tableData(data, 'country_year'), /the country_year table needs the toYear option/);
  });

  it('builds the state-year panel of each year range and day again, though country_year and cow_concordance share it', () => {
    // The fixture's histories change in 2001-2017 (India and Pakistan join on 2017-06-09):
    // each range and day gives other rows, each as a ScoData of its own gives them.
    const ranges = [{ toYear: 2017 }, { toYear: 2016 }, { fromYear: 2001, toYear: 2016 }, { toYear: 2017, until: '2017-06-08' }, { toYear: 2017, until: '2017-06-09' }];
    const once = (id: 'country_year' | 'cow_concordance', options: (typeof ranges)[number]) => tableData(load(VALID_FIXTURE), id, options).rows;
    const sharedData = load(VALID_FIXTURE);
    for (const options of [...ranges, ...ranges]) {
      for (const id of ['country_year', 'cow_concordance'] as const) assert.deepEqual(tableData(sharedData, id, options).rows, once(id, options), `${id} ${JSON.stringify(options)}`);
    }
    const answers = ranges.map((options) => JSON.stringify(once('country_year', options)));
    assert.equal(new Set(answers).size, ranges.length, 'two ranges give the same panel: the test tells none of them apart');
  });

  it('reads the state-year panel of one ScoData once for country_year and cow_concordance alike', () => {
    const data = load(VALID_FIXTURE);
    let reads = 0;
    const counted: ScoData = { ...data, countryYear: (...args) => (reads++, data.countryYear(...args)) };
    for (const id of ['country_year', 'cow_concordance', 'country_year'] as const) tableData(counted, id, { toYear: 2017 });
    assert.equal(reads, 1);
    tableData(counted, 'cow_concordance', { toYear: 2016 });
    assert.equal(reads, 2);
  });

  // A year that is no YYYY calendar year is refused, as country_year refuses it, never turned into
  // rows dated "+010000-01" or a "year 2000.5" whose reference date is 2000-01-31.
  for (const table of ['country_month', 'country_year'] as const) {
    for (const [fromYear, toYear] of [
      [10000, 10000],
      [2000.5, 2001],
      [-3, -3],
    ]) {
      it(`${table}: refuses the years ${fromYear} to ${toYear}`, () => {
        assert.throws(() => tableData(data, table, { fromYear, toYear }), RangeError);
      });
    }
  }
});

describe('spreadsheet cells', () => {
  const date = TEMPLATES.status_events.columns.find((c) => c.key === 'decision_date')!;
  const note = TEMPLATES.status_events.columns.find((c) => c.key === 'note')!;

  const day = TEMPLATES.status_events.columns.find((c) => c.key === 'decision_day')!;

  it('writes a partial-date column as ISO text at every precision, its day companion as Excel serials', () => {
    assert.deepEqual(sheetCell(date, '2024-07-04'), { value: '2024-07-04', format: '@' });
    assert.deepEqual(sheetCell(date, '2010-04'), { value: '2010-04', format: '@' });
    // 2024-07-04 is day 45477 counted from Excel's 1899-12-30.
    assert.deepEqual(sheetCell(day, '2024-07-04'), { value: 45477, format: 'yyyy-mm-dd' });
  });

  it('keeps text as text, so nothing can turn into a formula', () => {
    assert.deepEqual(sheetCell(note, 'a = b'), { value: 'a = b', format: '@' });
  });
});
