// Closed vocabularies of the dataset. Each is a const tuple so that zod enums and TypeScript
// unions are derived from the one list.

/** A state's relation to the SCO (or its predecessor, the Shanghai Five) on a given day. */
export const STATUSES = ['shanghai_five', 'member', 'accession_candidate', 'observer', 'dialogue_partner', 'sco_partner', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses of states taking part in the organisation (or the Shanghai Five): all but `withdrawn`. */
export const ACTIVE_STATUSES = STATUSES.filter((status): status is Exclude<Status, 'withdrawn'> => status !== 'withdrawn');

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

export const SUMMIT_STATES = ['held', 'planned'] as const;

export const OFFICIAL_ROLES = ['executive_secretary', 'secretary_general', 'rats_director'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

/** What kind of publisher a source is (sources.csv `source_type`). */
export const SOURCE_TYPES = ['official_primary', 'news_agency', 'secondary', 'mirror'] as const;

export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a row differs from the previous release (changes.csv). */
export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The day the SCO replaced the Shanghai Five (its founding declaration, Shanghai, 15 June 2001). */
export const SCO_FOUNDED = '2001-06-15';

/**
 * Every change of status the validator accepts (previous status -> new status), each with its
 * reason. A change not listed is refused: it would mean an impossible history (e.g. a member
 * becoming an accession candidate again).
 */
export const ALLOWED_TRANSITIONS: ReadonlyArray<readonly [PreviousStatus, Status, string]> = [
  ['none', 'shanghai_five', 'the five founders of the Shanghai Five (1996)'],
  ['none', 'member', 'a state joining the SCO at its founding without a prior status (Uzbekistan, 2001)'],
  ['none', 'observer', 'a first status granted by the Council of Heads of State'],
  ['none', 'dialogue_partner', 'a first status granted by the Council of Heads of State'],
  ['none', 'sco_partner', 'a first status under the Tianjin (2025) partner category'],
  ['shanghai_five', 'member', 'the Shanghai Five states founding the SCO (2001)'],
  ['observer', 'accession_candidate', 'an observer whose accession procedure began (e.g. India and Pakistan, 2015)'],
  ['dialogue_partner', 'accession_candidate', 'a dialogue partner whose accession procedure began'],
  ['sco_partner', 'accession_candidate', 'a partner whose accession procedure began'],
  ['accession_candidate', 'member', 'accession completed'],
  ['observer', 'member', 'an accession decided and completed with no candidate stage recorded between them'],
  ['dialogue_partner', 'observer', 'a dialogue partner raised to observer (Belarus, 2015)'],
  ['observer', 'sco_partner', 'observers merged into the SCO partner category (Tianjin, 2025)'],
  ['dialogue_partner', 'sco_partner', 'dialogue partners merged into the SCO partner category (Tianjin, 2025)'],
  ['member', 'withdrawn', 'withdrawal under the Charter (article 13)'],
  ['observer', 'withdrawn', 'a status given up or ended'],
  ['dialogue_partner', 'withdrawn', 'a status given up or ended'],
  ['sco_partner', 'withdrawn', 'a status given up or ended'],
  ['accession_candidate', 'withdrawn', 'an accession abandoned'],
  ['withdrawn', 'observer', 'a former participant granted a status again'],
  ['withdrawn', 'dialogue_partner', 'a former participant granted a status again'],
  ['withdrawn', 'sco_partner', 'a former participant granted a status again'],
  ['withdrawn', 'accession_candidate', 'a former participant applying again'],
];

/** Posts held by one person at a time; roles that name the same post share it. */
export const POSTS: Readonly<Record<OfficialRole, string>> = {
  executive_secretary: 'head of the SCO Secretariat',
  secretary_general: 'head of the SCO Secretariat',
  rats_director: 'Director of the RATS Executive Committee',
};

/** A council meeting (heads of government, foreign ministers): a regular or an extraordinary session. */
export const MEETING_KINDS = ['regular', 'extraordinary'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What kind of text an SCO document is (documents.csv `type`). */
export const DOCUMENT_TYPES = ['charter', 'convention', 'treaty', 'agreement', 'declaration', 'decision', 'memorandum', 'statement', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The statuses a state may formally apply for (applications.csv `status_sought`). */
export const SOUGHT_STATUSES = ['member', 'observer', 'dialogue_partner'] as const;
export type SoughtStatus = (typeof SOUGHT_STATUSES)[number];

/** What became of an application. */
export const APPLICATION_OUTCOMES = ['granted', 'pending', 'withdrawn', 'not_granted'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** Who a summit participant is: a state (ISO3) or an international organisation (a slug). */
export const PARTICIPANT_KINDS = ['state', 'organisation'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** The seat a participant held at a summit: its SCO status when the meeting opened, or guest. */
export const ATTENDANCE_ROLES = ['member', 'observer', 'dialogue_partner', 'sco_partner', 'guest'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

/** How a participant took part: in person, by video link, or not at all. */
export const ATTENDANCE_MODES = ['in_person', 'video', 'absent'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
