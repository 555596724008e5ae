// The =SCO.* worksheet functions as Excel registers them. At build time custom-functions-metadata
// reads the JSDoc tags below into functions.json and adds the CustomFunctions.associate calls.
// Each body only hands its arguments to src/functions/sco.ts and turns its errors into Excel's.
// STATUS, MEMBERS and COUNT are volatile: left without a date they answer for today, which moves.
// Every function's @helpurl is the add-in's own help page (src/functions/help.html, served beside
// taskpane.html); the production build points it at ADDIN_PROD_URL as it does the manifest.
// They return plain values, not entity values: see the README ("Cards") for why.
import { bundledData, bundledDataWithProvenance } from '../addin/bundled-data';
import { createScoFunctions, FunctionError, type ScoFunctions } from './sco';
import { createTableFunctions, type TableFunctions } from './tables';

let functions: ScoFunctions | undefined;
let wholeFunctions: (ScoFunctions & TableFunctions) | undefined;

/** Today in the user's time zone: what a worksheet means by "today". */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Excel's error for a refusal; anything else is a bug and stays as it is. */
function asExcelError(error: unknown): unknown {
  if (!(error instanceof FunctionError)) return error;
  const code = error.kind === 'invalidValue' ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, error.message);
}

/** For the functions that read only the first screen's tables: answers at once. */
function call<T>(work: (sco: ScoFunctions) => T): T {
  try {
    functions ??= createScoFunctions(bundledData().data, localToday);
    return work(functions);
  } catch (error) {
    throw asExcelError(error);
  }
}

/** For the functions that may read the tables of the later chunk (attendance, documents, sources...): loads it once. */
async function callWithAllTables<T>(work: (sco: ScoFunctions & TableFunctions) => T): Promise<T> {
  const whole = await bundledDataWithProvenance();
  try {
    wholeFunctions ??= { ...createScoFunctions(whole.data, localToday), ...createTableFunctions(whole.data, whole.release) };
    return work(wholeFunctions);
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * The SCO status of a state on a day: member, observer, dialogue_partner, sco_partner, accession_candidate, shanghai_five, or none.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/functions-help.html#sco-status
 * @volatile
 * @param country ISO code (IND or IN), Correlates of War code (750), or the name in English, Russian or Chinese.
 * @param [date] A date, or text such as 2024-07-04. Today when left out.
 * @returns The status held on that day.
 */
export function status(country: string | number, date?: string | number): string {
  return call((sco) => sco.status(country, date));
}

/**
 * The states holding a status on a day, one per row.
 * @customfunction MEMBERS
 * @helpurl https://localhost:3000/functions-help.html#sco-members
 * @volatile
 * @param [date] A date, or text such as 2024-07-04. Today when left out.
 * @param [status] member (the default), observer, dialogue_partner, sco_partner, accession_candidate or shanghai_five.
 * @param [language] en (the default), ru or zh: the language of the names.
 * @returns The states' names, spilled down a column.
 */
export function members(date?: string | number, status?: string, language?: string): string[][] {
  return call((sco) => sco.members(date, status, language));
}

/**
 * How many states hold a status on a day.
 * @customfunction COUNT
 * @helpurl https://localhost:3000/functions-help.html#sco-count
 * @volatile
 * @param [status] member (the default), observer, dialogue_partner, sco_partner, accession_candidate or shanghai_five.
 * @param [date] A date, or text such as 2024-07-04. Today when left out.
 * @returns The number of states.
 */
export function count(status?: string, date?: string | number): number {
  return call((sco) => sco.count(status, date));
}

/**
 * A field of a summit: its date (the default), end, city, host, format, number or series.
 * @customfunction SUMMIT
 * @helpurl https://localhost:3000/functions-help.html#sco-summit
 * @param yearOrNumber The year (1996 on), or the number of the meeting of the Council of Heads of State (1 is Shanghai 2001).
 * @param [field] date, end, city, host, format, number or series.
 * @returns The field's value; dates are Excel dates.
 */
export function summit(yearOrNumber: number, field?: string): string | number {
  return call((sco) => sco.summit(yearOrNumber, field));
}

/**
 * The first day a state held a status.
 * @customfunction JOINED
 * @helpurl https://localhost:3000/functions-help.html#sco-joined
 * @param country ISO code (IND or IN), Correlates of War code (750), or the name in English, Russian or Chinese.
 * @param [status] member (the default), observer, dialogue_partner, sco_partner, accession_candidate or shanghai_five.
 * @returns An Excel date, or text (YYYY-MM or YYYY) where only the month or year is known.
 */
export function joined(country: string | number, status?: string): string | number {
  return call((sco) => sco.joined(country, status));
}

/**
 * How a state took part in a year's meeting of the Council of Heads of State: in_person, video, or absent (it held a seat and sent no one).
 * @customfunction ATTENDED
 * @helpurl https://localhost:3000/functions-help.html#sco-attended
 * @param country ISO code (IND or IN), Correlates of War code (750), or the name in English, Russian or Chinese.
 * @param year The year of the meeting (2001 on).
 * @returns in_person, video or absent; #N/A when there was no meeting that year, its attendance is not recorded, or the state has no row for it.
 */
export async function attended(country: string | number, year: number): Promise<string> {
  return callWithAllTables((sco) => sco.attended(country, year));
}

/**
 * A whole table of the dataset, spilled: the rows the task pane would insert.
 * @customfunction TABLE
 * @helpurl https://localhost:3000/functions-help.html#sco-table
 * @param table roster, status_events, membership_spells, summits, officials, chairmanships, heads_of_government_meetings, foreign_ministers_meetings, summit_attendance, documents, applications, country_year, status_counts, sources or conflicts.
 * @param [filters] key=value pairs separated by ";", lists by ",": status, from, to, series, asof, lang. Example: "status=member,observer; lang=ru".
 * @param [headers] 1 (the default): a header row first; 0: no header row. As in STOCKHISTORY.
 * @returns The table; dates are Excel dates, partial dates text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom-functions-metadata maps only any[][] to a matrix of text, numbers and booleans
export async function table(table: string, filters?: string, headers?: number): Promise<any[][]> {
  return callWithAllTables((sco) => sco.table(table, filters, headers));
}

/**
 * A state's status history: every status event, oldest first.
 * @customfunction HISTORY
 * @helpurl https://localhost:3000/functions-help.html#sco-history
 * @param country ISO code (IND or IN), Correlates of War code (750), or the name in English, Russian or Chinese.
 * @param [headers] 1 (the default): a header row first; 0: no header row. As in STOCKHISTORY.
 * @returns The status events, spilled.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as for table
export async function history(country: string | number, headers?: number): Promise<any[][]> {
  return callWithAllTables((sco) => sco.history(country, headers));
}
