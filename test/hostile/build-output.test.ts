// The add-in build removes files that an earlier build listed and this one no longer emits. A
// user who since replaced one of those folders by a symbolic link to a folder of their own must
// not lose what the link points to: the build deletes only what it provably wrote.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTiny } from '../exporter/build-tiny';
import { tempDir } from '../exporter/support';

const MANIFEST = '.sco-build-files.json';

describe('hostile: the build and a link where its old folder was', () => {
  it('keeps the files behind a symbolic link that replaced a folder the last build wrote', async () => {
    const home = tempDir('sco-home-');
    const dist = join(home, 'dist');
    const documents = join(home, 'documents');
    mkdirSync(dist);
    mkdirSync(documents);
    writeFileSync(join(documents, 'chunk.0000aaaa.js'), 'the user’s own file');
    // The last build wrote old/chunk.0000aaaa.js; the user has since put a link at old/.
    writeFileSync(join(dist, MANIFEST), `${JSON.stringify({ tool: 'sco-data build', files: ['old/chunk.0000aaaa.js'] })}\n`);
    symlinkSync(documents, join(dist, 'old'));
    assert.deepEqual(await buildTiny(dist), []);
    assert.equal(readFileSync(join(documents, 'chunk.0000aaaa.js'), 'utf8'), 'the user’s own file');
    assert.ok(readdirSync(dist).includes('old'), 'the link itself is the user’s too');
  });

  it('keeps a symbolic link that stands where a file the last build wrote was', async () => {
    const home = tempDir('sco-home-');
    const dist = join(home, 'dist');
    mkdirSync(dist);
    writeFileSync(join(home, 'notes.txt'), 'mine');
    writeFileSync(join(dist, MANIFEST), `${JSON.stringify({ tool: 'sco-data build', files: ['taskpane.0000aaaa.js'] })}\n`);
    symlinkSync(join(home, 'notes.txt'), join(dist, 'taskpane.0000aaaa.js'));
    assert.deepEqual(await buildTiny(dist), []);
    assert.ok(readdirSync(dist).includes('taskpane.0000aaaa.js'));
    assert.equal(readFileSync(join(home, 'notes.txt'), 'utf8'), 'mine');
  });

  it('does not write through a symbolic link the user put where an emitted file goes', async () => {
    const home = tempDir('sco-home-');
    const dist = join(home, 'dist');
    mkdirSync(dist);
    assert.deepEqual(await buildTiny(dist), []);
    const script = readdirSync(dist).find((name) => name.endsWith('.js'))!;
    writeFileSync(join(home, 'notes.js'), 'mine');
    rmSync(join(dist, script));
    symlinkSync(join(home, 'notes.js'), join(dist, script));
    const errors = await buildTiny(dist);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /is a symbolic link or lies behind one: the build does not write through it/);
    assert.equal(readFileSync(join(home, 'notes.js'), 'utf8'), 'mine');
  });
});
