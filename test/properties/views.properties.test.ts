// Property tests of the views against a small, obviously correct reference written here: it walks
// every day from 1996 to 2030 and applies each state's events in date order, by the README's rules
// (a status takes effect on its effective date, else its decision date; a start known only to a
// month or year is certain from the period's last day, the previous status holding, uncertain,
// inside the period before it). Nothing here reuses the product's date arithmetic or its spells().
//
// The generated data goes through the real loader: several states, histories with partial
// precision and effective dates after decisions, written to status_events.csv in shuffled order.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Papa from 'papaparse';
import { ALLOWED_TRANSITIONS, columnsOf, createScoData, formatProblem, loadDataset, type ScoData, type StatusEvent } from '../../src/core';
import { VALID_FIXTURE, readCsvFiles } from '../helpers';

type Held = 'none' | 'shanghai_five' | 'member' | 'accession_candidate' | 'observer' | 'dialogue_partner' | 'sco_partner' | 'withdrawn';
type Precision = 'day' | 'month' | 'year';

const SEED = 20261201;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

// --- Calendar arithmetic of the reference, on its own (UTC day numbers; all years are >= 1996).
const MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / MS;
const isoOf = (day: number) => new Date(day * MS).toISOString().slice(0, 10);
const FIRST = dayOf(1996, 1, 1);
const LAST = dayOf(2030, 12, 31);
const FIRST_YEAR = 1996;
const LAST_YEAR = 2030;

/** The days a date as written can mean: [first, last]. */
function period(text: string): [number, number] {
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return [dayOf(y, m!, d), dayOf(y, m!, d)];
  if (m !== undefined) return [dayOf(y, m, 1), dayOf(y, m + 1, 1) - 1];
  return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
}

/** A day written to a precision: 2005-03-17 as "2005-03" or "2005". */
const written = (day: number, precision: Precision) => isoOf(day).slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);

// --- The states the generator draws from: the valid fixture's, with their COW codes.
const STATES: Readonly<Record<string, number>> = { CHN: 710, IND: 750, KAZ: 705, KGZ: 703, PAK: 770, RUS: 365, TJK: 702, UZB: 704 };

// Which status may follow which: the moves the validator allows (its declared domain, with reasons).
const NEXT: Readonly<Record<Held, readonly Held[]>> = Object.fromEntries(
  (['none', 'shanghai_five', 'member', 'accession_candidate', 'observer', 'dialogue_partner', 'sco_partner', 'withdrawn'] as const).map((from) => [
    from,
    ALLOWED_TRANSITIONS.filter(([previous]) => previous === from).map(([, next]) => next),
  ]),
) as Record<Held, Held[]>;

// Generated histories start in 1998, so that a decision up to 400 days before its effective date
// still falls after the first Shanghai Five meeting (1996-04-26), the validator's earliest day.
const GENERATED_FIRST = dayOf(1998, 1, 1);
// A shanghai_five status may begin only until the SCO replaced the Shanghai Five.
const SHANGHAI_FIVE_LAST = dayOf(2001, 6, 15);

/** One generated status change, as the data would write it. */
interface Change {
  event_id: string;
  iso3: string;
  status: Held;
  previous_status: Held;
  decision_date: string;
  decision_precision: Precision;
  effective_date: string | null;
  effective_precision: Precision | null;
}

const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];
const stepArb = fc.record({
  gap: fc.integer({ min: 1, max: 1500 }),
  pick: fc.nat(5),
  precision: fc.constantFrom(...PRECISIONS),
  // Days between the decision and the effective date; null: no separate effective date.
  lag: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
});

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/** One state's history: each change starts after the period of the previous one has ended. */
function historyOf(iso3: string, steps: Step[]): Change[] {
  const changes: Change[] = [];
  let held: Held = 'none';
  let previousLast = GENERATED_FIRST - 1;
  steps.forEach(({ gap, pick, precision, lag }, index) => {
    const trueDay = previousLast + gap;
    const allowed = NEXT[held].filter((next) => next !== 'shanghai_five' || trueDay <= SHANGHAI_FIVE_LAST);
    if (allowed.length === 0) return;
    const status = allowed[pick % allowed.length]!;
    // A Shanghai Five start is written to the day: its period must end by 2001-06-15.
    let start = written(trueDay, status === 'shanghai_five' ? 'day' : precision);
    // A coarse date must not reach back into the previous change's period.
    if (period(start)[0] <= previousLast) start = written(trueDay, 'day');
    const startPrecision: Precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
    const change: Change =
      lag === null
        ? {
            event_id: `${iso3.toLowerCase()}_${index + 1}`,
            iso3,
            status,
            previous_status: held,
            decision_date: start,
            decision_precision: startPrecision,
            effective_date: null,
            effective_precision: null,
          }
        : {
            event_id: `${iso3.toLowerCase()}_${index + 1}`,
            iso3,
            status,
            previous_status: held,
            decision_date: isoOf(Math.min(trueDay, period(start)[1]) - lag),
            decision_precision: 'day',
            effective_date: start,
            effective_precision: startPrecision,
          };
    changes.push(change);
    held = status;
    previousLast = period(start)[1];
  });
  return changes;
}

