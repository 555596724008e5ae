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

export function csvText(table: TableData): string {
  const fields = table.template.columns.map((column) => column.key);
  const data = table.rows.map((row) => fields.map((key) => csvValue(row[key] ?? null)));
  // Rows as arrays, header included: papaparse then writes exactly one line per row.
  return `${Papa.unparse([fields, ...data], { newline: '\n', quotes: false, escapeFormulae: false })}\n`;
}

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
