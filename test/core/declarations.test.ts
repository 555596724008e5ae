// The declarations in templates/ are the one description of each table: this checks that each
// declared data table is complete (data file, fixture rows, documentation) and that every name a
// declaration mentions (a referenced table, a precision column, an earlier date) exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import * as templates from '../../templates';
import { storedColumns, type TableTemplate } from '../../templates/schema-types';
import { PRECISIONS } from '../../templates/vocab';
import { DATA_TABLES, columnDomain, dataReadmeColumns, withGeneratedColumns } from '../../src/core';
import { DATA_DIR, ROOT, VALID_FIXTURE } from '../helpers';

const registry = templates.TABLES as readonly TableTemplate[];
const declared = registry.filter((table): table is TableTemplate & { dataFile: string } => typeof table.dataFile === 'string');
const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8');

describe('table declarations (templates/)', () => {
  it("registers every declaration exported from templates/ in TABLES (changes.csv, the exporter's diff, aside)", () => {
    const exported = (Object.values(templates) as unknown[]).filter((value): value is TableTemplate => typeof value === 'object' && value !== null && 'columns' in value && 'primaryKey' in value);
    assert.deepEqual(
      exported.filter((table) => !registry.includes(table)).map((table) => table.id),
      ['changes'],
    );
    assert.equal(new Set(registry.map((table) => table.id)).size, registry.length, 'two declarations share an id');
  });

  it('declares a data table for every file in data/ and test/fixtures/valid/, and no other', () => {
    const files = (dir: string) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.csv'))
        .sort();
    assert.deepEqual(files(DATA_DIR), declared.map((table) => table.dataFile).sort());
    assert.deepEqual(files(VALID_FIXTURE), declared.map((table) => table.dataFile).sort());
    // Twelve at this writing, counted by hand from data/: sources, countries, summits, status
    // events, officials, chairmanships, the two councils' meetings, summit attendance, documents,
    // applications, conflicts.
    assert.equal(declared.length, 12);
  });

  for (const table of declared) {
    describe(table.dataFile, () => {
      it('is validated: it is registered among the data tables under its id', () => {
        assert.equal((DATA_TABLES as Record<string, TableTemplate>)[table.id], table);
      });

      it('has its data file, with the declared header', () => {
        const file = join(DATA_DIR, table.dataFile);
        assert.ok(existsSync(file), `data/${table.dataFile} is missing`);
        const header = readFileSync(file, 'utf8').split('\n')[0];
        assert.equal(
          header,
          storedColumns(table)
            .map((column) => column.key)
            .join(','),
        );
      });

      it('has fixture rows in test/fixtures/valid/', () => {
        const file = join(VALID_FIXTURE, table.dataFile);
        assert.ok(existsSync(file), `test/fixtures/valid/${table.dataFile} is missing`);
        const rows = Papa.parse(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
        assert.ok(rows.length >= 2, 'the fixture has a header but no row');
      });

      it('is documented in data/README.md, every column with its domain', () => {
        assert.ok(readme.includes(`### ${table.dataFile}`), `data/README.md has no section for ${table.dataFile}`);
        for (const column of storedColumns(table))
          assert.ok(readme.includes(`| \`${column.key}\` | ${columnDomain(column).replace(/\|/g, '\\|')} |`), `${table.dataFile}: column ${column.key} is not documented`);
      });

      it('names only columns and tables that exist', () => {
        const keys = new Set(table.columns.map((column) => column.key));
        for (const column of table.columns) {
          for (const language of ['en', 'ru', 'zh'] as const) assert.ok(column.headers[language].trim() !== '', `${column.key}: no ${language} header`);
          assert.ok(column.description.trim() !== '', `${column.key}: no description`);
          if (column.references) {
            const target = declared.find((candidate) => candidate.id === column.references!.table);
            assert.ok(target, `${column.key} references undeclared table ${column.references.table}`);
            assert.deepEqual(target.primaryKey, [column.references.column], `${column.key} must reference ${column.references.table}'s key`);
          }
          if (column.precisionColumn) {
            const precision = table.columns.find((candidate) => candidate.key === column.precisionColumn);
            assert.deepEqual(precision?.categories, PRECISIONS, `${column.key}: its precision column ${column.precisionColumn} lists ${PRECISIONS.join(', ')}`);
            assert.ok(column.type === 'partial_date' || column.type === 'date');
          }
          const before = column.constraints?.notBefore;
          if (before) assert.equal(table.columns.find((candidate) => candidate.key === before)?.type, 'partial_date', `${column.key}: notBefore ${before}`);
        }
        for (const group of table.uniqueTogether ?? []) for (const key of group) assert.ok(keys.has(key), `uniqueTogether names ${key}`);
        for (const key of table.primaryKey) assert.ok(keys.has(key), `primary key ${key}`);
        // Every partial date column of a data file says how precisely it is known.
        // (sources.published is the exception the data contract makes: a publication date's form is its precision.)
        for (const column of storedColumns(table).filter((candidate) => candidate.type === 'partial_date' && !(table.id === 'sources' && candidate.key === 'published'))) {
          assert.ok(column.precisionColumn, `${column.key} has no precision column`);
        }
      });
    });
  }

  it("data/README.md's column list is the one the declarations generate (run `npm run docs`)", () => {
    assert.ok(readme.includes(dataReadmeColumns()), 'data/README.md is stale: run `npm run docs`');
    assert.equal(withGeneratedColumns(readme), readme);
  });

  it('CONTRIBUTING.md describes adding a table', () => {
    const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    for (const step of ['templates/', 'data/', 'test/fixtures/valid/', 'npm run docs']) assert.ok(text.includes(step), `CONTRIBUTING.md does not mention ${step}`);
  });
});
