// The published tables: each template paired with the view that fills it. Renderers (CSV, XLSX,
// the add-in) take a TableData and never look at the facts themselves.
import * as templates from '../../templates';
import { camelCase } from './camel-case';
import { dayToIso, eventStart, firstDay, isoToDay, lastDay, precisionOf } from './dates';
import type { ChartTemplate, TableTemplate } from './template';
import { COW_CONCORDANCE_REASON_TEXT, concordanceReason, cowV3Code, memberOnAnyDay, statusAmong, statusOnDay, timedEvents } from './panels';
import type { StatusEvent } from './schema';
import { COW_IGO_CROSSWALK, type ScoData } from './views';
import type { Language, Status, SummitSeries } from './vocab';

export type Cell = string | number | boolean | null;
export type Row = Readonly<Record<string, Cell>>;

export interface TableData {
  template: TableTemplate;
  rows: Row[];
}

export interface TableOptions {
  /** Language of country names, capitals and cities (headers are the renderer's concern). */
  lang?: Language;
  /** The day a roster is for (YYYY-MM-DD); required by the roster table. */
  asOf?: string;
  /** Year range of the panels and of the summit list. */
  fromYear?: number;
  toYear?: number;
  /** The day the data holds for: the yearly tables record no later day (see PanelOptions). */
  until?: string;
  /** Keep only rows of these statuses (roster, spells, status events). */
  statuses?: readonly Status[];
  series?: readonly SummitSeries[];
}

/** The published tables, in the registry's order (templates/index.ts). */
export type TableId = (typeof templates.TABLES)[number]['id'];
export const TABLE_IDS: readonly TableId[] = templates.TABLES.map((template) => template.id);

export const TEMPLATES = Object.fromEntries(templates.TABLES.map((template) => [template.id, template])) as unknown as Readonly<Record<TableId, TableTemplate>>;

/** changes.csv's layout: a release table filled by the exporter (the diff against an earlier release), not by a view. */
export const CHANGES_TEMPLATE: TableTemplate = templates.changes;

/** The yearly tables: they run from a first to a last year, and need the last (`toYear`). */
export const YEARLY_TABLES = ['country_year', 'cow_concordance', 'country_month', 'dyad_year', 'status_counts'] as const satisfies readonly TableId[];

export const isYearlyTable = (id: TableId): boolean => (YEARLY_TABLES as readonly TableId[]).includes(id);

/** The first year of the panels: the first Shanghai Five meeting. */
export const FIRST_YEAR = 1996;

const joined = (ids: readonly string[]) => ids.join(';');

