// Stands in for i18n-iso-countries in the pane's build (webpack.config.js aliases the package to
// iso-countries-bundled.ts, which makes it from this): the same answers, for the bundled dataset's countries only, computed at build time
// from the package itself (src/node/bundle-data.ts). The pane thus ships 27 countries' codes and
// names instead of the package's ~250 in three languages, and src/core/countries.ts stays as the
// exporter and the validator run it. What the core never asks is not offered: a call outside it
// fails the build's type check or throws, rather than answering differently from the package.
import type { Language } from '../core';

export type IsoCountryTable = Record<string, { alpha2: string; numeric: string; official: Partial<Record<Language, string>> }>;

/** The part of i18n-iso-countries' API that src/core/countries.ts calls, answered from `table`. */
export function isoCountriesFrom(table: IsoCountryTable) {
  const known = (code: string) => (Object.hasOwn(table, code) ? table[code] : undefined);
  return {
    /** The locales are already in the table. */
    registerLocale(_locale: unknown): void {},
    alpha3ToAlpha2: (code: string): string | undefined => known(code)?.alpha2,
    alpha3ToNumeric: (code: string): string | undefined => known(code)?.numeric,
    getName(code: string, lang: string, options: { select: 'official' }): string | undefined {
      if (options?.select !== 'official') throw new RangeError('the pane knows only the official names of its countries');
      return known(code)?.official[lang as Language];
    },
    isValid: (code: string): boolean => known(code) !== undefined,
  };
}
