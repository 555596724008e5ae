// Where an export's CPU time goes, for bench:export: one buildRelease on the bundled data (or
// DATA_DIR), its CPU time (user + system, process.cpuUsage) split at the steps it reports through
// onProgress. Prints one JSON object: each phase's CPU ms, in order.
// Usage: tsx bench/lib/phases.ts OUT_DIR [DATA_DIR]
import { buildRelease, packageVersion } from '../../src/exporter/release';

const [out, dataDir] = process.argv.slice(2) as [string, string | undefined];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** What the work between a step and the next one is (release.ts's steps, in its order). */
const PHASES: [RegExp, string][] = [
  [/^validating the data$/, 'read and validate the data, build the tables'],
  [/^writing the CSV files$/, 'CSV files (papaparse)'],
  [/^drawing the charts$/, 'charts: SVG and PNG (resvg), en/ru/zh'],
  // The metadata files (codebooks, loaders, datapackage, checksums: a few ms) are made after the workbook.
  [/^building /, 'XLSX (exceljs stream, Excel Tables, repack) and the metadata files'],
  [/^writing /, 'write the release beside --out and swap it in'],
];
const phases: Record<string, number> = {};
let current: string | null = null;
let since = cpuMs();
const close = () => {
  const now = cpuMs();
  if (current !== null) phases[current] = (phases[current] ?? 0) + now - since;
  since = now;
};
buildRelease({
  out,
  dataDir,
  version: packageVersion(),
  onProgress(step) {
    close();
    current = PHASES.find(([pattern]) => pattern.test(step))?.[1] ?? step;
  },
}).then(
  () => {
    close();
    process.stdout.write(`${JSON.stringify(phases)}\n`);
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
