// `npx tsx bench/validate-scale.ts`: the validator's CPU time per row as one state's status history
// and one post's terms grow from N to 4N rows (default N = 5000; BENCH_ROWS=...), runs
// interleaved. A ratio near 1 is linear; grouping rows by copying the group per row gave about 4
// (16000 rows of one state took 18 s, 32000 took 3 minutes). Prints figures only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../src/core';

const fixture = join(__dirname, '..', 'test', 'fixtures', 'valid');
const base = Object.fromEntries(readdirSync(fixture).map((name) => [name, readFileSync(join(fixture, name), 'utf8')]));
const officialLine = base['officials.csv']!.split('\n')[1]!;

function files(rows: number): Record<string, string> {
  let events = '';
  let officials = '';
  for (let i = 0; i < rows; i++) {
    events += `bench_${i},CHN,observer,member,2002-01-01,day,,,,,wikipedia_sco,high,\n`;
    officials += `${officialLine.replace(/^[^,]+/, `bench_${i}`)}\n`;
  }
  return { ...base, 'status_events.csv': base['status_events.csv'] + events, 'officials.csv': base['officials.csv'] + officials };
}

function cpuMs(input: Record<string, string>): number {
  const start = process.cpuUsage();
  loadDataset(input, 'data/');
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const n = Number(process.env.BENCH_ROWS ?? 5000);
const small = files(n);
const large = files(4 * n);
const times = { small: [] as number[], large: [] as number[] };
for (let round = 0; round < 3; round++) {
  times.small.push(cpuMs(small));
  times.large.push(cpuMs(large));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const perRow = (ms: number, rows: number) => ms / rows;
const ratio = perRow(median(times.large), 4 * n) / perRow(median(times.small), n);
console.log(`validate ${n} rows: ${median(times.small).toFixed(0)} ms CPU; ${4 * n} rows: ${median(times.large).toFixed(0)} ms CPU`);
console.log(`per-row time at ${4 * n} rows / at ${n} rows: ${ratio.toFixed(2)} (1 = linear, 4 = quadratic)`);
