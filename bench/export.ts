// `npm run bench:export`: what `npm run export` costs from process start to exit, against
// (1) the TypeScript CLI run through tsx (the export before the precompiled bundle) and (2) a bare
// exceljs streaming write of the same cells plus a bare CSV write (bench/lib/bare-write.ts); then
// how it grows on synthetic data directories (more states, bench/lib/scale-data.ts) that pass the
// real validator: CPU µs per output cell and peak RSS at each size. Every figure comes from
// bench/lib/harness.ts (child processes, interleaved and rotated, CPU time). Prints; asserts nothing.
// Uses the committed bin/cli bundles: run `npm run build:cli` first after changing src/.
// Environment: SCO_BENCH_ROUNDS (5), SCO_BENCH_GROWTH_ROUNDS (2), SCO_BENCH_SIZES (27,249,249:2067):
// each `states[:through year]`: the bundled data's 27 states (1x); 249, every ISO 3166 state (about
// 10x the countries); 249 with the panels run on to 2067 (about 100x the bundled output rows,
// and a dyad-year panel longer than an Excel sheet, so the continuation sheets are timed too).
// SCO_BENCH_COUNTRIES (a list of state counts) is still read when SCO_BENCH_SIZES is not set.
// SCO_BENCH_PHASE_ROUNDS (3): runs of the CPU breakdown by step (bench/lib/phases.ts) printed after the goals.
// SCO_BENCH_ISSUE_TREE (unset): a checkout of ISSUE_COMMIT with its own `npm ci` done (README, "What
// an export costs"); its `npm run export` then runs in the same rounds as the issue's "today".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DEFAULT_DATA_DIR } from '../src/node/data-dir';
import { compare, median, report, runOnce, type Summary, type Variant } from './lib/harness';
import { scaledDataDir } from './lib/scale-data';

const ROOT = join(__dirname, '..');
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const EXPORT_BIN = join(ROOT, 'bin', 'sco-data-export.cjs');
const VALIDATE_BIN = join(ROOT, 'bin', 'cli', 'validate.cjs');
const work = mkdtempSync(join(tmpdir(), 'sco-bench-export-'));
/**
 * The Node options `npm run export` gives (package.json), so that "node alone" runs what npm runs,
 * and the bare write runs under them too: a V8 setting is no work the export saves, and without
 * it the bare write costs about 16% more CPU (--single-threaded, bundled data), which would
 * flatter every ratio against it.
 */
const EXPORT_NODE_OPTIONS = ((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.export ?? '')
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));
/**
 * The tree #16 ("Fast and lean") measured as "today" (4.6 s CPU for `npm run export`, 888 modules
 * through tsx): main when the issue was filed, the last commit before work on it began.
 */
const ISSUE_COMMIT = '0b28b73';
const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** A variant whose output folder is emptied before each run. */
function writing(name: string, command: (out: string) => string[], timeoutMs?: number, cwd = ROOT): Variant {
  const out = join(work, `out-${name.replace(/\W+/g, '_')}`);
  return { name, command: command(out), cwd, timeoutMs, before: () => rmSync(out, { recursive: true, force: true }) };
}

/**
 * `npm run export` of the issue's tree, when SCO_BENCH_ISSUE_TREE names a checkout of it: the
 * command as it was, on the data as it was (fewer tables than today's, so this baseline does
 * less work than today's export). Refuses a folder whose exporter is not the one of ISSUE_COMMIT.
 */
function issueToday(): Variant[] {
  const tree = process.env.SCO_BENCH_ISSUE_TREE;
  if (!tree) return [];
  const file = 'src/exporter/cli.ts';
  const expected = spawnSync('git', ['show', `${ISSUE_COMMIT}:${file}`], { cwd: ROOT, encoding: 'utf8' });
  if (expected.status !== 0) throw new Error(`SCO_BENCH_ISSUE_TREE: git show ${ISSUE_COMMIT}:${file} failed: ${expected.stderr}`);
  if (readFileSync(join(tree, file), 'utf8') !== expected.stdout) throw new Error(`SCO_BENCH_ISSUE_TREE: ${join(tree, file)} is not the one of ${ISSUE_COMMIT}`);
  return [writing(`issue's today (${ISSUE_COMMIT}, npm run export)`, (out) => ['npm', 'run', '--silent', 'export', '--', '--out', out], undefined, tree)];
}