/** Builds a published table's rows, every column of its template filled: in time order for events, summits, officials and chairmanships, else in primary-key order. */
export function tableData(data: ScoData, id: TableId, options: TableOptions = {}): TableData {
  const lang = options.lang ?? 'en';
  // A state's name in the table's language; an ISO3 that countries.csv lacks stays as written, and no state (null) stays null.
  const name = (iso3: string | null) => (iso3 && data.country(iso3)?.names[lang]) ?? iso3;
  const keep = (status: string) => options.statuses === undefined || options.statuses.includes(status as Status);
  const fromYear = options.fromYear ?? FIRST_YEAR;
  const toYear = () => requireOption(options.toYear, 'toYear', id);
  const rows = ((): Row[] => {
    switch (id) {
      case 'roster': {
        const asOf = requireOption(options.asOf, 'asOf', id);
        return data
          .rosterOn(asOf)
          .filter((entry) => keep(entry.status))
          .map((entry) => ({
            iso3: entry.iso3,
            country: name(entry.iso3),
            status: entry.status,
            since: entry.since,
            since_precision: entry.since_precision,
            event_id: entry.event_id,
            status_certain: entry.certain,
            as_of: asOf,
          }));
      }
      case 'countries':
        return data.countries().map((c) => ({
          iso3: c.iso3,
          iso2: c.iso2,
          // An integer in every output (4, not "004"): each reader's defaults then agree on its type.
          iso_numeric: Number(c.iso_numeric),
          cow_code: c.cow_code,
          cow_abbr: c.cow_abbr,
          gw_code: c.gw_code,
          wikidata_qid: c.wikidata_qid,
          name_en: c.names.en,
          name_ru: c.names.ru,
          name_zh: c.names.zh,
          capital_en: c.capital_en,
          capital_ru: c.capital_ru,
          capital_zh: c.capital_zh,
          currency: c.currency,
          capital_tz: c.capital_tz,
          source_ids: joined(c.source_ids),
          note: c.note,
        }));
      case 'status_events':
        return data
          .statusEvents()
          .filter((e) => keep(e.status))
          .sort(
            chronological(
              (e) => eventStart(e),
              (e) => e.event_id,
            ),
          )
          .map((e) => ({ ...e, country: name(e.iso3), source_ids: joined(e.source_ids) }));
      case 'membership_spells':
        return data
          .spells()
          .filter((s) => keep(s.status))
          .map((s) => ({ ...s, country: name(s.iso3) }));
      case 'summits':
        // summits() is in time order already (undated last, then by id).
        return data.summits({ fromYear: options.fromYear, toYear: options.toYear, series: options.series }).map((s) => ({ ...s, host: name(s.host_iso3), source_ids: joined(s.source_ids) }));
      case 'officials':
        return data
          .officials()
          .sort(
            chronological(
              (o) => o.term_start,
              (o) => o.official_id,
            ),
          )
          .map((o) => ({ ...o, country: name(o.iso3), source_ids: joined(o.source_ids) }));
      case 'chairmanships':
        // chairmanships() is in time order already (two never start on one day: they follow one another).
        return data.chairmanships().map((c) => ({ ...c, country: name(c.iso3), source_ids: joined(c.source_ids) }));
      case 'summit_attendance': {
        // The state's status on the summit's first day, beside the seat it held (organisations, and summits not known to the day, have none).
        const firstDays = new Map(data.dataset.summits.map((s) => [s.summit_id, s.start_precision === 'day' ? s.start_date : null]));
        return storedRows(data, TEMPLATES.summit_attendance, name).map((row) => {
          const participantId = String(row.participant_id);
          const day = firstDays.get(String(row.summit_id));
          const isState = row.participant_kind === 'state';
          const held = isState && day ? data.statusOn(participantId, day) : null;
          return { ...row, participant: isState ? name(participantId) : participantId, status_at_summit: held?.status ?? null, status_certain: held?.certain ?? null };
        });
      }
      case 'country_year':
        return countryYearRows(data, fromYear, toYear(), options.until).map((r) => ({ ...r, country: name(r.iso3) }));
      case 'country_month':
        return countryMonthRows(data, fromYear, toYear(), options.until).map((r) => ({ ...r, country: name(r.iso3) }));
      case 'cow_concordance':
        return countryYearRows(data, fromYear, toYear(), options.until).flatMap((r) => {
          const reason = concordanceReason(r.status, r.cow_igo_code, r.cow_igo_v3_rule);
          if (reason === null) return [];
          const { iso3, cow_code, year, status, cow_igo_code, cow_igo_v3_rule } = r;
          return [{ iso3, cow_code, country: name(iso3), year, status, cow_igo_code, cow_igo_v3_rule, reason, explanation: COW_CONCORDANCE_REASON_TEXT[reason] }];
        });
      case 'dyad_year':
        // No copy: pick() below builds each table row anew (at 100x the bundled data this panel has 2 million rows).
        return data.dyadYear(fromYear, toYear(), { until: options.until });
      case 'status_counts':
        // A state that withdrew is no longer part of the organisation: it is not counted.
        return data.statusCountsByYear(fromYear, toYear(), { until: options.until }).map(({ withdrawn: _notCounted, ...counts }) => counts);
      default:
        return storedRows(data, TEMPLATES[id], name);
    }
  })();
  const template = TEMPLATES[id];
  return { template, rows: rows.map((row) => pick(row, template)) };
}

/**
 * The view of a data table that needs no view of its own: its rows in primary-key order, each list
 * joined with its separator, each country-name column (`nameOf`) filled. A table without a data
 * file (a view) needs a case in tableData: the dataset has no field for it.
 */
