// Untimed preparation for the bare-write baseline: the cells of a release's tables, computed by
// the core exactly as the exporter computes them (same tables, same year range), written as
// newline-delimited JSON: a {"table", "headers"} line per table, then one array per row.
// Usage: tsx bench/lib/dump-cells.ts DATA_DIR OUT_FILE; prints the number of data cells.
import { readFileSync, writeFileSync, openSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isYearlyTable, sheetRows, tableData } from '../../src/core';
import { loadDataDir } from '../../src/node/data-dir';
import { RELEASE_TABLES } from '../../src/exporter/release';

const [dataDir, outFile] = process.argv.slice(2) as [string, string];
const dataAsOf = (JSON.parse(readFileSync(join(dataDir, 'release.json'), 'utf8')) as { data_as_of: string }).data_as_of;
const data = loadDataDir(dataDir);
const toYear = Number(dataAsOf.slice(0, 4));
writeFileSync(outFile, '');
const fd = openSync(outFile, 'a');
let cells = 0;
let rows = 0;
for (const id of RELEASE_TABLES) {
  const table = tableData(data, id, { lang: 'en', ...(isYearlyTable(id) ? { toYear, until: dataAsOf } : {}) });
  writeSync(fd, `${JSON.stringify({ table: id, headers: table.template.columns.map((column) => column.key) })}\n`);
  const lines: string[] = [];
  for (const row of sheetRows(table)) {
    lines.push(JSON.stringify(row.map((cell) => cell.value)));
    cells += row.length;
    rows++;
    if (lines.length === 10_000) writeSync(fd, `${lines.splice(0).join('\n')}\n`);
  }
  if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
}
closeSync(fd);
process.stdout.write(`${JSON.stringify({ cells, rows })}\n`);
