// `npm run validate`: checks every data file (reporting every problem at once), then the add-in
// manifest (and the built one in dist/, when there is one). `npm run validate -- DIR` checks the
// data directory DIR alone; `--json` prints the data's problems as a JSON array on stdout.
import { relative } from 'node:path';
import { DATASET_FIELDS, DATA_TABLE_NAMES, formatProblem, problemsJson } from '../core';
import { DEFAULT_DATA_DIR, InvalidDataError, loadDataDir } from './data-dir';

export function validateDataCommand(dir = DEFAULT_DATA_DIR, json = false): number {
  const display = `${relative(process.cwd(), dir) || '.'}/`;
  if (json) {
    let problems: InvalidDataError['problems'] = [];
    try {
      loadDataDir(dir, display, { requireRelease: true });
    } catch (error) {
      if (!(error instanceof InvalidDataError)) throw error;
      problems = error.problems;
    }
    process.stdout.write(problemsJson(problems));
    return problems.length === 0 ? 0 : 1;
  }
  try {
    const data = loadDataDir(dir, display, { requireRelease: true });
    const { dataset } = data;
    // One count per data table of the registry, in its order.
    const counts = DATA_TABLE_NAMES.map((name) => `${dataset[DATASET_FIELDS[name]].length} ${name.replace(/_/g, ' ')}`);
    process.stdout.write(`${display}: valid (${counts.join(', ')})\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof InvalidDataError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

const USAGE = 'usage: npm run validate -- [--json] [DATA_DIR]';

async function main(args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const argv = args.filter((arg) => arg !== '--json');
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Bad input, as everywhere: one coded line saying what is wrong and how to fix it, exit 1.
  const option = argv.find((arg) => arg.startsWith('-'));
  if (option !== undefined || argv.length > 1) {
    // JSON quoting escapes C0 controls; C1 controls (terminal escapes too) are escaped here.
    const shown = (arg: string) => JSON.stringify(arg).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const what = option !== undefined ? `unknown_option: ${shown(option)} is not an option` : `unexpected_argument: ${shown(argv[1]!)} is a second folder`;
    process.stderr.write(`sco-data-validate: ${what} (${USAGE})\n`);
    return 1;
  }
  if (argv[0] !== undefined || json) return validateDataCommand(argv[0] ?? DEFAULT_DATA_DIR, json);
  // Both checks run so one report shows every problem of the data and of the manifests.
  const data = validateDataCommand();
  // Loaded only here: its checkers (xmllint-wasm, office-addin-manifest) are development tools, and
  // `npm run validate -- DIR` must run in a production install.
  const { validateManifestCommand } = await import('./validate-manifest');
  const manifests = await validateManifestCommand();
  return Math.max(data, manifests);
}

if (require.main === module) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
