// The task pane's first screen stays within its budget: the JavaScript taskpane.html loads, gzipped,
// at most 90 KB (issue 16). A size, not a speed: measured on the built files, so it may be a test.
// Provenance (sources, conflicts) is a chunk loaded later and is not counted, but must exist apart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzippedBytes, paneScripts } from '../../src/node/pane-files';
import { loadDataDir } from '../../src/node/data-dir';
import { DATA_DIR, ROOT } from '../helpers';
import { scratchDir } from '../scratch';

const FIRST_SCREEN_BUDGET = 90 * 1024;

describe('task pane size', function () {
  this.timeout(300_000);
  let dist: string;

  before(() => {
    dist = join(scratchDir('sco-size-'), 'dist');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      env: { ...process.env, SCO_DATA_DIR: DATA_DIR, SCO_DIST_DIR: dist },
      stdio: 'pipe',
    });
  });

  it('loads at most 90 KB of gzipped JavaScript for the first screen', () => {
    const { firstScreen } = paneScripts(dist);
    // The runtime, the shared chunk, the worksheet functions and the pane's entry.
    assert.ok(firstScreen.includes('functions.js') && firstScreen.some((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name)), firstScreen.join(' '));
    const bytes = gzippedBytes(dist, firstScreen);
    assert.ok(bytes <= FIRST_SCREEN_BUDGET, `first screen ${(bytes / 1024).toFixed(1)} KB gzipped > ${FIRST_SCREEN_BUDGET / 1024} KB (${firstScreen.join(', ')})`);
  });

  it('keeps the sources and conflicts out of the first screen, in one chunk of their own', () => {
    const { firstScreen, later } = paneScripts(dist);
    const provenance = later.filter((name) => /^provenance\.[0-9a-f]{8}\.js$/.test(name));
    assert.equal(provenance.length, 1, `chunks loaded later: ${later.join(' ')}`);
    const { dataset } = loadDataDir(DATA_DIR);
    const firstText = firstScreen.map((name) => readFileSync(join(dist, name), 'utf8')).join('\n');
    const chunkText = readFileSync(join(dist, provenance[0]!), 'utf8');
    // A source's URL and a conflict's id: in the chunk, nowhere in what the first screen loads.
    const url = dataset.sources.find((source) => source.url !== null)!.url!;
    const conflict = dataset.conflicts[0]!.conflict_id;
    for (const marker of [url, conflict]) {
      assert.ok(chunkText.includes(marker), `the chunk lacks ${marker}`);
      assert.ok(!firstText.includes(`"${marker}"`), `the first screen holds ${marker}`);
    }
  });

  it('builds functions.json with entity arguments off (office-js issue 4576), the functions taking plain values', () => {
    const metadata = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as { allowCustomDataForDataTypeAny?: unknown; functions: { id: string }[] };
    assert.equal(metadata.allowCustomDataForDataTypeAny, false);
    assert.ok(metadata.functions.some((fn) => fn.id === 'ATTENDED'));
  });
});
