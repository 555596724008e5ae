// ISO codes and names of a countries.csv row (src/core/countries.ts): the codes and default names
// come from i18n-iso-countries (its data, not ours: the expected values are its ISO 3166-1 entries),
// the row's own names override them, and an unknown code is refused.
import assert from 'node:assert/strict';
import { enrichCountry, isKnownIso3, type CountryRecord } from '../../src/core';

const record = (iso3: string, names: { name_en?: string; name_ru?: string; name_zh?: string } = {}): CountryRecord =>
  ({ iso3, cow_code: 705, cow_abbr: 'KZK', name_en: null, name_ru: null, name_zh: null, capital_en: 'Astana', ...names }) as unknown as CountryRecord;

describe('enrichCountry', () => {
  it('adds ISO alpha-2, numeric and the ISO names in English, Russian and Chinese, keeping the row', () => {
    assert.deepEqual(enrichCountry(record('KAZ')), {
      ...record('KAZ'),
      iso2: 'KZ',
      iso_numeric: '398',
      names: { en: 'Kazakhstan', ru: 'Казахстан', zh: '哈萨克斯坦' },
    });
    const russia = enrichCountry(record('RUS'));
    assert.deepEqual([russia.iso2, russia.iso_numeric, russia.names], ['RU', '643', { en: 'Russian Federation', ru: 'Российская Федерация', zh: '俄罗斯' }]);
  });

  it('takes each name from the row where the row gives one', () => {
    assert.deepEqual(enrichCountry(record('RUS', { name_en: 'Russia' })).names, { en: 'Russia', ru: 'Российская Федерация', zh: '俄罗斯' });
    assert.deepEqual(enrichCountry(record('RUS', { name_ru: 'Россия' })).names, { en: 'Russian Federation', ru: 'Россия', zh: '俄罗斯' });
    assert.deepEqual(enrichCountry(record('KAZ', { name_zh: '哈萨克' })).names, { en: 'Kazakhstan', ru: 'Казахстан', zh: '哈萨克' });
  });

  it('refuses a code ISO 3166-1 does not assign, or one not in capitals', () => {
    for (const iso3 of ['XKX', 'ZZZ', 'kaz']) {
      assert.throws(
        () => enrichCountry(record(iso3)),
        (error: unknown) => error instanceof RangeError && error.message === `${iso3} is not an ISO 3166-1 alpha-3 code known to i18n-iso-countries`,
      );
    }
  });
});

describe('isKnownIso3', () => {
  it('knows assigned alpha-3 codes in capitals only', () => {
    assert.equal(isKnownIso3('KAZ'), true);
    assert.equal(isKnownIso3('IRN'), true);
    assert.equal(isKnownIso3('XKX'), false);
    // i18n-iso-countries' isValid accepts lower case; the alpha-2 lookup does not.
    assert.equal(isKnownIso3('kaz'), false);
    assert.equal(isKnownIso3(''), false);
  });
});
