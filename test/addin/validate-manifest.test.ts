import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUIREMENTS } from '../../src/addin/features';
import { checkManifestText, DEV_URL, missingBuiltFiles, validateManifest } from '../../src/node/validate-manifest';
import { ROOT } from '../helpers';
import { scratchDir } from '../scratch';

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest validation', () => {
  /** Validates `text` as a source manifest, written to a scratch file. */
  const validateText = async (text: string) => {
    const file = join(scratchDir('sco-manifest-'), 'manifest.xml');
    writeFileSync(file, text);
    return (await validateManifest(file, false)).problems;
  };

  it('passes the project manifest against the vendored XSDs and the own checks', async () => {
    const report = await validateManifest(join(ROOT, 'manifest.xml'), false);
    assert.deepEqual(report.problems, []);
  });

  it('reads the manifest with office-addin-manifest and reports what Office would refuse', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const unclosed = await validateText(source.replace('</OfficeApp>', ''));
    const reader = unclosed.find((problem) => problem.message.startsWith('office-addin-manifest cannot read the manifest'));
    assert.ok(reader, JSON.stringify(unclosed));
    assert.match(reader.message, /Unclosed root tag/);
    assert.equal(reader.line, source.split('\n').length, 'the line after the last one, where the root tag should close');

    const messages = async (text: string) => (await validateText(text)).map((problem) => problem.message);
    assert.ok((await messages(source.replace(/<Id>[^<]*<\/Id>/, '<Id>sco-data</Id>'))).includes('<Id> must be a GUID (found "sco-data"; keep the published one)'));
    assert.ok((await messages(source.replace(/<ProviderName>[^<]*<\/ProviderName>/, '<ProviderName> </ProviderName>'))).includes('<ProviderName> is empty (Office shows it to users)'));
    assert.ok(
      (await messages(source.replace(/<Version>[^<]*<\/Version>/, '<Version>9.9.9.9</Version>'))).includes(
        `<Version> is "9.9.9.9", but package.json's version is ${version} (set <Version>${version}.0</Version>)`,
      ),
    );
  });

  it('requires the ExcelApi version of the least demanding feature', () => {
    // Office installs the add-in only where the manifest's requirement sets are supported; the pane
    // offers, feature by feature, what goes beyond them (features.ts). A higher manifest minimum
    // would hide the add-in from hosts that could use part of it.
    const versions = Object.values(REQUIREMENTS).map((requirement) => requirement.version);
    const BASE_REQUIREMENT = versions.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))[0];
    assert.equal(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(source)?.[1], BASE_REQUIREMENT);
    assert.equal(/<Sets DefaultMinVersion="([\d.]+)">/.exec(source)?.[1], BASE_REQUIREMENT);
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
    const otherPane = source.replace(
      '<TaskpaneId>ScoData.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
      '<TaskpaneId>ScoData.Taskpane</TaskpaneId>\n                    <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
    );
    assert.notEqual(otherPane, source);
    assert.ok(messages(otherPane).some((message) => message.includes('load different pages')));
    assert.ok(messages(source.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '')).some((message) => message.includes('SharedRuntime')));
  });

  it('finds a built manifest naming a file the build did not write', () => {
    const dist = scratchDir('sco-dist-');
    const built = source.replaceAll(DEV_URL, 'https://example.org/addin/');
    for (const file of ['taskpane.html', 'support.html', 'functions.js', 'functions.json']) writeFileSync(join(dist, file), '');
    const missing = missingBuiltFiles(built, dist).map((problem) => problem.message);
    // The icons were not written into this folder: each is reported, and nothing else.
    assert.deepEqual(
      missing.map((message) => message.split(' ')[0]),
      ['icon-32.png', 'icon-64.png', 'icon-16.png', 'icon-32.png', 'icon-80.png'].map((icon) => `https://example.org/addin/assets/${icon}`),
    );
  });

  it('reports XSD errors with their line', async () => {
    const broken = source.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>');
    const problems = await validateText(broken);
    const line = broken.split('\n').findIndex((text) => text.includes('<Permissions>Everything')) + 1;
    assert.ok(
      problems.some((problem) => problem.message.startsWith('XSD:') && problem.message.includes('Everything') && problem.line === line),
      JSON.stringify(problems),
    );
  });
});
