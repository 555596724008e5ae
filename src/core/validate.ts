// Turns the data files into a validated Dataset, or into the complete list of coded problems, each
// located at file:line:column. The references, date rules and uniqueness come from the table
// declarations (templates/); the rules across rows that no column states are written out below,
// each named in its declaration's `invariants`. Pure: the caller reads the files.
import { storedColumns, type ColumnTemplate } from '../../templates/schema-types';
import { ALLOWED_TRANSITIONS, POSTS, SCO_FOUNDED, type OfficialRole, type Precision } from '../../templates/vocab';
import { isKnownIso3 } from './countries';
import { readCsv } from './csv-reader';
import { eventStart, firstDay, lastDay, precisionOf } from './dates';
import { decodeUtf8, normaliseLineEnds } from './encoding';
import type { Problem, ProblemCode, ProblemParams } from './problems';
import { checkReleaseFile } from './release-file';
import {
  DATA_TABLES,
  DATA_TABLE_NAMES,
  ROW_PARSERS,
  columnsOf,
  type Application,
  type Attendance,
  type Chairmanship,
  type Conflict,
  type CountryRecord,
  type DataTableName,
  type RowOfTable,
  type Official,
  type StatusEvent,
  type Summit,
} from './schema';
import { checkSources, localPath } from './source-rules';
import { camelCase, type CamelCase } from './camel-case';

/** The validated data: one field per data table (its id in camelCase), the rows its declaration types. */
export type Dataset = { [K in DataTableName as CamelCase<K>]: RowOfTable<K>[] };

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** A data file's content: text, or the bytes as read (then it must be UTF-8). */
export type FileContent = string | Uint8Array;

export interface LoadOptions {
  /** Refuse a missing release.json (the command line and the exporter do; unit tests may not). */
  requireRelease?: boolean;
}

/** A parsed row and where each of its cells stands in its file. */
export interface Located<T> {
  row: T;
  line: number;
  cells: Record<string, { line: number; column: number }>;
}

type Rows = { [K in DataTableName]: Located<RowOfTable<K>>[] };
/** The Dataset field of each data table. */
export const DATASET_FIELDS = Object.fromEntries(DATA_TABLE_NAMES.map((name) => [name, camelCase(name)])) as { readonly [K in DataTableName]: CamelCase<K> };

/** How a row's key is written where another file names the row (conflicts.csv row_id): key fields joined by "/". */
export const KEY_SEPARATOR = '/';

/** Collects problems with the file name already prefixed. */
export class Problems {
  readonly list: Problem[] = [];
  constructor(readonly dir: string) {}
  add(file: string, line: number, column: number, code: ProblemCode, params: ProblemParams = {}): void {
    this.list.push({ code, file: this.dir + file, line, column, params });
  }
  at<T>(file: string, item: Located<T>, column: string, code: ProblemCode, params: ProblemParams = {}): void {
    const where = item.cells[column] ?? { line: item.line, column: 1 };
    this.add(file, where.line, where.column, code, params);
  }
}

/** The text of a file, or null after reporting why it cannot be read as UTF-8 text. */
export function fileText(name: string, content: FileContent, problems: Problems): string | null {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(content);
    if (!decoded.ok) {
      problems.add(name, decoded.line, decoded.column, 'invalid_utf8', { byte: decoded.byte });
      return null;
    }
    text = decoded.text;
  }
  const normalised = normaliseLineEnds(text);
  if (!normalised.ok) {
    problems.add(name, normalised.line, normalised.column, 'lone_carriage_return');
    return null;
  }
  return normalised.text;
}

/**
 * Validates the data files. `files` maps a file name (e.g. "status_events.csv", "release.json")
 * to its text or bytes; `dir` is prefixed to file names in messages (e.g. "data/").
 */
