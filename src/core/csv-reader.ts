// An RFC 4180 reader that remembers where each field starts, so that every problem in a data file
// can be reported as file:line:column. (papaparse, used for writing, does not report positions.)

export interface CsvField {
  value: string;
  /** 1-based line and column of the field's first character. */
  line: number;
  column: number;
}

export interface CsvRecord {
  line: number;
  fields: CsvField[];
}

export interface CsvSyntaxError {
  line: number;
  column: number;
  code: 'unclosed_quote' | 'quote_closes_later' | 'text_after_quote' | 'quote_in_unquoted_field' | 'lone_carriage_return';
  params: Record<string, number>;
}

export interface CsvReadResult {
  records: CsvRecord[];
  errors: CsvSyntaxError[];
}

/** Splits CSV text into records of positioned fields. A final line break is optional. */
export function readCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i === 1 ? 1 : 0;
  while (i < text.length) {
    const record: CsvRecord = { line, fields: [] };
    for (;;) {
      // Where the field starts; its value is read below.
      const field: Omit<CsvField, 'value'> = { line, column: i - lineStart + 1 };
      let value: string;
      if (text[i] === '"') {
        // Each run up to the next quote is sliced whole; a doubled quote adds one quote.
        value = '';
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          const end = quote === -1 ? text.length : quote;
          const run = text.slice(i, end);
          for (let newline = run.indexOf('\n'); newline !== -1; newline = run.indexOf('\n', newline + 1)) {
            line++;
            lineStart = i + newline + 1;
          }
          value += run;
          i = end;
          if (quote === -1) {
            errors.push({ line: field.line, column: field.column, code: 'unclosed_quote', params: {} });
            break;
          }
          if (text[quote + 1] === '"') {
            value += '"';
            i = quote + 2;
            continue;
          }
          i = quote + 1;
          break;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          // A quote opened on an earlier line is the likelier culprit than the text after it.
          errors.push(
            field.line < line
              ? { line: field.line, column: field.column, code: 'quote_closes_later', params: { closes: line } }
              : { line, column: i - lineStart + 1, code: 'text_after_quote', params: {} },
          );
          while (text[i] !== undefined && text[i] !== ',' && text[i] !== '\n') i++;
        }
      } else {
        const start = i;
        while (text[i] !== undefined && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        value = text.slice(start, i);
        if (value.includes('"')) {
          errors.push({ line: field.line, column: field.column, code: 'quote_in_unquoted_field', params: {} });
        }
      }
      record.fields.push({ value, line: field.line, column: field.column });
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
