import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifestText, DEV_URL, validateManifest, XSD_DIR } from '../../src/node/validate-manifest';
import { requireOrSkip, ROOT } from '../helpers';

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest validation', () => {
  it('passes the project manifest against the XSDs and the own checks', async function () {
    requireOrSkip(this, existsSync(XSD_DIR), `the manifest schemas at ${XSD_DIR}`);
    const report = await validateManifest(join(ROOT, 'manifest.xml'), false);
    assert.deepEqual(report.problems, []);
  });

  it('finds an unresolved resid, an http URL and a dev URL left in a production manifest', () => {
    const broken = source.replace('resid="Button.Tooltip"', 'resid="Button.Tooltp"').replace('https://localhost:3000/assets/icon-64.png', 'http://example.org/icon-64.png');
    const messages = checkManifestText(broken, true).map((problem) => problem.message);
    assert.ok(messages.some((message) => message.includes('resid "Button.Tooltp" is not defined')));
    assert.ok(messages.some((message) => message.includes('http://example.org/icon-64.png is not https')));
    assert.ok(messages.some((message) => message.includes(DEV_URL)));
    assert.deepEqual(checkManifestText(source.replaceAll(DEV_URL, 'https://example.org/addin/'), true), []);
  });

  it('reports XSD errors with their line', async function () {
    requireOrSkip(this, existsSync(XSD_DIR), `the manifest schemas at ${XSD_DIR}`);
    const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
    writeFileSync(file, source.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    const report = await validateManifest(file, false);
    assert.ok(report.problems.some((problem) => problem.message.startsWith('XSD:') && problem.line > 1), JSON.stringify(report.problems));
  });
});
