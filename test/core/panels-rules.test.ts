// The panel codings of src/core/panels.ts on hand-made spells and events (test/core/panels.test.ts
// checks them on the bundled data): COW IGO v3's code per state-year, the reason the two codings
// differ, the status on a day under the partial-date rule, and the "any day" rule. Expected values
// worked out by hand from the definitions in panels.ts and the README's partial-date rule.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { concordanceReason, cowV3Code, dayToIso, isoToDay, memberOnAnyDay, statusOnDay, timedEvents, type Spell, type StatusEvent } from '../../src/core';
import { dayEvent } from '../helpers';

const spell = (status: Spell['status'], start_date: string, until_date: string | null = null): Spell => ({
  iso3: 'XXX',
  status,
  start_date,
  start_precision: start_date.length === 10 ? 'day' : start_date.length === 7 ? 'month' : 'year',
  until_date,
  until_precision: until_date === null ? null : 'day',
  start_event_id: 'e1',
  end_event_id: until_date === null ? null : 'e2',
});

/** An event decided on `decision_date` (a day, month or year), in effect from `effective_date` where given. */
const event = (status: StatusEvent['status'], decision_date: string, effective_date: string | null = null): StatusEvent => ({
  ...dayEvent({ event_id: `x_${status}_${decision_date}`, iso3: 'XXX', status, previous_status: 'none', decision_date }),
  decision_precision: decision_date.length === 10 ? 'day' : decision_date.length === 7 ? 'month' : 'year',
  effective_date,
  effective_precision: effective_date === null ? null : 'day',
});

describe('cowV3Code: COW IGO v3’s SCO code for a state-year', () => {
  it('is -1 before 1996, when the SCO (as the Shanghai Five) did not exist yet; 0 from 1996 without membership', () => {
    assert.equal(cowV3Code([spell('member', '1990-01-01')], 1995), -1);
    assert.equal(cowV3Code([], 1995), -1);
    assert.equal(cowV3Code([], 1996), 0);
    assert.equal(cowV3Code([spell('shanghai_five', '1996-04-26')], 1996), 1);
  });

  it('is 1 for a year in which the state was a Shanghai Five participant or member on some day, 0 for other statuses', () => {
    const india = [spell('observer', '2005-07-05', '2015-07-10'), spell('accession_candidate', '2015-07-10', '2017-06-09'), spell('member', '2017-06-09')];
    assert.deepEqual(
      [2005, 2014, 2015, 2016, 2017, 2018].map((year) => cowV3Code(india, year)),
      [0, 0, 0, 0, 1, 1],
    );
    // A member whose next status began on 1 January 2005: member on no day of 2005.
    const left = [spell('member', '2001-06-15', '2005-01-01'), spell('withdrawn', '2005-01-01')];
    assert.deepEqual(
      [2001, 2004, 2005].map((year) => cowV3Code(left, year)),
      [1, 1, 0],
    );
    // Until 2 January 2005: member on 1 January.
    assert.equal(cowV3Code([spell('member', '2001-06-15', '2005-01-02')], 2005), 1);
  });

  it('counts a membership known only to its month or year from that period’s last day', () => {
    assert.equal(cowV3Code([spell('member', '2017')], 2017), 1);
    assert.equal(cowV3Code([spell('member', '2017-12')], 2017), 1);
    assert.equal(cowV3Code([spell('member', '2017')], 2016), 0);
  });

  it('reads the year only up to the day the data holds for', () => {
    const joined = [spell('member', '2024-12-01')];
    assert.equal(cowV3Code(joined, 2024), 1);
    assert.equal(cowV3Code(joined, 2024, '2024-11-22'), 0);
    assert.equal(cowV3Code(joined, 2024, '2024-12-01'), 1);
  });
});

describe('concordanceReason: why the dataset’s code and COW v3’s differ', () => {
  it('is null where they agree', () => {
    assert.equal(concordanceReason('member', 1, 1), null);
    assert.equal(concordanceReason('none', 0, 0), null);
  });

  it('names each documented reason', () => {
    assert.equal(concordanceReason('none', 0, -1), 'before_sco');
    assert.equal(concordanceReason('shanghai_five', 0, 1), 'shanghai_five_as_membership');
    assert.equal(concordanceReason('observer', 3, 0), 'observer_not_coded');
    assert.equal(concordanceReason('accession_candidate', 3, 0), 'observer_not_coded');
    // A member from June: the reference day (31 December) says so, but a candidate on 1 January...
    assert.equal(concordanceReason('accession_candidate', 3, 1), 'membership_during_year');
    assert.equal(concordanceReason('withdrawn', 0, 1), 'membership_during_year');
  });

  it('refuses a disagreement no reason explains', () => {
    assert.throws(() => concordanceReason('member', 1, 0), /^Error: no reason known for status member: own code 1, COW v3 0$/);
    assert.throws(() => concordanceReason('observer', 2, 0), /^Error: no reason known for status observer: own code 2, COW v3 0$/);
    // The Shanghai Five reason is COW's 1 for those years, not any disagreement about a Shanghai Five year.
    assert.throws(() => concordanceReason('shanghai_five', 1, 0), /^Error: no reason known for status shanghai_five: own code 1, COW v3 0$/);
  });
});

