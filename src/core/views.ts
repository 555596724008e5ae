// Every derived view of the dataset. Pure functions of a validated Dataset; the add-in, the
// exporter and the worksheet functions all read facts through here.
import { enrichCountry, type Country } from './countries';
import { dayToIso, firstDay, isoToDay, lastDay, precisionOf, type DayNumber } from './dates';
import type { Chairmanship, Official, StatusEvent, Summit } from './schema';
import { eventStart } from './dates';
import type { Dataset } from './validate';
import { STATUSES, type HeldStatus, type OfficialRole, type Precision, type Status, type SummitSeries } from './vocab';

export interface Spell {
  iso3: string;
  status: Status;
  /** First day (or month, or year, per start_precision) the status was held. */
  start_date: string;
  start_precision: Precision;
  /** The day the next status took effect: the spell covers days before it. Null while current. */
  until_date: string | null;
  until_precision: Precision | null;
  start_event_id: string;
  end_event_id: string | null;
}

export interface RosterEntry {
  iso3: string;
  status: Status;
  since: string;
  since_precision: Precision;
  event_id: string;
  /** False when the day lies inside the month or year of a later change that may already hold. */
  certain: boolean;
}

/**
 * The status held on a day. A status whose start is known only to a month or year is certain from
 * that period's last day; on the days before it inside the period the previous status is given,
 * with `certain` false (the day it took effect is unknown).
 */
export interface StatusOnDay {
  status: HeldStatus;
  certain: boolean;
}

export interface SummitFilter {
  fromYear?: number;
  toYear?: number;
  series?: readonly SummitSeries[];
}

export interface CountryYear {
  year: number;
  iso3: string;
  cow_code: number;
  cow_abbr: string;
  reference_date: string;
  status: HeldStatus;
  /** False when the reference date lies inside the month or year of a change that may already hold. */
  status_certain: boolean;
  cow_igo_code: CowIgoCode;
  partner: boolean;
  changed_during_year: boolean;
}

/** How many states held each status on a year's reference day (the membership timeline). */
export type StatusCounts = { year: number } & Record<Status, number> & { status_certain: boolean };

/** A type, not an interface, so that its rows are table rows (Record<string, Cell>) as they are. */
export type DyadYear = {
  year: number;
  ccode1: number;
  ccode2: number;
  iso3_1: string;
  iso3_2: string;
  status1: HeldStatus;
  status2: HeldStatus;
  joint_member: boolean;
  joint_any_status: boolean;
  /** True when both states' statuses are certain on the reference date. */
  status_certain: boolean;
};

/**
 * The Correlates of War IGO codes: 0 no membership, 1 full membership, 3 observer. COW's 2
 * ("associate") is never used: dialogue partners and SCO partners are not associates, so they are
 * coded 0 and flagged in `partner`. Accession candidates keep the observer seat they attend in.
 * The Shanghai Five was a series of summits, not an organisation: its participants are coded 0
 * (the `status` column still says shanghai_five).
 */
export type CowIgoCode = 0 | 1 | 3;
export const COW_IGO_CROSSWALK: Readonly<Record<HeldStatus, CowIgoCode>> = {
  none: 0,
  shanghai_five: 0,
  member: 1,
  accession_candidate: 3,
  observer: 3,
  dialogue_partner: 0,
  sco_partner: 0,
  withdrawn: 0,
};

/** The default reference day of the state-year panel: the status held on 31 December. */
export const DEFAULT_REFERENCE_DAY = '12-31';

export interface PanelOptions {
  /** MM-DD of the day each year's status is read on (default 31 December). */
  referenceDay?: string;
  /**
   * The day the data holds for: no row records a later day, so the last year's status is the one
   * held on this day (the data cannot know what holds on 31 December of a year not yet over).
   */
  until?: string;
}

interface TimedEvent {
  event: StatusEvent;
  /** The first day the status may have held (the first day of a month or year precision start). */
  start: DayNumber;
  /** The first day the status surely held: the last day of that month or year. */
  certainFrom: DayNumber;
}

