// How a value becomes a spreadsheet cell (src/core/sheet.ts), on hand-made columns and tables, so
// that the shared renderer of the XLSX writer and the add-in is pinned inside the core's own tests.
// Expected cells written by hand from the definitions in sheet.ts and templates/schema-types.ts.
import assert from 'node:assert/strict';
import { excelTableName, headerRow, sheetCell, sheetRows, type ColumnTemplate, type ColumnType, type TableTemplate } from '../../src/core';

const column = (key: string, type: ColumnType, format: string): ColumnTemplate => ({
  key,
  type,
  format,
  description: `the ${key}`,
  headers: { en: `${key} (en)`, ru: `${key} (ru)`, zh: `${key} (zh)` },
  width: 10,
});

const template = (id: string, columns: ColumnTemplate[]): TableTemplate => ({
  id,
  title: { en: id, ru: id, zh: id },
  description: id,
  descriptionTranslations: { ru: id, zh: id },
  columns,
  primaryKey: [columns[0]!.key],
  foreignKeys: [],
});

describe('sheetCell: one value of a column as a spreadsheet cell', () => {
  it('writes a date column as an Excel serial (days since 1899-12-30) in the yyyy-mm-dd format', () => {
    const day = column('day', 'date', 'yyyy-mm-dd');
    // 2000-01-01 is serial 36526; 2024-01-01 is 24 * 365 + 6 leap days later = 45292;
    // 2024-07-04 is 31 + 29 + 31 + 30 + 31 + 30 + 3 = 185 days after that.
    assert.deepEqual(sheetCell(day, '2024-07-04'), { value: 45477, format: 'yyyy-mm-dd' });
    assert.deepEqual(sheetCell(day, '2000-01-01'), { value: 36526, format: 'yyyy-mm-dd' });
    // Excel's day 1 is 1900-01-01 and day 60 its phantom 1900-02-29: 1900-03-01 is day 61.
    assert.deepEqual(sheetCell(day, '1900-03-01'), { value: 61, format: 'yyyy-mm-dd' });
  });

  it('writes an integer column as a number in the column format, also from text', () => {
    const count = column('count', 'integer', '0');
    assert.deepEqual(sheetCell(count, 7), { value: 7, format: '0' });
    assert.deepEqual(sheetCell(count, 0), { value: 0, format: '0' });
    assert.deepEqual(sheetCell(count, '42'), { value: 42, format: '0' });
    assert.deepEqual(sheetCell(column('year', 'integer', 'General'), 2001), { value: 2001, format: 'General' });
  });

  it('writes a boolean column as true or false in the column format', () => {
    const flag = column('flag', 'boolean', 'General');
    assert.deepEqual(sheetCell(flag, true), { value: true, format: 'General' });
    assert.deepEqual(sheetCell(flag, false), { value: false, format: 'General' });
  });

  it('writes every other type as text formatted "@", whatever the column format says', () => {
    for (const type of ['string', 'url', 'category', 'partial_date'] as const) {
      const text = column('text', type, 'General');
      assert.deepEqual(sheetCell(text, '=1+1'), { value: '=1+1', format: '@' }, type);
      assert.deepEqual(sheetCell(text, 12), { value: '12', format: '@' }, type);
      assert.deepEqual(sheetCell(text, '2010-04'), { value: '2010-04', format: '@' }, type);
    }
  });

  it('writes an empty cell as null in the column format, for every type', () => {
    const formats: Record<ColumnType, string> = { date: 'yyyy-mm-dd', integer: '0', boolean: 'General', string: '@', url: '@', category: '@', partial_date: '@' };
    for (const [type, format] of Object.entries(formats) as [ColumnType, string][]) {
      assert.deepEqual(sheetCell(column('empty', type, format), null), { value: null, format }, type);
    }
  });
});

describe('headerRow and sheetRows', () => {
  const table = template('demo', [column('name', 'string', '@'), column('since', 'date', 'yyyy-mm-dd'), column('seats', 'integer', '0')]);

  it('gives the headers of the columns in their order, in the language asked for', () => {
    assert.deepEqual(headerRow(table, 'en'), ['name (en)', 'since (en)', 'seats (en)']);
    assert.deepEqual(headerRow(table, 'ru'), ['name (ru)', 'since (ru)', 'seats (ru)']);
    assert.deepEqual(headerRow(table, 'zh'), ['name (zh)', 'since (zh)', 'seats (zh)']);
  });

  it('renders each row in column order, a missing key as an empty cell', () => {
    const rows = sheetRows({
      template: table,
      rows: [
        { seats: 3, since: '2000-01-01', name: 'Alpha', ignored: 'x' },
        { name: 'Beta', since: null },
      ],
    });
    assert.deepEqual(rows, [
      [
        { value: 'Alpha', format: '@' },
        { value: 36526, format: 'yyyy-mm-dd' },
        { value: 3, format: '0' },
      ],
      [
        { value: 'Beta', format: '@' },
        { value: null, format: 'yyyy-mm-dd' },
        { value: null, format: '0' },
      ],
    ]);
    assert.deepEqual(sheetRows({ template: table, rows: [] }), []);
  });
});

describe('excelTableName', () => {
  it('is "tbl_" and the id, with "_" and the suffix when one is given', () => {
    assert.equal(excelTableName(template('country_year', [column('a', 'string', '@')])), 'tbl_country_year');
    assert.equal(excelTableName(template('roster', [column('a', 'string', '@')]), ''), 'tbl_roster');
    assert.equal(excelTableName(template('roster', [column('a', 'string', '@')]), 'ru'), 'tbl_roster_ru');
  });

  it('turns every character other than an ASCII letter, digit or underscore into "_"', () => {
    assert.equal(excelTableName(template('a-b c.d', [column('a', 'string', '@')]), '2024-01'), 'tbl_a_b_c_d_2024_01');
    assert.equal(excelTableName(template('Zé9', [column('a', 'string', '@')])), 'tbl_Z_9');
    assert.equal(excelTableName(template('ABC_xyz_019', [column('a', 'string', '@')])), 'tbl_ABC_xyz_019');
  });

  it('is cut to Excel’s limit of 255 characters', () => {
    const long = excelTableName(template('x'.repeat(300), [column('a', 'string', '@')]));
    assert.equal(long, `tbl_${'x'.repeat(251)}`);
    assert.equal(excelTableName(template('y'.repeat(251), [column('a', 'string', '@')])), `tbl_${'y'.repeat(251)}`);
  });
});