/** The cells of `dataDir`'s release tables, written for the bare writer (untimed). */
function dumpCells(dataDir: string, file: string): { cells: number; rows: number } {
  const run = spawnSync(process.execPath, [TSX_CLI, join(__dirname, 'lib', 'dump-cells.ts'), dataDir, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`dump-cells failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim()) as { cells: number; rows: number };
}

async function bareWriter(): Promise<string> {
  const outfile = join(work, 'bare-write.cjs');
  await build({ entryPoints: [join(__dirname, 'lib', 'bare-write.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  return outfile;
}

/**
 * Where the bundle's CPU time goes, beside the bare write's: start-up (Node loading the bundle,
 * measured alone) and each step of buildRelease (bench/lib/phases.ts, medians of `rounds` runs).
 * The steps the bare write has no counterpart of (validation, charts) show what no faster writer
 * can remove.
 */
function breakdown(rounds: number, bundle: Summary, bare: Summary): string {
  const loadOnly = compare([{ name: 'load the bundle', command: [process.execPath, ...EXPORT_NODE_OPTIONS, '-e', `require(${JSON.stringify(join(ROOT, 'bin', 'cli', 'export.cjs'))})`] }], rounds)[0]!;
  const phases: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    const out = join(work, 'out-phases');
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(process.execPath, [TSX_CLI, join(__dirname, 'lib', 'phases.ts'), out], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`phases failed: ${run.stderr}`);
    for (const [phase, ms] of Object.entries(JSON.parse(run.stdout.trim()) as Record<string, number>)) (phases[phase] ??= []).push(ms);
  }
  const cpu = (summary: Summary) => median(summary.runs.map((run) => run.cpuMs));
  const line = (label: string, ms: number) => `  ${label.padEnd(66)} ${ms.toFixed(0).padStart(6)} ms`;
  return [
    `where the CPU goes (medians; start-up from ${loadOnly.runs.length} runs of node loading bin/cli/export.cjs, the steps from ${rounds} runs of bench/lib/phases.ts)`,
    line('start-up: Node, loading and compiling the bundle', cpu(loadOnly)),
    ...Object.entries(phases).map(([phase, values]) => line(phase, median(values))),
    line('bundle, node alone (whole process, above)', cpu(bundle)),
    line('bare exceljs stream + CSV (whole process, above)', cpu(bare)),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const bare = await bareWriter();
  const rounds = numberFrom('SCO_BENCH_ROUNDS', 5);

  console.log('npm run export, from process start to exit (bundled data)');
  const cellsFile = join(work, 'cells-1x.ndjson');
  const size = dumpCells(DEFAULT_DATA_DIR, cellsFile);
  const issue = issueToday();
  const variants = [
    ...issue,
    writing('tsx CLI (npm run export:ts)', (out) => ['npm', 'run', '--silent', 'export:ts', '--', '--out', out]),
    writing('bundle (npm run export)', (out) => ['npm', 'run', '--silent', 'export', '--', '--out', out]),
    writing('bundle, node alone', (out) => [process.execPath, ...EXPORT_NODE_OPTIONS, EXPORT_BIN, '--out', out]),
    writing('bare exceljs stream + CSV', (out) => [process.execPath, ...EXPORT_NODE_OPTIONS, bare, cellsFile, out]),
  ];
  const summaries = compare(variants, rounds);
  const named = (name: string) => summaries.find((summary) => summary.name.startsWith(name))!;
  const issueBaseline = issue.map((variant) => variant.name);
  console.log(report(summaries, [...issueBaseline, named('tsx CLI').name, named('bare').name]));
  const goal1 =
    issueBaseline.length > 0
      ? "(1) at most 0.50x the issue's today, and the stricter reading: against the tsx CLI on today's sources"
      : `(1) at most 0.50x (today = the tsx CLI on today's sources; set SCO_BENCH_ISSUE_TREE for the issue's own tree, ${ISSUE_COMMIT})`;
  console.log(`goals: ${goal1}; (2) at most 1.20x the bare write; ${size.cells} data cells in ${size.rows} rows\n`);
  console.log(breakdown(numberFrom('SCO_BENCH_PHASE_ROUNDS', 3), named('bundle, node alone'), named('bare')));

  const sizes = (process.env.SCO_BENCH_SIZES ?? process.env.SCO_BENCH_COUNTRIES ?? '27,249,249:2067').split(',').map((spec) => {
    const [states, year] = spec.split(':').map(Number);
    return { states: states!, throughYear: year };
  });
  const growthRounds = numberFrom('SCO_BENCH_GROWTH_ROUNDS', 2);
  console.log('growth: synthetic data directories (more states, later years), each checked by the validator first');
  const rows: string[] = [];
  let firstCostPerCell: number | null = null;
  let firstRows: number | null = null;
  for (const { states: count, throughYear } of sizes) {
    const dir = scaledDataDir(DEFAULT_DATA_DIR, count, throughYear);
    const label = `${count} states${throughYear === undefined ? '' : ` to ${throughYear}`}`;
    try {
      // Throws when the validator refuses the directory.
      runOnce({ name: 'validate', command: [process.execPath, VALIDATE_BIN, dir] });
      const file = join(work, `cells-${count}.ndjson`);
      const { cells, rows: outRows } = dumpCells(dir, file);
      firstRows ??= outRows;
      const exportRun = writing(`export ${label}`, (out) => [process.execPath, ...EXPORT_NODE_OPTIONS, EXPORT_BIN, '--data', dir, '--out', out], 30 * 60_000);
      const bareRun = writing(`bare ${label}`, (out) => [process.execPath, ...EXPORT_NODE_OPTIONS, bare, file, out], 30 * 60_000);
      const [ours, base] = compare([exportRun, bareRun], growthRounds);
      console.log(report([ours!, base!], [base!.name]));
      if (ours!.runs.length === 0) {
        rows.push(`${label.padEnd(18)}  ${`${(outRows / firstRows).toFixed(1)}x`.padStart(7)}  ${String(outRows).padStart(9)}  ${String(cells).padStart(10)}  did not finish: ${ours!.failed[0]}`);
        continue;
      }
      const cpu = median(ours!.runs.map((run) => run.cpuMs));
      const perCell = (cpu * 1000) / cells;
      firstCostPerCell ??= perCell;
      const rss = Math.max(...ours!.runs.map((run) => run.peakRssMb));
      const bareCpu = base!.runs.length > 0 ? median(base!.runs.map((run) => run.cpuMs)) : NaN;
      rows.push(
        `${label.padEnd(18)}  ${`${(outRows / firstRows).toFixed(1)}x`.padStart(7)}  ${String(outRows).padStart(9)}  ${String(cells).padStart(10)}  ${cpu.toFixed(0).padStart(9)}  ${perCell.toFixed(3).padStart(8)}  ${(perCell / firstCostPerCell).toFixed(2).padStart(7)}x  ${rss.toFixed(0).padStart(8)}  ${(cpu / bareCpu).toFixed(2).padStart(7)}x`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\nsize                   rows  data rows       cells     CPU ms   µs/cell  vs first  RSS MB  vs bare`);
  for (const row of rows) console.log(row);
  console.log('goals: µs/cell flat (linear time), peak RSS at most 1024 MB, Node default heap (no --max-old-space-size)');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
