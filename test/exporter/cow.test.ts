// Continuity with the Correlates of War IGO v3 data. Expected values are COW's own SCO column
// (data/reference/cow-igo-v3-sco/state_year_sco.csv, copied from COW's distribution), never the
// exporter's: the reproduced coding must equal it on every state-year 1996-2014, and the README's
// R and pandas merge snippets, run here on that file, must keep every COW state and reproduce it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createScoData, loadDataset, tableData } from '../../src/core';
import { MERGE_SNIPPETS } from '../../src/exporter/release-readme';
import type { ReleaseResult } from '../../src/exporter/release';
import { DATA_DIR, ROOT, readCsvFiles, requireOrSkip } from '../helpers';
import { PYTHON_WITH_PANDAS, RSCRIPT_WITH_READERS, fixtureRelease, tempDir } from './support';

const COW_FILE = join(DATA_DIR, 'reference', 'cow-igo-v3-sco', 'state_year_sco.csv');

interface CowRow {
  ccode: number;
  year: number;
  state: string;
  sco: number;
}

const parse = <T>(text: string) => Papa.parse<T>(text, { header: true, skipEmptyLines: true, dynamicTyping: true }).data;
const cow = parse<CowRow>(readFileSync(COW_FILE, 'utf8'));
const key = (ccode: number, year: number) => `${ccode}/${year}`;

