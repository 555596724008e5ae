// `npm run bench:export`: the cost of a full release against a baseline of the same rows written
// by bare papaparse and bare exceljs (no project code), and how time grows with the number of rows.
// Prints figures; asserts nothing. Each measurement runs in a fresh child process so that peak
// memory (max RSS) is its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { TEMPLATES, isYearlyTable, tableData, type TableData } from '../src/core';
import { DEFAULT_DATA_DIR, loadDataDir } from '../src/node/data-dir';
import { csvText } from '../src/exporter/csv';
import { repackZip } from '../src/exporter/deterministic-zip';
import { RELEASE_TABLES, buildRelease } from '../src/exporter/release';
import { workbookBuffer } from '../src/exporter/xlsx';

interface Sample {
  ms: number;
  maxRssMb: number;
}

const DATA_DIR = process.env.SCO_BENCH_DATA ?? DEFAULT_DATA_DIR;
const VERSION = '0.0.0';
const TO_YEAR = 2026;

/** The release's tables, with the status-event table repeated `copies` times (fresh keys). */
function tables(copies: number): TableData[] {
  const data = loadDataDir(DATA_DIR);
  return RELEASE_TABLES.map((id) => {
    const table = tableData(data, id, isYearlyTable(id) ? { toYear: TO_YEAR } : {});
    if (id !== 'status_events' || copies === 1) return table;
    const rows = Array.from({ length: copies }, (_, copy) => table.rows.map((row) => ({ ...row, event_id: `${row.event_id}_c${copy}` }))).flat();
    return { ...table, rows };
  });
}

/** The baseline: the same cells by bare papaparse and bare exceljs (plain values, one sheet each). */
async function baseline(copies: number, out: string): Promise<void> {
  const all = tables(copies);
  const workbook = new ExcelJS.Workbook();
  for (const table of all) {
    const fields = table.template.columns.map((column) => column.key);
    const data = table.rows.map((row) => fields.map((key) => row[key] ?? ''));
    writeFileSync(join(out, `${table.template.id}.csv`), Papa.unparse({ fields, data }));
    const sheet = workbook.addWorksheet(table.template.id);
    sheet.addTable({ name: `t_${table.template.id}`, ref: 'A1', columns: fields.map((name) => ({ name })), rows: data });
  }
  writeFileSync(join(out, 'baseline.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** The full release: validation, every file, checksums, the move into place. */
async function release(out: string): Promise<void> {
  await buildRelease({ out: join(out, 'release'), dataDir: DATA_DIR, version: VERSION });
}

/** The exporter's writers (CSV + workbook + zip re-pack) on scaled tables, for the growth curve. */
async function scaled(copies: number, out: string): Promise<void> {
  const all = tables(copies);
  for (const table of all) writeFileSync(join(out, `${table.template.id}.csv`), csvText(table));
  const info = { title: 'bench', release_date: '2026-01-01', data_as_of: '2026-01-01', authors: [{ name: 'bench' }], licence_data: 'CC-BY-4.0' as const, licence_code: 'MIT' as const, version: VERSION };
  writeFileSync(join(out, 'bench.xlsx'), await repackZip(await workbookBuffer(info, all, 'en'), new Date('2026-01-01T00:00:00Z')));
}

function measure(task: string, copies = 1): Sample {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--task', task, String(copies)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${task} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Sample;
}

async function child(task: string, copies: number): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'sco-bench-'));
  const start = process.hrtime.bigint();
  if (task === 'baseline') await baseline(copies, out);
  else if (task === 'release') await release(out);
  else await scaled(copies, out);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rmSync(out, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

function median(samples: Sample[]): Sample {
  const pick = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ms: pick(samples.map((s) => s.ms)), maxRssMb: pick(samples.map((s) => s.maxRssMb)) };
}

function main(): void {
  const runs = Number(process.env.SCO_BENCH_RUNS ?? 3);
  const repeat = (task: string, copies = 1) => median(Array.from({ length: runs }, () => measure(task, copies)));
  const full = repeat('release');
  const base = repeat('baseline');
  const events = TEMPLATES.status_events.id;
  console.log(`data: ${DATA_DIR}; median of ${runs} runs, each in a fresh process (time excludes process start-up)`);
  console.log(`full release         ${full.ms.toFixed(0).padStart(7)} ms  peak RSS ${full.maxRssMb.toFixed(0).padStart(5)} MB`);
  console.log(`baseline (bare libs) ${base.ms.toFixed(0).padStart(7)} ms  peak RSS ${base.maxRssMb.toFixed(0).padStart(5)} MB`);
  console.log(`ratio release/baseline: time ${(full.ms / base.ms).toFixed(2)}x, peak memory ${(full.maxRssMb / base.maxRssMb).toFixed(2)}x (target: time within 1.5x)`);
  console.log(`\ngrowth with ${events} copied 1x/10x/100x (exporter writers vs bare libraries, same tables):`);
  for (const copies of [1, 10, 100]) {
    const ours = repeat('scaled', copies);
    const bare = repeat('baseline', copies);
    console.log(`  ${String(copies).padStart(3)}x  exporter ${ours.ms.toFixed(0).padStart(7)} ms (${ours.maxRssMb.toFixed(0)} MB)  baseline ${bare.ms.toFixed(0).padStart(7)} ms (${bare.maxRssMb.toFixed(0)} MB)  ratio ${(ours.ms / bare.ms).toFixed(2)}x`);
  }
}

const taskAt = process.argv.indexOf('--task');
if (taskAt >= 0) void child(process.argv[taskAt + 1]!, Number(process.argv[taskAt + 2] ?? 1));
else main();
