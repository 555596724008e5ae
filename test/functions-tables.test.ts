import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReleaseInfo } from '../src/core';
import { FunctionError, type FunctionErrorKind } from '../src/functions/sco';
import { createTableFunctions, headersArgument, parseFilters } from '../src/functions/tables';
import { loadDataDir } from '../src/node/data-dir';
import { VALID_FIXTURE } from './helpers';

// Excel serials worked out by hand: 2005-01-01 is 38353, 2010-01-01 is 40179, 2017-01-01 is 42736.
const SERIAL_2005_07_05 = 38353 + 185;
const SERIAL_2010_01_01 = 40179;
const SERIAL_2017_06_08 = 42736 + 158;
const SERIAL_2017_06_09 = 42736 + 159;

const fails = (kind: FunctionErrorKind, pattern: RegExp) => (error: unknown) => error instanceof FunctionError && error.kind === kind && pattern.test(error.message);

describe('=SCO.TABLE and =SCO.HISTORY (spilled tables)', () => {
  const release = parseReleaseInfo(JSON.parse(readFileSync(join(VALID_FIXTURE, 'release.json'), 'utf8')), '0.1.0');
  const sco = createTableFunctions(loadDataDir(VALID_FIXTURE), release);

  // The status_events table's columns, as its template declares them (templates/status_events.ts).
  const EVENT_HEADERS = [
    'Event',
    'ISO3',
    'Country',
    'New status',
    'Previous status',
    'Decision date',
    'Decision date precision',
    'Decision day',
    'Effective date',
    'Effective date precision',
    'Effective day',
    'Summit',
    'Document',
    'Sources',
    'Confidence',
    'Note',
  ];

  it("SCO.HISTORY spills a state's status events, oldest first, under a header row by default", () => {
    // Pakistan's two rows of test/fixtures/valid/status_events.csv, copied by hand.
    const pakistan = [
      ['pak_1', 'PAK', 'Pakistan', 'observer', 'none', '2005-07-05', 'day', SERIAL_2005_07_05, '', '', '', 'chs_2005', '', 'wikipedia_sco', 'medium', ''],
      ['pak_2', 'PAK', 'Pakistan', 'member', 'observer', '2017-06-09', 'day', SERIAL_2017_06_09, '', '', '', 'chs_2017', '', 'tass_20170609;wikipedia_sco', 'high', ''],
    ];
    assert.deepEqual(sco.history('PAK'), [EVENT_HEADERS, ...pakistan]);
    assert.deepEqual(sco.history('Pakistan', 1), [EVENT_HEADERS, ...pakistan]);
    assert.deepEqual(sco.history(770, 0), pakistan);
    // Every row spills the same width: Excel needs a rectangle.
    assert.ok(sco.history('CHN').every((row) => row.length === EVENT_HEADERS.length));
    assert.deepEqual(
      sco.history('UZB', 0).map((row) => row[0]),
      ['uzb_1'],
    );
    assert.throws(() => sco.history('Atlantis'), fails('invalidValue', /"Atlantis" is not a state/));
    assert.throws(() => sco.history('PAK', 2), fails('invalidValue', /headers must be 0 \(no header row\) or 1/));
  });

  it('SCO.TABLE spills a table with its filters applied', () => {
    // The roster of 2010-01-01, observers only: India and Pakistan since 2005-07-05 (events ind_1, pak_1).
    assert.deepEqual(sco.table('roster', 'status=observer; asof=2010-01-01', 0), [
      ['IND', 'India', 'observer', '2005-07-05', 'day', SERIAL_2005_07_05, 'ind_1', true, SERIAL_2010_01_01],
      ['PAK', 'Pakistan', 'observer', '2005-07-05', 'day', SERIAL_2005_07_05, 'pak_1', true, SERIAL_2010_01_01],
    ]);
    const summits = sco.table('Summits', 'from=2017; series=sco_chs');
    assert.equal(summits.length, 2, 'a header row and the one summit of 2017 on');
    assert.deepEqual(summits[0]!.slice(0, 5), ['Summit', 'Series', 'No.', 'Held or planned', 'Start']);
    assert.deepEqual(summits[1]!.slice(0, 8), ['chs_2017', 'sco_chs', 17, 'held', '2017-06-08', 'day', SERIAL_2017_06_08, '2017-06-09']);
    // lang= sets both the names and the headers.
    const russian = sco.table('roster', 'status=observer; asof=2010-01-01; lang=ru');
    assert.equal(russian[0]![2], 'Статус');
    assert.equal(russian[1]![1], 'Индия');
    assert.throws(() => sco.table('roster', 'status=dialogue_partner; asof=2010-01-01'), fails('notAvailable', /no rows of roster match/));
  });

  it('SCO.TABLE refuses what it does not understand, saying how to write it', () => {
    assert.throws(() => sco.table('members'), fails('invalidValue', /"members" is not a table \(use one of: roster, /));
    assert.throws(() => sco.table('summits', 'from 2001'), fails('invalidValue', /"from 2001" is not a filter \(write key=value/));
    assert.throws(() => sco.table('summits', 'colour=red'), fails('invalidValue', /"colour" is not a filter/));
    assert.throws(() => sco.table('officials', 'status=member'), fails('invalidValue', /the table officials has no status filter/));
    assert.throws(() => sco.table('summits', 'from=2001; from=2005'), fails('invalidValue', /given twice/));
    assert.throws(() => sco.table('summits', 'from=95'), fails('invalidValue', /give a year from 1996 on/));
    assert.throws(() => sco.table('summits', 'from=2010; to=2005'), fails('invalidValue', /from=2010 is after to=2005/));
    assert.throws(() => sco.table('summits', 'series=g20'), fails('invalidValue', /"g20" is not a summit series/));
    assert.throws(() => sco.table('roster', 'asof=yesterday'), fails('invalidValue', /"yesterday" is not a date/));
    assert.throws(() => sco.table('roster', 'status=friend'), fails('invalidValue', /"friend" is not a status/));
    assert.throws(() => sco.table('roster', 'lang=fr'), fails('invalidValue', /"fr" is not a language/));
    assert.throws(() => sco.table('roster', 'status='), fails('invalidValue', /the filter status has no value/));
  });

  it('reads the filters and the headers argument as documented', () => {
    assert.deepEqual(parseFilters('summits', ' FROM=2001 ;series=sco_chs,shanghai_five; ;lang=ZH'), { lang: 'zh', fromYear: 2001, series: ['sco_chs', 'shanghai_five'] });
    assert.deepEqual(parseFilters('roster', 'status=Members, observers'), { lang: 'en', statuses: ['member', 'observer'] });
    assert.deepEqual(parseFilters('officials', ''), { lang: 'en' });
    assert.equal(headersArgument(undefined), true);
    assert.equal(headersArgument(null), true);
    assert.equal(headersArgument(1), true);
    assert.equal(headersArgument(0), false);
    assert.equal(headersArgument(false), false);
    assert.throws(() => headersArgument(-1), fails('invalidValue', /headers must be 0/));
  });
});
