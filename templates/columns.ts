// Columns that several tables share, declared once.
import { FORMATS, type ColumnTemplate, type ColumnType, type Localized } from '../src/core/template';
import { CONFIDENCES, PRECISIONS, type Language } from '../src/core/vocab';

type Headers = Localized;

export function column(
  key: string,
  type: ColumnType,
  headers: Headers,
  description: string,
  options: { width?: number; categories?: readonly string[] } = {},
): ColumnTemplate {
  const format = type === 'integer' ? FORMATS.integer : type === 'date' ? FORMATS.date : type === 'boolean' ? FORMATS.general : FORMATS.text;
  const width = options.width ?? (type === 'date' || type === 'partial_date' ? 12 : type === 'integer' || type === 'boolean' ? 8 : 16);
  return { key, type, headers, description, format, width, ...(options.categories ? { categories: options.categories } : {}) };
}

export const h = (en: string, ru: string, zh: string): Headers => ({ en, ru, zh }) satisfies Record<Language, string>;

export const iso3Column = (key = 'iso3', headers = h('ISO3', 'ISO3', 'ISO3代码')) =>
  column(key, 'string', headers, 'ISO 3166-1 alpha-3 code of the state.', { width: 7 });

export const countryColumn = (key = 'country', headers = h('Country', 'Государство', '国家')) =>
  column(key, 'string', headers, "The state's short name, in the table's language (English in the CSV files).", { width: 24 });

export const cowCodeColumn = (key = 'cow_code', headers = h('COW code', 'Код COW', 'COW代码')) =>
  column(key, 'integer', headers, 'Correlates of War state number (COW state system list).', { width: 8 });

export const precisionColumn = (key: string, ofColumn: string, headers: Headers) =>
  column(key, 'category', headers, `How precisely ${ofColumn} is known: day, month or year.`, { width: 9, categories: PRECISIONS });

/**
 * The real-date companion of a partial-date column: the same date where it is known to the day,
 * empty where only the month or year is known.
 */
export const dayColumn = (key: string, ofColumn: string, headers: Headers): ColumnTemplate => ({
  ...column(key, 'date', headers, `${ofColumn} as a real date where it is known to the day; empty where only its month or year is known (a partial date never becomes a day).`),
  dayOf: ofColumn,
});

export const sourceIdsColumn = () =>
  column('source_ids', 'string', h('Sources', 'Источники', '来源'), 'Ids of the supporting rows in sources.csv, separated by ";".', { width: 30 });

export const confidenceColumn = () =>
  column('confidence', 'category', h('Confidence', 'Достоверность', '可信度'), 'high: two independent or one primary source; medium: one reliable secondary source; low: not confirmed (see note).', {
    width: 10,
    categories: CONFIDENCES,
  });

export const wikidataColumn = (description: string) =>
  column('wikidata_qid', 'string', h('Wikidata', 'Викиданные', '维基数据'), description, { width: 11 });

export const noteColumn = () => column('note', 'string', h('Note', 'Примечание', '备注'), 'Remarks on the row, including disagreements between sources.', { width: 40 });
