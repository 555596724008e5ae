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
