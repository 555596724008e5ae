// The shape of a table template: the one declaration of a published table's layout, rendered by
// the CSV writer, the XLSX writer, the Data Package schema and the add-in alike.
import type { Language } from './vocab';

export type Localized = Readonly<Record<Language, string>>;

/**
 * - `string`, `url`: text (written as text in spreadsheets, never as a formula).
 * - `integer`, `boolean`: numbers and true/false.
 * - `date`: always a full YYYY-MM-DD day: a real date cell in spreadsheets.
 * - `partial_date`: YYYY-MM-DD, YYYY-MM or YYYY (see the neighbouring precision column): a real
 *   date cell where the day is known, text otherwise.
 * - `category`: text from the closed list `categories`.
 */
export type ColumnType = 'string' | 'url' | 'integer' | 'boolean' | 'date' | 'partial_date' | 'category';

/**
 * What a data file's cell may hold, beyond its type (Frictionless Table Schema's `constraints`).
 * Every bound is enforced by the validator and stated in the data README.
 */
export interface ColumnConstraints {
  /** The whole cell must match (an anchored regular expression source). */
  readonly pattern?: string;
  /** What a matching value is, for messages: "an ISO 3166-1 alpha-3 code". */
  readonly patternName?: string;
  /** How to write it, for messages: "use three capital letters, e.g. KAZ". */
  readonly patternHint?: string;
  /** Integers: the smallest and largest value. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** Dates: the earliest day (YYYY-MM-DD) the column may hold. */
  readonly earliest?: string;
  /** Dates: the column holds no day after the release's data-as-of date. */
  readonly notAfterDataAsOf?: boolean;
  /** Dates: rows whose `column` holds `equals` may lie after the data-as-of date (a planned summit). */
  /** Dates: the key of a date column of the same row that this date may not precede (an end and its start). */
  readonly notBefore?: string;
  readonly futureAllowedWhen?: { readonly column: string; readonly equals: string };
  /** No two rows hold the same (non-empty) value. */
  readonly unique?: boolean;
}

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
  /** Data files: the cell may not be empty (default: it may). */
  readonly required?: boolean;
  readonly constraints?: ColumnConstraints;
  /** Dates: the key of the column stating how precisely this date is known. */
  readonly precisionColumn?: string;
  /** Data files: a list of values separated by this string (e.g. source ids by ";"). */
  readonly separator?: string;
  /** Every value (each list item) is a key of another table's column. */
  readonly references?: { readonly table: string; readonly column: string };
  /** Computed by the table's view, not stored in the data file (e.g. a country name from its ISO3). */
  readonly derived?: boolean;
  /** How the column is named in messages ("decision date"); its key otherwise. */
  readonly label?: string;
  /**
   * For a derived `date` column that companions a `partial_date` one: that column's key. Its cell
   * is the same date where that one is known to the day, empty otherwise.
   */
  readonly dayOf?: string;
  /** For a derived country-name column: the key of the ISO3 column whose state it names. */
  readonly nameOf?: string;
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
  /** The description in Russian and Chinese (the workbook's README sheet); English is `description`. */
  readonly descriptionTranslations: { readonly ru: string; readonly zh: string };
  readonly columns: readonly ColumnTemplate[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** Tables stored in data/: the file name (e.g. "status_events.csv"). Tables without one are views. */
  readonly dataFile?: string;
  /** Sets of columns no two rows share (e.g. a summit's series and number). */
  readonly uniqueTogether?: readonly (readonly string[])[];
  /** Rules across rows or tables that the validator enforces, in plain words (the data README lists them). */
  readonly invariants?: readonly string[];
}

/** The Frictionless foreign keys of a table: its single-valued column references. */
export function foreignKeysOf(columns: readonly ColumnTemplate[]): ForeignKey[] {
  return columns
    .filter((column) => column.references !== undefined && column.separator === undefined)
    .map((column) => ({ fields: [column.key], reference: { table: column.references!.table, fields: [column.references!.column] } }));
}

/** Declares a table: its foreign keys are derived from its columns' references. */
export function table<const S extends Omit<TableTemplate, 'foreignKeys'>>(spec: S): S & TableTemplate {
  return { ...spec, foreignKeys: foreignKeysOf(spec.columns) };
}

/** Declares a view (a table computed from the data files, no data file of its own), keeping its id a literal type. */
export const view = <const S extends TableTemplate>(spec: S): S => spec;

/** The columns a data file stores, in file order. */
export const storedColumns = (template: TableTemplate): ColumnTemplate[] => template.columns.filter((column) => !column.derived);

type ValueOf<C> = C extends { readonly separator: string }
  ? string[]
  : C extends { readonly categories: readonly (infer E)[] }
    ? E
    : C extends { readonly type: 'integer' }
      ? number
      : C extends { readonly type: 'boolean' }
        ? boolean
        : string;
type CellOf<C> = C extends { readonly required: true } ? ValueOf<C> : ValueOf<C> | null;

/** The validated row of a data file, derived from its declaration: empty optional cells are null. */
export type RowOf<T extends { readonly columns: readonly ColumnTemplate[] }> = {
  -readonly [C in T['columns'][number] as C extends { readonly derived: true } ? never : C['key']]: CellOf<C>;
};

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
