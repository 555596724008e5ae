// Reads a data directory into the { file name: bytes } map the shared module validates. Every
// entry is looked at with lstat first: a symbolic link, a directory or a device in place of a data
// file is refused without being read, and an entry the dataset does not know is reported.
import { lstatSync, readFileSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { DATA_TABLES, Problems, createScoData, loadDataset, type FileContent, type LoadOptions, type Problem, type ScoData } from '../core';

export const DEFAULT_DATA_DIR = join(__dirname, '..', '..', 'data');

/** The files loadDataset reads. */
export const DATA_FILE_NAMES = [...Object.values(DATA_TABLES).map((table) => table.dataFile), 'release.json'];

/** What else data/ may hold: documentation, and the reference copies of other datasets. */
export const DATA_DIR_EXTRAS: Readonly<Record<string, 'file' | 'directory'>> = {
  'README.md': 'file',
  'LICENSE.md': 'file',
  reference: 'directory',
};

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'device';
  return 'special file';
}

/** Edit distance, to suggest the file a misspelled name meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggestion(name: string): string {
  const known = [...DATA_FILE_NAMES, ...Object.keys(DATA_DIR_EXTRAS)];
  const best = known.map((candidate) => ({ candidate, d: distance(name.toLowerCase(), candidate.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 3 ? best.candidate : '';
}

export interface DataFilesRead {
  files: Record<string, FileContent>;
  problems: Problem[];
  /** The directory itself could not be listed (missing, a file): its files are not checked one by one. */
  unreadable?: true;
}

/** Reads the data files as bytes; entries that are not regular files are reported, never read. */
export function readDataDirectory(dir: string, displayDir = 'data/'): DataFilesRead {
  const problems = new Problems(displayDir);
  const files: Record<string, FileContent> = {};
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    problems.add('', 1, 1, 'unreadable_file', { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    return { files, problems: problems.list, unreadable: true };
  }
  for (const name of entries) {
    const path = join(dir, name);
    const stats = lstatSync(path);
    const wanted = DATA_FILE_NAMES.includes(name);
    const extra = DATA_DIR_EXTRAS[name];
    if (!wanted && extra === undefined) {
      problems.add(name, 1, 1, 'unknown_file', { suggestion: suggestion(name), expected: [...DATA_FILE_NAMES, ...Object.keys(DATA_DIR_EXTRAS)].join(', ') });
      continue;
    }
    if (stats.isSymbolicLink()) {
      problems.add(name, 1, 1, 'symlink');
      continue;
    }
    if (extra === 'directory' ? !stats.isDirectory() : !stats.isFile()) {
      problems.add(name, 1, 1, 'not_a_regular_file', { kind: extra === 'directory' ? 'file' : kindOf(stats) });
      continue;
    }
    if (!wanted) continue;
    try {
      files[name] = new Uint8Array(readFileSync(path));
    } catch (error) {
      problems.add(name, 1, 1, 'unreadable_file', { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  return { files, problems: problems.list };
}

/** The data files' bytes by name (entries that are not regular data files left out). */
export function readDataFiles(dir: string): Record<string, FileContent> {
  return readDataDirectory(dir).files;
}

export class InvalidDataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the data has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}

/** Every problem of a data directory: its entries, then its files' contents. */
export function dataDirProblems(dir: string, displayDir = 'data/', options: LoadOptions = {}): { problems: Problem[]; data: ScoData | null } {
  const read = readDataDirectory(dir, displayDir);
  // A folder that is not there is one problem, not also each of its files missing.
  if (read.unreadable) return { problems: read.problems, data: null };
  // Files that were refused (a link, a directory) are reported once, not also as missing.
  const refused = new Set(read.problems.map((problem) => problem.file));
  const result = loadDataset(read.files, displayDir, options);
  const later = result.ok ? [] : result.problems.filter((problem) => !(problem.code === 'file_missing' && refused.has(problem.file)));
  const problems = [...read.problems, ...later];
  return { problems, data: problems.length === 0 && result.ok ? createScoData(result.dataset) : null };
}

/**
 * Loads and validates a data directory (its release.json too, when it has one; `requireRelease`
 * refuses a directory without); throws InvalidDataError listing every problem.
 */
export function loadDataDir(dir: string, displayDir = 'data/', options: LoadOptions = {}): ScoData {
  const { problems, data } = dataDirProblems(dir, displayDir, options);
  if (data === null) throw new InvalidDataError(problems);
  return data;
}