export function loadDataset(files: Readonly<Record<string, FileContent>>, dir = '', options: LoadOptions = {}): LoadResult {
  const problems = new Problems(dir);
  const release = files['release.json'];
  let dataAsOf: string | null = null;
  if (release !== undefined) {
    const text = fileText('release.json', release, problems);
    if (text !== null) dataAsOf = checkReleaseFile(text, problems)?.data_as_of ?? null;
  } else if (options.requireRelease) problems.add('release.json', 1, 1, 'file_missing', { content: 'a JSON object with title, release_date, data_as_of, authors, licence_data, licence_code' });

  const rows = {} as Record<DataTableName, Located<Record<string, unknown>>[]>;
  const keys = {} as Record<DataTableName, Set<string> | null>;
  for (const table of DATA_TABLE_NAMES) {
    const parsed = parseTable(table, files, problems);
    rows[table] = parsed.rows;
    keys[table] = parsed.keys;
  }
  const typed = rows as unknown as Rows;
  for (const table of DATA_TABLE_NAMES) {
    checkUnique(table, rows[table], problems);
    checkReferences(table, rows[table], keys, problems);
    checkDates(table, rows[table], dataAsOf, problems);
    checkLocalPaths(table, rows[table], problems);
  }
  checkCountries(typed.countries, problems);
  checkConflicts(typed.conflicts, keys, problems);
  checkHeldSummits(typed.summits, problems);
  checkStatusHistories(
    typed.status_events.filter((item) => keys.countries?.has(item.row.iso3) ?? false),
    problems,
  );
  checkChairmanshipSequence(typed.chairmanships, problems);
  checkTerms(typed.officials, problems);
  checkDatesAgainstSummits(typed, problems);
  checkAttendance(typed.summit_attendance, typed.summits, keys.countries, problems);
  checkApplications(typed.applications, typed.status_events, problems);
  checkSources(DATA_TABLES.sources.dataFile, typed.sources, problems);

  const list = problems.list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  if (list.length > 0) return { ok: false, problems: list };
  const dataset = Object.fromEntries(DATA_TABLE_NAMES.map((table) => [DATASET_FIELDS[table], typed[table].map((item) => item.row)])) as unknown as Dataset;
  return { ok: true, dataset };
}

/**
 * Parsed rows, and the key of every row (even one rejected for another field); keys is null when
 * the file could not be read, so references into it are not checked.
 */
function parseTable(table: DataTableName, files: Readonly<Record<string, FileContent>>, problems: Problems): { rows: Located<Record<string, unknown>>[]; keys: Set<string> | null } {
  const template = DATA_TABLES[table];
  const file = template.dataFile;
  const keyColumns = template.primaryKey;
  const columns = columnsOf(table);
  const content = files[file];
  if (content === undefined) {
    problems.add(file, 1, 1, 'file_missing', { header: columns.join(',') });
    return { rows: [], keys: null };
  }
  const text = fileText(file, content, problems);
  if (text === null) return { rows: [], keys: null };
  const { records, errors } = readCsv(text);
  if (errors.length > 0) {
    // Past a syntax error the fields are misaligned: report only the syntax, and no cascade.
    for (const error of errors) problems.add(file, error.line, error.column, error.code, error.params);
    return { rows: [], keys: null };
  }
  const [header, ...body] = records;
  const headerFields = header?.fields.map((field) => field.value) ?? [];
  const wrongAt = columns.findIndex((column, index) => headerFields[index] !== column);
  if (wrongAt >= 0 || headerFields.length !== columns.length) {
    const at = wrongAt >= 0 ? wrongAt : columns.length;
    // A missing column is pointed at the end of the header line, where it is to be added.
    const headerEnd = text.indexOf('\n');
    const column = header?.fields[at]?.column ?? (headerEnd === -1 ? text.length : headerEnd) + 1;
    problems.add(file, 1, column, 'header_mismatch', { position: at + 1, found: headerFields[at] ?? '', expected: columns[at] ?? '', header: columns.join(',') });
    return { rows: [], keys: null };
  }
  const keys = new Map<string, number>();
  const parsed: Located<Record<string, unknown>>[] = [];
  const parseRow = ROW_PARSERS[table];
  for (const record of body) {
    if (record.fields.length === 1 && record.fields[0]!.value === '') {
      problems.add(file, record.line, 1, 'blank_line');
      continue;
    }
    if (record.fields.length !== columns.length) {
      problems.add(file, record.line, 1, 'field_count', { found: record.fields.length, expected: columns.length });
      // Its key still counts as present, so that rows naming it are not reported as broken too.
      const keyIndexes = keyColumns.map((column) => columns.indexOf(column));
      const keyValue = keyIndexes.every((index) => index < record.fields.length) ? keyIndexes.map((index) => record.fields[index]!.value).join(KEY_SEPARATOR) : null;
      // Stryker disable next-line ConditionalExpression: equivalent where `keyValue !== null` becomes true (a null key matches no reference, all strings); the line's other conditional mutants fail test/core/validate-rules.test.ts, but Stryker disables by mutator, not by mutant
      if (keyValue !== null && !keys.has(keyValue)) keys.set(keyValue, record.line);
      continue;
    }
    const keyFields = keyColumns.map((column) => record.fields[columns.indexOf(column)]!);
    const keyValue = keyFields.map((field) => field.value).join(KEY_SEPARATOR);
    const first = keys.get(keyValue);
    if (first !== undefined) {
      // The row is not checked further: its other rules would only repeat the duplicate.
      const at = keyFields[keyFields.length - 1]!;
      problems.add(file, at.line, at.column, 'duplicate_key', { column: keyColumns.join(KEY_SEPARATOR), value: keyValue, first_line: first });
      continue;
    }
    keys.set(keyValue, record.line);
    const cells: Located<unknown>['cells'] = {};
    columns.forEach((column, index) => {
      const field = record.fields[index]!;
      cells[column] = { line: field.line, column: field.column };
    });
    const result = parseRow(record.fields.map((field) => field.value));
    if (!result.ok) {
      for (const problem of result.problems) {
        const at = cells[problem.column]!;
        problems.add(file, at.line, at.column, problem.code, problem.params);
      }
      continue;
    }
    parsed.push({ row: result.row as Record<string, unknown>, line: record.line, cells });
  }
  return { rows: parsed, keys: new Set(keys.keys()) };
}

