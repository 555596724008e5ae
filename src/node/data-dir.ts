// Reads a data directory into the { file name: text } map the shared module validates.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createScoData, loadDataset, type Problem, type ScoData } from '../core';

export const DEFAULT_DATA_DIR = join(__dirname, '..', '..', 'data');

export function readDataFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.csv')).sort()) {
    files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

export class InvalidDataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the data has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}

/** Loads and validates a data directory; throws InvalidDataError listing every problem. */
export function loadDataDir(dir: string, displayDir = 'data/'): ScoData {
  const result = loadDataset(readDataFiles(dir), displayDir);
  if (!result.ok) throw new InvalidDataError(result.problems);
  return createScoData(result.dataset);
}
