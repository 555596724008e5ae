// The data files' schemas, derived from the table declarations in templates/: one row parser per
// data file (its key order is the file's column order) and its row type (RowOf the declaration).
// Every cell check yields a coded problem whose message follows "what is wrong (how to fix)".
import * as templates from '../../templates';
import { storedColumns, type ColumnTemplate, type RowOf, type TableTemplate } from '../../templates/schema-types';
import { firstDay, isRealDate, lastDay, precisionOf } from './dates';
import type { ProblemCode, ProblemParams } from './problems';

type Declared = (typeof templates.TABLES)[number];
/** A declaration with a data file: a table stored in data/ (the others are views of those). */
type StoredDeclaration = Extract<Declared, { readonly dataFile: string }>;
export type DataTableName = StoredDeclaration['id'];
type DataTables = { readonly [K in DataTableName]: Extract<StoredDeclaration, { readonly id: K }> };

const isStored = (table: TableTemplate): table is StoredDeclaration => typeof table.dataFile === 'string';

/** The data files, derived from the table registry (templates/index.ts), in its order. */
export const DATA_TABLES = Object.fromEntries((templates.TABLES as readonly TableTemplate[]).filter(isStored).map((table) => [table.id, table])) as unknown as DataTables;

export const DATA_TABLE_NAMES = Object.keys(DATA_TABLES) as DataTableName[];

/** The validated row of a data file (its declaration is its type). */
export type RowOfTable<K extends DataTableName> = RowOf<DataTables[K]>;

export type Source = RowOf<typeof templates.sources>;
export type CountryRecord = RowOf<typeof templates.countries>;
export type StatusEvent = RowOf<typeof templates.statusEvents>;
export type Summit = RowOf<typeof templates.summits>;
export type Official = RowOf<typeof templates.officials>;
export type Chairmanship = RowOf<typeof templates.chairmanships>;
export type Conflict = RowOf<typeof templates.conflicts>;
export type CouncilMeeting = RowOf<typeof templates.headsOfGovernmentMeetings>;
export type ScoDocument = RowOf<typeof templates.documents>;
export type Application = RowOf<typeof templates.applications>;
export type Attendance = RowOf<typeof templates.summitAttendance>;

/** The columns of a data file, in file order. */
export function columnsOf(table: DataTableName): string[] {
  return storedColumns(DATA_TABLES[table]).map((column) => column.key);
}

/** A problem found in one cell: its code and parameters (the caller adds where it is). */
export interface CellProblem {
  code: ProblemCode;
  params: ProblemParams;
}

export type CellResult = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

/** Excel's limit on the characters of one cell. */
export const CELL_LIMIT = 32_767;

// OWASP's list of characters that make a spreadsheet treat a cell as a formula, and their
// full-width forms, which some spreadsheet programs treat alike.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** True for text a spreadsheet would run as a formula when it opens a CSV file. */
export const isFormulaLike = (text: string): boolean => FORMULA_START.test(text);

const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Where (1-based, in characters) the first character matching `pattern` stands, with it. */
function firstMatch(text: string, pattern: RegExp): { at: number; char: string } | null {
  // Almost every cell holds no such character: one search of the whole text settles it, without
  // splitting it into characters.
  // Stryker disable next-line ConditionalExpression: equivalent as false, the characters are then searched one by one, alike
  if (!pattern.test(text)) return null;
  const points = [...text];
  const index = points.findIndex((char) => pattern.test(char));
  return index < 0 ? null : { at: index + 1, char: points[index]! };
}

/**
 * The rules every text cell obeys, whatever its column: it fits a spreadsheet cell, holds one line
 * of visible, composed (NFC) text without padding, and does not start like a formula.
 */
export function textProblem(column: string, text: string): CellProblem | null {
  if (text.length > CELL_LIMIT) return { code: 'cell_too_long', params: { column, length: text.length, limit: CELL_LIMIT } };
  const control = firstMatch(text, /\p{Cc}/u);
  if (control) return { code: 'control_character', params: { column, char: codePoint(control.char), at: control.at } };
  const invisible = firstMatch(text, /[\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}]/u);
  if (invisible) {
    const name = INVISIBLE_NAMES[invisible.char.codePointAt(0)!] ?? 'formatting character';
    return { code: 'invisible_character', params: { column, char: codePoint(invisible.char), name, at: invisible.at } };
  }
  const composed = text.normalize('NFC');
  if (composed !== text) {
    const points = [...text];
    const same = [...composed];
    const at = points.findIndex((char, index) => char !== same[index]) + 1;
    return { code: 'not_nfc', params: { column, at } };
  }
  if (text !== '' && text.trim() === '') return { code: 'blank_text', params: { column } };
  if (text !== text.trimStart()) return { code: 'padded_text', params: { column, where: 'begins' } };
  if (text !== text.trimEnd()) return { code: 'padded_text', params: { column, where: 'ends' } };
  if (isFormulaLike(text)) return { code: 'formula_start', params: { column, char: [...text][0]! } };
  return null;
}

const labelOf = (column: ColumnTemplate) => column.label ?? column.key.replace(/_/g, ' ');

