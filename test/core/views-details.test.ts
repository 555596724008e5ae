// The views' smaller promises, each pinned by a value worked out by hand from the data written here
// or in the fixture (test/fixtures/golden: rows out of order, effective dates after decisions,
// month and year precision). Written against the mutants `npm run mutate` found alive: a view
// that sorts, filters or copies a precision wrongly makes one of these fail.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createScoData, formatProblem, loadDataset, type Chairmanship, type Dataset, type Official, type Summit } from '../../src/core';
import { ROOT, VALID_FIXTURE, readCsvFiles } from '../helpers';

function dataset(fixture: string): Dataset {
  const result = loadDataset(readCsvFiles(fixture));
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return result.dataset;
}

const GOLDEN = join(ROOT, 'test', 'fixtures', 'golden');

describe('views: rosters and event lists on the golden fixture', () => {
  const data = createScoData(dataset(GOLDEN));

  it('rosterOn gives each status the precision of the date it took effect on, not of its decision', () => {
    // IRN: accession candidate decided 2003-03-05 (day), effective 2003-06 (month), certain from 30 June.
    // IND: SCO partner decided 2002-12 (month), no effective date. MNG: member effective 2003-02-01.
    // RUS: withdrawal effective 2003 (year): on 30 June 2003 it may already hold, so RUS is still a
    // member, uncertain.
    assert.deepEqual(data.rosterOn('2003-06-30'), [
      { iso3: 'CHN', status: 'member', since: '2001-06-15', since_precision: 'day', event_id: 'chn_2', certain: true },
      { iso3: 'IND', status: 'sco_partner', since: '2002-12', since_precision: 'month', event_id: 'ind_2', certain: true },
      { iso3: 'IRN', status: 'accession_candidate', since: '2003-06', since_precision: 'month', event_id: 'irn_2', certain: true },
      { iso3: 'MNG', status: 'member', since: '2003-02-01', since_precision: 'day', event_id: 'mng_3', certain: true },
      { iso3: 'RUS', status: 'member', since: '2001-06-15', since_precision: 'day', event_id: 'rus_2', certain: false },
    ]);
    // From 31 December 2003 Russia's withdrawal holds: a withdrawn state is on no roster.
    assert.deepEqual(
      data.rosterOn('2003-12-31').map((entry) => entry.iso3),
      ['CHN', 'IND', 'IRN', 'MNG'],
    );
    assert.deepEqual(data.rosterOn('1996-04-25'), []);
  });

  it('statusCountsByYear counts the states holding each status, and nothing for those holding none', () => {
    // 31 December 2003: CHN and MNG members, IRN accession candidate (from June), IND SCO partner,
    // RUS withdrawn (effective 2003, certain from its last day); TUR has no event and is not counted.
    // 31 December 2000: CHN and RUS Shanghai Five, MNG observer (2000-07); IND (effective 2001) and IRN (2001) none.
    assert.deepEqual(data.statusCountsByYear(2000, 2000), [
      { year: 2000, shanghai_five: 2, member: 0, accession_candidate: 0, observer: 1, dialogue_partner: 0, sco_partner: 0, withdrawn: 0, status_certain: true },
    ]);
    assert.deepEqual(data.statusCountsByYear(2003, 2003), [
      { year: 2003, shanghai_five: 0, member: 2, accession_candidate: 1, observer: 0, dialogue_partner: 0, sco_partner: 1, withdrawn: 1, status_certain: true },
    ]);
  });

  it('statusOn a state with no status event is none, and certain', () => {
    assert.deepEqual(data.statusOn('TUR', '2003-06-30'), { status: 'none', certain: true });
    assert.deepEqual(data.statusOn('XXX', '2003-06-30'), { status: 'none', certain: true });
  });

  it('statusEvents lists the events by state, then by the day they took effect', () => {
    assert.deepEqual(
      data.statusEvents().map((event) => event.event_id),
      ['chn_1', 'chn_2', 'ind_1', 'ind_2', 'irn_1', 'irn_2', 'mng_1', 'mng_2', 'mng_3', 'rus_1', 'rus_2', 'rus_3'],
    );
  });
});

describe('views: years before 1000', () => {
  it('countryYear reads year 999 on 0999-12-31 (four digits), where no state held a status', () => {
    const rows = createScoData(dataset(VALID_FIXTURE)).countryYear(999, 999);
    assert.ok(rows.length > 0);
    for (const row of rows) assert.deepEqual([row.reference_date, row.status, row.status_certain], ['0999-12-31', 'none', true]);
  });
});

