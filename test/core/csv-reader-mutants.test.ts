// How the CSV reader (src/core/csv-reader.ts) reads on after text that follows a closing quote:
// up to the next comma or line break, so the following fields and records keep their values and
// positions. Expected records worked out by hand, character by character.
import assert from 'node:assert/strict';
import { readCsv } from '../../src/core/csv-reader';

describe('CSV reader after text that follows a closing quote', () => {
  it('ends the field at a line break: the next line is the next record', () => {
    // `"a"x` then a line feed: x (offset 3) is the error at 1:4; "b" is a record of its own on line 2.
    assert.deepEqual(readCsv('"a"x\nb\n'), {
      records: [
        { line: 1, fields: [{ value: 'a', line: 1, column: 1 }] },
        { line: 2, fields: [{ value: 'b', line: 2, column: 1 }] },
      ],
      errors: [{ line: 1, column: 4, code: 'text_after_quote', params: {} }],
    });
  });

  it('ends the field at the end of the text', () => {
    assert.deepEqual(readCsv('b\n"a"xyz'), {
      records: [
        { line: 1, fields: [{ value: 'b', line: 1, column: 1 }] },
        { line: 2, fields: [{ value: 'a', line: 2, column: 1 }] },
      ],
      errors: [{ line: 2, column: 4, code: 'text_after_quote', params: {} }],
    });
  });

  it('ends the field at a comma: the next field keeps its column', () => {
    assert.deepEqual(readCsv('"a"xy,b'), {
      records: [
        {
          line: 1,
          fields: [
            { value: 'a', line: 1, column: 1 },
            { value: 'b', line: 1, column: 7 },
          ],
        },
      ],
      errors: [{ line: 1, column: 4, code: 'text_after_quote', params: {} }],
    });
  });

  it('skips a carriage return inside that text (the validator has read CRLF as LF before)', () => {
    assert.deepEqual(readCsv('"a"x\ry\nc'), {
      records: [
        { line: 1, fields: [{ value: 'a', line: 1, column: 1 }] },
        { line: 2, fields: [{ value: 'c', line: 2, column: 1 }] },
      ],
      errors: [{ line: 1, column: 4, code: 'text_after_quote', params: {} }],
    });
  });

  it('after a quote that spans lines, places the next field on the line where the quote closed', () => {
    // `"a\nb"x,c`: the quote opened at 1:1 closes on line 2 (which starts at offset 3); c is at offset 7, column 5.
    assert.deepEqual(readCsv('"a\nb"x,c\nd'), {
      records: [
        {
          line: 1,
          fields: [
            { value: 'a\nb', line: 1, column: 1 },
            { value: 'c', line: 2, column: 5 },
          ],
        },
        { line: 3, fields: [{ value: 'd', line: 3, column: 1 }] },
      ],
      errors: [{ line: 1, column: 1, code: 'quote_closes_later', params: { closes: 2 } }],
    });
  });
});

describe('CSV reader: positions', () => {
  it('places a lone carriage return by its own line (the column counts from that line’s start)', () => {
    // "x\n" is line 1; on line 2 (from offset 2), the CR at offset 3 is column 2.
    assert.deepEqual(readCsv('x\na\rb').errors, [{ line: 2, column: 2, code: 'lone_carriage_return', params: {} }]);
    // After a quoted line break: line 2 starts at offset 3, the CR after "b" (offset 5) is column 3.
    assert.deepEqual(readCsv('"a\nb"\rc').errors, [{ line: 2, column: 3, code: 'lone_carriage_return', params: {} }]);
  });

  it('does not count a byte-order mark as a column', () => {
    assert.deepEqual(readCsv('\ufeffa\rb').errors, [{ line: 1, column: 2, code: 'lone_carriage_return', params: {} }]);
    assert.deepEqual(readCsv('\ufeff"a"x').errors, [{ line: 1, column: 4, code: 'text_after_quote', params: {} }]);
  });

  it('counts every line break inside one quoted run, and columns after the last of them', () => {
    // Line 4 starts at offset 6 ("a\nb\n\nc" opened at offset 0); "c" is offset 6, the closing quote 7, "x" 8: column 3.
    assert.deepEqual(readCsv('"a\nb\n\nc"x,d'), {
      records: [
        {
          line: 1,
          fields: [
            { value: 'a\nb\n\nc', line: 1, column: 1 },
            { value: 'd', line: 4, column: 5 },
          ],
        },
      ],
      errors: [{ line: 1, column: 1, code: 'quote_closes_later', params: { closes: 4 } }],
    });
    // A doubled quote between two line breaks: both runs are counted.
    assert.deepEqual(readCsv('"a\n""\nb",c'), {
      records: [
        {
          line: 1,
          fields: [
            { value: 'a\n"\nb', line: 1, column: 1 },
            { value: 'c', line: 3, column: 4 },
          ],
        },
      ],
      errors: [],
    });
  });
});
