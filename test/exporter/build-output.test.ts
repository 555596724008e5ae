// The build removes only files it emitted (issue 10): webpack's output.clean emptied SCO_DIST_DIR.
// The plugin is driven through webpack's own API on a one-line entry (fast), and the real
// `npm run build` is run once into a folder holding a user's files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foreignFiles, parseBuildManifest, staleFiles } from '../../src/node/owned-output';
import { ROOT } from '../helpers';
import { buildTiny } from './build-tiny';
import { hashTree, tempDir } from './support';

const MANIFEST = '.sco-build-files.json';
const manifest = (files: string[]) => `${JSON.stringify({ tool: 'sco-data build', files })}\n`;

describe('build output: only what the build emitted is removed', function () {
  this.timeout(300_000);

  it('lists stale and foreign files by hand-checked examples', () => {
    assert.deepEqual(staleFiles(['a.1.js', 'x.html', 'assets/i.png'], ['a.2.js', 'x.html']), ['a.1.js', 'assets/i.png']);
    assert.deepEqual(foreignFiles(['x.html', 'manifest.xml'], ['x.html']), ['manifest.xml']);
    assert.deepEqual(parseBuildManifest(manifest(['a.js', 'assets/b.png'])), ['a.js', 'assets/b.png']);
    for (const text of ['{', manifest(['../etc/passwd']), manifest(['/abs']), '{"tool":"other","files":[]}']) assert.equal(parseBuildManifest(text), null, text);
  });

  it('replaces its own earlier output and keeps every other file (webpack API, tiny entry)', async () => {
    const dist = tempDir('sco-dist-');
    mkdirSync(join(dist, 'release'));
    writeFileSync(join(dist, 'release', 'README.md'), 'the exporter’s');
    writeFileSync(join(dist, 'notes.txt'), 'mine');
    assert.deepEqual(await buildTiny(dist, 'console.log(1);\n'), []);
    const first = readdirSync(dist).filter((name) => name.endsWith('.js'));
    assert.equal(first.length, 1);
    assert.deepEqual(JSON.parse(readFileSync(join(dist, MANIFEST), 'utf8')).files, first);
    assert.deepEqual(await buildTiny(dist, 'console.log(2);\n'), []);
    const second = readdirSync(dist).filter((name) => name.endsWith('.js'));
    assert.equal(second.length, 1);
    assert.notEqual(second[0], first[0], 'the content hash did not change');
    assert.deepEqual(readdirSync(dist).sort(), [MANIFEST, 'notes.txt', 'release', second[0]].sort());
    assert.equal(readFileSync(join(dist, 'notes.txt'), 'utf8'), 'mine');
  });

  it('refuses to overwrite a file no earlier build wrote, and writes nothing', async () => {
    const dist = tempDir('sco-dist-');
    // The name webpack will give the entry: build it once elsewhere to learn it.
    const probe = tempDir('sco-dist-');
    await buildTiny(probe, 'console.log(3);\n');
    const [name] = readdirSync(probe).filter((file) => file.endsWith('.js'));
    writeFileSync(join(dist, name!), 'the user’s own file of that name');
    const errors = await buildTiny(dist, 'console.log(3);\n');
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, new RegExp(`holds "${name!.replace(/\./g, '\\.')}", which no earlier build wrote: the build does not overwrite them`));
    assert.equal(readFileSync(join(dist, name!), 'utf8'), 'the user’s own file of that name');
    assert.equal(existsSync(join(dist, MANIFEST)), false);
  });

  it('SCO_DIST_DIR=<a folder with the user’s files> npm run build keeps them and removes its stale files', () => {
    const dist = tempDir('sco-dist-');
    writeFileSync(join(dist, 'thesis.docx'), 'mine');
    mkdirSync(join(dist, 'photos'));
    writeFileSync(join(dist, 'photos', 'a.jpg'), 'mine');
    mkdirSync(join(dist, 'release'));
    writeFileSync(join(dist, 'release', 'README.md'), 'the exporter’s');
    // A previous build's script and folder that this build no longer emits.
    mkdirSync(join(dist, 'old'));
    writeFileSync(join(dist, 'old', 'chunk.0000aaaa.js'), '');
    writeFileSync(join(dist, 'taskpane.0000aaaa.js'), '');
    writeFileSync(join(dist, MANIFEST), manifest(['taskpane.0000aaaa.js', 'old/chunk.0000aaaa.js']));
    const mine = hashTree(join(dist, 'photos'));
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: { ...process.env, SCO_DIST_DIR: dist }, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    assert.equal(readFileSync(join(dist, 'thesis.docx'), 'utf8'), 'mine');
    assert.deepEqual(hashTree(join(dist, 'photos')), mine);
    assert.equal(readFileSync(join(dist, 'release', 'README.md'), 'utf8'), 'the exporter’s');
    assert.equal(existsSync(join(dist, 'taskpane.0000aaaa.js')), false);
    assert.equal(existsSync(join(dist, 'old')), false);
    const emitted = JSON.parse(readFileSync(join(dist, MANIFEST), 'utf8')).files as string[];
    assert.ok(emitted.includes('taskpane.html') && emitted.includes('manifest.xml') && emitted.includes('functions.js'), emitted.join(' '));
    for (const file of emitted) assert.ok(existsSync(join(dist, file)), file);
  });
});
