// What the table-returning worksheet functions compute: =SCO.TABLE and =SCO.HISTORY. Each answer
// is a 2-D array that Excel spills; its rows come from the same src/core tables the task pane
// inserts (through optionTable), so a function and an inserted table never disagree. No Office.js
// here: functions.ts binds these to Excel.
import { LANGUAGES, SUMMIT_SERIES, headerRow, sheetRows, type Language, type ReleaseInfo, type ScoData, type Status, type SummitSeries } from '../core';
import { findCountry, dateArgument, statusArgument, LookupError } from '../core';
import { ADDIN_TABLES, TABLE_CONTROLS, optionTable, type AddinTableId, type InsertOptions, type TableControls } from '../addin/options';
import { FunctionError } from './sco';

/** A spilled cell: dates are Excel serials, empty cells are "" (a custom function cannot return an empty cell). */
export type SpillCell = string | number | boolean;

type Optional<T> = T | null | undefined;

/** The filter keys SCO.TABLE understands, and which table option each sets. */
export const FILTER_KEYS = ['status', 'from', 'to', 'series', 'asof', 'lang'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Which table control (the pane's) a filter needs: a filter the table would ignore is refused, not silently dropped. */
const FILTER_CONTROL: Readonly<Record<FilterKey, keyof TableControls | null>> = {
  status: 'statuses',
  from: 'years',
  to: 'years',
  series: 'series',
  asof: 'asOf',
  lang: null,
};

const invalid = (message: string) => new FunctionError('invalidValue', message);

/** Turns the src/core lookup errors of an argument into #VALUE!. */
function argument<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof LookupError) throw invalid(error.message);
    throw error;
  }
}

/**
 * STOCKHISTORY's headers argument: 0 no header row, 1 a header row (the default). STOCKHISTORY's 2
 * (an identifier above the headers) has no counterpart here and is refused.
 */
export function headersArgument(value: Optional<number | boolean | string>): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (value === 0 || value === false || value === '0') return false;
  if (value === 1 || value === true || value === '1') return true;
  throw invalid(`headers must be 0 (no header row) or 1 (a header row), not ${JSON.stringify(value)}`);
}

export function tableArgument(value: string): AddinTableId {
  const wanted = String(value ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const found = (ADDIN_TABLES as readonly string[]).find((id) => id === wanted);
  if (!found) throw invalid(`"${value}" is not a table (use one of: ${ADDIN_TABLES.join(', ')})`);
  return found as AddinTableId;
}

function yearArgument(key: string, text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1996) throw invalid(`${key}=${text}: give a year from 1996 on, such as ${key}=2001`);
  return year;
}

/**
 * The filters text: `key=value` pairs separated by ";", a list of values separated by ",".
 * Keys: status (roster, status_events, membership_spells), from and to (years: summits and the
 * yearly tables), series (summits), asof (roster: the day), lang (en, ru, zh: names and headers).
 * Example: `"status=member,observer; lang=ru"`. Keys and values are case-insensitive.
 */
export function parseFilters(table: AddinTableId, text: Optional<string>): Omit<InsertOptions, 'table' | 'sources'> & { lang: Language } {
  const options: Omit<InsertOptions, 'table' | 'sources'> & { lang: Language } = { lang: 'en' };
  const seen = new Set<string>();
  for (const part of String(text ?? '').split(';')) {
    if (part.trim() === '') continue;
    const match = /^\s*([A-Za-z_]+)\s*=\s*(.*?)\s*$/.exec(part);
    if (!match) throw invalid(`"${part.trim()}" is not a filter (write key=value, such as status=member; separate filters with ";")`);
    const key = match[1]!.toLowerCase() as FilterKey;
    const value = match[2]!;
    if (!FILTER_KEYS.includes(key)) throw invalid(`"${match[1]}" is not a filter (use one of: ${FILTER_KEYS.join(', ')})`);
    if (seen.has(key)) throw invalid(`the filter ${key} is given twice`);
    seen.add(key);
    const control = FILTER_CONTROL[key];
    if (control !== null && !TABLE_CONTROLS[table][control]) throw invalid(`the table ${table} has no ${key} filter`);
    if (value === '') throw invalid(`the filter ${key} has no value`);
    const list = value.split(',').map((item) => item.trim().toLowerCase());
    switch (key) {
      case 'status':
        options.statuses = list.map((item) => argument(() => statusArgument(item))) as Status[];
        break;
      case 'from':
        options.fromYear = yearArgument(key, value);
        break;
      case 'to':
        options.toYear = yearArgument(key, value);
        break;
      case 'series':
        options.series = list.map((item) => {
          if (!(SUMMIT_SERIES as readonly string[]).includes(item)) throw invalid(`"${item}" is not a summit series (use one of: ${SUMMIT_SERIES.join(', ')})`);
          return item as SummitSeries;
        });
        break;
      case 'asof':
        options.asOf = argument(() => dateArgument(value));
        break;
      case 'lang':
        if (!(LANGUAGES as readonly string[]).includes(list[0]!) || list.length > 1) throw invalid(`"${value}" is not a language of the dataset (use en, ru or zh)`);
        options.lang = list[0] as Language;
        break;
    }
  }
  if (options.fromYear !== undefined && options.toYear !== undefined && options.fromYear > options.toYear) throw invalid(`from=${options.fromYear} is after to=${options.toYear}`);
  return options;
}

/** The SCO.TABLE and SCO.HISTORY functions over one dataset and its release (the defaults' source). */
export function createTableFunctions(data: ScoData, release: ReleaseInfo) {
  const spill = (table: ReturnType<typeof optionTable>, lang: Language, headers: boolean, empty: string): SpillCell[][] => {
    if (table.rows.length === 0) throw new FunctionError('notAvailable', empty);
    const body = sheetRows(table).map((row) => row.map((cell) => cell.value ?? ''));
    return headers ? [headerRow(table.template, lang), ...body] : body;
  };

  return {
    /** =SCO.TABLE(table, [filters], [headers]): a whole table, as the pane inserts it (sources included). */
    table(tableArg: string, filters?: Optional<string>, headers?: Optional<number | boolean | string>): SpillCell[][] {
      const id = tableArgument(tableArg);
      const options = parseFilters(id, filters);
      const withHeaders = headersArgument(headers);
      const table = optionTable(data, { ...options, table: id, sources: true }, release);
      return spill(table, options.lang, withHeaders, `no rows of ${id} match ${filters ? `"${filters}"` : 'the defaults'}`);
    },

    /** =SCO.HISTORY(country, [headers]): a state's status events, oldest first (the status_events table's columns). */
    history(countryArg: string | number, headers?: Optional<number | boolean | string>): SpillCell[][] {
      const country = argument(() => findCountry(data, countryArg));
      const withHeaders = headersArgument(headers);
      const events = optionTable(data, { table: 'status_events', lang: 'en', sources: true }, release);
      const table = { template: events.template, rows: events.rows.filter((row) => row.iso3 === country.iso3) };
      return spill(table, 'en', withHeaders, `${country.names.en} has no status event in the dataset`);
    },
  };
}

export type TableFunctions = ReturnType<typeof createTableFunctions>;
