// `npm run export` / `sco-data-export`: builds a release and prints what it wrote. Exit codes:
// 0 done, 1 invalid data or a release that cannot be made, 2 a mistake on the command line.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem } from '../core';
import { InvalidDataError } from '../node/data-dir';
import { USAGE, UsageError, parseExportArgs } from './args';
import { PreviousReleaseError } from './changes';
import { ReleaseError, buildRelease, type ReleaseResult } from './release';

const PACKAGE_JSON = join(__dirname, '..', '..', 'package.json');

export async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sco-data-export: ${error.message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  // A signal waits for the synchronous write-and-swap to finish: the release is then either the
  // earlier one or the complete new one, and the temporary folder is gone.
  const interrupted = (signal: NodeJS.Signals) => {
    process.stderr.write(`\nsco-data-export: ${signal}: stopped; any earlier release is untouched\n`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const version = args.version ?? (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
    const showProgress = process.stderr.isTTY === true;
    const result = await buildRelease({
      out: args.out,
      dataDir: args.data,
      version,
      date: args.date,
      lang: args.lang,
      previous: args.previous,
      onProgress: showProgress ? (step) => process.stderr.write(`\x1b[2K\r${step}…`) : undefined,
    });
    if (showProgress) process.stderr.write('\x1b[2K\r');
    process.stdout.write(summary(result));
    return 0;
  } catch (error) {
    if (error instanceof InvalidDataError) {
      for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      process.stderr.write(`${error.message}: nothing was written (fix them and run again; \`npm run validate\` checks the data alone)\n`);
      return 1;
    }
    if (error instanceof ReleaseError || error instanceof PreviousReleaseError) {
      process.stderr.write(`sco-data-export: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }
}

function summary(result: ReleaseResult): string {
  const width = Math.max(...result.files.map((file) => file.path.length));
  const lines = result.files.map((file) => `  ${file.path.padEnd(width)}  ${String(file.rows ?? '').padStart(7)}  ${String(file.bytes).padStart(10)}`);
  const rows = result.files.reduce((sum, file) => sum + (file.rows ?? 0), 0);
  const bytes = result.files.reduce((sum, file) => sum + file.bytes, 0);
  const where = relative(process.cwd(), result.dir) || '.';
  return [
    `sco-data ${result.release.version} (released ${result.release.release_date}, data as of ${result.release.data_as_of}) -> ${where}/`,
    `  ${'file'.padEnd(width)}  ${'rows'.padStart(7)}  ${'bytes'.padStart(10)}`,
    ...lines,
    `  ${`${result.files.length} files`.padEnd(width)}  ${String(rows).padStart(7)}  ${String(bytes).padStart(10)}`,
    '',
  ].join('\n');
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`sco-data-export: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
