import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifestText, DEV_URL, missingBuiltFiles, validateManifest, XSD_DIR } from '../../src/node/validate-manifest';
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

  it('keeps the worksheet functions and the task pane in one shared runtime', () => {
    const messages = (text: string) => checkManifestText(text, false).map((problem) => problem.message);
    assert.deepEqual(messages(source), []);
    assert.ok(messages(source.replace('lifetime="long"', 'lifetime="short"')).some((message) => message.includes('not a long-lived <Runtime>')));
    const otherPane = source.replace('<TaskpaneId>ScoData.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>', '<TaskpaneId>ScoData.Taskpane</TaskpaneId>\n                    <SourceLocation resid="GetStarted.LearnMoreUrl"/>');
    assert.notEqual(otherPane, source);
    assert.ok(messages(otherPane).some((message) => message.includes('load different pages')));
    assert.ok(messages(source.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '')).some((message) => message.includes('SharedRuntime')));
  });

  it('finds a built manifest naming a file the build did not write', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    const built = source.replaceAll(DEV_URL, 'https://example.org/addin/');
    for (const file of ['taskpane.html', 'functions.js', 'functions.json']) writeFileSync(join(dist, file), '');
    const missing = missingBuiltFiles(built, dist).map((problem) => problem.message);
    // The icons were not written into this folder: each is reported, and nothing else.
    assert.deepEqual(
      missing.map((message) => message.split(' ')[0]),
      ['icon-32.png', 'icon-64.png', 'icon-16.png', 'icon-32.png', 'icon-80.png'].map((icon) => `https://example.org/addin/assets/${icon}`),
    );
  });

  it('reports XSD errors with their line', async function () {
    requireOrSkip(this, existsSync(XSD_DIR), `the manifest schemas at ${XSD_DIR}`);
    const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
    writeFileSync(file, source.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    const report = await validateManifest(file, false);
    assert.ok(report.problems.some((problem) => problem.message.startsWith('XSD:') && problem.line > 1), JSON.stringify(report.problems));
  });
});
