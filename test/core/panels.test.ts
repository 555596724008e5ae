// The panel rules (src/core/panels.ts) on the bundled data, against facts written here by hand
// from data/status_events.csv: last day (default), first day, any day, decision date, and the
// monthly panel, each under the partial-date rule.
import assert from 'node:assert/strict';
import { createScoData, isoToDay, loadDataset, statusOnDay, tableData, type Row, type StatusEvent } from '../../src/core';
import { DATA_DIR, dayEvent, readCsvFiles } from '../helpers';

describe('panel rules', () => {
  // Read once, but the panels are built in each test (not as the file loads), so that the mutation
  // run (docs/mutation.md) sees which test reaches which line of src/core/panels.ts.
  const files = readCsvFiles(DATA_DIR);
  let years: Row[];
  let months: Row[];
  beforeEach(() => {
    const loaded = loadDataset(files);
    assert.ok(loaded.ok);
    const data = createScoData(loaded.dataset);
    years = tableData(data, 'country_year', { toYear: 2026, until: '2026-11-22' }).rows;
    months = tableData(data, 'country_month', { toYear: 2026, until: '2026-11-22' }).rows;
  });
  const year = (iso3: string, y: number) => years.find((row) => row.iso3 === iso3 && row.year === y)!;
  const month = (iso3: string, y: number, m: number) => months.find((row) => row.iso3 === iso3 && row.year === y && row.month === m)!;
  const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));
  const RULES = ['status', 'status_first_day', 'member_any_day', 'status_by_decision'];

  it('India 2017 (member from 9 June): candidate on 1 January, member on 31 December and on some day', () => {
    assert.deepEqual(pick(year('IND', 2017), RULES), { status: 'member', status_first_day: 'accession_candidate', member_any_day: true, status_by_decision: 'member' });
    assert.deepEqual(pick(year('IND', 2016), RULES), { status: 'accession_candidate', status_first_day: 'accession_candidate', member_any_day: false, status_by_decision: 'accession_candidate' });
  });

  it('the decision-date variant: the UAE, decided 16 September 2022, in effect from 5 May 2023', () => {
    assert.deepEqual(pick(year('ARE', 2022), RULES), { status: 'none', status_first_day: 'none', member_any_day: false, status_by_decision: 'dialogue_partner' });
    assert.deepEqual(pick(year('ARE', 2023), RULES), { status: 'dialogue_partner', status_first_day: 'none', member_any_day: false, status_by_decision: 'dialogue_partner' });
  });

  it('the partial-date rule: Sri Lanka, in effect from "2010-05", counts from 31 May 2010', () => {
    assert.deepEqual(pick(month('LKA', 2010, 4), ['reference_date', 'status']), { reference_date: '2010-04-30', status: 'none' });
    assert.deepEqual(pick(month('LKA', 2010, 5), ['reference_date', 'status']), { reference_date: '2010-05-31', status: 'dialogue_partner' });
    assert.equal(year('LKA', 2009).status_by_decision, 'dialogue_partner');
    assert.equal(year('LKA', 2009).status, 'none');
  });

  it('country_month: one row per state and month, 1996-01 to the month the data holds for, its last day capped there', () => {
    const states = new Set(months.map((row) => row.iso3));
    // 1996-2025: 30 years of 12 months, plus January to November 2026.
    assert.equal(months.length, states.size * (30 * 12 + 11));
    assert.deepEqual(pick(month('IRN', 2026, 11), ['reference_date', 'status', 'cow_igo_code']), { reference_date: '2026-11-22', status: 'member', cow_igo_code: 1 });
    assert.deepEqual(pick(month('BLR', 2024, 6), ['status', 'cow_igo_code']), { status: 'accession_candidate', cow_igo_code: 3 });
    assert.deepEqual(pick(month('BLR', 2024, 7), ['status', 'cow_igo_code']), { status: 'member', cow_igo_code: 1 });
  });
});

describe('statusOnDay on a list its caller changes (src/core/panels.ts keeps each list sorted)', () => {
  // A hand-made state: observer from 7 June 2012 (day precision).
  const event = (status: StatusEvent['status'], decision_date: string) => dayEvent({ event_id: `x_${status}`, iso3: 'XXX', status, previous_status: 'none', decision_date });
  const day = isoToDay('2020-01-01');

  it('answers from what the list holds now, after a push', () => {
    const events: StatusEvent[] = [event('observer', '2012-06-07')];
    assert.equal(statusOnDay(events, day).status, 'observer');
    events.push(event('member', '2017-06-09'));
    assert.equal(statusOnDay(events, day).status, 'member');
  });

  it('answers from what the list holds now, after an event is edited in place', () => {
    const events: StatusEvent[] = [event('observer', '2012-06-07')];
    assert.equal(statusOnDay(events, day).status, 'observer');
    (events[0] as { decision_date: string }).decision_date = '2021-06-07';
    assert.equal(statusOnDay(events, day).status, 'none');
    (events[0] as { status: string }).status = 'dialogue_partner';
    assert.equal(statusOnDay(events, isoToDay('2022-01-01')).status, 'dialogue_partner');
  });
});
