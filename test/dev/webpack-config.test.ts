// The production URL rule (a build never uses the default URL silently), the dev server's http
// fallback and the support page, from the webpack config itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { scratchDir } from '../scratch';

interface UrlRule {
  url: string;
  warning: string | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
const config = require(join(ROOT, 'webpack.config.js')) as { productionUrl(env: Record<string, string | undefined>): UrlRule; DEFAULT_PROD_URL: string };

describe('webpack config: the production URL', () => {
  it('uses ADDIN_PROD_URL when set, with no warning', () => {
    assert.deepEqual(config.productionUrl({ ADDIN_PROD_URL: 'https://example.org/sco-data/' }), { url: 'https://example.org/sco-data/', warning: null });
  });

  it('without ADDIN_PROD_URL (or with it empty) names the default URL it used, loudly', () => {
    for (const env of [{}, { ADDIN_PROD_URL: '' }]) {
      const rule = config.productionUrl(env);
      assert.equal(rule.url, 'https://sco-data.github.io/addin/');
      assert.ok(rule.warning?.includes('ADDIN_PROD_URL is not set: dist/manifest.xml points at the default https://sco-data.github.io/addin/'), rule.warning ?? 'no warning');
      assert.match(rule.warning ?? '', /!{78}/);
    }
  });

  it('refuses a URL that is not https or does not end in "/"', () => {
    for (const bad of ['http://example.org/', 'https://example.org/sco', 'example.org/', 'https:///']) {
      assert.throws(() => config.productionUrl({ ADDIN_PROD_URL: bad }), new RegExp(`ADDIN_PROD_URL must be an https URL ending in "/" \\(got "${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\)`));
    }
  });

  it('a production build prints the warning on stderr, writes the default URL into dist/manifest.xml, and ships support.html', function () {
    this.timeout(600_000);
    const dist = join(scratchDir('sco-build-url-'), 'dist');
    const env: Record<string, string | undefined> = { ...process.env, SCO_DIST_DIR: dist };
    delete env.ADDIN_PROD_URL;
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], { cwd: ROOT, env, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stderr, /ADDIN_PROD_URL is not set: dist\/manifest.xml points at the default https:\/\/sco-data.github.io\/addin\//);
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    assert.match(manifest, /<SupportUrl DefaultValue="https:\/\/sco-data.github.io\/addin\/support.html"\/>/);
    assert.doesNotMatch(manifest, /localhost/);
    assert.ok(existsSync(join(dist, 'support.html')), 'the SupportUrl page is built');
  });
});
