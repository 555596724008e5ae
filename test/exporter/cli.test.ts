// The exporter's command line: exit codes, messages, and that nothing half-written ever replaces
// an earlier release.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_FIXTURES, ROOT, VALID_FIXTURE, fixtureCopy } from '../helpers';
import { parseExportArgs } from '../../src/exporter/args';
import { ExportError, problemLine } from '../../src/exporter/problems';
import { BIN, CLI, EXPORTER_FIXTURES, hashTree, runCli, tempDir } from './support';

describe('exporter: command line', () => {
  it('builds a release and ends with a summary of files, rows and bytes', () => {
    const out = join(tempDir(), 'release');
    const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '2.0.0', '--date', '2030-01-02']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /sco-data 2\.0\.0 \(released 2030-01-02/);
    assert.match(run.stdout, /csv\/dyad_year\.csv\s+\d+\s+\d+/);
    // 32 files before the ru and zh charts (4) and codebooks (2).
    assert.match(run.stdout, /38 files\s+\d+\s+\d+/);
    // Not a terminal: no progress lines.
    assert.equal(run.stderr.replace(/npm warn.*\n/g, ''), '');
    assert.ok(existsSync(join(out, 'SHA256SUMS')));
  });

  it('is also the package bin entry', () => {
    const run = spawnSync(process.execPath, [BIN, '--help'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /--previous DIR/);
  });

  // Each bad command line: its code and the words that say how to fix it.
  for (const [args, code, message] of [
    [['--version', '1.2'], 'bad_version', /--version "1\.2" is not a version \(write X\.Y\.Z/],
    [['--version', '01.2.3'], 'bad_version', /--version "01\.2\.3" is not a version \(write X\.Y\.Z without leading zeros/],
    [['--version', '1.2.3-rc.1'], 'bad_version', /not a version/],
    [['--date', '2024-02-30'], 'bad_date', /--date "2024-02-30" is not a calendar date \(write YYYY-MM-DD/],
    [['--date', '26-11-22'], 'bad_date', /not a calendar date/],
    // The fixture's release.json holds data as of 2026-11-22 (test/fixtures/valid has none: the package's).
    [['--lang', 'fr'], 'bad_lang', /--lang "fr" is not a workbook language \(use one of: en, ru, zh\)/],
    [['--bogus'], 'unknown_option', /--bogus is not an option \(run with --help/],
    [['-x'], 'unknown_option', /-x is not an option/],
    [['stray'], 'unexpected_argument', /"stray" is not an option/],
    [['--version'], 'missing_value', /--version needs a value/],
    [['--lang', 'en', '--lang', 'ru'], 'repeated_option', /--lang is given more than once \(give it once\)/],
    [['--previous', ''], 'empty_value', /--previous is empty/],
    [['--help=yes'], 'unexpected_argument', /"yes" is not an option/],
    [['--out', 'a', 'b'], 'unexpected_argument', /"b" is not an option/],
  ] as const) {
    it(`refuses ${JSON.stringify(args.join(' '))} with ${code}`, () => {
      assert.throws(
        () => parseExportArgs(args),
        (error: unknown) => {
          assert.ok(error instanceof ExportError);
          const line = problemLine(error.problem);
          assert.match(line, new RegExp(`^sco-data-export: ${code}: `));
          assert.match(line, message);
          assert.ok(!line.includes('\n'));
          return true;
        },
      );
    });
  }

  // Through the real command: exit 1, one line on stderr, nothing written, also for the checks
  // that need the data (the date against data_as_of) or the disk (--data).
  for (const [args, code, message] of [
    [['--bogus', '--data', VALID_FIXTURE], 'unknown_option', /--bogus is not an option \(run with --help/],
    // The fixture has no release.json, so the package's (data as of 2026-11-22) is used.
    [['--date', '1900-01-01', '--data', VALID_FIXTURE], 'date_before_data', /--date 1900-01-01 is before 2026-11-22, the day the data holds for .*give 2026-11-22 or later/],
    [['--date', '2026-11-21', '--data', VALID_FIXTURE], 'date_before_data', /is before 2026-11-22/],
    [['--data', '/nonexistent/sco-data'], 'data_not_directory', /--data \/nonexistent\/sco-data is not a folder/],
    [['--previous', '/nonexistent/sco-release', '--data', VALID_FIXTURE], 'bad_previous_release', /--previous \/nonexistent\/sco-release is not a release \(it has no csv\/ folder/],
  ] as const) {
    it(`exits 1 on ${JSON.stringify(args[0] + ' ' + args[1])} with one ${code} line and writes nothing`, () => {
      const parent = tempDir();
      const run = runCli(['--out', join(parent, 'release'), ...args]);
      assert.equal(run.status, 1, run.stderr);
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, new RegExp(`^sco-data-export: ${code}: `));
      assert.match(lines[0]!, message);
      assert.deepEqual(readdirSync(parent), []);
    });
  }

  it("accepts a --date after release.json's (documented: a release may be dated ahead)", () => {
    const out = join(tempDir(), 'release');
    const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--date', '2099-12-31']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(readFileSync(join(out, 'CITATION.cff'), 'utf8'), /date-released: ["']?2099-12-31/);
  });

  it('shows control characters in a path escaped, not raw', () => {
    const run = runCli(['--out', join(tempDir(), 'no\x1b[31mdir', 'release'), '--data', VALID_FIXTURE]);
    assert.equal(run.status, 1);
    assert.ok(!run.stderr.includes('\x1b'), JSON.stringify(run.stderr));
    assert.match(run.stderr, /out_parent_missing: .*no\\u001b\[31mdir/);
  });

  it('on invalid data writes nothing, exits 1 and prints the validator’s messages', () => {
    const parent = tempDir();
    const data = fixtureCopy(join(BROKEN_FIXTURES, 'formula'));
    const run = runCli(['--out', join(parent, 'release'), '--data', data]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /summits\.csv:\d+:\d+: decisions begins with "=", which spreadsheets run as a formula/);
    assert.match(run.stderr, /nothing was written/);
    assert.deepEqual(readdirSync(parent), []);
  });

  it('rejects text beginning with = + - or @ through the validator, one message each', () => {
    const parent = tempDir();
    const data = fixtureCopy(join(EXPORTER_FIXTURES, 'formula-starts'));
    const run = runCli(['--out', join(parent, 'release'), '--data', data]);
    assert.equal(run.status, 1);
    for (const start of ['=', '+', '-', '@']) assert.match(run.stderr, new RegExp(`begins with "\\${start}", which spreadsheets run as a formula`));
    assert.match(run.stderr, /the data has 4 problems/);
    assert.deepEqual(readdirSync(parent), []);
  });

  describe('an earlier release', () => {
    let parent: string;
    let out: string;
    let earlier: Record<string, string>;
    beforeEach(() => {
      parent = tempDir();
      out = join(parent, 'release');
      const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.0.0']);
      assert.equal(run.status, 0, run.stderr);
      earlier = hashTree(out);
    });

    it('stays untouched when the new data is invalid', () => {
      const run = runCli(['--out', out, '--data', fixtureCopy(join(BROKEN_FIXTURES, 'duplicate-key')), '--version', '1.1.0']);
      assert.equal(run.status, 1);
      assert.deepEqual(hashTree(out), earlier);
      assert.deepEqual(readdirSync(parent), ['release']);
    });

    it('stays untouched when the build fails half-way (a damaged --previous release), and no temporary folder is left', () => {
      const previous = tempDir();
      mkdirSync(join(previous, 'csv'));
      writeFileSync(join(previous, 'csv', 'summits.csv'), 'summit_id,series\n"unclosed,quote\n');
      const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0', '--previous', previous]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /summits\.csv: line \d+: .*quote/i);
      assert.deepEqual(hashTree(out), earlier);
      assert.deepEqual(readdirSync(parent), ['release']);
    });

    it('is either kept whole or replaced whole when the run is killed at a random moment, and the next run recovers', async () => {
      // Kill the exporter (SIGKILL: no clean-up possible) as soon as its work folder appears: the
      // kill lands somewhere in staging or the swap. (release-safety.test.ts stops it at each step.)
      const child = spawn(process.execPath, ['--require', 'tsx/cjs', CLI, '--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0'], { cwd: ROOT, stdio: 'ignore' });
      const watcher = watch(parent, (_event, name) => {
        if (name?.startsWith('.release.sco-export-')) child.kill('SIGKILL');
      });
      await new Promise((done) => child.on('exit', done));
      watcher.close();
      if (existsSync(out)) {
        const now = hashTree(out);
        if (JSON.stringify(now) !== JSON.stringify(earlier)) {
          // The swap had already happened: then the new release must be complete and consistent.
          const check = spawnSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
          assert.equal(check.status, 0, check.stdout);
          assert.equal(Object.keys(now).length, Object.keys(earlier).length);
        }
      }
      const next = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0']);
      assert.equal(next.status, 0, next.stderr);
      assert.deepEqual(readdirSync(parent), ['release']);
    });

    it('is replaced by a complete new release on success; folders it cannot prove it made are kept', () => {
      // Named like the old exporter's temporaries, but without its marker: not provably its own.
      mkdirSync(join(parent, '.release.tmp-KILLED/csv'), { recursive: true });
      mkdirSync(join(parent, '.release.tmp-KILLED.earlier'));
      const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0']);
      assert.equal(run.status, 0, run.stderr);
      assert.notDeepEqual(hashTree(out), earlier);
      assert.deepEqual(Object.keys(hashTree(out)), Object.keys(earlier));
      assert.deepEqual(readdirSync(parent).sort(), ['.release.tmp-KILLED', '.release.tmp-KILLED.earlier', 'release']);
    });
  });
});
