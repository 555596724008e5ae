// Columns that several tables share, declared once. Each helper keeps today's arguments and takes
// an options object for the data-file rules (required, constraints, references, derived...).
import { FORMATS, type ColumnConstraints, type ColumnTemplate, type ColumnType, type Localized } from './schema-types';
import { CONFIDENCES, PRECISIONS, PREVIOUS_STATUSES, type Language } from './vocab';

type Headers = Localized;

/** No options beyond the defaults. */
type NoOptions = Record<never, never>;

/** Everything a column may declare beyond its key, type and headers (a description here replaces a helper's default). */
export type ColumnOptions = Partial<Omit<ColumnTemplate, 'key' | 'type' | 'headers'>>;

/** A declared column: its literal key and options stay in the type, so row types derive from it. */
export type Column<K extends string, T extends ColumnType, O> = ColumnTemplate & { readonly key: K; readonly type: T } & Readonly<O>;

/** The first day of the organisation's history: the first Shanghai Five meeting (26 April 1996). */
export const FIRST_DAY = '1996-04-26';

/** A fact of the organisation's history: not before it began, not after the data holds for. */
export const HISTORY: ColumnConstraints = { earliest: FIRST_DAY, notAfterDataAsOf: true };

/** An identifier of a row: lowercase letters, digits and _. */
export const slug = (what: string, example: string): ColumnConstraints => ({
  pattern: '^[a-z0-9_]+$',
  patternName: `a valid ${what}`,
  patternHint: `use lowercase letters, digits and _, e.g. ${example}`,
});

export function column<const K extends string, const T extends ColumnType, const O extends ColumnOptions = NoOptions>(
  key: K,
  type: T,
  headers: Headers,
  description: string,
  options: O = {} as O,
): Column<K, T, O> {
  const format = type === 'integer' ? FORMATS.integer : type === 'date' ? FORMATS.date : type === 'boolean' ? FORMATS.general : FORMATS.text;
  const width = type === 'date' || type === 'partial_date' ? 12 : type === 'integer' || type === 'boolean' ? 8 : 16;
  return { key, type, headers, description, format, width, ...options } as Column<K, T, O>;
}

export const h = (en: string, ru: string, zh: string): Headers => ({ en, ru, zh }) satisfies Record<Language, string>;

export const ISO3: ColumnConstraints = { pattern: '^[A-Z]{3}$', patternName: 'an ISO 3166-1 alpha-3 code', patternHint: 'use three capital letters, e.g. KAZ' };

export const iso3Column = <const K extends string = 'iso3', const O extends ColumnOptions = NoOptions>(key: K = 'iso3' as K, headers = h('ISO3', 'ISO3', 'ISO3代码'), options: O = {} as O) =>
  column(key, 'string', headers, 'ISO 3166-1 alpha-3 code of the state.', {
    width: 7,
    label: 'ISO 3166-1 alpha-3 code',
    constraints: ISO3,
    references: { table: 'countries', column: 'iso3' },
    ...options,
  });

/** The state's name, looked up from its ISO3 by the view (never stored). */
/** A state's name beside its ISO3 column: `country` names `iso3`, `host` names `host_iso3`. */
export const countryColumn = <const K extends string = 'country'>(key: K = 'country' as K, headers = h('Country', 'Государство', '国家')) =>
  column(key, 'string', headers, "The state's short name, in the table's language (English in the CSV files).", { width: 24, derived: true, nameOf: key === 'country' ? 'iso3' : `${key}_iso3` });

export const cowCodeColumn = <const K extends string = 'cow_code', const O extends ColumnOptions = NoOptions>(
  key: K = 'cow_code' as K,
  headers = h('COW code', 'Код COW', 'COW代码'),
  options: O = {} as O,
) => column(key, 'integer', headers, 'Correlates of War state number (COW state system list).', { width: 8, label: 'Correlates of War code', constraints: { minimum: 2, maximum: 999 }, ...options });

export const precisionColumn = <const K extends string, const O extends ColumnOptions = NoOptions>(key: K, ofColumn: string, headers: Headers, options: O = {} as O) =>
  column(key, 'category', headers, `How precisely ${ofColumn} is known: day, month or year.`, { width: 9, categories: PRECISIONS, label: 'date precision', ...options });

/**
 * The real-date companion of a partial-date column, computed by the view: the same date where it
 * is known to the day, empty where only the month or year is known (a partial date never becomes a day).
 */
