// The column list of data/README.md, generated from the table declarations so that it can never
// disagree with what the validator enforces (`npm run docs` rewrites it; a test fails while stale).
import { ALLOWED_TRANSITIONS } from '../../templates/vocab';
import { storedColumns, type ColumnTemplate, type TableTemplate } from '../../templates/schema-types';
import { DATA_TABLES } from './schema';

const README_BEGIN = '<!-- columns: generated from templates/ by `npm run docs`; do not edit by hand -->';
const README_END = '<!-- end of generated columns -->';

const code = (text: string) => `\`${text}\``;

/** A column's domain in words: type, emptiness and every declared constraint. */
export function columnDomain(column: ColumnTemplate): string {
  const parts: string[] = [column.required ? 'required' : 'may be empty'];
  const c = column.constraints ?? {};
  if (column.separator !== undefined) parts.push(`list separated by ${code(column.separator)}`);
  switch (column.type) {
    case 'category':
      parts.push(`one of ${(column.categories ?? []).map(code).join(', ')}`);
      break;
    case 'integer':
      parts.push(`whole number${c.minimum !== undefined ? ` from ${c.minimum}` : ''}${c.maximum !== undefined ? ` to ${c.maximum}` : ''}`);
      break;
    case 'partial_date':
      parts.push('date YYYY-MM-DD, YYYY-MM or YYYY');
      break;
    case 'date':
      parts.push('date YYYY-MM-DD');
      break;
    case 'url':
      parts.push('web address (https where the site offers it)');
      break;
    case 'boolean':
      parts.push('true or false');
      break;
    case 'string':
      parts.push('text');
  }
  if (c.pattern !== undefined) parts.push(`matches ${code(c.pattern)}${c.patternName ? ` (${c.patternName})` : ''}`);
  if (column.precisionColumn !== undefined) parts.push(`precision in ${code(column.precisionColumn)}`);
  if (c.earliest !== undefined) parts.push(`not before ${c.earliest}`);
  if (c.notAfterDataAsOf) parts.push(`not after release.json's data_as_of${c.futureAllowedWhen ? ` (unless ${c.futureAllowedWhen.column} is ${code(c.futureAllowedWhen.equals)})` : ''}`);
  if (c.notBefore !== undefined) parts.push(`not before ${code(c.notBefore)}`);
  if (c.unique) parts.push('unique');
  if (column.references !== undefined) parts.push(`each a ${code(column.references.column)} of ${code(`${column.references.table}.csv`)}`);
  return parts.join('; ');
}

/** One data file's part of the section: its description, its columns' domains, keys and rules. */
export function readmeTableSection(template: TableTemplate & { dataFile: string }): string {
  const lines = [`### ${template.dataFile}`, '', template.description, '', '| column | domain | meaning |', '| --- | --- | --- |'];
  for (const column of storedColumns(template)) lines.push(`| ${code(column.key)} | ${columnDomain(column).replace(/\|/g, '\\|')} | ${column.description.replace(/\|/g, '\\|')} |`);
  lines.push('', `Primary key: ${template.primaryKey.map(code).join(', ')}.${(template.uniqueTogether ?? []).map((group) => ` Unique together: ${group.map(code).join(' + ')}.`).join('')}`);
  const derived = template.columns.filter((column) => column.derived);
  if (derived.length > 0) lines.push(`Published with ${derived.map((column) => code(column.key)).join(', ')} added by its view (not stored here).`);
  if ((template.invariants ?? []).length > 0) lines.push('', 'Rules across rows:', ...template.invariants!.map((rule) => `- ${rule}`));
  return lines.join('\n');
}

/** The generated part of data/README.md, markers included. */
export function dataReadmeColumns(): string {
  const transitions = ALLOWED_TRANSITIONS.map(([from, to, why]) => `- ${code(from)} → ${code(to)}: ${why}`);
  return [
    README_BEGIN,
    '## Columns and rules (generated)',
    '',
    'Every text cell: valid UTF-8, in Unicode NFC, one line, no control, bidi or zero-width characters, no leading or trailing space, at most 32,767 characters, and not beginning with `=`, `+`, `-`, `@` or their full-width forms `＝`, `＋`, `－`, `＠`.',
    '',
    ...Object.values(DATA_TABLES).flatMap((template) => [readmeTableSection(template), '']),
    '### Allowed changes of status',
    '',
    ...transitions,
    README_END,
  ].join('\n');
}

/** README text with its generated section replaced (appended when it has none). */
export function withGeneratedColumns(readme: string): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  const appended = () => `${readme.trimEnd()}\n\n${dataReadmeColumns()}\n`;
  if (begin < 0) return appended();
  // Stryker disable next-line EqualityOperator: equivalent, `end <= begin` differs only where end === begin, and two different markers found in one text never start at the same index
  if (end < begin) return appended();
  return readme.slice(0, begin) + dataReadmeColumns() + readme.slice(end + README_END.length);
}