function storedRows(data: ScoData, template: TableTemplate, name: (iso3: string | null) => string | null): Row[] {
  // The dataset's field for the table (validate.ts's DATASET_FIELDS; not imported from there: the
  // validator would bring zod into the pane's first screen).
  const field: string = camelCase(template.id);
  const rows = (data.dataset as unknown as Record<string, Record<string, unknown>[] | undefined>)[field];
  if (rows === undefined) throw new Error(`table ${template.id}: the dataset holds no rows for it (a view needs its own case in tableData)`);
  // Each row's key read once, not at each comparison (a sort compares a row about log2(n) times).
  const keyed = rows.map((row) => ({ row, key: template.primaryKey.map((column) => row[column] as string | number) }));
  const byKey = ({ key: left }: (typeof keyed)[number], { key: right }: (typeof keyed)[number]) => {
    const at = left.findIndex((value, index) => value !== right[index]);
    // Stryker disable next-line ConditionalExpression: equivalent, no two rows of a data table share their primary key (the validator refuses it), so `at` is never -1 here
    if (at < 0) return 0;
    // Stryker disable next-line EqualityOperator: equivalent, `<=` differs from `<` only on equal values, and the values at `at` differ
    return left[at]! < right[at]! ? -1 : 1;
  };
  return keyed.sort(byKey).map(({ row }) => {
    const out: Record<string, unknown> = { ...row };
    for (const column of template.columns) {
      // A validated row holds an array only in a list column (one with a separator); an empty list is null.
      const value = row[column.key];
      if (Array.isArray(value)) out[column.key] = value.join(column.separator!);
      if (column.nameOf !== undefined) out[column.key] = name(row[column.nameOf] as string | null);
    }
    return out as Row;
  });
}

type CountryYearRow = ReturnType<typeof buildCountryYearRows>[number];

// The panels of each ScoData, by their years and day: country_year and cow_concordance read the
// same panel, the costliest of a release's tables, so it is built once. A ScoData never changes (its
// histories are read when it is made), and tableData copies every row it returns (pick), so no
// caller can reach a kept row.
const COUNTRY_YEAR_ROWS = new WeakMap<ScoData, Map<string, readonly CountryYearRow[]>>();

/** The state-year panel with COW IGO v3's coding beside the dataset's own. */
function countryYearRows(data: ScoData, fromYear: number, toYear: number, until: string | undefined): readonly CountryYearRow[] {
  const panels = COUNTRY_YEAR_ROWS.get(data) ?? new Map<string, readonly CountryYearRow[]>();
  COUNTRY_YEAR_ROWS.set(data, panels);
  const key = `${fromYear} ${toYear} ${until}`;
  const kept = panels.get(key);
  if (kept !== undefined) return kept;
  const rows = buildCountryYearRows(data, fromYear, toYear, until);
  panels.set(key, rows);
  return rows;
}

function buildCountryYearRows(data: ScoData, fromYear: number, toYear: number, until: string | undefined) {
  const spells = byState(data.spells());
  const events = eventsByState(data);
  // The panel holds the states with a status event, each of which has events and spells.
  return data.countryYear(fromYear, toYear, { until }).map((row) => {
    const own = events.get(row.iso3)!;
    const firstOfYear = isoToDay(`${String(row.year).padStart(4, '0')}-01-01`);
    const referenceDay = isoToDay(row.reference_date);
    const firstDayStatus = statusOnDay(own, firstOfYear);
    const memberAnyDay = memberOnAnyDay(own, firstOfYear, referenceDay);
    const byDecision = statusOnDay(own, referenceDay, 'decision');
    return {
      ...row,
      cow_igo_v3_rule: cowV3Code(spells.get(row.iso3)!, row.year, until),
      status_first_day: firstDayStatus.status,
      status_first_day_certain: firstDayStatus.certain,
      member_any_day: memberAnyDay.value,
      member_any_day_certain: memberAnyDay.certain,
      status_by_decision: byDecision.status,
      status_by_decision_certain: byDecision.certain,
    };
  });
}

function eventsByState(data: ScoData): Map<string, StatusEvent[]> {
  return byState(data.statusEvents());
}

/** Items grouped by their state, each group in the items' order. */
function byState<T extends { readonly iso3: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.iso3);
    if (group) group.push(item);
    else groups.set(item.iso3, [item]);
  }
  return groups;
}

