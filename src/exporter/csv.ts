// A published table as CSV text: UTF-8 (no BOM), LF line ends, a final newline, the template's
// column keys as the header. Values are turned into text here so papaparse never formats one.
import Papa from 'papaparse';
import type { Cell, TableData } from '../core';

/** A cell as CSV text: null is the empty string, booleans are true/false. */
export function csvValue(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** Rows handed to papaparse at a time: the text is the same, without an array of every row's fields at once. */
const ROWS_PER_CHUNK = 4096;

/**
 * The CSV file's bytes. Built from chunks each turned into bytes at once: a string papaparse
 * builds by concatenation is a rope of millions of pieces until flattened, several times the size
 * of its text, and a million-row panel held that way did not fit in 1 GB.
 */
export function csvBytes(table: TableData): Buffer {
  const fields = table.template.columns.map((column) => column.key);
  // Rows as arrays, header included: papaparse then writes exactly one line per row.
  const unparse = (rows: string[][]) => `${Papa.unparse(rows, { newline: '\n', quotes: false, escapeFormulae: false })}\n`;
  const chunks = [Buffer.from(unparse([fields]))];
  for (let first = 0; first < table.rows.length; first += ROWS_PER_CHUNK) {
    const chunk = table.rows.slice(first, first + ROWS_PER_CHUNK).map((row) => fields.map((key) => csvValue(row[key] ?? null)));
    chunks.push(Buffer.from(unparse(chunk)));
  }
  return Buffer.concat(chunks);
}

export const csvText = (table: TableData): string => csvBytes(table).toString('utf8');

/** Parses a release CSV back into its header and rows of text (for comparing releases). */
export function parseCsvText(text: string): { fields: string[]; rows: Record<string, string>[] } {
  // The release's dialect, never guessed: a short file of ";" lists can fool papaparse's guess.
  const result = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ',', skipEmptyLines: 'greedy' });
  if (result.errors.length > 0) {
    const error = result.errors[0]!;
    throw new Error(`line ${(error.row ?? 0) + 2}: ${error.message}`);
  }
  return { fields: result.meta.fields ?? [], rows: result.data };
}
