// `npm run validate`: checks every data file and reports every problem at once.
import { relative } from 'node:path';
import { formatProblem } from '../core';
import { DEFAULT_DATA_DIR, InvalidDataError, loadDataDir } from './data-dir';

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

if (require.main === module) process.exitCode = validateDataCommand(process.argv[2]);