describe('views: summits, officials and chairmanships, sorted and filtered', () => {
  const base = dataset(VALID_FIXTURE);
  const summit = (id: string) => base.summits.find((s) => s.summit_id === id)!;
  // Out of order, with a planned summit that has no date yet (its year is in its id) and one
  // whose id names no year.
  const planned: Summit = { ...summit('chs_2017'), summit_id: 'chs_2027', number: 27, status: 'planned', start_date: null, start_precision: null, end_date: null, end_precision: null };
  const undated: Summit = { ...planned, summit_id: 'chs_next', number: 28 };
  const official = (official_id: string, role: Official['role'], term_start: string): Official => ({ ...base.officials[0]!, official_id, role, term_start });
  const chair = (chairmanship_id: string, start_date: string): Chairmanship => ({ ...base.chairmanships[0]!, chairmanship_id, start_date });
  // Built afresh for each test: a view that sorted the dataset's own arrays in place would
  // otherwise hand the next test (or the next mutant) data already in order.
  const fresh = () =>
    createScoData({
      ...base,
      summits: [summit('chs_2017'), planned, summit('s5_1996'), summit('chs_2005'), summit('chs_2001')],
      officials: [
        official('sg_2022', 'secretary_general', '2022-01-01'),
        official('rats_2004', 'rats_director', '2004-06'),
        official('sg_2019', 'secretary_general', '2019-01'),
        official('es_2004', 'executive_secretary', '2004-01-15'),
      ],
      chairmanships: [chair('rus_2008', '2008-08-28'), chair('chn_2001', '2001-06-15'), chair('kaz_2016', '2016-06-24')],
    });
  const ids = (summits: Summit[]) => summits.map((s) => s.summit_id);

  it('summits run by date, undated ones last', () => {
    assert.deepEqual(ids(fresh().summits()), ['s5_1996', 'chs_2001', 'chs_2005', 'chs_2017', 'chs_2027']);
  });

  it('summits filter on the year of their date, or of their id while undated, both ends included', () => {
    assert.deepEqual(ids(fresh().summits({ toYear: 2005 })), ['s5_1996', 'chs_2001', 'chs_2005']);
    assert.deepEqual(ids(fresh().summits({ fromYear: 2001, toYear: 2001 })), ['chs_2001']);
    assert.deepEqual(ids(fresh().summits({ fromYear: 2027 })), ['chs_2027']);
    assert.deepEqual(ids(fresh().summits({ toYear: 2026 })), ['s5_1996', 'chs_2001', 'chs_2005', 'chs_2017']);
    assert.deepEqual(ids(fresh().summits({ series: ['sco_chs'], toYear: 2001 })), ['chs_2001']);
  });

  it('a summit with neither a date nor a year in its id is listed, and no year filter selects it', () => {
    const withUndated = createScoData({ ...base, summits: [undated, summit('chs_2001')] });
    assert.deepEqual(ids(withUndated.summits()), ['chs_2001', 'chs_next']);
    assert.deepEqual(ids(withUndated.summits({ fromYear: 1996 })), ['chs_2001']);
  });

  it('officials run by role, then by the start of their term; a role selects its holders', () => {
    assert.deepEqual(
      fresh()
        .officials()
        .map((o) => o.official_id),
      ['es_2004', 'rats_2004', 'sg_2019', 'sg_2022'],
    );
    assert.deepEqual(
      fresh()
        .officials('secretary_general')
        .map((o) => o.official_id),
      ['sg_2019', 'sg_2022'],
    );
    assert.deepEqual(
      fresh()
        .officials('executive_secretary')
        .map((o) => o.official_id),
      ['es_2004'],
    );
  });

  it('chairmanships run by their first day, and the dataset keeps its own order', () => {
    const data = fresh();
    assert.deepEqual(
      data.chairmanships().map((c) => c.chairmanship_id),
      ['chn_2001', 'rus_2008', 'kaz_2016'],
    );
    assert.deepEqual(
      data.dataset.chairmanships.map((c) => c.chairmanship_id),
      ['rus_2008', 'chn_2001', 'kaz_2016'],
    );
  });
});

describe('views: a change on the first or the last day of a year', () => {
  function withIndiaMemberFrom(effective: string) {
    const files = readCsvFiles(VALID_FIXTURE);
    files['status_events.csv'] = files['status_events.csv']!.replace('ind_2,IND,member,observer,2017-06-09,day,,,', `ind_2,IND,member,observer,2017-06-09,day,${effective},day,`);
    const result = loadDataset(files);
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    return createScoData(result.dataset);
  }
  const changed = (data: ReturnType<typeof createScoData>, from: number, to: number) =>
    data
      .countryYear(from, to)
      .filter((row) => row.iso3 === 'IND')
      .map((row) => [row.year, row.status, row.changed_during_year]);

  it("a change on 31 December changes that year, and that day is the year's status", () => {
    assert.deepEqual(changed(withIndiaMemberFrom('2017-12-31'), 2017, 2018), [
      [2017, 'member', true],
      [2018, 'member', false],
    ]);
  });

  it('a change on 1 January, known to the day, is no change during that year: the year begins with it', () => {
    assert.deepEqual(changed(withIndiaMemberFrom('2018-01-01'), 2017, 2018), [
      [2017, 'observer', false],
      [2018, 'member', false],
    ]);
  });
});
