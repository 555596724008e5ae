// The versioning policy: with --previous, the exporter refuses a version number smaller than the
// change it detects (major: a column removed or renamed, a coding changed; minor: new tables or
// columns; patch: fact corrections). The previous releases here are edited by hand to stage each kind.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureRelease, runCli, tempDir } from './support';
import { VALID_FIXTURE } from '../helpers';

type Descriptor = { version: string; codings: Record<string, unknown>; resources: { name: string; schema: { fields: { name: string; type: string }[] } }[] };

describe('exporter: versioning policy with --previous', function () {
  this.timeout(300_000);
  let base: string;
  before(async () => {
    base = (await fixtureRelease({ version: '1.2.3' })).dir;
  });

  /** A copy of the 1.2.3 release, edited. */
  function previousWith(edit: (dir: string, descriptor: Descriptor) => void): string {
    const dir = join(tempDir(), 'previous');
    cpSync(base, dir, { recursive: true });
    const path = join(dir, 'datapackage.json');
    const descriptor = JSON.parse(readFileSync(path, 'utf8')) as Descriptor;
    edit(dir, descriptor);
    writeFileSync(path, JSON.stringify(descriptor));
    return dir;
  }

  const refuses = (version: string, previous: string, least: string, level: string) =>
    assert.rejects(fixtureRelease({ version, previous }), (error: Error) => error.message.includes(`a ${level} change`) && error.message.includes(`needs ${least} or later`));

  it('no change: the same version is accepted', async () => {
    const release = await fixtureRelease({ version: '1.2.3', previous: base });
    assert.ok(existsSync(join(release.dir, 'changes.csv')));
  });

  it('a fact corrected (a row changed): patch, 1.2.3 refused, 1.2.4 accepted', async () => {
    const previous = previousWith((dir) => {
      const file = join(dir, 'csv', 'summits.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Shanghai', 'Shanghai (old spelling)'));
    });
    await refuses('1.2.3', previous, '1.2.4', 'patch');
    await fixtureRelease({ version: '1.2.4', previous });
  });

  it('a new column (the previous release lacked one): minor, 1.2.9 refused, 1.3.0 accepted', async () => {
    const previous = previousWith((_, descriptor) => {
      const events = descriptor.resources.find((r) => r.name === 'status_events')!;
      events.schema.fields = events.schema.fields.filter((field) => field.name !== 'decision_day');
    });
    await refuses('1.2.9', previous, '1.3.0', 'minor');
    await fixtureRelease({ version: '1.3.0', previous });
  });

  it('a column removed or renamed (the previous release had one more): major, 1.9.0 refused, 2.0.0 accepted', async () => {
    const previous = previousWith((_, descriptor) => {
      descriptor.resources.find((r) => r.name === 'countries')!.schema.fields.push({ name: 'cow_igo_sco', type: 'integer' });
    });
    await refuses('1.9.0', previous, '2.0.0', 'major');
    await fixtureRelease({ version: '2.0.0', previous });
  });

  it('a coding changed (the COW crosswalk): major', async () => {
    const previous = previousWith((_, descriptor) => {
      descriptor.codings = { ...descriptor.codings, cow_igo_code: { observer: 0 } };
    });
    await refuses('1.3.0', previous, '2.0.0', 'major');
  });

  it('the command line exits 1, writes nothing and names the least version', () => {
    const previous = previousWith((_, descriptor) => {
      descriptor.resources.find((r) => r.name === 'countries')!.schema.fields.push({ name: 'old_column', type: 'string' });
    });
    const out = join(tempDir(), 'release');
    const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.2.4', '--previous', previous]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /needs 2\.0\.0 or later/);
    assert.match(run.stderr, /nothing was written/i);
    assert.ok(!existsSync(out));
  });
});
