// Shared test helpers: fixture directories and loading data through the real code paths.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const VALID_FIXTURE = join(ROOT, 'test', 'fixtures', 'valid');
export const BROKEN_FIXTURES = join(ROOT, 'test', 'fixtures', 'broken');
export const DATA_DIR = join(ROOT, 'data');

export function readCsvFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.csv'))) files[name] = readFileSync(join(dir, name), 'utf8');
  return files;
}

/** A temporary copy of the valid fixture with the files of `overlayDir` laid over it. */
export function fixtureCopy(overlayDir?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-data-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  if (overlayDir) cpSync(overlayDir, dir, { recursive: true });
  return dir;
}

/**
 * For tests that need a tool the user's machine may lack: skip with a plain reason, but fail in CI
 * (CI=true), where .ci/run installs everything.
 */
export function requireOrSkip(context: Mocha.Context, available: boolean, what: string): void {
  if (available) return;
  if (process.env.CI === 'true') throw new Error(`${what} is required in CI (.ci/run installs it)`);
  context.skip();
}
