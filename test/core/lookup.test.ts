import assert from 'node:assert/strict';
import { LookupError, STATUSES, dateArgument, findCountry, searchForm, statusArgument } from '../../src/core';
import { loadDataDir } from '../../src/node/data-dir';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, VALID_FIXTURE, fixtureCopy } from '../helpers';

describe('looking up what a person types', () => {
  const data = loadDataDir(VALID_FIXTURE);

  it('finds a country by any of its codes or names', () => {
    for (const query of ['IND', 'ind', 'IN', 750, '750', 'India', 'Индия', '印度', ' india ']) {
      assert.equal(findCountry(data, query).iso3, 'IND', String(query));
    }
    assert.equal(findCountry(data, 'KZK').iso3, 'KAZ', 'COW abbreviation');
    assert.equal(findCountry(data, 'Кыргызстан').iso3, 'KGZ', "the SCO's own Russian name");
  });

  it('compares names in a search form: ё and е, case and spacing do not matter', () => {
    // Expected forms written by hand: lower case, one plain space, е for ё.
    assert.equal(searchForm('  Объединённые   Арабские\u00a0ЭМИРАТЫ '), 'объединенные арабские эмираты');
    assert.equal(searchForm('ЁЛКА'), 'елка');
    assert.equal(searchForm('Объедин\u0435\u0308нные'), 'объединенные', 'ё typed as е plus a combining diaeresis');
    assert.equal(searchForm('阿拉伯联合酋长国'), '阿拉伯联合酋长国');
  });

  it('finds a state whatever ё or е the user types, whichever the data holds', () => {
    // The bundled data writes the UN form with е.
    const bundled = loadDataDir(DATA_DIR);
    for (const query of ['Объединенные Арабские Эмираты', 'Объединённые Арабские Эмираты', 'объединённые арабские эмираты', 'ОБЪЕДИНЁННЫЕ  АРАБСКИЕ ЭМИРАТЫ']) {
      assert.equal(findCountry(bundled, query).iso3, 'ARE', query);
    }
    // A data file that writes ё is found by a query with е as well.
    const dir = fixtureCopy();
    try {
      const file = join(dir, 'countries.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = lines.findIndex((line) => line.startsWith('CHN,'));
      const cells = lines[at]!.split(',');
      cells[6] = 'Китайская Народная Республика Ёлка';
      lines[at] = cells.join(',');
      writeFileSync(file, lines.join('\n'));
      const edited = loadDataDir(dir);
      assert.equal(findCountry(edited, 'китайская народная республика елка').iso3, 'CHN');
      assert.equal(findCountry(edited, 'Китайская Народная Республика Ёлка').iso3, 'CHN');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what it could not find', () => {
    assert.throws(
      () => findCountry(data, 'Atlantis'),
      (error: Error) => error instanceof LookupError && /"Atlantis" is not a state that ever held an SCO status/.test(error.message),
    );
  });

  it('reads dates as Excel serials or ISO text, not before the Shanghai Five', () => {
    assert.equal(dateArgument(45477), '2024-07-04');
    assert.equal(dateArgument(45477.75), '2024-07-04');
    assert.equal(dateArgument('2017-06-09'), '2017-06-09');
    assert.throws(() => dateArgument('9 June 2017'), /"9 June 2017" is not a date/);
    assert.throws(() => dateArgument('2017-02-30'), /is not a date/);
    assert.throws(() => dateArgument('1990-01-01'), /before the first meeting of the Shanghai Five/);
  });
});

describe('looking up what a person types: the edges', () => {
  const data = loadDataDir(VALID_FIXTURE);
  const lookupError = (pattern: RegExp) => (error: Error) => error instanceof LookupError && pattern.test(error.message);

  it('accepts the first day of the dataset and trims typed dates; refuses serials that are no day', () => {
    assert.equal(dateArgument('1996-04-26'), '1996-04-26');
    assert.equal(dateArgument(' 2017-06-09 '), '2017-06-09');
    assert.throws(() => dateArgument('1996-04-25'), lookupError(/^1996-04-25 is before the first meeting of the Shanghai Five \(1996-04-26\): the dataset begins there$/));
    assert.throws(() => dateArgument('2017-06'), lookupError(/^"2017-06" is not a date \(give a date cell, or text such as 2024-07-04\)$/));
    for (const serial of [0, 0.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => dateArgument(serial), lookupError(/is not a date \(give a date cell/), String(serial));
    }
    // Serial 61 is 1900-03-01 (after Excel's fictitious 1900-02-29): a day, but before the dataset begins.
    assert.throws(() => dateArgument(61), lookupError(/^1900-03-01 is before the first meeting/));
  });

  it('reads a status whatever its case, spacing, hyphens or plural', () => {
    for (const [typed, status] of [
      ['member', 'member'],
      ['Members', 'member'],
      [' dialogue  partner ', 'dialogue_partner'],
      ['SCO-partners', 'sco_partner'],
      ['accession candidate', 'accession_candidate'],
      ['shanghai_five', 'shanghai_five'],
    ] as const) {
      assert.equal(statusArgument(typed), status, typed);
    }
    assert.throws(
      () => statusArgument('partner'),
      lookupError(/^"partner" is not a status \(use one of: shanghai_five, member, accession_candidate, observer, dialogue_partner, sco_partner, withdrawn\)$/),
    );
    assert.throws(() => statusArgument('memberss'), lookupError(/"memberss" is not a status/));
  });

  it('reads digits as a COW number only, and a code only as a whole code', () => {
    assert.equal(findCountry(data, '710').iso3, 'CHN');
    assert.throws(() => findCountry(data, '999'), lookupError(/^"999" is not a state that ever held an SCO status \(use an ISO code such as IND or IN/));
    assert.throws(() => findCountry(data, 'IN D'), LookupError);
    assert.throws(() => findCountry(data, 'Indi'), LookupError);
    // Spaces around digits are trimmed before they are read as a COW number.
    assert.equal(findCountry(data, ' 750 ').iso3, 'IND');
  });

  it('reads a name with digits in it as a name, not as a COW number', () => {
    // A made-up state whose names begin or end with digits: only whole digit strings are COW numbers.
    const country = { iso3: 'ZZZ', iso2: 'ZZ', cow_abbr: 'ZZZ', cow_code: 51, names: { en: 'Zone 51', ru: '51 Зона', zh: '五十一区' } };
    const fake = { countries: () => [country] } as unknown as typeof data;
    assert.equal(findCountry(fake, 'zone 51').iso3, 'ZZZ');
    assert.equal(findCountry(fake, '51 зона').iso3, 'ZZZ');
    assert.equal(findCountry(fake, '51').iso3, 'ZZZ');
  });

  it('names the day of serial 1 (1900-01-01) when it refuses it as too early', () => {
    assert.throws(() => dateArgument(1), lookupError(/^1900-01-01 is before the first meeting of the Shanghai Five/));
  });

  it('reads a run of spaces and hyphens in a status as one underscore', () => {
    assert.equal(statusArgument('dialogue - partner'), 'dialogue_partner');
    assert.equal(statusArgument('SCO--partner'), 'sco_partner');
  });
});

describe('status counts by year (the membership timeline)', () => {
  const data = loadDataDir(DATA_DIR);

  it('counts, every year, exactly the statuses rosterOn gives on 31 December', () => {
    const counts = data.statusCountsByYear(1996, 2026);
    assert.equal(counts.length, 31);
    for (const row of counts) {
      const roster = data.rosterOn(`${row.year}-12-31`);
      for (const status of STATUSES) {
        if (status === 'withdrawn') continue;
        assert.equal(row[status], roster.filter((entry) => entry.status === status).length, `${row.year} ${status}`);
      }
    }
  });
});