/** Columns declared unique, and sets of columns declared unique together. */
function checkUnique(table: DataTableName, rows: Located<Record<string, unknown>>[], problems: Problems): void {
  const template = DATA_TABLES[table];
  const file = template.dataFile;
  const groups: string[][] = [
    ...storedColumns(template)
      .filter((column) => column.constraints?.unique)
      .map((column) => [column.key]),
    ...(template.uniqueTogether ?? []).map((group) => [...group]),
  ];
  for (const group of groups) {
    const seen = new Map<string, number>();
    for (const item of rows) {
      const values = group.map((column) => item.row[column]);
      if (values.some((value) => value === null)) continue;
      const joined = values.join(', ');
      const first = seen.get(joined);
      if (first === undefined) seen.set(joined, item.line);
      else if (group.length === 1) problems.at(file, item, group[0]!, 'duplicate_value', { column: group[0]!, value: joined, first_line: first });
      else problems.at(file, item, group[group.length - 1]!, 'duplicate_combination', { columns: group.join(' and '), values: joined, first_line: first });
    }
  }
}

/** Every declared reference (a single id or each id of a list) names a row of its table. */
function checkReferences(table: DataTableName, rows: Located<Record<string, unknown>>[], keys: Record<DataTableName, Set<string> | null>, problems: Problems): void {
  const file = DATA_TABLES[table].dataFile;
  for (const column of storedColumns(DATA_TABLES[table]).filter((candidate) => candidate.references !== undefined)) {
    const target = column.references!.table as DataTableName;
    const known = keys[target];
    if (known === null) continue;
    for (const item of rows) {
      const value = item.row[column.key];
      const values = value === null ? [] : Array.isArray(value) ? (value as string[]) : [String(value)];
      for (const one of values) {
        if (!known.has(one)) problems.at(file, item, column.key, 'unknown_reference', { column: column.key, value: one, target_file: DATA_TABLES[target].dataFile });
      }
    }
  }
}

/** No text cell points into someone's file system (a path in a note means nothing to readers). */
function checkLocalPaths(table: DataTableName, rows: Located<Record<string, unknown>>[], problems: Problems): void {
  const columns = storedColumns(DATA_TABLES[table]).filter(
    (column) =>
      column.type === 'string' &&
      // Stryker disable next-line ConditionalExpression: equivalent, a list column holds an array, which the typeof test below skips
      column.separator === undefined,
  );
  for (const item of rows) {
    for (const column of columns) {
      const value = item.row[column.key];
      // Stryker disable next-line ConditionalExpression: equivalent as true, a text cell holds a string or null, and localPath(null) finds nothing in "null"; as false it fails the broken fixture "local-path", but Stryker disables by mutator, not by mutant
      const path = typeof value === 'string' ? localPath(value) : null;
      if (path !== null) problems.at(DATA_TABLES[table].dataFile, item, column.key, 'local_path', { column: column.key, path });
    }
  }
}

