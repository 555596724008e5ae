// The precompiled command lines (bin/cli/, built by `npm run build:cli`): the committed bundles are
// what the sources build today, and they run on Node alone in a production install (only the
// lock file's non-dev packages present, no tsx, no esbuild), building the same release as the
// TypeScript sources.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, VALID_FIXTURE } from '../helpers';
import { hashTree, runCli, tempDir } from './support';

/** The packages `npm ci --omit=dev` installs: the lock file's entries not marked dev. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true)
    .map(([path]) => path);
}

describe('exporter: the precompiled CLI', function () {
  this.timeout(300_000);

  it('commits the bundles that the sources build today (run `npm run build:cli` after changing src/)', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'bin', 'build-cli.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.equal(check.stderr, '');
  });

  it('needs none of tsx, esbuild, exceljs, zod or papaparse in the production install', () => {
    const names = productionPackages();
    for (const name of ['tsx', 'esbuild', 'exceljs', 'zod', 'papaparse', 'jszip', 'i18n-iso-countries']) assert.ok(!names.includes(`node_modules/${name}`), name);
  });

  it('runs on Node alone in a production install and builds the release the TypeScript sources build', () => {
    // A package folder as `npm ci --omit=dev` leaves it: package.json, bin/, data/, the chart's
    // vendored Chinese font and the production packages (copied, not linked: a link would resolve
    // their dependencies here).
    const install = tempDir('sco-prod-install-');
    for (const entry of ['package.json', 'bin', 'data', 'vendor/fonts']) cpSync(join(ROOT, entry), join(install, entry), { recursive: true });
    for (const path of productionPackages()) {
      if (!existsSync(join(ROOT, path))) continue; // an optional package for another platform
      mkdirSync(join(install, path, '..'), { recursive: true });
      cpSync(join(ROOT, path), join(install, path), { recursive: true });
    }
    assert.ok(!existsSync(join(install, 'node_modules', 'tsx')));
    const env = { ...process.env, NODE_OPTIONS: '' };
    const viaBundle = join(tempDir(), 'release');
    const run = spawnSync(process.execPath, [join(install, 'bin', 'sco-data-export.cjs'), '--out', viaBundle, '--data', VALID_FIXTURE, '--lang', 'ru'], { cwd: install, env, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^sco-data 0\.1\.0 /);

    const viaSources = join(tempDir(), 'release');
    const sources = runCli(['--out', viaSources, '--data', VALID_FIXTURE, '--lang', 'ru']);
    assert.equal(sources.status, 0, sources.stderr);
    const bundleFiles = hashTree(viaBundle);
    assert.ok(Object.keys(bundleFiles).length >= 16);
    assert.deepEqual(bundleFiles, hashTree(viaSources));

    // The validator checks a data folder without its development-only manifest checkers.
    const validate = spawnSync(process.execPath, [join(install, 'bin', 'cli', 'validate.cjs'), VALID_FIXTURE], { cwd: install, env, encoding: 'utf8' });
    assert.equal(validate.status, 0, validate.stderr);
    assert.match(validate.stdout, /: valid \(/);
  });
});
