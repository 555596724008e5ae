// Closed vocabularies of the dataset. Each is a const tuple so that zod enums and TypeScript
// unions are derived from the one list.

/** A state's relation to the SCO (or its predecessor, the Shanghai Five) on a given day. */
export const STATUSES = [
  'shanghai_five',
  'member',
  'accession_candidate',
  'observer',
  'dialogue_partner',
  'sco_partner',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses of states taking part in the organisation (or the Shanghai Five): all but `withdrawn`. */
export const ACTIVE_STATUSES = STATUSES.filter((status): status is Exclude<Status, 'withdrawn'> => status !== 'withdrawn');
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];

/** `none` is what a state holds before its first status event; it never appears as a new status. */
export const PREVIOUS_STATUSES = ['none', ...STATUSES] as const;
export type PreviousStatus = (typeof PREVIOUS_STATUSES)[number];

/** A status as held on a day: `none` before any event. */
export type HeldStatus = Status | 'none';

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** `inferred`: no source states the fact; it is deduced from a rule that the row's note names. */
export const CONFIDENCES = ['high', 'medium', 'low', 'inferred'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const SUMMIT_SERIES = ['shanghai_five', 'sco_chs'] as const;
export type SummitSeries = (typeof SUMMIT_SERIES)[number];

export const SUMMIT_FORMATS = ['in_person', 'virtual', 'hybrid'] as const;
export type SummitFormat = (typeof SUMMIT_FORMATS)[number];

export const SUMMIT_STATES = ['held', 'planned'] as const;
export type SummitState = (typeof SUMMIT_STATES)[number];

export const OFFICIAL_ROLES = ['executive_secretary', 'secretary_general', 'rats_director'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

/** What kind of publisher a source is (sources.csv `source_type`). */
export const SOURCE_TYPES = ['official_primary', 'news_agency', 'secondary', 'mirror'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a row differs from the previous release (changes.csv). */
export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
