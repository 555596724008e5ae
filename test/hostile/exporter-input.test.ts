// Hostile command lines and data folders for the exporter, each found to misbehave once: the
// expected outcome is written from the guide's rule ("bad input: a coded problem, exit 1, and
// nothing written"), never read from the code.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidDataError } from '../../src/node/data-dir';
import { PreviousReleaseError } from '../../src/exporter/changes';
import { buildRelease } from '../../src/exporter/release';
import { VALID_FIXTURE } from '../helpers';
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