/** Declared date rules: precision pairing, order against another date, and the data-as-of bound. */
function checkDates(table: DataTableName, rows: Located<Record<string, unknown>>[], dataAsOf: string | null, problems: Problems): void {
  const file = DATA_TABLES[table].dataFile;
  // The filter only saves work: no other column declares a precision column or a date constraint.
  // Stryker disable next-line MethodExpression: equivalent (as above)
  const dates = storedColumns(DATA_TABLES[table]).filter(
    (column) =>
      // Stryker disable next-line ConditionalExpression: equivalent as true (as above); as false it fails test/core/validate-rules.test.ts, but Stryker disables by mutator, not by mutant
      column.type === 'partial_date' ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, no stored column is of type date (day companions are derived)
      column.type === 'date',
  );
  for (const item of rows) {
    const row = item.row as Record<string, string | null>;
    for (const column of dates) {
      const date = row[column.key] ?? null;
      if (column.precisionColumn !== undefined) checkPrecision(file, item, column.key, column.precisionColumn, problems);
      if (date === null) continue;
      const constraints = column.constraints ?? {};
      // Stryker disable next-line ConditionalExpression: equivalent as false, without notBefore row[undefined] is undefined, as falsy as null; as true it fails the broken fixture "effective-before-decision", but Stryker disables by mutator, not by mutant
      const start = constraints.notBefore === undefined ? null : row[constraints.notBefore];
      if (start && lastDay(date) < firstDay(start)) problems.at(file, item, column.key, 'end_before_start', { column: column.key, end: date, start_column: constraints.notBefore!, start });
      if (dataAsOf !== null && constraints.notAfterDataAsOf && firstDay(date) > firstDay(dataAsOf) && !futureAllowed(column, row)) {
        problems.at(file, item, column.key, 'date_after_data_as_of', { column: column.key, value: date, data_as_of: dataAsOf });
      }
    }
  }
}

const futureAllowed = (column: ColumnTemplate, row: Record<string, string | null>) => {
  // Stryker disable next-line OptionalChaining: equivalent, called only for a column whose constraints declare notAfterDataAsOf
  const when = column.constraints?.futureAllowedWhen;
  return when !== undefined && row[when.column] === when.equals;
};

function checkPrecision<T>(file: string, item: Located<T>, dateColumn: string, precisionColumn: string, problems: Problems): void {
  const row = item.row as Record<string, string | null>;
  const date = row[dateColumn] ?? null;
  const stated = (row[precisionColumn] ?? null) as Precision | null;
  if (date === null && stated !== null) problems.at(file, item, precisionColumn, 'precision_without_date', { column: precisionColumn, value: stated, date_column: dateColumn });
  else if (date !== null && stated === null) problems.at(file, item, precisionColumn, 'precision_missing', { column: precisionColumn, expected: precisionOf(date)!, date });
  else if (
    // Stryker disable next-line ConditionalExpression: equivalent where `date !== null` becomes true (a null date has a null precision here, and precisionOf(null) is null); the line's other conditional mutants fail the broken fixture "precision" and the valid fixture, but Stryker disables by mutator, not by mutant
    date !== null &&
    stated !== precisionOf(date)
  )
    problems.at(file, item, precisionColumn, 'precision_mismatch', { column: precisionColumn, value: stated!, date, written: precisionOf(date)! });
}

function checkCountries(countries: Located<CountryRecord>[], problems: Problems): void {
  for (const item of countries) {
    if (!isKnownIso3(item.row.iso3)) {
      // Stryker disable next-line StringLiteral: equivalent, iso3 is the first column, where Problems.at puts a cell it does not know
      problems.at(DATA_TABLES.countries.dataFile, item, 'iso3', 'unknown_iso3', { value: item.row.iso3 });
    }
  }
}

function checkConflicts(conflicts: Located<Conflict>[], keys: Record<DataTableName, Set<string> | null>, problems: Problems): void {
  const file = DATA_TABLES.conflicts.dataFile;
  const names: DataTableName[] = DATA_TABLE_NAMES.filter((name) => name !== 'conflicts');
  for (const item of conflicts) {
    const target = item.row.table as DataTableName;
    if (!names.includes(target)) {
      problems.at(file, item, 'table', 'conflict_unknown_table', { value: item.row.table, allowed: names.join(', ') });
      continue;
    }
    const known = keys[target];
    if (known !== null && !known.has(item.row.row_id)) {
      problems.at(file, item, 'row_id', 'conflict_unknown_row', { value: item.row.row_id, key: DATA_TABLES[target].primaryKey.join(KEY_SEPARATOR), target_file: DATA_TABLES[target].dataFile });
    }
    if (!columnsOf(target).includes(item.row.field)) {
      problems.at(file, item, 'field', 'conflict_unknown_field', { value: item.row.field, target_file: DATA_TABLES[target].dataFile, allowed: columnsOf(target).join(', ') });
    }
  }
}

