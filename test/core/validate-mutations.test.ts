// Random damage to the bundled data (fast-check): validation either passes, and then its result
// survives a round trip through canonical CSV, or it fails with coded, located problems; it never
// throws. And the exporter writes nothing when validation fails.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { PROBLEM_CODES, columnsOf, formatProblem, loadDataset, type DataTableName, type Dataset, DATA_TABLES, DATASET_FIELDS } from '../../src/core';
import { readDataFiles } from '../../src/node/data-dir';
import { DATA_DIR, ROOT, runTs } from '../helpers';

const bytes = readDataFiles(DATA_DIR);
const FILES = Object.keys(bytes)
  .filter((name) => name.endsWith('.csv'))
  .sort();
const decode = (content: string | Uint8Array) => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));

type Mutation =
  | { kind: 'set_cell'; file: number; row: number; column: number; value: string }
  | { kind: 'delete_cell'; file: number; row: number; column: number }
  | { kind: 'duplicate_row'; file: number; row: number }
  | { kind: 'swap_rows'; file: number; row: number; other: number }
  | { kind: 'byte'; file: number; offset: number; value: number };

const index = fc.nat(10_000);
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '0099', '0099-01-01', '=1+1', '＋1', '\u202e', '\u0000', 'и\u0306', 'x'.repeat(33_000), 'member', '2001-06-16', 'http://tass.com/x', 'KAZ', ';;'),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set_cell' as const), file: index, row: index, column: index, value: hostile }),
  fc.record({ kind: fc.constant('delete_cell' as const), file: index, row: index, column: index }),
  fc.record({ kind: fc.constant('duplicate_row' as const), file: index, row: index }),
  fc.record({ kind: fc.constant('swap_rows' as const), file: index, row: index, other: index }),
  fc.record({ kind: fc.constant('byte' as const), file: index, offset: fc.nat(1_000_000), value: fc.integer({ min: 0, max: 255 }) }),
);

/** The data files after one mutation (cells are edited as parsed CSV; bytes as bytes). */
function mutate(m: Mutation): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { ...bytes };
  const name = FILES[m.file % FILES.length]!;
  if (m.kind === 'byte') {
    const copy = new Uint8Array(bytes[name] as Uint8Array);
    copy[m.offset % copy.length] = m.value;
    files[name] = copy;
    return files;
  }
  const rows = Papa.parse<string[]>(decode(bytes[name]!), { skipEmptyLines: true }).data;
  const body = rows.slice(1);
  const row = m.row % body.length;
  if (m.kind === 'set_cell' || m.kind === 'delete_cell') {
    const cells = [...body[row]!];
    const column = m.column % cells.length;
    if (m.kind === 'set_cell') cells[column] = m.value;
    else cells.splice(column, 1);
    body[row] = cells;
  } else if (m.kind === 'duplicate_row') body.splice(row, 0, body[row]!);
  else {
    const other = m.other % body.length;
    [body[row], body[other]] = [body[other]!, body[row]!];
  }
  files[name] = Papa.unparse([rows[0]!, ...body], { newline: '\n' }) + '\n';
  return files;
}

const TABLE_FIELD: Record<DataTableName, keyof Dataset> = DATASET_FIELDS;

/** A dataset written back as plain CSV, one value per cell, lists joined by their separator. */
function canonicalFiles(dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = { 'release.json': decode(bytes['release.json']!) };
  for (const table of Object.keys(TABLE_FIELD) as DataTableName[]) {
    const columns = columnsOf(table);
    const rows = (dataset[TABLE_FIELD[table]] as unknown as Record<string, unknown>[]).map((row) =>
      columns.map((column) => {
        const value = row[column];
        return value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
      }),
    );
    files[DATA_TABLES[table].dataFile] = Papa.unparse([columns, ...rows], { newline: '\n' }) + '\n';
  }
  return files;
}

// Each run validates the whole bundled data twice; the mutation run (stryker.config.mjs) lowers the
// count, which can only make its score lower, never higher.
const DAMAGE_RUNS = Number(process.env.DAMAGE_RUNS ?? 20);

describe('validator under random damage to the bundled data (fast-check)', () => {
  it('passes with a result that survives a canonical round trip, or fails with coded problems; never throws', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(mutation, (m) => {
        const result = loadDataset(mutate(m), 'data/', { requireRelease: true });
        if (result.ok) {
          const again = loadDataset(canonicalFiles(result.dataset), 'data/', { requireRelease: true });
          assert.ok(again.ok, again.ok ? '' : again.problems.map(formatProblem).join('\n'));
          assert.deepEqual(again.dataset, result.dataset);
          return;
        }
        assert.ok(result.problems.length > 0);
        for (const problem of result.problems) {
          assert.ok(PROBLEM_CODES.includes(problem.code), problem.code);
          assert.ok(problem.line >= 1 && problem.column >= 1, formatProblem(problem));
          assert.doesNotMatch(formatProblem(problem), /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        }
      }),
      { numRuns: DAMAGE_RUNS },
    );
  });

  it('the exporter writes nothing when the data fails validation', function () {
    this.timeout(120_000);
    const work = mkdtempSync(join(tmpdir(), 'sco-data-mutated-'));
    try {
      const data = join(work, 'data');
      cpSync(DATA_DIR, data, { recursive: true });
      const summits = mutate({ kind: 'set_cell', file: FILES.indexOf('summits.csv'), row: 3, column: 2, value: '100' });
      writeFileSync(join(data, 'summits.csv'), summits['summits.csv'] as string);
      const out = join(work, 'release');
      const result = runTs(join(ROOT, 'src', 'exporter', 'cli.ts'), ['--data', data, '--out', out]);
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, /summits\.csv:5:\d+: number: "100" is outside 1 to 99/);
      assert.equal(existsSync(out), false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
