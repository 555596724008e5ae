// R's frictionless package (rOpenSci) reads the release's datapackage.json: every resource, every
// row, no parsing problem, and each column with the R class frictionless gives its Table Schema
// type. frictionless implements Data Package v1, so this also proves the v2 descriptor's
// `profile: "tabular-data-resource"` on each resource keeps it readable there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { requireOrSkip } from '../helpers';
import { RSCRIPT_WITH_FRICTIONLESS, fixtureRelease } from './support';

interface Field {
  name: string;
  type: string;
  constraints?: { enum?: unknown[] };
}
interface Descriptor {
  resources: { name: string; path: string; schema: { fields: Field[] } }[];
}
type ReadBack = Record<string, { rows: number; columns: string[]; classes: Record<string, string>; problems: number }>;

/**
 * The class frictionless gives a Table Schema type, from its source (R/col_types.R, field_to_col,
 * and R/collectors.R): integers as doubles ("to avoid big integers issues"), booleans logical,
 * dates Date, an enum a factor, strings character.
 */
function rClass(field: Field): string {
  if (field.constraints?.enum !== undefined && ['string', 'integer', 'number'].includes(field.type)) return 'factor';
  const classes: Record<string, string> = { string: 'character', integer: 'numeric', number: 'numeric', boolean: 'logical', date: 'Date' };
  const expected = classes[field.type];
  if (expected === undefined) throw new Error(`no expected R class written for Table Schema type ${field.type} (${field.name})`);
  return expected;
}

describe("exporter: R's frictionless package reads the release's descriptor", function () {
  this.timeout(300_000);

  it('reads every resource with its declared columns, rows and types, without a parsing problem', async function () {
    requireOrSkip(this, RSCRIPT_WITH_FRICTIONLESS, "R's frictionless package (not packaged by Debian: `R CMD INSTALL vendor/frictionless-r` after its r-cran-* dependencies, as .ci/run does)");
    const release = await fixtureRelease();
    const run = spawnSync('Rscript', [join(__dirname, 'readers', 'frictionless.R'), release.dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(run.status, 0, run.stderr);
    const read = JSON.parse(run.stdout) as ReadBack;
    const descriptor = JSON.parse(readFileSync(join(release.dir, 'datapackage.json'), 'utf8')) as Descriptor;
    assert.deepEqual(
      Object.keys(read),
      descriptor.resources.map((resource) => resource.name),
    );
    for (const resource of descriptor.resources) {
      const got = read[resource.name]!;
      const csv = Papa.parse<string[]>(readFileSync(join(release.dir, resource.path), 'utf8'), { skipEmptyLines: true });
      assert.equal(got.rows, csv.data.length - 1, `${resource.name}: rows`);
      assert.equal(got.problems, 0, `${resource.name}: readr problems`);
      assert.deepEqual(
        got.columns,
        resource.schema.fields.map((field) => field.name),
        `${resource.name}: columns`,
      );
      for (const field of resource.schema.fields) assert.equal(got.classes[field.name], rClass(field), `${resource.name}.${field.name} (${field.type})`);
    }
  });
});
