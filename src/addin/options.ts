// What the user picks in the task pane, and how it becomes tableData's options. Defaults come from
// the release (the day the data holds for), never from the clock, so the same pick gives the same table.
import {
  FIRST_YEAR,
  STATUSES,
  SUMMIT_SERIES,
  tableData,
  type Language,
  type ReleaseInfo,
  type ScoData,
  type Status,
  type SummitSeries,
  type TableData,
  type TableId,
  type TableTemplate,
} from '../core';

/** The tables the pane offers, in the order it lists them. */
export const ADDIN_TABLES = [
  'roster',
  'status_events',
  'membership_spells',
  'summits',
  'officials',
  'chairmanships',
  'heads_of_government_meetings',
  'foreign_ministers_meetings',
  'summit_attendance',
  'documents',
  'applications',
  'country_year',
  'status_counts',
  'sources',
  'conflicts',
] as const satisfies readonly TableId[];
export type AddinTableId = (typeof ADDIN_TABLES)[number];

/** Which options a table understands; the pane shows only these. */
export interface TableControls {
  asOf: boolean;
  statuses: boolean;
  years: boolean;
  series: boolean;
}

const NONE: TableControls = { asOf: false, statuses: false, years: false, series: false };
export const TABLE_CONTROLS: Readonly<Record<AddinTableId, TableControls>> = {
  roster: { ...NONE, asOf: true, statuses: true },
  status_events: { ...NONE, statuses: true },
  membership_spells: { ...NONE, statuses: true },
  summits: { ...NONE, years: true, series: true },
  officials: NONE,
  chairmanships: NONE,
  heads_of_government_meetings: NONE,
  foreign_ministers_meetings: NONE,
  summit_attendance: NONE,
  documents: NONE,
  applications: NONE,
  country_year: { ...NONE, years: true },
  status_counts: { ...NONE, years: true },
  sources: NONE,
  conflicts: NONE,
};

/** The column the "sources" option adds or leaves out. */
export const SOURCES_COLUMN = 'source_ids';

export function hasSourcesColumn(template: TableTemplate): boolean {
  return template.columns.some((column) => column.key === SOURCES_COLUMN);
}

export interface InsertOptions {
  table: AddinTableId;
  lang: Language;
  /** Roster: the day (YYYY-MM-DD). */
  asOf?: string;
  statuses?: Status[];
  fromYear?: number;
  toYear?: number;
  series?: SummitSeries[];
  /** Keep the table's source ids column (tables that have one). */
  sources: boolean;
}

/**
 * The options with every default filled in and every option the table ignores left out: what is
 * recorded with an inserted table so Refresh fills it the same way.
 */
export function completeOptions(options: InsertOptions, release: ReleaseInfo): InsertOptions {
  const controls = TABLE_CONTROLS[options.table];
  const complete: InsertOptions = { table: options.table, lang: options.lang, sources: options.sources };
  if (controls.asOf) complete.asOf = options.asOf ?? release.data_as_of;
  if (controls.statuses) complete.statuses = STATUSES.filter((status) => (options.statuses ?? STATUSES).includes(status));
  if (controls.years) {
    complete.fromYear = options.fromYear ?? FIRST_YEAR;
    complete.toYear = options.toYear ?? dataYear(release);
  }
  if (controls.series) complete.series = SUMMIT_SERIES.filter((series) => (options.series ?? SUMMIT_SERIES).includes(series));
  return complete;
}

/** The last year the data covers: the year of the day it holds for. */
export function dataYear(release: ReleaseInfo): number {
  return Number(release.data_as_of.slice(0, 4));
}

/** The table's rows from src/core, with the sources column left out when the user asked so. */
export function optionTable(data: ScoData, options: InsertOptions, release: ReleaseInfo): TableData {
  const complete = completeOptions(options, release);
  // Panels always need an end year, which the summit list treats as a filter.
  const table = tableData(data, complete.table, {
    lang: complete.lang,
    asOf: complete.asOf,
    statuses: complete.statuses,
    fromYear: complete.fromYear,
    toYear: complete.toYear ?? dataYear(release),
    until: release.data_as_of,
    series: complete.series,
  });
  if (complete.sources || !hasSourcesColumn(table.template)) return table;
  const template = { ...table.template, columns: table.template.columns.filter((column) => column.key !== SOURCES_COLUMN) };
  return { template, rows: table.rows };
}
