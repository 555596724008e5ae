// `npm run build` bundles the data only once it is valid: the pane never starts from bad facts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_FIXTURES, DATA_DIR, fixtureCopy, ROOT } from '../helpers';
import { scratchDir } from '../scratch';

describe('add-in build', function () {
  this.timeout(120_000);

  it('fails on invalid data, naming each problem as file:line:column, and writes nothing', () => {
    const dataDir = fixtureCopy(join(BROKEN_FIXTURES, 'vocabulary'));
    copyFileSync(join(DATA_DIR, 'release.json'), join(dataDir, 'release.json'));
    const dist = join(scratchDir('sco-build-'), 'dist');
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      env: { ...process.env, SCO_DATA_DIR: dataDir, SCO_DIST_DIR: dist },
      encoding: 'utf8',
    });
    assert.notEqual(build.status, 0);
    assert.match(build.stderr, new RegExp(`${dataDir}/status_events\\.csv:\\d+:\\d+: status: "[^"]+" is not a known status`));
    assert.equal(existsSync(dist), false, 'the build wrote dist/');
  });
});
