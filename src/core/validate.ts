// Turns the data files' text into a validated Dataset, or into the complete list of problems,
// each located at file:line:column. Pure: the caller reads the files.
import type { z } from 'zod';
import { readCsv } from './csv-reader';
import { isKnownIso3 } from './countries';
import { firstDay, lastDay, precisionOf } from './dates';
import {
  DATA_FILES,
  columnsOf,
  type Chairmanship,
  type Conflict,
  type CountryRecord,
  type DataTableName,
  type Official,
  type Source,
  type StatusEvent,
  type Summit,
} from './schema';
import type { Precision } from './vocab';

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

export interface Dataset {
  sources: Source[];
  countries: CountryRecord[];
  summits: Summit[];
  statusEvents: StatusEvent[];
  officials: Official[];
  chairmanships: Chairmanship[];
  conflicts: Conflict[];
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** A parsed row and where each of its cells stands in its file. */
interface Located<T> {
  row: T;
  line: number;
  cells: Record<string, { line: number; column: number }>;
}

/**
 * Parsed rows, and the key of every row (even one rejected for another field); keys is null when
 * the file could not be read, so references into it are not checked.
 */
interface ParsedTable<T> {
  rows: Located<T>[];
  keys: Map<string, number> | null;
}

type Keys = Record<DataTableName, Map<string, number> | null>;

type Rows = {
  [K in DataTableName]: Located<z.infer<(typeof DATA_FILES)[K]['schema']>>[];
};

// OWASP's list of characters that make a spreadsheet treat a cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** True for text a spreadsheet would run as a formula when it opens a CSV file. */
export const isFormulaLike = (text: string): boolean => FORMULA_START.test(text);

/**
 * Validates the data files. `files` maps a file name (e.g. "status_events.csv") to its text;
 * `dir` is prefixed to file names in messages (e.g. "data/").
 */
export function loadDataset(files: Readonly<Record<string, string>>, dir = ''): LoadResult {
  const problems: Problem[] = [];
  const rows = {} as Rows;
  const keys = {} as Keys;
  for (const table of Object.keys(DATA_FILES) as DataTableName[]) {
    const parsed = parseTable(table, files, dir, problems);
    (rows as Record<DataTableName, Located<unknown>[]>)[table] = parsed.rows;
    keys[table] = parsed.keys;
  }
  checkReferences(rows, keys, dir, problems);
  checkDates(rows, dir, problems);
  checkStatusHistories(rows.status_events.filter((item) => keys.countries?.has(item.row.iso3) ?? false), dir, problems);
  checkChairmanshipSequence(rows.chairmanships, dir, problems);
  checkDatesAgainstSummits(rows, dir, problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  if (problems.length > 0) return { ok: false, problems };
  const plain = <T>(located: Located<T>[]) => located.map((item) => item.row);
  return {
    ok: true,
    dataset: {
      sources: plain(rows.sources),
      countries: plain(rows.countries),
      summits: plain(rows.summits),
      statusEvents: plain(rows.status_events),
      officials: plain(rows.officials),
      chairmanships: plain(rows.chairmanships),
      conflicts: plain(rows.conflicts),
    },
  };
}

function parseTable(table: DataTableName, files: Readonly<Record<string, string>>, dir: string, problems: Problem[]): ParsedTable<unknown> {
  const { file: name, schema, key } = DATA_FILES[table];
  const keys = new Map<string, number>();
  const file = dir + name;
  const columns = columnsOf(table);
  const text = files[name];
  if (text === undefined) {
    problems.push({ file, line: 1, column: 1, message: `file is missing (create it with the header row: ${columns.join(',')})` });
    return { rows: [], keys: null };
  }
  const { records, errors } = readCsv(text);
  if (errors.length > 0) {
    // Past a syntax error the fields are misaligned: report only the syntax, and no cascade.
    for (const error of errors) problems.push({ file, ...error });
    return { rows: [], keys: null };
  }
  const [header, ...body] = records;
  const headerFields = header?.fields.map((field) => field.value) ?? [];
  const wrongAt = columns.findIndex((column, index) => headerFields[index] !== column);
  if (wrongAt >= 0 || headerFields.length !== columns.length) {
    const at = wrongAt >= 0 ? wrongAt : columns.length;
    const found = headerFields[at] === undefined ? 'missing' : `"${headerFields[at]}"`;
    const expected = columns[at] === undefined ? 'no column' : `"${columns[at]}"`;
    problems.push({
      file,
      line: 1,
      column: header?.fields[at]?.column ?? 1,
      message: `header column ${at + 1} is ${found}, expected ${expected} (the header row must be: ${columns.join(',')})`,
    });
    return { rows: [], keys: null };
  }
  const parsed: Located<unknown>[] = [];
  for (const record of body) {
    if (record.fields.length === 1 && record.fields[0]!.value === '') {
      problems.push({ file, line: record.line, column: 1, message: 'blank line (delete it)' });
      continue;
    }
    if (record.fields.length !== columns.length) {
      problems.push({
        file,
        line: record.line,
        column: 1,
        message: `row has ${record.fields.length} fields, the header has ${columns.length} (check for a missing or extra comma; quote text that contains commas)`,
      });
      continue;
    }
    const keyField = record.fields[columns.indexOf(key)]!;
    const first = keys.get(keyField.value);
    if (first !== undefined) {
      problems.push({ file, line: keyField.line, column: keyField.column, message: `duplicate ${key} "${keyField.value}" (first used on line ${first}; give each row its own ${key})` });
    } else keys.set(keyField.value, record.line);
    const raw: Record<string, string> = {};
    const cells: Located<unknown>['cells'] = {};
    let rowOk = true;
    columns.forEach((column, index) => {
      const field = record.fields[index]!;
      raw[column] = field.value;
      cells[column] = { line: field.line, column: field.column };
      if (isFormulaLike(field.value)) {
        rowOk = false;
        problems.push({
          file,
          line: field.line,
          column: field.column,
          message: `${column} begins with ${JSON.stringify(field.value[0])}, which spreadsheets run as a formula (reword it to begin with a letter or digit)`,
        });
      }
    });
    const result = (schema as z.ZodType).safeParse(raw);
    if (!result.success) {
      rowOk = false;
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? columns[0]);
        const at = cells[column] ?? { line: record.line, column: 1 };
        problems.push({ file, ...at, message: `${column}: ${issue.message}` });
      }
    }
    if (rowOk) parsed.push({ row: result.data, line: record.line, cells });
  }
  return { rows: parsed, keys };
}