export interface ScoData {
  readonly dataset: Dataset;
  countries(): Country[];
  country(iso3: string): Country | undefined;
  statusEvents(): StatusEvent[];
  statusOn(iso3: string, date: string): StatusOnDay;
  rosterOn(date: string): RosterEntry[];
  spells(): Spell[];
  summits(filter?: SummitFilter): Summit[];
  officials(role?: OfficialRole): Official[];
  chairmanships(): Chairmanship[];
  countryYear(fromYear: number, toYear: number, options?: PanelOptions): CountryYear[];
  dyadYear(fromYear: number, toYear: number, options?: PanelOptions): DyadYear[];
  statusCountsByYear(fromYear: number, toYear: number, options?: PanelOptions): StatusCounts[];
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    if (key(a) < key(b)) return -1;
    // Stryker disable next-line ConditionalExpression: equivalent, V8's sort (TimSort) only asks whether the result is negative, so 1 and 0 order alike
    return key(a) > key(b) ? 1 : 0;
  };

export function createScoData(dataset: Dataset): ScoData {
  const countries = dataset.countries.map(enrichCountry).sort(byKey((c) => c.iso3));
  const countryByIso3 = new Map(countries.map((country) => [country.iso3, country]));
  const histories = new Map<string, TimedEvent[]>();
  for (const event of dataset.statusEvents) {
    const timed = { event, start: firstDay(eventStart(event)), certainFrom: lastDay(eventStart(event)) };
    histories.set(event.iso3, [...(histories.get(event.iso3) ?? []), timed]);
  }
  for (const history of histories.values()) history.sort((a, b) => a.start - b.start);
  const statesWithStatus = [...histories.keys()].sort();

  // The partial-date rule: the event held on a day is the last (in history order) that surely
  // holds by then; the answer is uncertain while a later event's period has begun.
  const eventOn = (iso3: string, day: DayNumber): { event: StatusEvent | undefined; certain: boolean } => {
    let event: StatusEvent | undefined;
    let certain = true;
    for (const timed of histories.get(iso3) ?? []) {
      if (timed.start > day) break;
      if (timed.certainFrom <= day) {
        event = timed.event;
        certain = true;
      } else certain = false;
    }
    return { event, certain };
  };
  const heldOn = (iso3: string, day: DayNumber): StatusOnDay => {
    const { event, certain } = eventOn(iso3, day);
    return { status: event?.status ?? 'none', certain };
  };

  const referenceDayOf = (year: number, referenceDay: string) => isoToDay(`${String(year).padStart(4, '0')}-${referenceDay}`);

  const countryYear = (fromYear: number, toYear: number, { referenceDay = DEFAULT_REFERENCE_DAY, until }: PanelOptions = {}): CountryYear[] => {
    const untilDay = until === undefined ? Infinity : isoToDay(until);
    if (until !== undefined && toYear > Number(until.slice(0, 4))) {
      throw new RangeError(`the panel cannot run to ${toYear}: the data holds for ${until}`);
    }
    // Each year's reference day and bounds are every state's: read once, not once a state. (The
    // year's first and last day are read from its number, without parsing and checking a date
    // string: firstDay and lastDay need no zero padding.)
    const years = [];
    for (let year = fromYear; year <= toYear; year++) {
      const day = Math.min(referenceDayOf(year, referenceDay), untilDay);
      years.push({ year, day, referenceDate: dayToIso(day), yearStart: firstDay(String(year)), yearEnd: lastDay(String(year)) });
    }
    const rows: CountryYear[] = [];
    for (const iso3 of statesWithStatus) {
      const country = countryByIso3.get(iso3)!;
      for (const { year, day, referenceDate, yearStart, yearEnd } of years) {
        const { status, certain } = heldOn(iso3, day);
        rows.push({
          year,
          iso3,
          cow_code: country.cow_code,
          cow_abbr: country.cow_abbr,
          reference_date: referenceDate,
          status,
          status_certain: certain,
          cow_igo_code: COW_IGO_CROSSWALK[status],
          partner: status === 'dialogue_partner' || status === 'sco_partner',
          // Stryker disable next-line ArrayDeclaration: equivalent, statesWithStatus holds only states with a history
          changed_during_year: (histories.get(iso3) ?? []).some((timed) => changedIn(timed, yearStart, yearEnd)),
        });
      }
    }
    return rows;
  };

  return {
    dataset,
    countries: () => countries,
    country: (iso3) => countryByIso3.get(iso3),
    // The space after the start sorts a partial date before the longer dates that begin with it
    // ("2017-06" before "2017-06-09"): a space is below '-' and every digit, so no padding is needed.
    statusEvents: () => [...dataset.statusEvents].sort(byKey((e) => `${e.iso3} ${eventStart(e)} ${e.event_id}`)),
    statusOn: (iso3, date) => heldOn(iso3, isoToDay(date)),
    rosterOn(date) {
      const day = isoToDay(date);
      const roster: RosterEntry[] = [];
      for (const iso3 of statesWithStatus) {
        const { event, certain } = eventOn(iso3, day);
        if (!event || event.status === 'withdrawn') continue;
        const since = eventStart(event);
        const precision = event.effective_date !== null ? event.effective_precision! : event.decision_precision;
        roster.push({ iso3, status: event.status, since, since_precision: precision, event_id: event.event_id, certain });
      }
      return roster;
    },
    spells() {
      const spells: Spell[] = [];
      for (const iso3 of statesWithStatus) {
        const history = histories.get(iso3)!;
        history.forEach(({ event }, index) => {
          const next = history[index + 1]?.event;
          spells.push({
            iso3,
            status: event.status,
            start_date: eventStart(event),
            start_precision: event.effective_date !== null ? event.effective_precision! : event.decision_precision,
            until_date: next ? eventStart(next) : null,
            until_precision: next ? (next.effective_date !== null ? next.effective_precision! : next.decision_precision) : null,
            start_event_id: event.event_id,
            end_event_id: next?.event_id ?? null,
          });
        });
      }
      return spells;
    },
    summits(filter = {}) {
      return dataset.summits
        .filter((summit) => {
          const year = summit.start_date ? Number(summit.start_date.slice(0, 4)) : Number(summit.summit_id.match(/\d{4}/)?.[0]);
          return (
            (filter.fromYear === undefined || year >= filter.fromYear) &&
            (filter.toYear === undefined || year <= filter.toYear) &&
            (filter.series === undefined || filter.series.includes(summit.series))
          );
        })
        .sort(byKey((s) => `${s.start_date ?? '9999'} ${s.summit_id}`));
    },
    officials: (role) => dataset.officials.filter((official) => role === undefined || official.role === role).sort(byKey((o) => `${o.role} ${o.term_start}`)),
    chairmanships: () => [...dataset.chairmanships].sort(byKey((c) => c.start_date)),
    countryYear,
    statusCountsByYear(fromYear, toYear, options = {}) {
      const counts: StatusCounts[] = [];
      for (let year = fromYear; year <= toYear; year++) {
        const row = { year, ...Object.fromEntries(STATUSES.map((status) => [status, 0])), status_certain: true } as StatusCounts;
        for (const state of countryYear(year, year, options)) {
          if (state.status !== 'none') row[state.status]++;
          row.status_certain &&= state.status_certain;
        }
        counts.push(row);
      }
      return counts;
    },
    dyadYear(fromYear, toYear, options = {}) {
      // Each state's panel rows by year, the states in COW-code order: walking the pairs, then the
      // first state's years, yields the rows already in (ccode1, ccode2, year) order (COW codes are
      // unique), with no sort and no copy of a year's states per state.
      const yearsOf = new Map<string, Map<number, CountryYear>>();
      for (const row of countryYear(fromYear, toYear, options)) {
        const years = yearsOf.get(row.iso3) ?? new Map<number, CountryYear>();
        yearsOf.set(row.iso3, years.set(row.year, row));
      }
      const states = [...yearsOf.values()]
        .map((years) => ({ years, inOrder: [...years].sort(([a], [b]) => a - b), cowCode: years.values().next().value!.cow_code }))
        .sort((a, b) => a.cowCode - b.cowCode);
      const rows: DyadYear[] = [];
      states.forEach((first, i) => {
        for (const second of states.slice(i + 1)) {
          for (const [year, one] of first.inOrder) {
            const two = second.years.get(year);
            if (two === undefined) continue;
            rows.push({
              year,
              ccode1: one.cow_code,
              ccode2: two.cow_code,
              iso3_1: one.iso3,
              iso3_2: two.iso3,
              status1: one.status,
              status2: two.status,
              joint_member: one.cow_igo_code === 1 && two.cow_igo_code === 1,
              joint_any_status: isActive(one.status) && isActive(two.status),
              status_certain: one.status_certain && two.status_certain,
            });
          }
        }
      });
      return rows;
    },
  };
}

/**
 * Whether a status event changed the status during a year, after 1 January: an event known only
 * to the year or month counts when that could be so (it is dated to the period's first day).
 */
function changedIn(timed: TimedEvent, yearStart: DayNumber, yearEnd: DayNumber): boolean {
  if (timed.start < yearStart || timed.start > yearEnd) return false;
  return timed.start > yearStart || precisionOf(eventStart(timed.event)) !== 'day';
}

function isActive(status: HeldStatus): boolean {
  return status !== 'none' && status !== 'withdrawn';
}