describe('COW IGO v3 continuity', function () {
  this.timeout(300_000);
  let release: ReleaseResult;
  let panel: Map<string, Record<string, string | number | boolean>>;
  before(async () => {
    release = await fixtureRelease({ dataDir: DATA_DIR });
    const rows = parse<Record<string, string | number | boolean>>(readFileSync(join(release.dir, 'csv', 'country_year.csv'), 'utf8'));
    panel = new Map(rows.map((row) => [key(Number(row.cow_code), Number(row.year)), row]));
  });

  it('the reference file is COW’s SCO column for 1990-2014 (4,728 state-years, as its README says)', () => {
    assert.equal(cow.length, 4728);
    assert.deepEqual([...new Set(cow.map((row) => row.sco))].sort(), [-1, 0, 1]);
  });

  it('cow_igo_v3_rule equals COW’s sco on every state-year 1996-2014 (states without an SCO status: 0)', () => {
    const years = cow.filter((row) => row.year >= 1996 && row.year <= 2014);
    // 187 states a year in 1996-98, 190 in 1999, 191 in 2000-01, 192 in 2002-05, 193 in 2006-07, 194 in 2008-10, 195 in 2011-14.
    assert.equal(years.length, 3649);
    const wrong = years.filter((row) => Number(panel.get(key(row.ccode, row.year))?.cow_igo_v3_rule ?? 0) !== row.sco);
    assert.deepEqual(
      wrong.map((row) => `${row.state} ${row.year}: COW ${row.sco}`),
      [],
    );
    // Every SCO state-year COW codes 1 is in the panel (none is matched by the default 0 alone).
    for (const row of years.filter((candidate) => candidate.sco === 1)) assert.ok(panel.has(key(row.ccode, row.year)), `${row.state} ${row.year}`);
  });

  it('codes -1 before 1996, as COW does for 1990-1995', () => {
    const loaded = loadDataset(readCsvFiles(DATA_DIR));
    assert.ok(loaded.ok);
    const early = tableData(createScoData(loaded.dataset), 'country_year', { fromYear: 1990, toYear: 1995 }).rows;
    assert.ok(early.length > 0);
    const cowBy = new Map(cow.map((row) => [key(row.ccode, row.year), row.sco]));
    for (const row of early) {
      const expected = cowBy.get(key(Number(row.cow_code), Number(row.year)));
      // A state COW does not list in a year (not yet independent) has no COW value to match.
      if (expected !== undefined) assert.equal(row.cow_igo_v3_rule, expected, `${row.iso3} ${row.year}`);
      assert.equal(row.cow_igo_v3_rule, -1);
    }
  });

  it('cow_concordance.csv lists exactly the state-years where the two codings differ: the 69 of 1996-2014 the issue counted', () => {
    const concordance = parse<Record<string, string | number>>(readFileSync(join(release.dir, 'csv', 'cow_concordance.csv'), 'utf8'));
    const differing = [...panel.values()].filter((row) => row.cow_igo_code !== row.cow_igo_v3_rule);
    assert.deepEqual(concordance.map((row) => `${row.iso3} ${row.year}`).sort(), differing.map((row) => `${row.iso3} ${row.year}`).sort());
    const inCow = concordance.filter((row) => Number(row.year) <= 2014);
    assert.equal(inCow.length, 69);
    const count = (reason: string) => inCow.filter((row) => row.reason === reason).length;
    // Issue 13: Mongolia 2004-14 (11), India, Iran, Pakistan 2005-14 (30), Afghanistan 2012-14 (3);
    // the five Shanghai Five states 1996-2000 (25).
    assert.equal(count('observer_not_coded'), 44);
    assert.equal(count('shanghai_five_as_membership'), 25);
    const cowBy = new Map(cow.map((row) => [key(row.ccode, row.year), row.sco]));
    for (const row of inCow) assert.equal(Number(row.cow_igo_v3_rule), cowBy.get(key(Number(row.cow_code), Number(row.year))), `${row.iso3} ${row.year}`);
  });

  /** Runs a README snippet in a folder laid out as it expects; returns the merged table it built. */
  function runSnippet(command: string, args: (script: string) => string[], lines: readonly string[], write: string): Record<string, string | number>[] {
    const dir = tempDir('sco-merge-');
    cpSync(join(release.dir, 'csv'), join(dir, 'csv'), { recursive: true });
    copyFileSync(COW_FILE, join(dir, 'state_year_formatv3.csv'));
    const script = join(dir, 'snippet');
    writeFileSync(script, `${[...lines, write].join('\n')}\n`);
    const run = spawnSync(command, args(script), { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return parse<Record<string, string | number>>(readFileSync(join(dir, 'merged.csv'), 'utf8'));
  }

  const checkMerged = (merged: Record<string, string | number>[]) => {
    // A left join: every COW state-year, once, with COW's own columns untouched.
    assert.equal(merged.length, cow.length);
    const byKey = new Map(merged.map((row) => [key(Number(row.ccode), Number(row.year)), row]));
    assert.equal(byKey.size, cow.length);
    for (const row of cow) {
      const got = byKey.get(key(row.ccode, row.year));
      assert.ok(got, `${row.state} ${row.year} dropped`);
      assert.equal(Number(got.sco), row.sco);
      assert.equal(Number(got.cow_igo_v3_rule), row.sco, `${row.state} ${row.year}`);
    }
  };

  it('the README’s R snippet is a left join that reproduces COW’s column on all 4,728 state-years', function () {
    requireOrSkip(this, RSCRIPT_WITH_READERS, 'Rscript with readr');
    checkMerged(runSnippet('Rscript', (script) => [script], MERGE_SNIPPETS.r, 'write.csv(merged, "merged.csv", row.names = FALSE)'));
  });

  it('the README’s pandas snippet is a left join that reproduces COW’s column on all 4,728 state-years', function () {
    requireOrSkip(this, PYTHON_WITH_PANDAS !== undefined, 'python3 with pandas');
    checkMerged(runSnippet(PYTHON_WITH_PANDAS!, (script) => [script], MERGE_SNIPPETS.python, 'merged.to_csv("merged.csv", index=False)'));
  });

  it('the README shows the three snippets as left joins on COW’s ccode', () => {
    const readme = readFileSync(join(release.dir, 'README.md'), 'utf8');
    const projectReadme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const lines of Object.values(MERGE_SNIPPETS)) {
      assert.ok(readme.includes(lines.join('\n')), 'the release README lacks a snippet');
      assert.ok(projectReadme.includes(lines.join('\n')), 'the project README lacks a snippet (copy it from src/exporter/release-readme.ts)');
    }
    assert.match(MERGE_SNIPPETS.stata.join('\n'), /merge 1:1 ccode year using `sco', keep\(master match\)/);
    assert.doesNotMatch(MERGE_SNIPPETS.stata.join('\n'), /cow_code year using|keep\(match\)/);
  });
});