describe('statusOnDay under the partial-date rule', () => {
  const day = (iso: string) => isoToDay(iso);

  it('reports the previous status, uncertain, inside the period of a later status known only to its month', () => {
    const events = [event('observer', '2012-06-07'), event('member', '2015-07')];
    assert.deepEqual(statusOnDay(events, day('2015-06-30')), { status: 'observer', certain: true, pending: [] });
    assert.deepEqual(statusOnDay(events, day('2015-07-01')), { status: 'observer', certain: false, pending: ['member'] });
    assert.deepEqual(statusOnDay(events, day('2015-07-30')), { status: 'observer', certain: false, pending: ['member'] });
    assert.deepEqual(statusOnDay(events, day('2015-07-31')), { status: 'member', certain: true, pending: [] });
    assert.deepEqual(statusOnDay(events, day('2012-06-06')), { status: 'none', certain: true, pending: [] });
  });

  it('of two statuses beginning the same day, applies the one certain sooner first (a year-dated one stays pending)', () => {
    const yearDated = event('dialogue_partner', '2010');
    const dayDated = event('observer', '2010-01-01');
    const expected = { status: 'observer', certain: false, pending: ['dialogue_partner'] };
    assert.deepEqual(statusOnDay([yearDated, dayDated], day('2010-06-01')), expected);
    assert.deepEqual(statusOnDay([dayDated, yearDated], day('2010-06-01')), expected);
    assert.deepEqual(statusOnDay([yearDated, dayDated], day('2010-12-31')), { status: 'dialogue_partner', certain: true, pending: [] });
  });

  it('reads the effective date by default, the decision date with the decision clock', () => {
    const events = [event('dialogue_partner', '2022-09-16', '2023-05-05')];
    assert.equal(statusOnDay(events, day('2023-01-01')).status, 'none');
    assert.equal(statusOnDay(events, day('2023-01-01'), 'decision').status, 'dialogue_partner');
    assert.equal(statusOnDay(events, day('2023-05-05')).status, 'dialogue_partner');
  });
});

