// Shared test helpers: fixture directories and loading data through the real code paths.
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatusEvent } from '../src/core';
import { scratchDir } from './scratch';

export const ROOT = join(__dirname, '..');
export const VALID_FIXTURE = join(ROOT, 'test', 'fixtures', 'valid');
export const BROKEN_FIXTURES = join(ROOT, 'test', 'fixtures', 'broken');
export const DATA_DIR = join(ROOT, 'data');

export function readCsvFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.csv'))) files[name] = readFileSync(join(dir, name), 'utf8');
  return files;
}

/** A temporary copy of the valid fixture with the files of `overlayDir` laid over it (removed after the test). */
export function fixtureCopy(overlayDir?: string): string {
  const dir = scratchDir('sco-data-');
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  if (overlayDir) cpSync(overlayDir, dir, { recursive: true });
  return dir;
}

/**
 * Runs a TypeScript entry point in a child process, as `npm run` would, compiled exactly as mocha
 * compiles it: tsx/cjs with the project's tsconfig.json, whatever the working directory. c8 merges
 * the children's V8 coverage by file and byte offset, so a child that compiled a file differently
 * (tsx reads the tsconfig of its working directory; a child run in a temporary folder had none)
 * garbled the merged figures: views.ts showed 44% after the full run, 97% from its own tests.
 */
export function runTs(file: string, args: readonly string[], options: Partial<SpawnSyncOptionsWithStringEncoding> = {}): SpawnSyncReturns<string> {
  const env = { ...process.env, ...options.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json') };
  return spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), file, ...args], { encoding: 'utf8', ...options, env });
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

/** A status event decided on one day, with nothing else known: the tests' hand-made histories. */
export const dayEvent = (fields: Pick<StatusEvent, 'event_id' | 'iso3' | 'status' | 'previous_status' | 'decision_date'>): StatusEvent => ({
  ...fields,
  decision_precision: 'day',
  effective_date: null,
  effective_precision: null,
  summit_id: null,
  document: null,
  source_ids: ['s'],
  confidence: 'high',
  note: null,
});
