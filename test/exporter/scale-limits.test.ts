// What the exporter does at sizes the bundled data does not reach: a table longer than an Excel
// sheet continues on numbered sheets (tested with a small injected limit), and SIGINT/SIGTERM
// stop a long run at once, leaving nothing behind.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { scaledDataDir } from '../../bench/lib/scale-data';
import { TEMPLATES, headerRow } from '../../src/core';
import { DATA_DIR, ROOT, VALID_FIXTURE, requireOrSkip } from '../helpers';
import { BIN, PYTHON_WITH_OPENPYXL, runCli, tempDir } from './support';

/** What openpyxl (software this project did not write) reads: sheets, tables and cell values. */
function readWorkbook(path: string): { sheets: string[]; tables: Record<string, Record<string, string>>; cells: Record<string, unknown[][]> } {
  const script = [
    'import json, sys, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'value = lambda v: v.isoformat() if hasattr(v, "isoformat") else v',
    'print(json.dumps({"sheets": wb.sheetnames, "tables": {ws.title: dict(ws.tables.items()) for ws in wb.worksheets}, "cells": {ws.title: [[value(c.value) for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}}))',
  ].join('\n');
  const run = spawnSync(PYTHON_WITH_OPENPYXL!, ['-c', script, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as ReturnType<typeof readWorkbook>;
}

/** The largest table of a release, from the CLI's summary (`  csv/x.csv   rows   bytes`). */
function largestTable(stdout: string): { table: string; rows: number } {
  const tables = [...stdout.matchAll(/^ {2}csv\/(\w+)\.csv +(\d+) +\d+$/gm)].map((match) => ({ table: match[1]!, rows: Number(match[2]) }));
  return tables.sort((a, b) => b.rows - a.rows)[0]!;
}

describe('exporter: Excel row limit', function () {
  this.timeout(300_000);

  it('splits a table longer than a sheet into numbered continuation sheets, each its own Excel Table, listed in the README sheet and the data dictionary', function () {
    requireOrSkip(this, PYTHON_WITH_OPENPYXL !== undefined, 'python3 with openpyxl (Debian python3-openpyxl)');
    const first = runCli(['--out', join(tempDir(), 'release'), '--data', VALID_FIXTURE]);
    assert.equal(first.status, 0, first.stderr);
    const largest = largestTable(first.stdout);
    assert.ok(largest.rows > 2, first.stdout);

    // One row fewer than the largest table: that table needs a second sheet holding its last row.
    const limit = largest.rows - 1;
    const out = join(tempDir(), 'release');
    const split = runCli(['--out', out, '--data', VALID_FIXTURE], { SCO_EXPORT_TEST_SHEET_ROWS: String(limit) });
    assert.equal(split.status, 0, split.stderr);
    // The CSV file is whole: only the workbook's sheets have a row limit.
    assert.equal(largestTable(split.stdout).rows, largest.rows);
    const book = readWorkbook(join(out, 'sco-data.xlsx'));
    const id = largest.table;
    const continued = `${id}_2`;
    assert.equal(book.sheets[book.sheets.indexOf(id) + 1], continued);
    const template = TEMPLATES[id as keyof typeof TEMPLATES];
    const lastColumn = String.fromCharCode(64 + template.columns.length);
    assert.deepEqual(book.tables[id], { [`tbl_${id}`]: `A1:${lastColumn}${limit + 1}` });
    assert.deepEqual(book.tables[continued], { [`tbl_${id}_2`]: `A1:${lastColumn}2` });
    const header = headerRow(template, 'en');
    assert.deepEqual(book.cells[id]![0], header);
    assert.deepEqual(book.cells[continued]![0], header);
    // Both sheets together hold the CSV's rows in order: the first `limit` here, the last one there.
    const csv = Papa.parse<string[]>(readFileSync(join(out, 'csv', `${id}.csv`), 'utf8'), { skipEmptyLines: true }).data.slice(1);
    const shown = (row: unknown[]) => row.map((value) => (value === null ? '' : typeof value === 'boolean' ? String(value) : String(value).replace(/T00:00:00$/, '')));
    assert.deepEqual(book.cells[id]!.slice(1).map(shown), csv.slice(0, limit));
    assert.deepEqual(book.cells[continued]!.slice(1).map(shown), csv.slice(limit));
    // The README sheet lists both parts with their rows; the dictionary lists the continuation's columns.
    const readme = book.cells.README!;
    const listed = (sheet: string) => readme.find((row) => row[0] === sheet);
    assert.equal(listed(id)?.[2], limit);
    assert.equal(listed(continued)?.[2], 1);
    assert.match(String(listed(continued)?.[1]), new RegExp(`\\(2/2: ${largest.rows}–${largest.rows}\\)$`));
    assert.deepEqual(
      book.cells.data_dictionary!.filter((row) => row[0] === continued).map((row) => row[1]),
      template.columns.map((column) => column.key),
    );
  });
});

describe('exporter: SIGINT and SIGTERM on a long run', function () {
  this.timeout(600_000);
  let bigData: string;
  before(() => {
    // Every ISO 3166 state (249): about 40x the bundled data's output cells, a run of about ten
    // seconds of CPU. (85 states, about 10x, came to finish within the 2.5 s wait once the
    // dyad-year panel was built without a sort.)
    bigData = scaledDataDir(DATA_DIR, 249);
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