function checkHeldSummits(summits: Located<Summit>[], problems: Problems): void {
  for (const item of summits) {
    if (item.row.status === 'held' && item.row.start_date === null) problems.at(DATA_TABLES.summits.dataFile, item, 'start_date', 'held_summit_without_date');
  }
}

/** Appends to a group in place: a copy per row made 20k rows of one state or post take minutes. */
function addTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

const ALLOWED = new Map<string, string[]>();
for (const [from, to] of ALLOWED_TRANSITIONS) ALLOWED.set(from, [...(ALLOWED.get(from) ?? []), to]);

function checkStatusHistories(events: Located<StatusEvent>[], problems: Problems): void {
  const file = DATA_TABLES.status_events.dataFile;
  const byState = new Map<string, Located<StatusEvent>[]>();
  for (const item of events) addTo(byState, item.row.iso3, item);
  for (const history of byState.values()) {
    // Stryker disable next-line ArithmeticOperator: equivalent, a state's events stand in file order and V8's sort is stable and passes the later element first, so a.line + b.line orders ties as a.line - b.line does
    history.sort((a, b) => firstDay(eventStart(a.row)) - firstDay(eventStart(b.row)) || a.line - b.line);
    let previous: Located<StatusEvent> | undefined;
    for (const item of history) {
      const event = item.row;
      const held = previous?.row.status ?? 'none';
      // Stryker disable next-line ArrayDeclaration: equivalent, unreachable: every previous status has a change allowed (templates/vocab.ts)
      const allowed = ALLOWED.get(event.previous_status) ?? [];
      if (event.status === event.previous_status) {
        problems.at(file, item, 'status', 'status_unchanged', { status: event.status });
      } else if (event.previous_status !== held) {
        const since = previous ? ` since ${eventStart(previous.row)} (event ${previous.row.event_id}, line ${previous.line})` : ' (this is its first event)';
        problems.at(file, item, 'previous_status', 'previous_status_mismatch', { previous: event.previous_status, iso3: event.iso3, held, date: eventStart(event), since });
      } else if (!allowed.includes(event.status)) {
        problems.at(file, item, 'status', 'transition_not_allowed', { previous: event.previous_status, status: event.status, allowed: allowed.join(', ') });
      }
      if (event.status === 'shanghai_five' && lastDay(eventStart(event)) > firstDay(SCO_FOUNDED)) {
        problems.at(file, item, 'decision_date', 'shanghai_five_after_sco', { date: eventStart(event), founded: SCO_FOUNDED });
      }
      if (previous && firstDay(eventStart(previous.row)) === firstDay(eventStart(event))) {
        problems.at(file, item, 'decision_date', 'same_day_changes', { iso3: event.iso3, date: eventStart(event), first: previous.row.event_id, second: event.event_id });
      }
      previous = item;
    }
  }
}

function checkChairmanshipSequence(chairmanships: Located<Chairmanship>[], problems: Problems): void {
  const file = DATA_TABLES.chairmanships.dataFile;
  const ordered = [...chairmanships].sort((a, b) => firstDay(a.row.start_date) - firstDay(b.row.start_date));
  ordered.forEach((item, index) => {
    const before = ordered[index - 1];
    if (!before) return;
    const end = before.row.end_date;
    // One chairmanship ends on the day of the summit that opens the next, so they may share that day.
    if (end === null || firstDay(item.row.start_date) < firstDay(end)) {
      problems.at(file, item, 'start_date', 'chairmanship_overlap', {
        id: item.row.chairmanship_id,
        start: item.row.start_date,
        before: before.row.chairmanship_id,
        before_line: before.line,
        end: end === null ? ' (it has no end date)' : ` on ${end}`,
      });
    }
  });
}

/**
 * One post, one holder: a term that certainly begins before the previous holder's term certainly
 * ends is refused. Partial dates give the benefit of the doubt (a term ending "2007" and the next
 * starting "2007" may follow one another).
 */
function checkTerms(officials: Located<Official>[], problems: Problems): void {
  const file = DATA_TABLES.officials.dataFile;
  const byPost = new Map<string, Located<Official>[]>();
  for (const item of officials) {
    const post = POSTS[item.row.role as OfficialRole];
    addTo(byPost, post, item);
  }
  for (const [post, terms] of byPost) {
    // Stryker disable next-line ArithmeticOperator: equivalent, a post's terms stand in file order and V8's sort is stable and passes the later element first
    const ordered = [...terms].sort((a, b) => firstDay(a.row.term_start) - firstDay(b.row.term_start) || a.line - b.line);
    ordered.forEach((item, index) => {
      const before = ordered[index - 1];
      if (!before) return;
      const end = before.row.term_end;
      if (end === null || lastDay(item.row.term_start) < firstDay(end)) {
        problems.at(file, item, 'term_start', 'terms_overlap', {
          id: item.row.official_id,
          post,
          start: item.row.term_start,
          other: before.row.official_id,
          other_line: before.line,
          until: end === null ? ' (its term has no end)' : ` until ${end}`,
        });
      }
    });
  }
}

