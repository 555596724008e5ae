// Helpers for the exporter tests: building releases through the real CLI or API, hashing folders,
// and finding the outside tools (LibreOffice, python3 with openpyxl) the client tests drive.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildRelease, type ReleaseOptions, type ReleaseResult } from '../../src/exporter/release';
import { ROOT, runTs, VALID_FIXTURE } from '../helpers';
import { scratchDir } from '../scratch';

export const CLI = join(ROOT, 'src', 'exporter', 'cli.ts');
export const BIN = join(ROOT, 'bin', 'sco-data-export.cjs');
export const EXPORTER_FIXTURES = join(ROOT, 'test', 'exporter', 'fixtures');
/** The Data Package v2 JSON Schema profiles, vendored (see vendor/datapackage-v2/README.md). */
export const PROFILES_DIR = join(ROOT, 'vendor', 'datapackage-v2');

/** A temporary folder, removed after the test (or the run, when a before() hook made it). */
export function tempDir(prefix = 'sco-export-'): string {
  return scratchDir(prefix);
}

/** Builds a release in-process from the fixture (or `dataDir`) into a fresh temporary folder. */
export async function fixtureRelease(options: Partial<ReleaseOptions> = {}): Promise<ReleaseResult> {
  return buildRelease({ out: join(tempDir(), 'release'), dataDir: VALID_FIXTURE, version: '1.2.3', ...options });
}

/** Runs the exporter's CLI in a child process, as a user would. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return runTs(CLI, args, { cwd: ROOT, env: { ...process.env, ...env } });
}

/** Every file under `dir` (relative path -> SHA-256 of its bytes). */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return hashes;
}

export function commandWorks(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0;
}

/** A python3 that can import openpyxl (pyenv shims may hide Debian's python3-openpyxl). */
export const PYTHON_WITH_OPENPYXL = ['python3', '/usr/bin/python3'].find((python) => commandWorks(python, ['-c', 'import openpyxl']));

export const HAS_LIBREOFFICE = commandWorks('soffice', ['--version']);

/** Starts the exporter's CLI as a child process (stdin a pipe: a test pause resumes on a line). */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--require', 'tsx/cjs', CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** The child's exit, with everything it wrote to stderr. */
export function exitOf(child: ChildProcess): Promise<Exit> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout?.resume();
  return new Promise((done) => child.on('close', (code, signal) => done({ code, signal, stderr })));
}

/** Resolves once the child has written `text` to stderr (e.g. "test pause at backup"). */
export function stderrShows(child: ChildProcess, text: string): Promise<void> {
  let seen = '';
  return new Promise((done, fail) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(text)) done();
    });
    child.on('close', () => fail(new Error(`exited before writing "${text}": ${seen}`)));
  });
}
/** A python3 that can import pandas and openpyxl (Debian's python3-pandas, python3-openpyxl). */
export const PYTHON_WITH_PANDAS = ['python3', '/usr/bin/python3'].find((python) => commandWorks(python, ['-c', 'import pandas, openpyxl']));

/** Rscript with readr and readxl (Debian's r-cran-readr, r-cran-readxl). */
export const RSCRIPT_WITH_READERS = commandWorks('Rscript', ['-e', 'library(readr); library(readxl)']);

/** Rscript with R's frictionless package (not in Debian: .ci/run installs vendor/frictionless-r). */
export const RSCRIPT_WITH_FRICTIONLESS = commandWorks('Rscript', ['-e', 'library(frictionless); library(jsonlite)']);
