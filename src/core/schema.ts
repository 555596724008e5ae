// The data files' schemas. Each zod object is both the row check and the row type; its key order
// is the file's column order. Messages follow the form "what is wrong (how to fix)".
import { z } from 'zod';
import { isRealDate, precisionOf } from './dates';
import {
  CONFIDENCES,
  OFFICIAL_ROLES,
  PRECISIONS,
  PREVIOUS_STATUSES,
  STATUSES,
  SUMMIT_FORMATS,
  SUMMIT_SERIES,
  SOURCE_TYPES,
  SUMMIT_STATES,
} from './vocab';

const shown = (input: unknown) => JSON.stringify(input);

/** An empty cell becomes null; anything else must satisfy `schema`. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? null : value), schema.nullable());

const required = (what: string) => z.string().min(1, { error: `${what} is empty (fill it in)` });

const slug = (what: string, example: string) =>
  required(what).regex(/^[a-z0-9_]+$/, {
    error: (issue) => `${shown(issue.input)} is not a valid ${what} (use lowercase letters, digits and _, e.g. ${example})`,
  });

const iso3 = required('ISO 3166-1 alpha-3 code').regex(/^[A-Z]{3}$/, {
  error: (issue) => `${shown(issue.input)} is not an ISO 3166-1 alpha-3 code (use three capital letters, e.g. KAZ)`,
});

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === ''
        ? `${what} is empty (use one of: ${values.join(', ')})`
        : `${shown(issue.input)} is not a known ${what} (use one of: ${values.join(', ')})`,
  });

const partialDate = z
  .string()
  .refine((text) => precisionOf(text) !== null, {
    error: (issue) => `${shown(issue.input)} is not an ISO date (write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)`,
  })
  .refine(isRealDate, {
    error: (issue) => `${shown(issue.input)} is a date that does not exist (check the month and day)`,
  });

const requiredDate = (what: string) => required(what).pipe(partialDate);

const precision = oneOf(PRECISIONS, 'date precision');

const wholeNumber = (what: string) =>
  required(what)
    .regex(/^[0-9]+$/, { error: (issue) => `${shown(issue.input)} is not a whole number (write digits only, e.g. 710)` })
    .transform(Number);

const text = z.string();

const url = z.string().regex(/^https?:\/\/[^\s]+$/, {
  error: (issue) => `${shown(issue.input)} is not a web address (write the full URL, starting with https://)`,
});

const sourceIds = z
  .string()
  .min(1, { error: 'cites no source (add at least one source_id from sources.csv; separate several with ;)' })
  .transform((value) => value.split(';'))
  .pipe(
    z.array(
      z.string().regex(/^[a-z0-9_]+$/, {
        error: (issue) => `${shown(issue.input)} is not a source id (separate ids with ; and no spaces, e.g. tass_2017_06_09;sco_charter)`,
      }),
    ),
  );

const confidence = oneOf(CONFIDENCES, 'confidence');

const wikidataQid = z.string().regex(/^Q[1-9][0-9]*$/, {
  error: (issue) => `${shown(issue.input)} is not a Wikidata item id (write Q and its number, e.g. Q485207)`,
});

export const SourceRow = z.object({
  source_id: slug('source id', 'tass_20250901_laos'),
  publisher: required('publisher'),
  title: required('title'),
  url: optional(url),
  published: optional(partialDate),
  language: required('language').regex(/^[a-z]{2}$/, {
    error: (issue) => `${shown(issue.input)} is not an ISO 639-1 language code (use two lowercase letters, e.g. en, ru, zh)`,
  }),
  source_type: optional(oneOf(SOURCE_TYPES, 'source type')),
  note: optional(text),
});

export const CountryRow = z.object({
  iso3,
  cow_code: wholeNumber('Correlates of War code'),
  cow_abbr: required('Correlates of War abbreviation').regex(/^[A-Z]{3}$/, {
    error: (issue) => `${shown(issue.input)} is not a Correlates of War abbreviation (use three capital letters, e.g. KZK)`,
  }),
  gw_code: optional(wholeNumber('Gleditsch-Ward code')),
  wikidata_qid: optional(wikidataQid),
  name_en: optional(text),
  name_ru: optional(text),
  name_zh: optional(text),
  capital_en: required('capital (English)'),
  capital_ru: required('capital (Russian)'),
  capital_zh: required('capital (Chinese)'),
  currency: required('currency').regex(/^[A-Z]{3}$/, {
    error: (issue) => `${shown(issue.input)} is not an ISO 4217 currency code (use three capital letters, e.g. KZT)`,
  }),
  capital_tz: required('time zone').regex(/^[A-Za-z]+(?:\/[A-Za-z_+-]+)+$/, {
    error: (issue) => `${shown(issue.input)} is not an IANA time-zone name (write Area/City, e.g. Asia/Almaty)`,
  }),
  source_ids: sourceIds,
  note: optional(text),
});

export const StatusEventRow = z.object({
  event_id: slug('event id', 'ind_2'),
  iso3,
  status: oneOf(STATUSES, 'status'),
  previous_status: oneOf(PREVIOUS_STATUSES, 'previous status'),
  decision_date: requiredDate('decision date'),
  decision_precision: precision,
  effective_date: optional(partialDate),
  effective_precision: optional(precision),
  summit_id: optional(slug('summit id', 'chs_2017')),
  document: optional(text),
  source_ids: sourceIds,
  confidence,
  note: optional(text),
});

export const SummitRow = z.object({
  summit_id: slug('summit id', 'chs_2017'),
  series: oneOf(SUMMIT_SERIES, 'summit series'),
  number: wholeNumber('summit number'),
  status: oneOf(SUMMIT_STATES, 'summit status'),
  start_date: optional(partialDate),
  start_precision: optional(precision),
  end_date: optional(partialDate),
  end_precision: optional(precision),
  main_date: optional(partialDate),
  main_precision: optional(precision),
  city_en: required('city (English)'),
  city_ru: optional(text),
  city_zh: optional(text),
  host_iso3: iso3,
  format: oneOf(SUMMIT_FORMATS, 'summit format'),
  decisions: optional(text),
  documents: optional(text),
  wikidata_qid: optional(wikidataQid),
  source_ids: sourceIds,
  confidence,
  note: optional(text),
});

export const OfficialRow = z.object({
  official_id: slug('official id', 'sg_2019_norov'),
  role: oneOf(OFFICIAL_ROLES, 'role'),
  name_en: required('name (English)'),
  name_ru: optional(text),
  name_zh: optional(text),
  name_variants: optional(text),
  /** Empty where the official's nationality is unknown (the note says why). */
  iso3: optional(iso3),
  term_start: requiredDate('term start'),
  term_start_precision: precision,
  term_end: optional(partialDate),
  term_end_precision: optional(precision),
  source_ids: sourceIds,
  confidence,
  note: optional(text),
});

