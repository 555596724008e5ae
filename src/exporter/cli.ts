// `npm run export` / `sco-data-export`: builds a release and prints what it wrote. Exit codes:
// 0 done; 1 bad options, invalid data or a target it may not replace (one coded line each, nothing
// written). SIGINT/SIGTERM stop it, leaving the earlier release (see publish.ts), and it then dies
// of that signal as the shell expects.
import { relative } from 'node:path';
import { formatProblem } from '../core';
import { InvalidDataError } from '../node/data-dir';
import { USAGE, parseExportArgs } from './args';
import { PreviousReleaseError } from './changes';
import { ExportError, problemLine } from './problems';
import { ExportInterrupted } from './publish';
import { ReleaseError, buildRelease, packageVersion, type ReleaseResult } from './release';

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseExportArgs(argv);
    if (args.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const version = args.version ?? packageVersion();
    const showProgress = process.stderr.isTTY === true;
    const result = await buildRelease({
      out: args.out,
      createParent: args.outIsDefault,
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
    if (error instanceof ExportError) {
      process.stderr.write(`${problemLine(error.problem)}\n`);
      return 1;
    }
    if (error instanceof ExportInterrupted) {
      const left = error.installed ? 'the new release was already in place' : 'any earlier release is as it was';
      process.stderr.write(`\nsco-data-export: stopped by ${error.signal}; ${left}, and no temporary files are left\n`);
      process.kill(process.pid, error.signal);
      return 1;
    }
    if (error instanceof InvalidDataError) {
      for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      process.stderr.write(`${error.message}: nothing was written (fix them and run again; \`npm run validate\` checks the data alone)\n`);
      return 1;
    }
    // The release metadata and the --previous release: their messages name the file and the fix.
    if (error instanceof ReleaseError || error instanceof PreviousReleaseError) {
      const code = error instanceof ReleaseError ? 'bad_release_info' : 'bad_previous_release';
      process.stderr.write(`${problemLine({ code, message: error.message })}\n`);
      return 1;
    }
    throw error;
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
