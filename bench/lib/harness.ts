// A bench harness that can decide: each variant runs as its own process tree, the variants of one
// comparison are interleaved and rotated (round r starts at variant r mod n, so no variant always
// runs first or after the same neighbour), and each run is measured from process start to exit:
// CPU time (user + system, summed over every Node process of the tree through usage-report.cjs,
// from process.resourceUsage()), wall time, and peak RSS (the largest process of the tree).
// Ratios are against a baseline measured in the same rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Variant {
  name: string;
  /** The program and its arguments (a `node` command, `npm`, ...). */
  command: readonly string[];
  cwd?: string;
  env?: Record<string, string>;
  /** Runs before each run, untimed (e.g. removing the previous run's output). */
  before?: () => void;
  /** Give up on a run after this long (it then counts as failed). */
  timeoutMs?: number;
}

export interface Run {
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
  /** Node processes the run started (npm, sh's children, ...). */
  processes: number;
}

export interface Summary {
  name: string;
  runs: Run[];
  failed: string[];
}

const USAGE_REPORT = join(__dirname, 'usage-report.cjs');

/** One run of `variant`, measured. Throws when it fails. */
export function runOnce(variant: Variant): Run {
  variant.before?.();
  const dir = mkdtempSync(join(tmpdir(), 'sco-bench-usage-'));
  const usageFile = join(dir, 'usage.jsonl');
  try {
    const inherited = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : '';
    const env = { ...process.env, ...variant.env, NODE_OPTIONS: `${inherited}--require ${USAGE_REPORT}`, SCO_BENCH_USAGE_FILE: usageFile };
    const [program, ...args] = variant.command;
    const start = process.hrtime.bigint();
    const result = spawnSync(program!, args, { cwd: variant.cwd, env, encoding: 'utf8', maxBuffer: 1 << 26, timeout: variant.timeoutMs, killSignal: 'SIGKILL' });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`${variant.name}: exit ${result.status ?? result.signal}${result.signal === 'SIGKILL' ? ' (timed out)' : ''}: ${result.stderr.slice(-2000)}`);
    const lines = readFileSync(usageFile, 'utf8').trim().split('\n').filter(Boolean);
    const usage = lines.map((line) => JSON.parse(line) as { userUs: number; systemUs: number; maxRssKb: number });
    return {
      cpuMs: usage.reduce((sum, one) => sum + one.userUs + one.systemUs, 0) / 1000,
      wallMs,
      peakRssMb: Math.max(...usage.map((one) => one.maxRssKb)) / 1024,
      processes: usage.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `rounds` rounds of every variant, interleaved and rotated. A failed run is recorded, not retried. */
export function compare(variants: readonly Variant[], rounds: number, onRun?: (name: string, run: Run) => void): Summary[] {
  const summaries = variants.map((variant) => ({ name: variant.name, runs: [] as Run[], failed: [] as string[] }));
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < variants.length; step++) {
      const index = (round + step) % variants.length;
      try {
        const run = runOnce(variants[index]!);
        summaries[index]!.runs.push(run);
        onRun?.(variants[index]!.name, run);
      } catch (error) {
        summaries[index]!.failed.push((error as Error).message.split('\n')[0]!);
      }
    }
  }
  return summaries;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
export const median = (values: number[]): number => {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const fmt = (value: number, digits = 0) => value.toFixed(digits).padStart(7);
const spread = (values: number[]) => `${fmt(Math.min(...values))} ${fmt(median(values))} ${fmt(Math.max(...values))}`;

/** A table of min/median/max CPU and wall time, peak RSS, and each variant's median CPU ratio to every baseline's (measured in the same rounds). */
export function report(summaries: readonly Summary[], baselines: readonly string[]): string {
  const width = Math.max(...summaries.map((summary) => summary.name.length), 8);
  const bases = baselines.map((name) => summaries.find((summary) => summary.name === name));
  const cpuOf = (summary: Summary) => median(summary.runs.map((run) => run.cpuMs));
  const lines = [
    `${''.padEnd(width)}  ${'CPU ms'.padEnd(23)}  ${'wall ms'.padEnd(23)}  ${'peak RSS'.padStart(8)}  CPU ratio to`,
    `${'variant'.padEnd(width)}  ${'min'.padStart(7)} ${'median'.padStart(7)} ${'max'.padStart(7)}  ${'min'.padStart(7)} ${'median'.padStart(7)} ${'max'.padStart(7)}  ${'MB'.padStart(8)}  ${baselines.map((name, index) => `(${index + 1})`.padStart(7)).join(' ')}`,
  ];
  for (const summary of summaries) {
    if (summary.runs.length === 0) {
      lines.push(`${summary.name.padEnd(width)}  failed: ${summary.failed[0] ?? 'no run'}`);
      continue;
    }
    const cpu = summary.runs.map((run) => run.cpuMs);
    const wall = summary.runs.map((run) => run.wallMs);
    const rss = Math.max(...summary.runs.map((run) => run.peakRssMb));
    const ratios = bases.map((base) => (base && base.runs.length > 0 ? `${(cpuOf(summary) / cpuOf(base)).toFixed(2)}x` : 'n/a').padStart(7)).join(' ');
    const failures = summary.failed.length > 0 ? `  (${summary.failed.length} failed: ${summary.failed[0]})` : '';
    lines.push(`${summary.name.padEnd(width)}  ${spread(cpu)}  ${spread(wall)}  ${fmt(rss).padStart(8)}  ${ratios}${failures}`);
  }
  lines.push(...baselines.map((name, index) => `(${index + 1}) = ${name}`));
  lines.push(`${summaries[0]?.runs.length ?? 0} rounds, interleaved and rotated; CPU = user + system of every Node process, from its start to its exit`);
  return lines.join('\n');
}
