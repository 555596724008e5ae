// What changed since an earlier release: every added, removed or changed row (and, for a changed
// row, every changed field), keyed on each table's primary key, with old and new values. Both
// sides are compared as the CSV text researchers see.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFormulaLike, readCsv, type ChangeKind, type Row, type TableData, type TableTemplate } from '../core';
import { parseCsvText } from './csv';

export interface ChangeRow extends Row {
  table: string;
  key: string;
  change: ChangeKind;
  field: string;
  old_value: string;
  new_value: string;
}

/** Thrown when the previous release cannot be read; the message names the file. */
export class PreviousReleaseError extends Error {}

/** Compares this release's CSV text of each table with the same file in `previousDir`. */
export function releaseChanges(previousDir: string, tables: readonly { table: TableData; csv: string }[]): ChangeRow[] {
  if (!existsSync(join(previousDir, 'csv'))) {
    throw new PreviousReleaseError(`--previous ${previousDir} is not a release (it has no csv/ folder; give the folder of an earlier export)`);
  }
  return tables.flatMap(({ table, csv }) => {
    const file = join(previousDir, 'csv', `${table.template.id}.csv`);
    // A table the previous release did not have: every row is new.
    const before = existsSync(file) ? parse(file, readFileSync(file, 'utf8')) : { fields: [], rows: [] };
    return tableChanges(table.template, before, parseCsvText(csv));
  });
}

function parse(file: string, text: string) {
  let parsed;
  try {
    parsed = parseCsvText(text);
  } catch (error) {
    throw new PreviousReleaseError(`${file}: ${(error as Error).message} (the previous release is damaged; export it again or compare with another)`);
  }
  // Its values become changes.csv's old_value: none may be one a spreadsheet would run.
  for (const record of readCsv(text).records) {
    const field = record.fields.find((candidate) => isFormulaLike(candidate.value));
    if (field) {
      throw new PreviousReleaseError(
        `${file}:${field.line}:${field.column}: ${JSON.stringify(field.value.slice(0, 20))} begins like a spreadsheet formula, which no sco-data release holds (the folder is damaged or not a sco-data release; compare with another)`,
      );
    }
  }
  return parsed;
}

type Parsed = ReturnType<typeof parseCsvText>;

function tableChanges(template: TableTemplate, before: Parsed, after: Parsed): ChangeRow[] {
  const keyOf = (row: Record<string, string>) => template.primaryKey.map((column) => `${column}=${row[column] ?? ''}`).join('|');
  const oldRows = new Map(before.rows.map((row) => [keyOf(row), row]));
  const newKeys = new Set<string>();
  const fields = [...after.fields, ...before.fields.filter((field) => !after.fields.includes(field))];
  const change = (key: string, kind: ChangeKind, field = '', old_value = '', new_value = ''): ChangeRow => ({ table: template.id, key, change: kind, field, old_value, new_value });
  const changes: ChangeRow[] = [];
  for (const row of after.rows) {
    const key = keyOf(row);
    newKeys.add(key);
    const old = oldRows.get(key);
    if (old === undefined) {
      changes.push(change(key, 'added'));
      continue;
    }
    for (const field of fields) {
      const [was, is] = [old[field] ?? '', row[field] ?? ''];
      if (was !== is) changes.push(change(key, 'changed', field, was, is));
    }
  }
  for (const row of before.rows) {
    const key = keyOf(row);
    if (!newKeys.has(key)) changes.push(change(key, 'removed'));
  }
  return changes;
}
