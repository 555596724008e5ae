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

  // Positions below are counted by hand: line 1-based, column = characters from the line's start + 1.
  const cells = (text: string) => readCsv(text).records.map((record) => record.fields.map(({ value, line, column }) => `${value}@${line}:${column}`));

  it('places fields on every line, with or without a final line break, empty ones included', () => {
    assert.deepEqual(cells('ab,cd\nef,gh'), [
      ['ab@1:1', 'cd@1:4'],
      ['ef@2:1', 'gh@2:4'],
    ]);
    assert.deepEqual(cells('a,\n,b\n'), [
      ['a@1:1', '@1:3'],
      ['@2:1', 'b@2:2'],
    ]);
    assert.deepEqual(cells('"",x\n'), [['@1:1', 'x@1:4']]);
    assert.deepEqual(cells('\ufeffa,b'), [['a@1:1', 'b@1:3']]);
    assert.deepEqual(readCsv('').records, []);
  });

  it('reports text after a closing quote where it stands, and keeps the quoted value', () => {
    const { records, errors } = readCsv('a,"b"x,c\n');
    assert.deepEqual(errors, [{ line: 1, column: 6, code: 'text_after_quote', params: {} }]);
    assert.deepEqual(
      records.map((record) => record.fields.map((field) => field.value)),
      [['a', 'b', 'c']],
    );
  });

  it('blames a quote that opened on an earlier line and closes later', () => {
    assert.deepEqual(readCsv('h\n"a\nb"x,c\n').errors, [{ line: 2, column: 1, code: 'quote_closes_later', params: { closes: 3 } }]);
  });

  it('reports a quote inside an unquoted field at the field', () => {
    const { records, errors } = readCsv('a,b"c\n');
    assert.deepEqual(errors, [{ line: 1, column: 3, code: 'quote_in_unquoted_field', params: {} }]);
    assert.equal(records[0]!.fields[1]!.value, 'b"c');
  });

  it('ends a record at a lone carriage return, and reads on after it', () => {
    const { records, errors } = readCsv('a\rb\n');
    assert.deepEqual(errors, [{ line: 1, column: 2, code: 'lone_carriage_return', params: {} }]);
    assert.deepEqual(cells('a\rb\n'), [['a@1:1'], ['b@2:1']]);
    assert.deepEqual(
      records.map((record) => record.line),
      [1, 2],
    );
    assert.deepEqual(readCsv('"a"\r\n').errors, [{ line: 1, column: 4, code: 'lone_carriage_return', params: {} }]);
  });

  it('keeps what an unclosed quote holds', () => {
    assert.deepEqual(cells('a\n"open,x\ny'), [['a@1:1'], ['open,x\ny@2:1']]);
  });
});
