// Hostile command lines and data folders for the exporter and the validator, each found to misbehave once: the
// expected outcome is written from the guide's rule ("bad input: a coded problem, exit 1, and
// nothing written"), never read from the code.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidDataError } from '../../src/node/data-dir';
import { PreviousReleaseError } from '../../src/exporter/changes';
import { ExportError } from '../../src/exporter/problems';
import { buildRelease } from '../../src/exporter/release';
import { ROOT, VALID_FIXTURE, runTs } from '../helpers';
import { tempDir } from '../exporter/support';

describe('hostile: the exporter writes nothing on bad input', () => {
  it('invalid data with the default --out leaves no dist/ behind (it used to create an empty one)', async () => {
    const home = tempDir();
    const empty = join(home, 'empty-data');
    mkdirSync(empty);
    await assert.rejects(buildRelease({ out: join(home, 'dist', 'release'), createParent: true, dataDir: empty, version: '1.0.0' }), InvalidDataError);
    assert.deepEqual(readdirSync(home), ['empty-data']);
  });

  it('a --previous that is not a release, with the default --out, leaves no dist/ behind', async () => {
    const home = tempDir();
    mkdirSync(join(home, 'not-a-release'));
    await assert.rejects(
      buildRelease({ out: join(home, 'dist', 'release'), createParent: true, dataDir: VALID_FIXTURE, version: '1.0.0', previous: join(home, 'not-a-release') }),
      PreviousReleaseError,
    );
    assert.deepEqual(readdirSync(home), ['not-a-release']);
  });

  it('still creates the missing dist/ once the release is complete', async () => {
    const home = tempDir();
    await buildRelease({ out: join(home, 'dist', 'release'), createParent: true, dataDir: VALID_FIXTURE, version: '1.0.0' });
    assert.deepEqual(readdirSync(home), ['dist']);
    assert.deepEqual(readdirSync(join(home, 'dist')), ['release']);
  });
});

describe('hostile: npm run validate on a wrong folder or command line', () => {
  const validate = (args: string[], cwd: string) => runTs(join(ROOT, 'src', 'node', 'validate-cli.ts'), args, { cwd });

  it('a missing folder is one problem that says so, not also each data file missing', () => {
    const home = tempDir();
    const run = validate(['no-such-folder'], home);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stderr.trimEnd().split('\n'), ['no-such-folder/:1:1: does not exist (check the path for a typo)', 'the data has 1 problem']);
  });

  it('a file given as the folder is one problem that says it is not a folder', () => {
    const home = tempDir();
    writeFileSync(join(home, 'summits.csv'), 'summit_id\n');
    const run = validate(['summits.csv'], home);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stderr.trimEnd().split('\n'), ['summits.csv/:1:1: is not a folder (give the folder that holds the data files)', 'the data has 1 problem']);
  });

  it('an unknown option or a second folder: one coded line, exit 1 (was a bare usage line, exit 2)', () => {
    const home = tempDir();
    const unknown = validate(['--strict'], home);
    assert.equal(unknown.status, 1);
    assert.equal(unknown.stderr, 'sco-data-validate: unknown_option: "--strict" is not an option (usage: npm run validate -- [--json] [DATA_DIR])\n');
    const two = validate(['a', 'b'], home);
    assert.equal(two.status, 1);
    assert.equal(two.stderr, 'sco-data-validate: unexpected_argument: "b" is a second folder (usage: npm run validate -- [--json] [DATA_DIR])\n');
    assert.deepEqual(readdirSync(home), []);
  });
});

describe('hostile: --out inside the data folder', () => {
  it('is refused before anything is written (a release there made the data folder invalid for every later run)', async () => {
    const home = tempDir();
    const data = join(home, 'data');
    cpSync(VALID_FIXTURE, data, { recursive: true });
    const before = readdirSync(data).sort();
    await assert.rejects(buildRelease({ out: join(data, 'release'), dataDir: data, version: '1.0.0' }), (error: unknown) => {
      assert.ok(error instanceof ExportError);
      assert.equal(error.problem.code, 'out_inside_data');
      return true;
    });
    // Through a link to the data folder too, and deeper inside it.
    symlinkSync(data, join(home, 'link'));
    await assert.rejects(buildRelease({ out: join(home, 'link', 'release'), dataDir: data, version: '1.0.0' }), /inside the data folder/);
    await assert.rejects(buildRelease({ out: join(data, 'reference', 'release'), dataDir: data, version: '1.0.0' }), /inside the data folder/);
    // A folder whose name starts with two dots is inside too (it is not the parent, "..").
    await assert.rejects(buildRelease({ out: join(data, '..rel'), dataDir: data, version: '1.0.0' }), /inside the data folder/);
    assert.deepEqual(readdirSync(data).sort(), before);
  });
});
