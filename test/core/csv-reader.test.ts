import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { readCsv } from '../../src/core/csv-reader';
import { DATA_DIR, VALID_FIXTURE, readCsvFiles } from '../helpers';

describe('CSV reader', () => {
  it('reads every bundled data file exactly as papaparse does', () => {
    const files = { ...readCsvFiles(DATA_DIR), ...Object.fromEntries(Object.entries(readCsvFiles(VALID_FIXTURE)).map(([k, v]) => [`fixture/${k}`, v])) };
    for (const [name, text] of Object.entries(files)) {
      const ours = readCsv(text);
      assert.deepEqual(ours.errors, [], name);
      const theirs = Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((row) => !(row.length === 1 && row[0] === ''));
      assert.deepEqual(
        ours.records.map((record) => record.fields.map((field) => field.value)),
        theirs,
        name,
      );
    }
  });

  it('locates each field by line and column, across quoted line breaks', () => {
    const { records } = readCsv('a,b\n"x\ny",z\n');
    assert.deepEqual(
      records[1]!.fields.map(({ value, line, column }) => [value, line, column]),
      [
        ['x\ny', 2, 1],
        ['z', 3, 4],
      ],
    );
    assert.equal(records[1]!.line, 2);
  });

  it('unescapes doubled quotes and skips a byte-order mark', () => {
    const { records, errors } = readCsv('\ufeffa\n"say ""yes"""\n');
    assert.deepEqual(errors, []);
    assert.equal(records[1]!.fields[0]!.value, 'say "yes"');
    assert.equal(records[0]!.fields[0]!.column, 1);
  });

  it('reports carriage returns and unclosed quotes with their position', () => {
    assert.deepEqual(readCsv('a,b\r\n').errors, [{ line: 1, column: 4, code: 'lone_carriage_return', params: {} }]);
    assert.deepEqual(readCsv('a\n"open').errors, [{ line: 2, column: 1, code: 'unclosed_quote', params: {} }]);
  });
});
