// What webpack bundles with the task pane: the dataset already validated (by the same code as
// `npm run validate`), the release metadata already parsed, and the ISO facts of the dataset's
// countries, as JSON. A build of invalid data fails here with every problem, and the pane starts
// from checked facts: it ships no CSV reader, no validator, no zod and no country-code package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { formatProblem, LANGUAGES, loadDataset, parseReleaseInfo, type Dataset, type Language, type ReleaseInfo } from '../core';
import { readDataFiles } from './data-dir';

/** A dataset's tables, some of them (the pane's first screen, its provenance chunk). */
type Tables = Partial<Dataset>;

/** What src/addin/iso-countries-subset.ts answers i18n-iso-countries' calls from (its IsoCountryTable). */
export type IsoCountryTable = Record<string, { alpha2: string; numeric: string; official: Partial<Record<Language, string>> }>;

export interface DataBundle {
  /** Inlined in the pane's first-screen script. */
  firstScreen: { dataset: Tables; release: ReleaseInfo };
  /** The chunk the pane loads later (src/addin/bundled-provenance.ts). */
  provenance: Tables;
  /** What the pane's stand-in for i18n-iso-countries answers. */
  isoCountries: IsoCountryTable;
}

/** `provenanceTables`: the tables the pane keeps out of its first screen (src/addin/bundled-data.ts says which). */
export function dataBundle(dataDir: string, version: string, provenanceTables: readonly (keyof Dataset)[]): DataBundle {
  const result = loadDataset(readDataFiles(dataDir), `${dataDir}/`);
  if (!result.ok) throw new Error(`the data to bundle is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  const release = parseReleaseInfo(JSON.parse(readFileSync(join(dataDir, 'release.json'), 'utf8')), version);
  const dataset: Tables = { ...result.dataset };
  const provenance: Tables = {};
  for (const table of provenanceTables) {
    Object.assign(provenance, { [table]: dataset[table] });
    delete dataset[table];
  }
  return {
    firstScreen: { dataset, release },
    provenance,
    isoCountries: isoCountryTable(result.dataset.countries.map((country) => country.iso3)),
  };
}

/** i18n-iso-countries' answers for the given alpha-3 codes (the core's countries.ts asks these only). */
export function isoCountryTable(iso3s: readonly string[]): IsoCountryTable {
  // Registered by src/core/countries.ts, which loadDataset has already imported.
  const table: IsoCountryTable = {};
  for (const iso3 of [...iso3s].sort()) {
    const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
    const numeric = isoCountries.alpha3ToNumeric(iso3);
    if (alpha2 === undefined || numeric === undefined) continue; // the validator has refused it already
    const official = Object.fromEntries(LANGUAGES.map((lang) => [lang, isoCountries.getName(iso3, lang, { select: 'official' })]));
    table[iso3] = { alpha2, numeric, official };
  }
  return table;
}
