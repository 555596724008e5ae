// `npm run validate`: checks every data file (reporting every problem at once), then the add-in
// manifest (and the built one in dist/, when there is one). `npm run validate -- DIR` checks the
// data directory DIR alone.
import { relative } from 'node:path';
import { formatProblem } from '../core';
import { DEFAULT_DATA_DIR, InvalidDataError, loadDataDir } from './data-dir';
import { validateManifestCommand } from './validate-manifest';

export function validateDataCommand(dir = DEFAULT_DATA_DIR): number {
  const display = `${relative(process.cwd(), dir) || '.'}/`;
  try {
    const data = loadDataDir(dir, display);
    const { dataset } = data;
    process.stdout.write(
      `${display}: valid (${dataset.countries.length} countries, ${dataset.statusEvents.length} status events, ${dataset.summits.length} summits, ${dataset.officials.length} officials, ${dataset.chairmanships.length} chairmanships, ${dataset.sources.length} sources, ${dataset.conflicts.length} recorded disagreements)\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof InvalidDataError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] !== undefined) return validateDataCommand(argv[0]);
  // Both checks run so one report shows every problem of the data and of the manifests.
  const data = validateDataCommand();
  const manifests = await validateManifestCommand();
  return Math.max(data, manifests);
}

if (require.main === module) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