/** A decision taken at a summit is dated within it; a chairmanship ends at the summit that closes it. */
function checkDatesAgainstSummits(rows: Rows, problems: Problems): void {
  const summits = new Map(rows.summits.map((item) => [item.row.summit_id, item.row]));
  const check = <T extends { summit_id: string | null }>(file: string, item: Located<T>, dateColumn: string, why: string) => {
    const date = (item.row as unknown as Record<string, string | null>)[dateColumn];
    const summit = item.row.summit_id ? summits.get(item.row.summit_id) : undefined;
    if (!date || !summit?.start_date) return;
    const end = summit.end_date ?? summit.start_date;
    if (lastDay(date) < firstDay(summit.start_date) || firstDay(date) > lastDay(end)) {
      const span = end === summit.start_date ? summit.start_date : `${summit.start_date} to ${end}`;
      problems.at(file, item, dateColumn, 'outside_summit', { column: dateColumn, date, summit: summit.summit_id, span, why });
    }
  };
  for (const item of rows.status_events) check(DATA_TABLES.status_events.dataFile, item, 'decision_date', 'where it was decided');
  for (const item of rows.chairmanships) check(DATA_TABLES.chairmanships.dataFile, item, 'end_date', 'which closes the chairmanship');
  for (const item of rows.documents) check(DATA_TABLES.documents.dataFile, item, 'signed_date', 'where it was signed');
}

/** A participant is a state of countries.csv (its ISO3) or an organisation (a slug), at a meeting of the Council of Heads of State. */
function checkAttendance(attendance: Located<Attendance>[], summits: Located<Summit>[], countries: Set<string> | null, problems: Problems): void {
  const file = DATA_TABLES.summit_attendance.dataFile;
  const series = new Map(summits.map((item) => [item.row.summit_id, item.row.series]));
  for (const item of attendance) {
    const { participant_id: id, participant_kind: kind, summit_id: summit } = item.row;
    // Stryker disable next-line Regex: equivalent, participant_id's declared pattern admits only three capitals or a lower-case slug, so the anchors change nothing
    const isIso3 = /^[A-Z]{3}$/.test(id);
    if ((kind === 'state') !== isIso3) {
      problems.at(file, item, 'participant_kind', 'participant_kind_mismatch', { kind, value: id, written: isIso3 ? 'an ISO3 code' : 'an organisation slug' });
    } else if (isIso3 && countries !== null && !countries.has(id)) {
      problems.at(file, item, 'participant_id', 'unknown_reference', { column: 'participant_id', value: id, target_file: DATA_TABLES.countries.dataFile });
    }
    const held = series.get(summit);
    if (held !== undefined && held !== 'sco_chs') {
      // Stryker disable next-line StringLiteral: equivalent, summit_id is the first column, where Problems.at puts a cell it does not know
      problems.at(file, item, 'summit_id', 'attendance_summit_series', { value: summit, series: held });
    }
  }
}

/** A granted application names the event of the same state that gave the status sought; no other outcome names one. */
function checkApplications(applications: Located<Application>[], events: Located<StatusEvent>[], problems: Problems): void {
  const file = DATA_TABLES.applications.dataFile;
  const byId = new Map(events.map((item) => [item.row.event_id, item.row]));
  for (const item of applications) {
    const { outcome, outcome_event_id: eventId, iso3, status_sought: sought } = item.row;
    if (outcome === 'granted' && eventId === null) {
      problems.at(file, item, 'outcome_event_id', 'application_event_missing');
      continue;
    }
    if (eventId === null) continue;
    if (outcome !== 'granted') {
      problems.at(file, item, 'outcome_event_id', 'application_event_unexpected', { outcome, event: eventId });
      continue;
    }
    const event = byId.get(eventId);
    if (event !== undefined && (event.iso3 !== iso3 || event.status !== sought)) {
      problems.at(file, item, 'outcome_event_id', 'application_event_mismatch', { event: eventId, event_iso3: event.iso3, event_status: event.status, iso3, sought });
    }
  }
}
