// What the exporter does at sizes the bundled data does not reach: a table longer than an Excel
// sheet is refused with a coded problem (tested with a small injected limit), and SIGINT/SIGTERM
// stop a long run at once, leaving nothing behind.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scaledDataDir } from '../../bench/lib/scale-data';
import { DATA_DIR, ROOT, VALID_FIXTURE } from '../helpers';
import { BIN, runCli, tempDir } from './support';

/** The largest table of a release, from the CLI's summary (`  csv/x.csv   rows   bytes`). */
function largestTable(stdout: string): { table: string; rows: number } {
  const tables = [...stdout.matchAll(/^ {2}csv\/(\w+)\.csv +(\d+) +\d+$/gm)].map((match) => ({ table: match[1]!, rows: Number(match[2]) }));
  return tables.sort((a, b) => b.rows - a.rows)[0]!;
}

describe('exporter: Excel row limit', function () {
  this.timeout(300_000);

  it('refuses a table with more rows than a sheet holds, naming it, and writes nothing; a table of exactly the limit is built', () => {
    const first = runCli(['--out', join(tempDir(), 'release'), '--data', VALID_FIXTURE]);
    assert.equal(first.status, 0, first.stderr);
    const largest = largestTable(first.stdout);
    assert.ok(largest.rows > 2, first.stdout);

    const parent = tempDir();
    const refused = runCli(['--out', join(parent, 'release'), '--data', VALID_FIXTURE], { SCO_EXPORT_TEST_SHEET_ROWS: String(largest.rows - 1) });
    assert.equal(refused.status, 1);
    assert.equal(
      refused.stderr,
      `sco-data-export: table_over_sheet_rows: table ${largest.table} has ${largest.rows} rows, more than the ${largest.rows - 1} data rows an Excel sheet holds below its header, so the workbook cannot hold it as one Excel Table (reduce the data, e.g. fewer states or years; the exporter does not split a table across sheets, where a filter or a pivot would see part of it; nothing was written)\n`,
    );
    assert.deepEqual(readdirSync(parent), []);

    const atLimit = runCli(['--out', join(parent, 'release'), '--data', VALID_FIXTURE], { SCO_EXPORT_TEST_SHEET_ROWS: String(largest.rows) });
    assert.equal(atLimit.status, 0, atLimit.stderr);
  });
});

describe('exporter: SIGINT and SIGTERM on a long run', function () {
  this.timeout(600_000);
  let bigData: string;
  before(() => {
    // 85 states: about 10x the bundled data's output cells (a run of many seconds).
    bigData = scaledDataDir(DATA_DIR, 85);
  });
  after(() => rmSync(bigData, { recursive: true, force: true }));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} ends the precompiled export mid-run, by that signal, leaving nothing beside --out`, async () => {
      const parent = tempDir();
      const out = join(parent, 'release');
      const child = spawn(process.execPath, [BIN, '--data', bigData, '--out', out], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
      let exited = false;
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.on('exit', (code, got) => {
          exited = true;
          done({ code, signal: got });
        }),
      );
      // Mid-run: long enough to be validating or rendering, far from done at this size.
      await new Promise((resume) => setTimeout(resume, 2500));
      assert.equal(exited, false, 'the export ended before the signal; the test needs a longer run');
      const sent = process.hrtime.bigint();
      child.kill(signal);
      const result = await exit;
      const waitedMs = Number(process.hrtime.bigint() - sent) / 1e6;
      // A liveness bound, not a speed figure: generous (3 s) because the machine may be loaded.
      assert.ok(waitedMs < 3000, `took ${waitedMs.toFixed(0)} ms to stop`);
      assert.equal(result.signal, signal);
      assert.equal(existsSync(out), false);
      assert.deepEqual(readdirSync(parent), []);
    });
  }
});