const scenarioArb = fc
  .uniqueArray(fc.constantFrom(...Object.keys(STATES)), { minLength: 2, maxLength: 4 })
  .chain((states) => fc.tuple(...states.map((iso3) => fc.array(stepArb, { minLength: 1, maxLength: 5 }).map((steps) => historyOf(iso3, steps)))))
  .map((histories) => histories.flat())
  .chain((changes) => fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length })));

// The generated histories replace the fixture's status events, so the fixture's applications, which
// name its events (a granted application's outcome_event_id), are blanked: they are checked against
// their own fixture elsewhere. Summit attendance names summits and countries only, which stay.
const BASE_FILES = { ...readCsvFiles(VALID_FIXTURE), 'applications.csv': `${columnsOf('applications').join(',')}\n` };

/** status_events.csv holding the changes in the given (shuffled) row order. */
function eventsCsv(rows: Change[]): string {
  const columns = columnsOf('status_events');
  const cell = (change: Change, column: string): string => {
    if (column === 'source_ids') return 'wikipedia_sco';
    if (column === 'confidence') return 'medium';
    const value = (change as unknown as Record<string, string | null>)[column];
    return value ?? '';
  };
  return Papa.unparse([columns, ...rows.map((change) => columns.map((column) => cell(change, column)))], { newline: '\n' }) + '\n';
}

function load(rows: Change[]): ScoData {
  const result = loadDataset({ ...BASE_FILES, 'status_events.csv': eventsCsv(rows) });
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return createScoData(result.dataset);
}

// --- The reference: every day of every state, walked in order.
interface DayState {
  status: Held;
  certain: boolean;
  /** The change that gave the status (null: none yet). */
  by: Change | null;
}

const startOf = (change: Change) => change.effective_date ?? change.decision_date;

function timeline(changes: Change[]): DayState[] {
  const inDateOrder = [...changes].sort((a, b) => period(startOf(a))[0] - period(startOf(b))[0]);
  const periods = inDateOrder.map((change) => period(startOf(change)));
  const days: DayState[] = new Array(LAST - FIRST + 1);
  let held: DayState = { status: 'none', certain: true, by: null };
  let pending: DayState = { status: 'none', certain: false, by: null };
  let next = 0;
  for (let day = FIRST; day <= LAST; day++) {
    // A change applies from the last day its date can mean.
    while (next < inDateOrder.length && periods[next]![1] <= day) {
      held = { status: inDateOrder[next]!.status, certain: true, by: inDateOrder[next]! };
      pending = { ...held, certain: false };
      next++;
    }
    // Inside a later change's period, before its last day, the day of the change is unknown.
    const certain = next === inDateOrder.length || periods[next]![0] > day;
    days[day - FIRST] = certain ? held : pending;
  }
  return days;
}

function timelines(changes: Change[]): Map<string, DayState[]> {
  const byState = new Map<string, Change[]>();
  for (const change of changes) byState.set(change.iso3, [...(byState.get(change.iso3) ?? []), change]);
  return new Map([...byState].map(([iso3, own]) => [iso3, timeline(own)]));
}

const on = (line: DayState[], day: number) => line[day - FIRST]!;