describe('memberOnAnyDay: a full member on some day of a span', () => {
  const from = isoToDay('2020-05-01');
  const to = isoToDay('2020-05-15');

  it('is true and certain when some day is certainly a member day', () => {
    assert.deepEqual(memberOnAnyDay([event('member', '2020-05-15')], from, to), { value: true, certain: true });
    assert.deepEqual(memberOnAnyDay([event('member', '2001-06-15')], from, to), { value: true, certain: true });
  });

  it('is false and certain when no day is a member day and none could be', () => {
    assert.deepEqual(memberOnAnyDay([event('member', '2020-05-16')], from, to), { value: false, certain: true });
    assert.deepEqual(memberOnAnyDay([event('observer', '2020-05')], from, to), { value: false, certain: true });
    assert.deepEqual(memberOnAnyDay([], from, to), { value: false, certain: true });
  });

  it('is false but uncertain when a membership known only to its month may already have begun', () => {
    assert.deepEqual(memberOnAnyDay([event('observer', '2010-01-01'), event('member', '2020-05')], from, to), { value: false, certain: false });
  });

  it('is true but uncertain when the member days reported may already be a later status', () => {
    assert.deepEqual(memberOnAnyDay([event('member', '2001-06-15'), event('withdrawn', '2020-05')], from, to), { value: true, certain: false });
  });

  it('sees a membership whose month begins inside the span, and the day it becomes certain there', () => {
    const april = isoToDay('2020-04-15');
    const june = isoToDay('2020-06-15');
    // Its month begins on 1 May (the span began as an observer): possible, not reported.
    assert.deepEqual(memberOnAnyDay([event('observer', '2010-01-01'), event('member', '2020-05')], april, isoToDay('2020-05-20')), { value: false, certain: false });
    // Certain from 31 May, inside the span, though its month began before the span did.
    assert.deepEqual(memberOnAnyDay([event('observer', '2010-01-01'), event('member', '2020-05')], isoToDay('2020-05-10'), june), { value: true, certain: true });
    // A membership from a day inside the span, after its first day.
    assert.deepEqual(memberOnAnyDay([event('observer', '2010-01-01'), event('member', '2020-05-05')], april, june), { value: true, certain: true });
  });

  it('is false and certain for an empty span (its last day before its first)', () => {
    assert.deepEqual(memberOnAnyDay([event('member', '2001-06-15')], to, from), { value: false, certain: true });
  });

  it('agrees with asking every day of the span (property-based)', () => {
    const statuses = ['observer', 'member', 'withdrawn', 'dialogue_partner'] as const;
    const date = fc.oneof(
      fc.integer({ min: 2019, max: 2021 }).map(String),
      fc.record({ year: fc.integer({ min: 2019, max: 2021 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`),
      fc.integer({ min: isoToDay('2019-01-01'), max: isoToDay('2021-12-31') }).map(dayToIso),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ status: fc.constantFrom(...statuses), date }), { maxLength: 4 }),
        fc.integer({ min: isoToDay('2019-06-01'), max: isoToDay('2021-06-30') }),
        fc.integer({ min: -5, max: 400 }),
        (drawn, first, length) => {
          const events = drawn.map(({ status, date: decided }) => event(status, decided));
          const last = first + length;
          let reported = false;
          let possible = false;
          let certainMember = false;
          for (let day = first; day <= last; day++) {
            const { status, certain, pending } = statusOnDay(events, day);
            if (status === 'member' && certain) certainMember = true;
            if (status === 'member') reported = true;
            if (pending.includes('member')) possible = true;
          }
          const expected = certainMember ? { value: true, certain: true } : { value: reported, certain: !reported && !possible };
          assert.deepEqual(memberOnAnyDay(events, first, last), expected);
        },
      ),
      { seed: 20261202, numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});

describe('statusOnDay on a list that shrinks or is refilled', () => {
  const on = isoToDay('2020-01-01');

  it('answers from what the list holds now, after a pop', () => {
    const events = [event('observer', '2012-06-07'), event('member', '2017-06-09')];
    assert.equal(statusOnDay(events, on).status, 'member');
    events.pop();
    assert.equal(statusOnDay(events, on).status, 'observer');
    events.length = 0;
    assert.deepEqual(statusOnDay(events, on), { status: 'none', certain: true, pending: [] });
  });

  it('answers from what the list holds now, after its events are swapped', () => {
    const events = [event('observer', '2012-06-07'), event('member', '2021-06-09')];
    assert.equal(statusOnDay(events, on).status, 'observer');
    events.reverse();
    assert.equal(statusOnDay(events, on).status, 'observer');
    events[1] = event('dialogue_partner', '2013-01-01');
    assert.equal(statusOnDay(events, on).status, 'dialogue_partner');
  });
});

describe('timedEvents: a state’s events in time order, kept while the list is unchanged', () => {
  it('orders by first possible day, then by the day each is certain from, on either clock', () => {
    const events = [event('member', '2017-06-09'), event('observer', '2005'), event('dialogue_partner', '2005-01-01', '2006-03-01')];
    assert.deepEqual(timedEvents(events, 'effective'), [
      { status: 'observer', start: isoToDay('2005-01-01'), certainFrom: isoToDay('2005-12-31') },
      { status: 'dialogue_partner', start: isoToDay('2006-03-01'), certainFrom: isoToDay('2006-03-01') },
      { status: 'member', start: isoToDay('2017-06-09'), certainFrom: isoToDay('2017-06-09') },
    ]);
    assert.deepEqual(
      timedEvents(events, 'decision').map((timed) => timed.status),
      ['dialogue_partner', 'observer', 'member'],
    );
  });

  it('gives the kept array again while each place holds an event of the same status and date, a new one after a change', () => {
    const events = [event('observer', '2012-06-07'), event('member', '2017-06-09')];
    const kept = timedEvents(events, 'effective');
    assert.equal(timedEvents(events, 'effective'), kept);
    // Another object with the same status and date changes nothing.
    events[0] = event('observer', '2012-06-07');
    assert.equal(timedEvents(events, 'effective'), kept);
    events[0] = event('observer', '2012-06-08');
    const changed = timedEvents(events, 'effective');
    assert.notEqual(changed, kept);
    assert.equal(changed[0]!.start, isoToDay('2012-06-08'));
    assert.equal(timedEvents(events, 'effective'), changed);
  });
});