/** The state-month panel: the status on each month's last day (never after `until`). */
function countryMonthRows(data: ScoData, fromYear: number, toYear: number, until: string | undefined) {
  const events = eventsByState(data);
  const limit = until === undefined ? Infinity : isoToDay(until);
  // The years are the caller's: each is refused unless YYYY (isoToDay throws), so that the months
  // read below need no check.
  for (let year = fromYear; year <= toYear; year++) isoToDay(`${String(year).padStart(4, '0')}-01-01`);
  // The months and their reference days are every state's: read once, not once a state.
  const months = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let month = 1; month <= 12; month++) {
      // The month's first and last day, read from "year-month" (a string built here needs no check;
      // firstDay and lastDay read its numbers, so it needs no zero padding either).
      const yearMonth = `${year}-${month}`;
      if (firstDay(yearMonth) > limit) break;
      const day = Math.min(lastDay(yearMonth), limit);
      months.push({ year, month, day, reference_date: dayToIso(day) });
    }
  }
  const rows = [];
  for (const country of data.countries().filter((candidate) => events.has(candidate.iso3))) {
    // Ordered once a state, not once a month (checking the kept order costs as much as the answer).
    const timed = timedEvents(events.get(country.iso3)!, 'effective');
    for (const { year, month, day, reference_date } of months) {
      const { status, certain } = statusAmong(timed, day);
      rows.push({ iso3: country.iso3, cow_code: country.cow_code, year, month, reference_date, status, status_certain: certain, cow_igo_code: COW_IGO_CROSSWALK[status] });
    }
  }
  return rows;
}

function requireOption<T>(value: T | undefined, option: string, table: TableId): T {
  if (value === undefined) throw new TypeError(`the ${table} table needs the ${option} option`);
  return value;
}

/** Orders a row's cells as the template's columns; a column missing or undeclared is a programming error. */
function pick(row: Record<string, unknown>, template: TableTemplate): Row {
  const out: Record<string, Cell> = {};
  let required = 0;
  for (const column of template.columns) {
    if (column.dayOf !== undefined) {
      out[column.key] = dayOnly(row[column.dayOf]);
      continue;
    }
    required++;
    if (!(column.key in row)) throw new Error(`table ${template.id}: the view produced no "${column.key}" column`);
    out[column.key] = row[column.key] as Cell;
  }
  // Every column the row must hold is there (checked above): as many keys as those means no others.
  const keys = Object.keys(row);
  if (keys.length === required) return out;
  const undeclared = keys.filter((key) => !(key in out));
  if (undeclared.length > 0) throw new Error(`table ${template.id}: the view produced undeclared columns ${undeclared.join(', ')}`);
  return out;
}

/**
 * Time order for the tables whose views give another order (events by state, terms of office by
 * role): by date (a partial date sorts at its first day, "2010-05" before "2010-05-01"), then by id.
 */
function chronological<T>(date: (row: T) => string, id: (row: T) => string) {
  const key = (row: T) => `${date(row).padEnd(10, ' ')}|${id(row)}`;
  // Each key ends with the row's id, unique in its table: no two keys are equal.
  // Stryker disable next-line EqualityOperator: equivalent, `<=` differs from `<` only on equal keys
  return (a: T, b: T) => (key(a) < key(b) ? -1 : 1);
}

/** A partial date's day, where it names one; null for a month, a year or no date. */
function dayOnly(value: unknown): string | null {
  // Stryker disable next-line ConditionalExpression: equivalent, the precision of a non-string (an empty date, null) is none either: RegExp.test reads it as "null"
  if (typeof value !== 'string') return null;
  return precisionOf(value) === 'day' ? value : null;
}

export const CHARTS = { membership_timeline: templates.membershipTimeline } as const satisfies Readonly<Record<string, ChartTemplate>>;
export type ChartId = keyof typeof CHARTS;

export interface ChartSeries {
  key: string;
  /** The series name: its column's header in the chart's language. */
  name: string;
  values: number[];
}

export interface ChartData {
  template: ChartTemplate;
  lang: Language;
  /** The table drawn, in the chart's language. */
  table: TableData;
  categories: string[];
  series: ChartSeries[];
}

/** A chart's numbers, read from its table (so a chart can never disagree with the table it shows). */
export function chartData(data: ScoData, id: ChartId, options: TableOptions = {}): ChartData {
  const template = CHARTS[id];
  const lang = options.lang ?? 'en';
  const table = tableData(data, template.table as TableId, { ...options, lang });
  const header = (key: string) => {
    const column = table.template.columns.find((candidate) => candidate.key === key);
    // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, CHARTS is a constant whose series are declared columns of its table (test/core/tables-layout.test.ts pins each series' header)
    if (!column) throw new Error(`chart ${id}: table ${template.table} has no column "${key}"`);
    return column.headers[lang];
  };
  return {
    template,
    lang,
    table,
    categories: table.rows.map((row) => String(row[template.category])),
    series: template.series.map((key) => ({ key, name: header(key), values: table.rows.map((row) => Number(row[key])) })),
  };
}