/** Days worth probing: every period's edges and their neighbours, and a spread of others. */
function probeDays(changes: Change[], extra: number[]): number[] {
  const days = new Set(extra.map((offset) => FIRST + offset));
  for (const change of changes) {
    for (const text of [change.decision_date, startOf(change)]) {
      const [first, last] = period(text);
      for (const day of [first - 1, first, first + 1, last - 1, last, last + 1]) if (day >= FIRST && day <= LAST) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

const COW_IGO: Readonly<Record<Held, number>> = { none: 0, shanghai_five: 0, member: 1, accession_candidate: 3, observer: 3, dialogue_partner: 0, sco_partner: 0, withdrawn: 0 };
const isPartner = (status: Held) => status === 'dialogue_partner' || status === 'sco_partner';
const hasStatus = (status: Held) => status !== 'none' && status !== 'withdrawn';

/** The README's changed_during_year: some change could have taken effect after 1 January. */
const couldChangeIn = (changes: Change[], iso3: string, year: number) =>
  changes.some((change) => {
    if (change.iso3 !== iso3) return false;
    const [first, last] = period(startOf(change));
    return last > dayOf(year, 1, 1) && first <= dayOf(year, 12, 31);
  });

const offsetsArb = fc.array(fc.integer({ min: 0, max: LAST - FIRST }), { minLength: 5, maxLength: 15 });
const params = { numRuns: RUNS, seed: SEED };

describe('views against a day-by-day reference (property-based)', () => {
  it('statusOn gives the status and its certainty of every probed day', () => {
    fc.assert(
      fc.property(scenarioArb, offsetsArb, ([changes, rows], offsets) => {
        const data = load(rows);
        const lines = timelines(changes);
        for (const day of probeDays(changes, offsets)) {
          for (const [iso3, line] of lines) {
            const expected = on(line, day);
            assert.deepEqual(data.statusOn(iso3, isoOf(day)), { status: expected.status, certain: expected.certain }, `${iso3} on ${isoOf(day)}`);
          }
        }
      }),
      params,
    );
  });

  it('rosterOn lists exactly the states holding a status on the day, with the event and date it began', () => {
    fc.assert(
      fc.property(scenarioArb, offsetsArb, ([changes, rows], offsets) => {
        const data = load(rows);
        const lines = timelines(changes);
        for (const day of probeDays(changes, offsets)) {
          const expected = [...lines]
            .filter(([, line]) => hasStatus(on(line, day).status))
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([iso3, line]) => {
              const { status, certain, by } = on(line, day);
              return { iso3, status, certain, since: startOf(by!), event_id: by!.event_id };
            });
          const actual = data.rosterOn(isoOf(day)).map(({ iso3, status, certain, since, event_id }) => ({ iso3, status, certain, since, event_id }));
          assert.deepEqual(actual, expected, isoOf(day));
        }
      }),
      params,
    );
  });

  it('spells partition each history from its first change on, and agree with every certain day', () => {
    fc.assert(
      fc.property(scenarioArb, offsetsArb, ([changes, rows], offsets) => {
        const data = load(rows);
        const lines = timelines(changes);
        const spells = data.spells();
        assert.equal(spells.length, changes.length, 'one spell per change');
        for (const [iso3, line] of lines) {
          const own = spells.filter((spell) => spell.iso3 === iso3);
          const inDateOrder = changes.filter((c) => c.iso3 === iso3).sort((a, b) => period(startOf(a))[0] - period(startOf(b))[0]);
          assert.deepEqual(
            own.map((s) => [s.status, s.start_date, s.start_event_id, s.until_date, s.end_event_id]),
            inDateOrder.map((c, i) => [c.status, startOf(c), c.event_id, inDateOrder[i + 1] ? startOf(inDateOrder[i + 1]!) : null, inDateOrder[i + 1]?.event_id ?? null]),
          );
          for (const day of probeDays(changes, offsets)) {
            const covering = own.filter((s) => period(s.start_date)[0] <= day && (s.until_date === null || day < period(s.until_date)[0]));
            const reference = on(line, day);
            if (day < period(own[0]!.start_date)[0]) {
              assert.equal(covering.length, 0, `${iso3} on ${isoOf(day)}: no spell before the first change`);
              assert.equal(reference.status, 'none');
            } else {
              assert.equal(covering.length, 1, `${iso3} on ${isoOf(day)}: exactly one spell`);
              if (reference.certain) assert.equal(covering[0]!.status, reference.status, `${iso3} on ${isoOf(day)}`);
            }
          }
        }
      }),
      params,
    );
  });

  it('countryYear, statusCountsByYear and dyadYear read each year on its reference day, with the crosswalk and flags', () => {
    const yearsArb = fc.tuple(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), fc.integer({ min: 0, max: 6 }));
    const untilArb = fc.option(fc.integer({ min: 0, max: 364 }), { nil: null });
    fc.assert(
      fc.property(scenarioArb, yearsArb, untilArb, ([changes, rows], [fromYear, span], untilOffset) => {
        const toYear = Math.min(LAST_YEAR, fromYear + span);
        const until = untilOffset === null ? undefined : isoOf(Math.min(dayOf(toYear, 1, 1) + untilOffset, dayOf(toYear, 12, 31)));
        const data = load(rows);
        const lines = timelines(changes);
        const referenceDay = (year: number) => (year === toYear && until !== undefined ? period(until)[0] : dayOf(year, 12, 31));
        const states = [...lines.keys()].sort();

        const panel = data.countryYear(fromYear, toYear, { until });
        const expectedPanel = states.flatMap((iso3) =>
          Array.from({ length: toYear - fromYear + 1 }, (_, i) => {
            const year = fromYear + i;
            const { status, certain } = on(lines.get(iso3)!, referenceDay(year));
            return {
              iso3,
              year,
              cow_code: STATES[iso3],
              reference_date: isoOf(referenceDay(year)),
              status,
              status_certain: certain,
              cow_igo_code: COW_IGO[status],
              partner: isPartner(status),
              changed_during_year: couldChangeIn(changes, iso3, year),
            };
          }),
        );
        assert.deepEqual(
          panel.map(({ iso3, year, cow_code, reference_date, status, status_certain, cow_igo_code, partner, changed_during_year }) => ({
            iso3,
            year,
            cow_code,
            reference_date,
            status,
            status_certain,
            cow_igo_code,
            partner,
            changed_during_year,
          })),
          expectedPanel,
        );

        const counts = data.statusCountsByYear(fromYear, toYear, { until });
        for (const [index, row] of counts.entries()) {
          const year = fromYear + index;
          const held = states.map((iso3) => on(lines.get(iso3)!, referenceDay(year)));
          assert.equal(row.year, year);
          for (const status of ['shanghai_five', 'member', 'accession_candidate', 'observer', 'dialogue_partner', 'sco_partner', 'withdrawn'] as const) {
            assert.equal(row[status], held.filter((h) => h.status === status).length, `${year} ${status}`);
          }
          assert.equal(
            row.status_certain,
            held.every((h) => h.certain),
            `${year} status_certain`,
          );
        }
        assert.equal(counts.length, toYear - fromYear + 1);

        const dyads = data.dyadYear(fromYear, toYear, { until });
        const byCode = [...states].sort((a, b) => STATES[a]! - STATES[b]!);
        const expectedDyads = byCode.flatMap((one, i) =>
          byCode.slice(i + 1).flatMap((two) =>
            Array.from({ length: toYear - fromYear + 1 }, (_, k) => {
              const year = fromYear + k;
              const a = on(lines.get(one)!, referenceDay(year));
              const b = on(lines.get(two)!, referenceDay(year));
              return {
                year,
                ccode1: STATES[one],
                ccode2: STATES[two],
                iso3_1: one,
                iso3_2: two,
                status1: a.status,
                status2: b.status,
                joint_member: a.status === 'member' && b.status === 'member',
                joint_any_status: hasStatus(a.status) && hasStatus(b.status),
                status_certain: a.certain && b.certain,
              };
            }),
          ),
        );
        assert.deepEqual(dyads, expectedDyads);
      }),
      params,
    );
  });

  it('the loader accepts every valid history in any row order, and the views do not depend on it', () => {
    fc.assert(
      fc.property(scenarioArb, ([changes, rows]) => {
        const inOrder = load(changes);
        const shuffled = load(rows);
        assert.deepEqual(shuffled.spells(), inOrder.spells());
        assert.deepEqual(shuffled.countryYear(FIRST_YEAR, LAST_YEAR), inOrder.countryYear(FIRST_YEAR, LAST_YEAR));
      }),
      { ...params, numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('the loader rejects a history whose previous_status does not follow the change before it, or repeats its status', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), ([changes, rows], which, wrong) => {
        const target = rows[which % rows.length]!;
        const inDateOrder = changes.filter((c) => c.iso3 === target.iso3).sort((a, b) => period(startOf(a))[0] - period(startOf(b))[0]);
        const before = inDateOrder[inDateOrder.indexOf(target) - 1];
        const truth: Held = before?.status ?? 'none';
        const choices = (['none', 'shanghai_five', 'member', 'accession_candidate', 'observer', 'dialogue_partner', 'sco_partner', 'withdrawn'] as const).filter((s) => s !== truth);
        const claimed = choices[wrong % choices.length]!;
        const broken = rows.map((c) => (c === target ? { ...c, previous_status: claimed } : c));
        const result = loadDataset({ ...BASE_FILES, 'status_events.csv': eventsCsv(broken) });
        assert.equal(result.ok, false);
        const messages = result.ok ? [] : result.problems.map(formatProblem);
        // A row whose status repeats its previous_status records no change: its own message.
        const expected = claimed === target.status ? `status "${claimed}" is the same as previous_status` : `previous_status is "${claimed}" but ${target.iso3} held "${truth}"`;
        assert.ok(
          messages.some((m) => m.includes(expected)),
          messages.join('\n'),
        );
      }),
      { ...params, numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

// The generated rows are StatusEvent rows: keep the two shapes from drifting apart.
const _shape: Array<keyof Change> = ['event_id', 'iso3', 'status', 'previous_status', 'decision_date', 'decision_precision', 'effective_date', 'effective_precision'] satisfies Array<
  keyof StatusEvent
>;
void _shape;
