// Synthetic data directories for the growth benches: the bundled data with more states, each a
// real ISO 3166 code with unique COW/GW numbers and one status event, so that the directory passes
// the real validator and the panels (country-year, country-month, dyad-year) grow with it.
// `countries` is the total number of states; the dyad-year panel grows with its square.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import Papa from 'papaparse';

type Row = Record<string, string>;

function readRows(file: string): { fields: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

function writeRows(file: string, fields: string[], rows: Row[]): void {
  writeFileSync(file, `${Papa.unparse({ fields, data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\n' })}\n`);
}

/**
 * Copies `dataDir` into a new temporary folder and grows it to `countries` states; returns the
 * folder. With `throughYear`, the release is dated (and its facts checked) at the end of that
 * year, so the yearly and monthly panels run on to it: more rows than the states alone can give.
 */
export function scaledDataDir(dataDir: string, countries: number, throughYear?: number): string {
  const dir = mkdtempSync(join(tmpdir(), `sco-scale-${countries}-`));
  cpSync(dataDir, dir, { recursive: true });
  const countryFile = join(dir, 'countries.csv');
  const eventFile = join(dir, 'status_events.csv');
  const country = readRows(countryFile);
  const event = readRows(eventFile);
  const taken = new Set(country.rows.map((row) => row.iso3));
  const usedCow = new Set(country.rows.map((row) => Number(row.cow_code)));
  const usedGw = new Set(country.rows.map((row) => Number(row.gw_code)));
  const free = Object.keys(isoCountries.getAlpha3Codes())
    .filter((iso3) => !taken.has(iso3))
    .sort();
  const missing = countries - country.rows.length;
  if (missing > free.length) throw new Error(`at most ${country.rows.length + free.length} states exist in ISO 3166`);
  const template = country.rows[0]!;
  const eventTemplate = event.rows.find((row) => row.previous_status === 'none' && row.status === 'dialogue_partner' && row.decision_precision === 'day')!;
  const nextFree = (used: Set<number>) => {
    let code = 2;
    while (used.has(code)) code++;
    used.add(code);
    return String(code);
  };
  for (const [index, iso3] of free.slice(0, Math.max(0, missing)).entries()) {
    country.rows.push({
      ...template,
      iso3,
      cow_code: nextFree(usedCow),
      cow_abbr: iso3,
      gw_code: nextFree(usedGw),
      wikidata_qid: '',
      name_en: `Synthetic ${iso3}`,
      name_ru: '',
      name_zh: '',
      note: 'Synthetic state for the growth bench.',
    });
    // Decisions spread over the summits' years keep the panels' statuses varied.
    event.rows.push({ ...eventTemplate, event_id: `syn_${iso3.toLowerCase()}_${index}`, iso3, note: 'Synthetic event for the growth bench.' });
  }
  writeRows(countryFile, country.fields, country.rows);
  writeRows(eventFile, event.fields, event.rows);
  if (throughYear !== undefined) {
    const releaseFile = join(dir, 'release.json');
    const release = JSON.parse(readFileSync(releaseFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(releaseFile, `${JSON.stringify({ ...release, release_date: `${throughYear}-12-31`, data_as_of: `${throughYear}-12-31` }, null, 2)}\n`);
  }
  return dir;
}
