// Two builds of the same data are byte-identical whatever the clock or the time zone.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { VALID_FIXTURE } from '../helpers';
import { hashTree, runCli, tempDir } from './support';

const FAKE_CLOCK = join(__dirname, 'fake-clock.cjs');

describe('exporter: reproducible builds', () => {
  it('builds byte-identical files under different time zones and clocks', () => {
    const builds = [
      { TZ: 'Pacific/Kiritimati', FAKE_CLOCK_OFFSET_MS: '0' },
      { TZ: 'America/Adak', FAKE_CLOCK_OFFSET_MS: String(3 * 365 * 86_400_000 + 12_345_678) },
    ].map((env) => {
      const out = join(tempDir(), 'release');
      const run = runCli(['--out', out, '--data', VALID_FIXTURE, '--lang', 'zh'], { ...env, NODE_OPTIONS: `--require ${FAKE_CLOCK}` });
      assert.equal(run.status, 0, run.stderr);
      return hashTree(out);
    });
    assert.ok(Object.keys(builds[0]!).length >= 16);
    assert.deepEqual(builds[1], builds[0]);
  });

  it('changes the workbook when the release date changes (the date is the only time it carries)', () => {
    const [a, b] = ['2030-01-01', '2030-01-02'].map((date) => {
      const out = join(tempDir(), 'release');
      assert.equal(runCli(['--out', out, '--data', VALID_FIXTURE, '--date', date]).status, 0);
      return hashTree(out);
    });
    assert.notEqual(a!['sco-data.xlsx'], b!['sco-data.xlsx']);
    assert.equal(a!['csv/summits.csv'], b!['csv/summits.csv']);
  });
});
