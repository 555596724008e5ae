// Panel codings beyond the dataset's own: the Correlates of War IGO v3 rules for the SCO,
// reproduced and continued past COW's last year (2014), and where they differ from the dataset's
// coding. Pure functions of the spells (src/core/views.ts).
import { firstDay, isoToDay, lastDay, type DayNumber } from './dates';
import { COW_CONCORDANCE_REASONS } from '../../templates/cow_concordance';
import { panelRuleText } from '../../templates/release_text';
import type { StatusEvent } from './schema';
import { eventStart } from './dates';
import type { Spell } from './views';
import type { HeldStatus } from './vocab';

/**
 * COW IGO v3's SCO coding: -1 IGO not yet in existence, 0 no membership, 1 full membership.
 * COW codes the SCO from 1996, treats the Shanghai Five years (1996-2000) as membership, and codes
 * no observer (so observers, accession candidates, dialogue partners and SCO partners are 0).
 */
export type CowV3Code = -1 | 0 | 1;

/** The first year COW IGO v3 codes the SCO: the first Shanghai Five summit (Shanghai, April 1996). */
export const COW_V3_FIRST_YEAR = 1996;

/** The statuses COW v3 codes 1. */
export const COW_V3_MEMBERSHIP: readonly HeldStatus[] = ['shanghai_five', 'member'];

/**
 * COW v3's code for one state-year: 1 when the state held a membership status (Shanghai Five
 * participant or member) on any day of the year, up to `until` (the day the data holds for).
 * Following the partial-date rule, a status whose start is known only to a month or year counts
 * from that period's last day, and the status it replaces until then.
 * On the data, this "any day" reading and a 31 December reading agree with COW on every state-year
 * 1996-2014 (COW does not state its within-year rule for the SCO; no state left in those years).
 */
export function cowV3Code(spells: readonly Spell[], year: number, until?: string): CowV3Code {
  if (year < COW_V3_FIRST_YEAR) return -1;
  // From 1996 on, a year is four digits.
  const yearStart = isoToDay(`${year}-01-01`);
  const yearEnd = Math.min(isoToDay(`${year}-12-31`), until === undefined ? Infinity : isoToDay(until));
  const held = spells.some((spell) => {
    if (!COW_V3_MEMBERSHIP.includes(spell.status)) return false;
    const [from, to] = certainSpan(spell);
    return from <= yearEnd && to > yearStart;
  });
  return held ? 1 : 0;
}

/**
 * The days a spell's status is certainly the state's status under the partial-date rule: from the
 * last day of its start period to the last day of the next status's start period (exclusive).
 */
function certainSpan(spell: Spell): [DayNumber, DayNumber] {
  const from = lastDay(spell.start_date);
  const to = spell.until_date === null ? Infinity : lastDay(spell.until_date);
  return [from, to];
}

export { COW_CONCORDANCE_REASONS };
export type CowConcordanceReason = (typeof COW_CONCORDANCE_REASONS)[number];

export const COW_CONCORDANCE_REASON_TEXT: Readonly<Record<CowConcordanceReason, string>> = {
  shanghai_five_as_membership: 'COW v3 codes the Shanghai Five years (1996-2000) as SCO membership (1); this dataset codes them 0, as the SCO did not yet exist.',
  observer_not_coded: 'COW v3 codes no SCO observer (0); this dataset codes observers and accession candidates 3.',
  membership_during_year: 'COW v3 (as reproduced) codes 1 for membership on any day of the year; this dataset codes the status on the reference day.',
  before_sco: 'COW v3 codes -1 before 1996 (IGO not yet in existence); this dataset codes 0.',
};

/** The reason for a disagreement, or null where the two codings agree. */
export function concordanceReason(status: HeldStatus, ownCode: number, cowV3: CowV3Code): CowConcordanceReason | null {
  if (ownCode === cowV3) return null;
  if (cowV3 === -1) return 'before_sco';
  if (cowV3 === 1 && status === 'shanghai_five') return 'shanghai_five_as_membership';
  if (cowV3 === 0 && ownCode === 3) return 'observer_not_coded';
  if (cowV3 === 1) return 'membership_during_year';
  throw new Error(`no reason known for status ${status}: own code ${ownCode}, COW v3 ${cowV3}`);
}

/** A status a panel reports for a day, under the partial-date rule. */
export interface PanelStatus {
  status: HeldStatus;
  /** False when the day lies inside the month or year a later status began, before that period's last day. */
  certain: boolean;
  /** The statuses whose period has begun on that day without being certain yet: one of them may already hold. */
  pending: HeldStatus[];
}

