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
  message: string;
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
      const field: CsvField = { value: '', line, column: i - lineStart + 1 };
      if (text[i] === '"') {
        let value = '';
        i++;
        for (;;) {
          if (i >= text.length) {
            errors.push({ line: field.line, column: field.column, message: 'quoted field is never closed (add the closing ")' });
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
              ? { line: field.line, column: field.column, message: `the quote opened here closes on line ${line} and text follows it (close the quote on this line, or double any " inside the field)` }
              : { line, column: i - lineStart + 1, message: 'text after a closing quote (quote the whole field and double any " inside it)' },
          );
          while (i < text.length && text[i] !== ',' && text[i] !== '\n') i++;
        }
      } else {
        const start = i;
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        field.value = text.slice(start, i);
        if (field.value.includes('"')) {
          errors.push({ line: field.line, column: field.column, message: 'a " inside an unquoted field (quote the field and double the ", e.g. "say ""yes""")' });
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
      errors.push({ line, column: i - lineStart + 1, message: 'carriage return in a line end (save the file with LF line ends)' });
      i++;
    }
    if (text[i] === '\n') i++;
    line++;
    lineStart = i;
    records.push(record);
  }
  return { records, errors };
}