function problemAt<T>(file: string, item: Located<T>, column: string, message: string): Problem {
  const at = item.cells[column] ?? { line: item.line, column: 1 };
  return { file, line: at.line, column: at.column, message };
}

function checkReferences(rows: Rows, keys: Keys, dir: string, problems: Problem[]): void {
  const sourcesFile = dir + DATA_FILES.sources.file;
  const urls = new Map<string, string>();
  for (const item of rows.sources) {
    const { url, source_id } = item.row;
    if (url === null) continue;
    const first = urls.get(url);
    if (first !== undefined) {
      problems.push(problemAt(sourcesFile, item, 'url', `url is already the source "${first}" (cite "${first}" instead: one page is one source)`));
    } else urls.set(url, source_id);
  }
  for (const item of rows.countries) {
    if (!isKnownIso3(item.row.iso3)) {
      problems.push(problemAt(dir + DATA_FILES.countries.file, item, 'iso3', `iso3 "${item.row.iso3}" is not an ISO 3166-1 alpha-3 code (check the code in the ISO 3166 list, e.g. KGZ for Kyrgyzstan)`));
    }
  }

  const refer = (table: DataTableName, column: string, target: DataTableName, values: (string | null)[], item: Located<unknown>) => {
    for (const value of values) {
      const known = keys[target];
      if (value !== null && known !== null && !known.has(value)) {
        const targetFile = DATA_FILES[target].file;
        problems.push(problemAt(dir + DATA_FILES[table].file, item, column, `${column} "${value}" is not in ${targetFile} (add a row for it to ${targetFile} or correct the id)`));
      }
    }
  };
  for (const item of rows.countries) refer('countries', 'source_ids', 'sources', item.row.source_ids, item);
  for (const item of rows.summits) {
    refer('summits', 'host_iso3', 'countries', [item.row.host_iso3], item);
    refer('summits', 'source_ids', 'sources', item.row.source_ids, item);
  }
  for (const item of rows.status_events) {
    refer('status_events', 'iso3', 'countries', [item.row.iso3], item);
    refer('status_events', 'summit_id', 'summits', [item.row.summit_id], item);
    refer('status_events', 'source_ids', 'sources', item.row.source_ids, item);
  }
  for (const item of rows.officials) {
    refer('officials', 'iso3', 'countries', [item.row.iso3], item);
    refer('officials', 'source_ids', 'sources', item.row.source_ids, item);
  }
  for (const item of rows.chairmanships) {
    refer('chairmanships', 'iso3', 'countries', [item.row.iso3], item);
    refer('chairmanships', 'summit_id', 'summits', [item.row.summit_id], item);
    refer('chairmanships', 'source_ids', 'sources', item.row.source_ids, item);
  }
  const file = dir + DATA_FILES.conflicts.file;
  for (const item of rows.conflicts) {
    refer('conflicts', 'chosen_source_ids', 'sources', item.row.chosen_source_ids, item);
    refer('conflicts', 'other_source_ids', 'sources', item.row.other_source_ids, item);
    const target = item.row.table as DataTableName;
    if (!(target in DATA_FILES) || target === 'conflicts') {
      const names = Object.keys(DATA_FILES).filter((name) => name !== 'conflicts');
      problems.push(problemAt(file, item, 'table', `table "${item.row.table}" is not a data table (use one of: ${names.join(', ')})`));
      continue;
    }
    if (keys[target] !== null && !keys[target].has(item.row.row_id)) {
      problems.push(problemAt(file, item, 'row_id', `row_id "${item.row.row_id}" is not a ${DATA_FILES[target].key} in ${DATA_FILES[target].file} (correct the id)`));
    }
    if (!columnsOf(target).includes(item.row.field)) {
      problems.push(problemAt(file, item, 'field', `field "${item.row.field}" is not a column of ${DATA_FILES[target].file} (use one of: ${columnsOf(target).join(', ')})`));
    }
  }
}

