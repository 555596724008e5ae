// The shape of a table template: the one declaration of a published table's layout, rendered by
// the CSV writer, the XLSX writer, the Data Package schema and the add-in alike.
import type { Language } from './vocab';

export type Localized = Readonly<Record<Language, string>>;

/**
 * - `string`, `url`: text (written as text in spreadsheets, never as a formula).
 * - `integer`, `boolean`: numbers and true/false.
 * - `date`: always a full YYYY-MM-DD day (or empty): a real date cell in spreadsheets.
 * - `partial_date`: YYYY-MM-DD, YYYY-MM or YYYY (see the neighbouring precision column): ISO text
 *   in every output, so a column holds one cell type; its companion `date` column (`dayOf`) holds
 *   the real date where, and only where, it is known to the day.
 * - `category`: text from the closed list `categories`.
 */
export type ColumnType = 'string' | 'url' | 'integer' | 'boolean' | 'date' | 'partial_date' | 'category';

export interface ColumnTemplate {
  /** snake_case ASCII: the CSV header and the row key. */
  readonly key: string;
  readonly type: ColumnType;
  readonly description: string;
  readonly headers: Localized;
  /** Excel number format. */
  readonly format: string;
  /** Column width hint, in characters. */
  readonly width: number;
  readonly categories?: readonly string[];
  /**
   * For a `date` column that companions a `partial_date` one: that column's key. Its cell is the
   * same date where that one is known to the day, empty otherwise (a partial date never becomes a day).
   */
  readonly dayOf?: string;
}

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly table: string; readonly fields: readonly string[] };
}

export interface TableTemplate {
  /** snake_case: the CSV file name (csv/<id>.csv) and the Data Package resource name. */
  readonly id: string;
  readonly title: Localized;
  readonly description: string;
  readonly columns: readonly ColumnTemplate[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

/** Formats shared by many columns. */
export const FORMATS = {
  text: '@',
  integer: '0',
  date: 'yyyy-mm-dd',
  general: 'General',
} as const;

/**
 * A chart of a table: stacked columns of the table's count columns, one per category value of
 * `category`. Its series names are the count columns' headers, so a chart speaks the table's language.
 */
export interface ChartTemplate {
  /** File name (charts/<id>.svg) and the add-in's chart name. */
  readonly id: string;
  /** The table whose rows it draws. */
  readonly table: string;
  /** The column along the horizontal axis. */
  readonly category: string;
  /** The columns stacked in each bar, bottom to top. */
  readonly series: readonly string[];
  readonly title: Localized;
  readonly categoryAxis: Localized;
  readonly valueAxis: Localized;
}
