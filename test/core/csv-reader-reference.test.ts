// The CSV reader slices each quoted run whole (for speed); this checks that it reads every text
// exactly as the earlier reader did, which built quoted fields one character at a time. That
// reader is kept here, unchanged, as the reference.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readCsv, type CsvReadResult, type CsvRecord, type CsvSyntaxError, type CsvField } from '../../src/core/csv-reader';
import { DATA_DIR, readCsvFiles } from '../helpers';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

// The reader of commit a92d3a1 (src/core/csv-reader.ts), verbatim but for its name.
function referenceReadCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i === 1 ? 1 : 0;
  while (i < text.length) {
    const record: CsvRecord = { line, fields: [] };
    for (;;) {
      const field: CsvField = { value: '', line, column: i - lineStart + 1 };
      if (text[i] === '"') {
        let value = '';
        i++;
        for (;;) {
          if (i >= text.length) {
            errors.push({ line: field.line, column: field.column, code: 'unclosed_quote', params: {} });
            break;
          }
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') {
            line++;
            lineStart = i + 1;
          }
          value += c;
          i++;
        }
        field.value = value;
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          // A quote opened on an earlier line is the likelier culprit than the text after it.
          errors.push(
            field.line < line
              ? { line: field.line, column: field.column, code: 'quote_closes_later', params: { closes: line } }
              : { line, column: i - lineStart + 1, code: 'text_after_quote', params: {} },
          );
          while (i < text.length && text[i] !== ',' && text[i] !== '\n') i++;
        }
      } else {
        const start = i;
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        field.value = text.slice(start, i);
        if (field.value.includes('"')) {
          errors.push({ line: field.line, column: field.column, code: 'quote_in_unquoted_field', params: {} });
        }
      }
      record.fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') {
      // The validator reads CRLF as LF before it gets here (encoding.ts): this is a CR alone.
      errors.push({ line, column: i - lineStart + 1, code: 'lone_carriage_return', params: {} });
      i++;
    }
    if (text[i] === '\n') i++;
    line++;
    lineStart = i;
    records.push(record);
  }
  return { records, errors };
}

// Texts made of the characters the reader treats specially, and a few others (a BOM, non-ASCII).
const CHARACTERS = ['a', 'b', ',', '"', '"', '\n', '\r', ' ', 'é', '中', '\ufeff'];
const csvLike = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 60 }).map((chars) => chars.join(''));

describe('CSV reader: same results as the character-at-a-time reader', () => {
  it('on random texts of quotes, commas, line breaks and others (records, positions, errors)', () => {
    fc.assert(
      fc.property(csvLike, (text) => {
        assert.deepEqual(readCsv(text), referenceReadCsv(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('on hand-picked edge cases', () => {
    for (const text of ['"', '""', '"""', '""""', '"a\nb"', '"a""b",c\n', '"a\n', '"x"y,z', '"x\n"y', 'a,"b\n\nc"\n"d"', '\ufeff"a"', '"a"\r\n', ',"",\n']) {
      assert.deepEqual(readCsv(text), referenceReadCsv(text), JSON.stringify(text));
    }
  });

  it('on every bundled data file', () => {
    for (const [name, text] of Object.entries(readCsvFiles(DATA_DIR))) assert.deepEqual(readCsv(text), referenceReadCsv(text), name);
  });
});
