import assert from 'node:assert/strict';
import { LookupError, STATUSES, dateArgument, findCountry, searchForm } from '../../src/core';
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
    assert.throws(() => findCountry(data, 'Atlantis'), (error: Error) => error instanceof LookupError && /"Atlantis" is not a state that ever held an SCO status/.test(error.message));
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
