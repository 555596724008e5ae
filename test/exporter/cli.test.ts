// The exporter's command line: exit codes, messages, and that nothing half-written ever replaces
// an earlier release.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_FIXTURES, ROOT, VALID_FIXTURE, fixtureCopy } from '../helpers';
import { BIN, CLI, EXPORTER_FIXTURES, hashTree, runCli, tempDir } from './support';

describe('exporter: command line', () => {
  it('builds a release and ends with a summary of files, rows and bytes', () => {
    const out = join(tempDir(), 'release');
    const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '2.0.0', '--date', '2030-01-02']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /sco-data 2\.0\.0 \(released 2030-01-02/);
    assert.match(run.stdout, /csv\/dyad_year\.csv\s+\d+\s+\d+/);
    assert.match(run.stdout, /19 files\s+\d+\s+\d+/);
    // Not a terminal: no progress lines.
    assert.equal(run.stderr.replace(/npm warn.*\n/g, ''), '');
    assert.ok(existsSync(join(out, 'SHA256SUMS')));
  });

  it('is also the package bin entry', () => {
    const run = spawnSync(process.execPath, [BIN, '--help'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /--previous DIR/);
  });

  for (const [args, message] of [
    [['--version', '1.2'], /--version "1\.2" is not a version \(write X\.Y\.Z/],
    [['--date', '2024-02-30'], /--date "2024-02-30" is not a calendar date/],
    [['--lang', 'fr'], /--lang "fr" is not a workbook language \(use one of: en, ru, zh\)/],
    [['--bogus'], /Unknown option '--bogus'.*--help/],
  ] as const) {
    it(`rejects ${args.join(' ')} with exit 2 and says how to fix it`, () => {
      const out = join(tempDir(), 'release');
      const run = runCli([...args, '--out', out, '--data', VALID_FIXTURE]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      assert.ok(!existsSync(out));
    });
  }

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

    it('is either kept whole or replaced whole when the run is killed', async () => {
      // Kill the exporter (SIGKILL: no clean-up possible) as soon as its temporary folder appears.
      const child = spawn(process.execPath, ['--require', 'tsx/cjs', CLI, '--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0'], { cwd: ROOT, stdio: 'ignore' });
      const watcher = watch(parent, (_event, name) => {
        if (name?.startsWith('.release.tmp-')) child.kill('SIGKILL');
      });
      await new Promise((done) => child.on('exit', done));
      watcher.close();
      const now = hashTree(out);
      if (JSON.stringify(now) !== JSON.stringify(earlier)) {
        // The swap had already happened: then the new release must be complete and consistent.
        const check = spawnSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
        assert.equal(check.status, 0, check.stdout);
        assert.equal(Object.keys(now).length, Object.keys(earlier).length);
      }
    });

    it('is replaced by a complete new release on success, and a killed run\'s leftovers are removed', () => {
      mkdirSync(join(parent, '.release.tmp-KILLED/csv'), { recursive: true });
      mkdirSync(join(parent, '.release.tmp-KILLED.earlier'));
      const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0']);
      assert.equal(run.status, 0, run.stderr);
      assert.notDeepEqual(hashTree(out), earlier);
      assert.deepEqual(Object.keys(hashTree(out)), Object.keys(earlier));
      assert.deepEqual(readdirSync(parent), ['release']);
    });
  });

  it('refuses to replace a folder that is not a release', () => {
    const out = tempDir();
    cpSync(VALID_FIXTURE, out, { recursive: true });
    const before = hashTree(out);
    const run = runCli(['--out', out, '--data', VALID_FIXTURE]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /exists and is not a release \(it has no SHA256SUMS\); choose another --out/);
    assert.deepEqual(hashTree(out), before);
  });
});