const fail = (code: ProblemCode, params: ProblemParams): CellResult => ({ ok: false, problem: { code, params } });

/** A non-empty cell checked against its column's type and constraints. */
function parseValue(column: ColumnTemplate, text: string): CellResult {
  const { key } = column;
  const constraints = column.constraints ?? {};
  if (column.separator !== undefined) {
    const items = text.split(column.separator);
    // No pattern: the empty pattern, which every item matches.
    const pattern = new RegExp(constraints.pattern ?? '');
    for (const item of items) {
      if (item === '' || !pattern.test(item)) {
        return fail('list_item_invalid', {
          column: key,
          value: item,
          label: column.references ? `${column.references.column.replace(/_/g, ' ')}` : labelOf(column),
          separator: column.separator,
          example: 'tass_2017_06_09;sco_charter',
        });
      }
    }
    return { ok: true, value: items };
  }
  switch (column.type) {
    case 'category':
      if (!(column.categories ?? []).includes(text)) return fail('not_in_vocabulary', { column: key, value: text, label: labelOf(column), allowed: (column.categories ?? []).join(', ') });
      return { ok: true, value: text };
    case 'integer': {
      if (!/^[0-9]+$/.test(text)) return fail('not_whole_number', { column: key, value: text });
      const value = Number(text);
      const { minimum = 0, maximum = Number.MAX_SAFE_INTEGER } = constraints;
      if (value < minimum || value > maximum) return fail('number_out_of_range', { column: key, value: text, minimum, maximum });
      return { ok: true, value };
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') return fail('not_in_vocabulary', { column: key, value: text, label: 'true/false value', allowed: 'true, false' });
      return { ok: true, value: text === 'true' };
    case 'date':
    case 'partial_date': {
      const precision = precisionOf(text);
      if (precision === null || (column.type === 'date' && precision !== 'day')) return fail('not_a_date', { column: key, value: text });
      if (!isRealDate(text)) return fail('date_does_not_exist', { column: key, value: text });
      if (constraints.earliest !== undefined && lastDay(text) < firstDay(constraints.earliest)) return fail('date_too_early', { column: key, value: text, earliest: constraints.earliest });
      return { ok: true, value: text };
    }
    case 'url':
      if (!/^https?:\/\/[^\s]+$/.test(text)) return fail('not_a_url', { column: key, value: text });
      return { ok: true, value: text };
    case 'string':
      if (!new RegExp(constraints.pattern ?? '').test(text)) {
        return fail('pattern_mismatch', {
          column: key,
          value: text,
          pattern_name: constraints.patternName ?? `a valid ${labelOf(column)}`,
          hint: constraints.patternHint ?? `match ${constraints.pattern}`,
        });
      }
      return { ok: true, value: text };
  }
}

/** One cell of a data file: empty becomes null (or a problem when required), else its typed value. */
export function parseCell(column: ColumnTemplate, text: string): CellResult {
  if (text !== '') {
    const problem = textProblem(column.key, text);
    if (problem) return { ok: false, problem };
    return parseValue(column, text);
  }
  if (!column.required) return { ok: true, value: null };
  if (column.separator !== undefined && column.references !== undefined) {
    const target = DATA_TABLES[column.references.table as DataTableName];
    return fail('no_source', {
      column: column.key,
      what: column.references.table.replace(/s$/, ''),
      target_column: column.references.column,
      target_file: target?.dataFile ?? column.references.table,
      separator: column.separator,
    });
  }
  return fail('required_empty', { column: column.key, label: labelOf(column), ...(column.type === 'category' ? { allowed: (column.categories ?? []).join(', ') } : {}) });
}

/** A refused cell of a row: its column, and its problem. */
export interface RowProblem extends CellProblem {
  column: string;
}

export type RowResult<T> = { ok: true; row: T } | { ok: false; problems: RowProblem[] };

/** Parses a data file's row: its cells' text, one per stored column in file order. */
export type RowParser<T> = (cells: readonly string[]) => RowResult<T>;

/**
 * The parser of a data file's row, derived from its declaration: each cell parsed by its column
 * (parseCell), the values in the declaration's order, every refused cell reported in that order.
 */
export function rowParser<T extends TableTemplate>(template: T): RowParser<RowOf<T>> {
  // Once per table, not per row (the rows were a zod object each, which cost more than the cells).
  const columns = storedColumns(template);
  return (cells) => {
    const row: Record<string, unknown> = {};
    const problems: RowProblem[] = [];
    columns.forEach((column, index) => {
      const result = parseCell(column, cells[index]!);
      if (result.ok) row[column.key] = result.value;
      else problems.push({ column: column.key, ...result.problem });
    });
    return problems.length === 0 ? { ok: true, row: row as RowOf<T> } : { ok: false, problems };
  };
}

export const ROW_PARSERS = Object.fromEntries(DATA_TABLE_NAMES.map((name) => [name, rowParser(DATA_TABLES[name])])) as unknown as {
  readonly [K in DataTableName]: RowParser<RowOfTable<K>>;
};
