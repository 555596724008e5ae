// What webpack bundles with the task pane: the dataset already validated (by the same code as
// `npm run validate`), the release metadata already parsed, and the ISO facts of the dataset's
// countries, as JSON. A build of invalid data fails here with every problem, and the pane starts
// from checked facts: it ships no CSV reader, no validator, no zod and no country-code package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { formatProblem, LANGUAGES, loadDataset, parseReleaseInfo, type ReleaseInfo } from '../core';
import { PROVENANCE_TABLES, type FirstScreenDataset } from '../addin/bundled-data';
import type { Provenance } from '../addin/bundled-provenance';
import type { IsoCountryTable } from '../addin/iso-countries-subset';
import { readDataFiles } from './data-dir';

export interface DataBundle {
  /** Inlined in the pane's first-screen script. */
  firstScreen: { dataset: FirstScreenDataset; release: ReleaseInfo };
  /** The lazily loaded chunk. */
  provenance: Provenance;
  /** What the pane's stand-in for i18n-iso-countries answers (src/addin/iso-countries-subset.ts). */
  isoCountries: IsoCountryTable;
}

export function dataBundle(dataDir: string, version: string): DataBundle {
  const result = loadDataset(readDataFiles(dataDir), `${dataDir}/`);
  if (!result.ok) throw new Error(`the data to bundle is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  const release = parseReleaseInfo(JSON.parse(readFileSync(join(dataDir, 'release.json'), 'utf8')), version);
  const dataset: Record<string, unknown> = { ...result.dataset };
  const provenance: Record<string, unknown> = {};
  for (const table of PROVENANCE_TABLES) {
    provenance[table] = dataset[table];
    delete dataset[table];
  }
  return {
    firstScreen: { dataset: dataset as unknown as FirstScreenDataset, release },
    provenance: provenance as unknown as Provenance,
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
    table[iso3] = { alpha2, numeric, official } as IsoCountryTable[string];
  }
  return table;
}
