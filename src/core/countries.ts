// Country codes and names: ISO codes and default names come from i18n-iso-countries; the data's
// countries.csv adds what the package lacks (COW codes, capitals) and overrides names where the
// SCO's own usage differs.
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import type { CountryRecord } from './schema';
import type { Language } from './vocab';

for (const locale of [en, ru, zh]) isoCountries.registerLocale(locale);

export interface Country extends CountryRecord {
  iso2: string;
  iso_numeric: string;
  names: Record<Language, string>;
}

/** Adds ISO alpha-2, numeric and names in every language to a countries.csv row. */
export function enrichCountry(record: CountryRecord): Country {
  const iso2 = isoCountries.alpha3ToAlpha2(record.iso3);
  const isoNumeric = isoCountries.alpha3ToNumeric(record.iso3);
  // Stryker disable next-line LogicalOperator: equivalent, both codes come from one row of the package's table (alpha-2, alpha-3, numeric), so for every alpha-3 code both or neither exist (checked over its 250 codes)
  if (!iso2 || !isoNumeric) {
    throw new RangeError(`${record.iso3} is not an ISO 3166-1 alpha-3 code known to i18n-iso-countries`);
  }
  // The official name, e.g. "Russian Federation". `select` is the package's default, but said: the
  // pane's subset of the package (src/addin/iso-countries-subset.ts) holds only the official names
  // and refuses a call that does not ask for them (test/browser/taskpane.test.ts fails without it).
  const name = (lang: Language, override: string | null) => override ?? isoCountries.getName(record.iso3, lang, { select: 'official' }) ?? record.iso3;
  return {
    ...record,
    iso2,
    iso_numeric: isoNumeric,
    names: { en: name('en', record.name_en), ru: name('ru', record.name_ru), zh: name('zh', record.name_zh) },
  };
}

/** True when i18n-iso-countries knows the alpha-3 code (the validator's check). */
export function isKnownIso3(iso3: string): boolean {
  return isoCountries.isValid(iso3) && isoCountries.alpha3ToAlpha2(iso3) !== undefined;
}
