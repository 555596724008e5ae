// Why the exporter declines to run, as data: a stable snake_case code and its parameters. Every
// refusal renders as one line (what is wrong, then how to fix it, in brackets) and means exit 1
// with nothing written. Tests match the codes; people read the text.

export type ExportProblem =
  | { code: 'unknown_option'; option: string }
  | { code: 'missing_value'; option: string }
  | { code: 'unexpected_argument'; argument: string }
  | { code: 'repeated_option'; option: string }
  | { code: 'empty_value'; option: string }
  | { code: 'bad_version'; value: string }
  | { code: 'bad_date'; value: string }
  | { code: 'date_before_data'; value: string; dataAsOf: string }
  | { code: 'bad_lang'; value: string; languages: string }
  | { code: 'data_not_directory'; path: string }
  | { code: 'out_is_root'; path: string }
  | { code: 'out_parent_missing'; path: string; parent: string }
  | { code: 'out_parent_not_directory'; path: string; parent: string }
  | { code: 'out_not_directory'; path: string }
  | { code: 'out_is_symlink'; path: string }
  | { code: 'out_contains_cwd'; path: string }
  | { code: 'out_inside_data'; path: string; data: string }
  | { code: 'out_not_release'; path: string; marker: string; entries: readonly string[] }
  | { code: 'out_marker_damaged'; path: string; marker: string; reason: string }
  | { code: 'out_has_other_files'; path: string; entries: readonly string[] }
  | { code: 'out_files_changed'; path: string; entries: readonly string[] }
  | { code: 'out_busy'; path: string; lock: string; pid: number | null; started: string | null }
  | { code: 'write_failed'; path: string; errno: string }
  // Messages made where the file is read (release.json, a --previous release); they name the fix.
  | { code: 'bad_release_info' | 'bad_previous_release'; message: string };

export type ExportProblemCode = ExportProblem['code'];

/** At most this many names in a message; the rest are counted. */
const LISTED = 5;

function names(entries: readonly string[]): string {
  const shown = entries
    .slice(0, LISTED)
    .map((entry) => JSON.stringify(entry))
    .join(', ');
  return entries.length > LISTED ? `${shown} and ${entries.length - LISTED} more` : shown;
}

// The plain words for the fs errors a user can act on; others are shown by their code.
const ERRNO_WORDS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EBUSY: 'the folder is in use (a mount point?)',
  EXDEV: 'it is on another device',
  ENAMETOOLONG: 'a file name is too long',
  EIO: 'an input/output error',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'a part of the path disappeared',
};

/** The one line a user reads: what is wrong (how to fix it). */
export function problemText(problem: ExportProblem): string {
  switch (problem.code) {
    case 'unknown_option':
      return `${problem.option} is not an option (run with --help for the options)`;
    case 'missing_value':
      return `${problem.option} needs a value (write ${problem.option} VALUE, or see --help)`;
    case 'unexpected_argument':
      return `"${problem.argument}" is not an option (every value follows its option, e.g. --out ${problem.argument}; see --help)`;
    case 'repeated_option':
      return `${problem.option} is given more than once (give it once)`;
    case 'empty_value':
      return `${problem.option} is empty (give a folder)`;
    case 'bad_version':
      return `--version "${problem.value}" is not a version (write X.Y.Z without leading zeros, e.g. 1.2.0)`;
    case 'bad_date':
      return `--date "${problem.value}" is not a calendar date (write YYYY-MM-DD, e.g. 2026-11-22)`;
    case 'date_before_data':
      return `--date ${problem.value} is before ${problem.dataAsOf}, the day the data holds for (a release cannot be dated before its facts were checked: give ${problem.dataAsOf} or later, or leave --date out)`;
    case 'bad_lang':
      return `--lang "${problem.value}" is not a workbook language (use one of: ${problem.languages})`;
    case 'data_not_directory':
      return `--data ${problem.path} is not a folder (give the folder that holds the data's CSV files)`;
    case 'out_is_root':
      return `--out ${problem.path} is the root of a file system (choose a new or empty folder inside it)`;
    case 'out_parent_missing':
      return `--out ${problem.path}: the folder ${problem.parent} does not exist (create it first, or check the path for a typo)`;
    case 'out_parent_not_directory':
      return `--out ${problem.path}: ${problem.parent} is not a folder (choose a path inside a folder)`;
    case 'out_not_directory':
      return `--out ${problem.path} is a file, not a folder (choose a new or empty folder)`;
    case 'out_is_symlink':
      return `--out ${problem.path} is a symbolic link (give the folder it points to, or a new or empty folder)`;
    case 'out_contains_cwd':
      return `--out ${problem.path} is the current folder or holds it, and a release replaces its folder whole (run the export from outside it, e.g. cd .. first)`;
    case 'out_inside_data':
      return `--out ${problem.path} is inside the data folder ${problem.data}, which may hold only the data files (choose a folder outside it, e.g. dist/release)`;
    case 'out_not_release':
      return `--out ${problem.path} is not empty and has no ${problem.marker}, so it is not a release this exporter wrote; it holds ${names(problem.entries)} (choose a new or empty folder; nothing was deleted)`;
    case 'out_marker_damaged':
      return `--out ${problem.path}: ${problem.marker} cannot be read (${problem.reason}), so the exporter cannot tell its files from yours (choose a new or empty folder, or move your files out and delete the folder yourself)`;
    case 'out_has_other_files':
      return `--out ${problem.path} is a release but also holds files the exporter did not write: ${names(problem.entries)} (move them out of the release, or choose another --out; nothing was deleted)`;
    case 'out_files_changed':
      return `--out ${problem.path} is a release whose files were changed since it was written: ${names(problem.entries)} (move your edited copies elsewhere, or choose another --out; nothing was deleted)`;
    case 'out_busy':
      return `--out ${problem.path} is being written by another export (${problem.pid === null ? 'its lock is being written' : `pid ${problem.pid}, started ${problem.started}`}; lock ${problem.lock}) (wait for it to finish, or choose another --out; if no export is running, delete the lock file)`;
    case 'write_failed':
      return `cannot write ${problem.path}: ${ERRNO_WORDS[problem.errno] ?? 'the system refused'} (${problem.errno}) (free space, fix the permissions or choose another --out; any earlier release is unchanged)`;
    case 'bad_release_info':
    case 'bad_previous_release':
      return `${problem.message} (nothing was written)`;
  }
}

/** A refusal: the CLI prints its problem as one line and exits 1. */
export class ExportError extends Error {
  constructor(readonly problem: ExportProblem) {
    super(problemText(problem));
  }
}

// Control characters, C1 codes and bidi controls in a path or an argument would let it rewrite the
// terminal line it is printed on: they are shown escaped.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The one line the CLI prints for a problem. */
export const problemLine = (problem: ExportProblem): string =>
  `sco-data-export: ${problem.code}: ${problemText(problem)}`.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