/** A status event placed in time: the first day its date can mean, and the day it is certain from. */
export interface TimedEvent {
  status: HeldStatus;
  start: DayNumber;
  certainFrom: DayNumber;
}

// A state's events in time order, by clock: kept per events list, because the panels ask for the
// status of the same state on every day of every year and parsing and sorting the events again each
// time was most of a release's CPU time. `readonly` binds only the compiler: a caller may still push
// to the list or edit an event, so a kept entry is used only while the list still holds, place by
// place, events of the same status and date (what the order depends on: which objects hold them
// does not matter).
interface TimedEntry {
  readonly stamps: readonly string[];
  readonly timed: readonly TimedEvent[];
}

const TIMED: Record<'effective' | 'decision', WeakMap<readonly StatusEvent[], TimedEntry>> = { effective: new WeakMap(), decision: new WeakMap() };

const eventDate = (event: StatusEvent, clock: 'effective' | 'decision') => (clock === 'decision' ? event.decision_date : eventStart(event));

/** What an event's place in time depends on: its status and the date its clock reads. */
const stampOf = (event: StatusEvent, clock: 'effective' | 'decision') => `${event.status} ${eventDate(event, clock)}`;

const stillCurrent = (entry: TimedEntry, events: readonly StatusEvent[], clock: 'effective' | 'decision') =>
  entry.stamps.length === events.length && events.every((event, i) => stampOf(event, clock) === entry.stamps[i]);

/** A state's events in time order by a clock; the same array again while the list is unchanged (see above). */
export function timedEvents(events: readonly StatusEvent[], clock: 'effective' | 'decision'): readonly TimedEvent[] {
  const known = TIMED[clock].get(events);
  if (known !== undefined && stillCurrent(known, events, clock)) return known.timed;
  const timed = events
    .map((event) => {
      const date = eventDate(event, clock);
      return { status: event.status, start: firstDay(date), certainFrom: lastDay(date) };
    })
    .sort((a, b) => a.start - b.start || a.certainFrom - b.certainFrom);
  TIMED[clock].set(events, { stamps: events.map((event) => stampOf(event, clock)), timed });
  return timed;
}

/**
 * A state's status on a day, read from its status events with one of two clocks: `effective`
 * (the day the status took effect, else the decision day: the dataset's own rule) or `decision`
 * (the day the deciding body decided, ignoring a later effective date). The partial-date rule
 * (README, Modelling choices): an event dated only to a month or year counts from that period's
 * last day; on the days of the period before it, the previous status is reported, uncertain.
 */
export function statusOnDay(events: readonly StatusEvent[], day: DayNumber, clock: 'effective' | 'decision' = 'effective'): PanelStatus {
  return statusAmong(timedEvents(events, clock), day);
}

/** statusOnDay on events already in time order (timedEvents), for a caller that asks about many days. */
export function statusAmong(timed: readonly TimedEvent[], day: DayNumber): PanelStatus {
  let status: HeldStatus = 'none';
  let pending: HeldStatus[] = [];
  for (const event of timed) {
    if (event.start > day) break;
    if (event.certainFrom <= day) {
      status = event.status;
      pending = [];
    } else pending = [...pending, event.status];
  }
  return { status, certain: pending.length === 0, pending };
}

/** A yes/no answer of a panel rule and whether the data settles it under the partial-date rule. */
export interface PanelAnswer {
  value: boolean;
  certain: boolean;
}

/**
 * The "any day" rule: whether the state was a full member on some day from `fromDay` to `toDay`.
 * True when some day reports membership; certain when some such day is certain, or when no day
 * reports membership and on no uncertain day could a membership already have begun.
 */
export function memberOnAnyDay(events: readonly StatusEvent[], fromDay: DayNumber, toDay: DayNumber): PanelAnswer {
  // Ordered once for the whole span, not once a day (checking the kept order costs as much as a day's answer).
  const timed = timedEvents(events, 'effective');
  // A day's answer changes only on a day some event's period begins or becomes certain: the span's
  // first day and those days stand for all of its days (asking each of a year's days was most of
  // the state-year panel's time). Their order does not matter, nor does a day met twice.
  const telling = [fromDay, ...timed.flatMap((event) => [event.start, event.certainFrom])].filter((day) => day >= fromDay && day <= toDay);
  let reported = false;
  let possible = false;
  for (const day of telling) {
    const { status, certain, pending } = statusAmong(timed, day);
    if (status === 'member' && certain) return { value: true, certain: true };
    if (status === 'member') reported = true;
    if (pending.includes('member')) possible = true;
  }
  return { value: reported, certain: !reported && !possible };
}

/** The panel rules the release documents (README; the codebook has them in each language), in English. */
export const PANEL_RULES: readonly string[] = panelRuleText.map((rule) => rule.en);
