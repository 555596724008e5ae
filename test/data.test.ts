// The bundled dataset itself: coverage and consistency that no schema rule can express.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstDay, lastDay, parseReleaseInfo } from '../src/core';
import { loadDataDir } from '../src/node/data-dir';
import { DOCS_CHART, docsChartSvg } from '../src/exporter/update-docs';
import { DATA_DIR, ROOT } from './helpers';

describe('the bundled data', () => {
  const data = loadDataDir(DATA_DIR);
  const release = parseReleaseInfo(JSON.parse(readFileSync(join(DATA_DIR, 'release.json'), 'utf8')), '0.0.0');

  it('has one summit of heads of state every year from 1996 to the latest held', () => {
    const held = data.summits().filter((summit) => summit.status === 'held');
    const years = held.map((summit) => Number(summit.start_date!.slice(0, 4)));
    const latest = Math.max(...years);
    for (let year = 1996; year <= latest; year++) {
      const that = held.filter((summit) => summit.start_date!.startsWith(String(year)));
      assert.equal(that.length, 1, `${year}: ${that.length} summits`);
      const summit = that[0]!;
      // The Shanghai Five met five times (1996-2000); the SCO Council numbers its meetings from 2001.
      assert.equal(summit.series, year <= 2000 ? 'shanghai_five' : 'sco_chs', `${year}`);
      assert.equal(summit.number, year <= 2000 ? year - 1995 : year - 2000, `${year}`);
    }
    assert.ok(lastDay(held.at(-1)!.end_date!) <= firstDay(release.data_as_of), 'a held summit after the date the data holds for');
  });

  it('lists in the panels only states with a status event, not those that only applied or came as guests', () => {
    // ISR, SYR, UKR applied; IDN, MYS, TKM, VNM attended as guests: none has a status event (H6's report).
    const outsiders = ['IDN', 'ISR', 'MYS', 'SYR', 'TKM', 'UKR', 'VNM'];
    for (const iso3 of outsiders) assert.ok(data.country(iso3), `${iso3} is in countries.csv`);
    const panel = new Set(data.countryYear(1996, 2025).map((row) => row.iso3));
    const dyads = data.dyadYear(2024, 2025);
    for (const iso3 of outsiders) {
      assert.ok(!panel.has(iso3), `${iso3} in country_year`);
      assert.ok(!dyads.some((row) => row.iso3_1 === iso3 || row.iso3_2 === iso3), `${iso3} in dyad_year`);
    }
    assert.equal(panel.size, 27);
  });

  it('gives every state a history that ends in its current status (states only applying or attending as guests have none)', () => {
    const roster = new Map(data.rosterOn(release.data_as_of).map((entry) => [entry.iso3, entry.status]));
    const named = new Set([...data.dataset.applications.map((row) => row.iso3), ...data.dataset.summitAttendance.filter((row) => row.role === 'guest').map((row) => row.participant_id)]);
    for (const country of data.countries()) {
      const history = data.spells().filter((spell) => spell.iso3 === country.iso3);
      if (history.length === 0 && named.has(country.iso3)) continue;
      assert.ok(history.length > 0, `${country.iso3} has no status event`);
      const current = history.at(-1)!;
      assert.equal(current.until_date, null);
      if (current.status !== 'withdrawn') assert.equal(roster.get(country.iso3), current.status, country.iso3);
    }
  });

  it('moved every observer and dialogue partner into the SCO partner category at Tianjin', () => {
    const before = data.rosterOn('2025-08-31').filter((entry) => entry.status === 'observer' || entry.status === 'dialogue_partner');
    assert.ok(before.length > 0);
    for (const entry of before) assert.equal(data.statusOn(entry.iso3, '2025-09-01').status, 'sco_partner', entry.iso3);
  });

  it('never has two people in one post at once', () => {
    for (const role of ['executive_secretary', 'secretary_general', 'rats_director'] as const) {
      const terms = data.officials(role);
      terms.forEach((term, index) => {
        const next = terms[index + 1];
        if (!next) return;
        assert.ok(term.term_end !== null, `${term.official_id} has no end but ${next.official_id} follows`);
        assert.ok(firstDay(term.term_end) <= lastDay(next.term_start), `${term.official_id} overlaps ${next.official_id}`);
      });
    }
    const heads = [...data.officials('executive_secretary'), ...data.officials('secretary_general')];
    assert.equal(heads.filter((o) => o.term_end === null).length, 1, 'one head of the Secretariat in office');
  });

  it('matches the current counts the README states, for the date it names', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const stated = readme.match(/On (\d{4}-\d{2}-\d{2}) the SCO has \*\*(\d+) member states\*\* and \*\*(\d+) SCO partners\*\*/);
    assert.ok(stated, 'the README states no current counts');
    const [, date, members, partners] = stated;
    assert.equal(date, release.data_as_of);
    const roster = data.rosterOn(date!);
    assert.equal(roster.filter((entry) => entry.status === 'member').length, Number(members));
    assert.equal(roster.filter((entry) => entry.status === 'sco_partner').length, Number(partners));
    // The members the README names, in its words (the list wraps over lines).
    const listed = readme
      .match(/^- Members: ([^.]+)\./m)?.[1]
      ?.split(/,\s*/)
      .map((name) => name.replace(/\s+/g, ' ').trim());
    const held = roster
      .filter((entry) => entry.status === 'member')
      .map((entry) => data.country(entry.iso3)!.names.en)
      .sort();
    assert.deepEqual(listed, held);
  });
});

describe('the README chart', () => {
  it('is the chart the exporter draws from the bundled data now (run `npm run docs` after changing data/)', () => {
    assert.equal(readFileSync(DOCS_CHART, 'utf8'), docsChartSvg());
  });
});