export const dayColumn = <const K extends string>(key: K, ofColumn: string, headers: Headers) =>
  column(key, 'date', headers, `${ofColumn} as a real date where it is known to the day; empty where only its month or year is known (a partial date never becomes a day).`, {
    derived: true,
    dayOf: ofColumn,
  });

export const sourceIdsColumn = <const O extends ColumnOptions = NoOptions>(options: O = {} as O) =>
  column('source_ids', 'string', h('Sources', 'Источники', '来源'), 'Ids of the supporting rows in sources.csv, separated by ";".', {
    width: 30,
    required: true,
    separator: ';',
    references: { table: 'sources', column: 'source_id' },
    constraints: slug('source id', 'tass_2017_06_09'),
    ...options,
  });

export const confidenceColumn = <const O extends ColumnOptions = NoOptions>(options: O = {} as O) =>
  column(
    'confidence',
    'category',
    h('Confidence', 'Достоверность', '可信度'),
    'high: two independent or one primary source; medium: one reliable secondary source; low: not confirmed (see note); inferred: no source states it, it is deduced from a rule the note names.',
    { width: 10, categories: CONFIDENCES, required: true, ...options },
  );

export const wikidataColumn = <const O extends ColumnOptions = NoOptions>(description: string, options: O = {} as O) =>
  column('wikidata_qid', 'string', h('Wikidata', 'Викиданные', '维基数据'), description, {
    width: 11,
    constraints: { pattern: '^Q[1-9][0-9]*$', patternName: 'a Wikidata item id', patternHint: 'write Q and its number, e.g. Q485207', unique: true },
    ...options,
  });

export const noteColumn = <const O extends ColumnOptions = NoOptions>(options: O = {} as O) =>
  column('note', 'string', h('Note', 'Примечание', '备注'), 'Remarks on the row, including disagreements between sources.', { width: 40, ...options });

/** A meeting's day: in the organisation's history, or after the data's day if the meeting is planned. */
export const MEETING_DAY: ColumnConstraints = { ...HISTORY, futureAllowedWhen: { column: 'status', equals: 'planned' } };

/** A meeting's first and last day with their precisions and real-date companions (summits and the councils' meetings). */
export const meetingDateColumns = <const R extends boolean>(startRequired: R) =>
  [
    column('start_date', 'partial_date', h('Start', 'Начало', '开始日期'), 'First day of the meeting.', {
      precisionColumn: 'start_precision',
      constraints: MEETING_DAY,
      label: 'start date',
      required: startRequired,
    }),
    precisionColumn('start_precision', 'start_date', h('Start precision', 'Точность начала', '开始日期精度'), { required: startRequired }),
    dayColumn('start_day', 'start_date', h('Start (day)', 'Начало (день)', '开始日')),
    column('end_date', 'partial_date', h('End', 'Окончание', '结束日期'), 'Last day of the meeting.', {
      precisionColumn: 'end_precision',
      constraints: { ...MEETING_DAY, notBefore: 'start_date' },
      label: 'end date',
    }),
    precisionColumn('end_precision', 'end_date', h('End precision', 'Точность окончания', '结束日期精度')),
    dayColumn('end_day', 'end_date', h('End (day)', 'Окончание (день)', '结束日')),
  ] as const;

/** Where a meeting took place, in the three languages (summits and the councils' meetings). */
export const cityColumns = () =>
  [
    column('city_en', 'string', h('City (English)', 'Город (англ.)', '城市（英文）'), "Where it met (for a virtual meeting, the chair's capital), in English.", {
      width: 16,
      required: true,
      label: 'city (English)',
    }),
    column('city_ru', 'string', h('City (Russian)', 'Город (рус.)', '城市（俄文）'), 'The city in Russian.', { width: 16 }),
    column('city_zh', 'string', h('City (Chinese)', 'Город (кит.)', '城市（中文）'), 'The city in Chinese.', { width: 10 }),
  ] as const;

/** A panel's status on its row's reference date and whether the data settles it (country_year, country_month). */
export const panelStatusColumns = () =>
  [
    column('status', 'category', h('Status', 'Статус', '地位'), 'The status held on the reference date (none before a first status).', { width: 18, categories: PREVIOUS_STATUSES }),
    column(
      'status_certain',
      'boolean',
      h('Status certain', 'Статус достоверен', '地位确定'),
      'False when the reference date lies inside the month or year in which a new status began, before that period’s last day: status is then the status held before it, and the day of the change is unknown (the partial-date rule; see README, Modelling choices).',
      { width: 9 },
    ),
  ] as const;