export const ChairmanshipRow = z.object({
  chairmanship_id: slug('chairmanship id', 'kaz_2023_2024'),
  iso3,
  start_date: requiredDate('start date'),
  start_precision: precision,
  end_date: optional(partialDate),
  end_precision: optional(precision),
  summit_id: optional(slug('summit id', 'chs_2024')),
  source_ids: sourceIds,
  confidence,
  note: optional(text),
});

export const ConflictRow = z.object({
  conflict_id: slug('conflict id', 'ind_member_date'),
  table: required('table'),
  row_id: required('row id'),
  field: required('field'),
  chosen_value: required('chosen value'),
  chosen_source_ids: sourceIds,
  other_value: required('other value'),
  other_source_ids: sourceIds,
  reason: required('reason'),
});

export type Source = z.infer<typeof SourceRow>;
export type CountryRecord = z.infer<typeof CountryRow>;
export type StatusEvent = z.infer<typeof StatusEventRow>;
export type Summit = z.infer<typeof SummitRow>;
export type Official = z.infer<typeof OfficialRow>;
export type Chairmanship = z.infer<typeof ChairmanshipRow>;
export type Conflict = z.infer<typeof ConflictRow>;

/** Every data file, its row schema and its key column, in the order they are checked. */
export const DATA_FILES = {
  sources: { file: 'sources.csv', schema: SourceRow, key: 'source_id' },
  countries: { file: 'countries.csv', schema: CountryRow, key: 'iso3' },
  summits: { file: 'summits.csv', schema: SummitRow, key: 'summit_id' },
  status_events: { file: 'status_events.csv', schema: StatusEventRow, key: 'event_id' },
  officials: { file: 'officials.csv', schema: OfficialRow, key: 'official_id' },
  chairmanships: { file: 'chairmanships.csv', schema: ChairmanshipRow, key: 'chairmanship_id' },
  conflicts: { file: 'conflicts.csv', schema: ConflictRow, key: 'conflict_id' },
} as const;

export type DataTableName = keyof typeof DATA_FILES;

export function columnsOf(table: DataTableName): string[] {
  return Object.keys(DATA_FILES[table].schema.shape);
}