/** A date column, its precision column, and whether the date may be empty. */
type DatePair = [date: string, precision: string];

function checkPrecision<T>(file: string, item: Located<T>, [dateColumn, precisionColumn]: DatePair, problems: Problem[]): void {
  const row = item.row as Record<string, string | null>;
  const date = row[dateColumn] ?? null;
  const stated = (row[precisionColumn] ?? null) as Precision | null;
  if (date === null && stated !== null) {
    problems.push(problemAt(file, item, precisionColumn, `${precisionColumn} is "${stated}" but ${dateColumn} is empty (clear ${precisionColumn} or add the date)`));
  } else if (date !== null && stated === null) {
    problems.push(problemAt(file, item, precisionColumn, `${precisionColumn} is empty (write "${precisionOf(date)}", the precision "${date}" is written to)`));
  } else if (date !== null && stated !== precisionOf(date)) {
    problems.push(
      problemAt(file, item, precisionColumn, `${precisionColumn} is "${stated}" but "${date}" is written to the ${precisionOf(date)} (write the date exactly as precisely as the sources give it, and the matching precision)`),
    );
  }
}

function checkOrder<T>(file: string, item: Located<T>, [startColumn, endColumn]: [string, string], problems: Problem[]): void {
  const row = item.row as Record<string, string | null>;
  const start = row[startColumn];
  const end = row[endColumn];
  if (start && end && lastDay(end) < firstDay(start)) {
    problems.push(problemAt(file, item, endColumn, `${endColumn} ${end} is before ${startColumn} ${start} (check both dates)`));
  }
}

function checkDates(rows: Rows, dir: string, problems: Problem[]): void {
  const each = <T>(table: DataTableName, located: Located<T>[], pairs: DatePair[], order: [string, string]) => {
    const file = dir + DATA_FILES[table].file;
    for (const item of located) {
      for (const pair of pairs) checkPrecision(file, item, pair, problems);
      checkOrder(file, item, order, problems);
    }
  };
  each('status_events', rows.status_events, [['decision_date', 'decision_precision'], ['effective_date', 'effective_precision']], ['decision_date', 'effective_date']);
  each('summits', rows.summits, [['start_date', 'start_precision'], ['end_date', 'end_precision'], ['main_date', 'main_precision']], ['start_date', 'end_date']);
  each('officials', rows.officials, [['term_start', 'term_start_precision'], ['term_end', 'term_end_precision']], ['term_start', 'term_end']);
  each('chairmanships', rows.chairmanships, [['start_date', 'start_precision'], ['end_date', 'end_precision']], ['start_date', 'end_date']);
  const file = dir + DATA_FILES.summits.file;
  for (const item of rows.summits) {
    if (item.row.status === 'held' && item.row.start_date === null) {
      problems.push(problemAt(file, item, 'start_date', 'start_date is empty for a held summit (add the date it opened, or mark the summit planned)'));
    }
  }
}

