// The pane's stand-in for i18n-iso-countries answers as the package does for the bundled countries
// (the expected answers are the package's own), and knows nothing else.
import assert from 'node:assert/strict';
import isoCountries from 'i18n-iso-countries';
import { LANGUAGES } from '../../src/core';
import { isoCountriesFrom } from '../../src/addin/iso-countries-subset';
import { isoCountryTable } from '../../src/node/bundle-data';
import { loadDataDir } from '../../src/node/data-dir';
import { DATA_DIR } from '../helpers';

describe("the pane's ISO country subset", () => {
  const codes = loadDataDir(DATA_DIR).dataset.countries.map((country) => country.iso3);
  const subset = isoCountriesFrom(isoCountryTable(codes));

  it('answers like i18n-iso-countries for every country of the data', () => {
    assert.ok(codes.length >= 20);
    for (const iso3 of codes) {
      assert.equal(subset.alpha3ToAlpha2(iso3), isoCountries.alpha3ToAlpha2(iso3), iso3);
      assert.equal(subset.alpha3ToNumeric(iso3), isoCountries.alpha3ToNumeric(iso3), iso3);
      assert.equal(subset.isValid(iso3), true, iso3);
      for (const lang of LANGUAGES) assert.equal(subset.getName(iso3, lang, { select: 'official' }), isoCountries.getName(iso3, lang, { select: 'official' }), `${iso3} ${lang}`);
    }
  });

  it('knows no other country, and refuses a kind of name the core never asks', () => {
    assert.equal(isoCountries.alpha3ToAlpha2('FRA'), 'FR');
    assert.equal(subset.alpha3ToAlpha2('FRA'), undefined);
    assert.equal(subset.isValid('FRA'), false);
    assert.equal(subset.getName('FRA', 'en', { select: 'official' }), undefined);
    assert.equal(subset.alpha3ToAlpha2('toString'), undefined);
    assert.throws(() => subset.getName(codes[0]!, 'en', { select: 'alias' as 'official' }), /official names/);
  });
});