/** The day a status event takes effect: its effective date, else its decision date. */
export function eventStart(event: Pick<StatusEvent, 'decision_date' | 'effective_date'>): string {
  return event.effective_date ?? event.decision_date;
}

function checkStatusHistories(events: Located<StatusEvent>[], dir: string, problems: Problem[]): void {
  const file = dir + DATA_FILES.status_events.file;
  const byState = new Map<string, Located<StatusEvent>[]>();
  for (const item of events) byState.set(item.row.iso3, [...(byState.get(item.row.iso3) ?? []), item]);
  for (const history of byState.values()) {
    history.sort((a, b) => firstDay(eventStart(a.row)) - firstDay(eventStart(b.row)) || a.line - b.line);
    let previous: Located<StatusEvent> | undefined;
    for (const item of history) {
      const event = item.row;
      const held = previous?.row.status ?? 'none';
      if (event.status === event.previous_status) {
        problems.push(problemAt(file, item, 'status', `status "${event.status}" is the same as previous_status (a row records a change; delete it or correct one of them)`));
      } else if (event.previous_status !== held) {
        const since = previous ? ` since ${eventStart(previous.row)} (event ${previous.row.event_id}, line ${previous.line})` : ' (this is its first event)';
        problems.push(
          problemAt(file, item, 'previous_status', `previous_status is "${event.previous_status}" but ${event.iso3} held "${held}" on ${eventStart(event)}${since} (correct previous_status or the dates, so that each event follows the one before it)`),
        );
      }
      if (previous && firstDay(eventStart(previous.row)) === firstDay(eventStart(event))) {
        problems.push(problemAt(file, item, 'decision_date', `${event.iso3} has two status changes taking effect on ${eventStart(event)} (events ${previous.row.event_id} and ${event.event_id}; keep one, or give each its own date)`));
      }
      previous = item;
    }
  }
}

function checkChairmanshipSequence(chairmanships: Located<Chairmanship>[], dir: string, problems: Problem[]): void {
  const file = dir + DATA_FILES.chairmanships.file;
  const ordered = [...chairmanships].sort((a, b) => firstDay(a.row.start_date) - firstDay(b.row.start_date));
  ordered.forEach((item, index) => {
    const before = ordered[index - 1];
    if (!before) return;
    const end = before.row.end_date;
    // One chairmanship ends on the day of the summit that opens the next, so they may share that day.
    if (end === null || firstDay(item.row.start_date) < firstDay(end)) {
      problems.push(
        problemAt(file, item, 'start_date', `chairmanship ${item.row.chairmanship_id} starts on ${item.row.start_date}, before ${before.row.chairmanship_id} (line ${before.line}) ends${end === null ? ' (it has no end date)' : ` on ${end}`} (chairmanships follow one another; correct the dates)`),
      );
    }
  });
}

/** A decision taken at a summit is dated within it; a chairmanship ends at the summit that closes it. */
function checkDatesAgainstSummits(rows: Rows, dir: string, problems: Problem[]): void {
  const summits = new Map(rows.summits.map((item) => [item.row.summit_id, item.row]));
  const check = <T>(file: string, item: Located<T>, dateColumn: string, what: string) => {
    const row = item.row as Record<string, string | null>;
    const date = row[dateColumn];
    const summit = row.summit_id ? summits.get(row.summit_id) : undefined;
    if (!date || !summit?.start_date) return;
    const end = summit.end_date ?? summit.start_date;
    if (lastDay(date) < firstDay(summit.start_date) || firstDay(date) > lastDay(end)) {
      const span = end === summit.start_date ? summit.start_date : `${summit.start_date} to ${end}`;
      problems.push(problemAt(file, item, dateColumn, `${dateColumn} ${date} is outside summit ${summit.summit_id} (${span}), ${what} (correct the date or the summit_id)`));
    }
  };
  for (const item of rows.status_events) check(dir + DATA_FILES.status_events.file, item, 'decision_date', 'where it was decided');
  for (const item of rows.chairmanships) check(dir + DATA_FILES.chairmanships.file, item, 'end_date', 'which closes the chairmanship');
}
