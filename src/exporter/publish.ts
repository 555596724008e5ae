// The thin file-system layer that puts a release at --out: checks the target, takes the lock,
// writes the work folder, swaps, recovers a stopped run. What it may delete and in which order it
// moves folders is decided in publish-plan.ts.
//
// Beside --out (e.g. dist/release) it uses, while it runs:
//   dist/.release.sco-export.lock         the lock: {pid, host, process start, token}; exclusive-create
//   dist/.release.sco-export-<token>/     the work folder: WORK_MARKER, new/ (the release being
//                                          written), old/ (the earlier release during the swap)
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { FileBytes } from './checksums';
import { ExportError } from './problems';
import { RELEASE_MARKER, TOOL, WORK_MARKER, markedFolders, parseReleaseMarker, recoveryPlan, replaceProblem, swapPlan, type FoundEntry, type PublishPoint, type SwapStep } from './publish-plan';

export type ReleaseFiles = ReadonlyMap<string, FileBytes>;

const FOLDER_MODE = 0o755;
const FILE_MODE = 0o644;
/** A lock that cannot be parsed is being written, unless it is older than this. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

/** The run was stopped by SIGINT or SIGTERM; --out holds the earlier release, or the new one when `installed`. */
export class ExportInterrupted extends Error {
  constructor(
    readonly signal: NodeJS.Signals,
    readonly installed: boolean,
  ) {
    super(`stopped by ${signal}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Test hooks: SCO_EXPORT_TEST_STOP_AT=<point> kills the process there (SIGKILL: no clean-up, as a
// power cut would); SCO_EXPORT_TEST_PAUSE_AT=<point> waits there for a line on stdin (so a test can
// send a signal or start a second run); SCO_EXPORT_TEST_FAIL_AT=<point>:<ERRNO> makes the file
// system fail there with that error (a full disk, a read-only target, without mounting one).

let wakePause: (() => void) | null = null;

/** Stops or pauses the run at `point` when a test asks for it. */
export async function reachedPoint(point: PublishPoint): Promise<void> {
  if (process.env.SCO_EXPORT_TEST_STOP_AT === point) process.kill(process.pid, 'SIGKILL');
  if (process.env.SCO_EXPORT_TEST_PAUSE_AT !== point) return;
  process.stderr.write(`sco-data-export: test pause at ${point}\n`);
  await new Promise<void>((resume) => {
    wakePause = resume;
    process.stdin.once('data', () => resume());
    process.stdin.once('end', () => resume());
  });
  wakePause = null;
  process.stdin.destroy();
}

/** Throws the error the file system would, where a test asks for one. */
function injectedFault(point: PublishPoint): void {
  const [failAt, errno] = (process.env.SCO_EXPORT_TEST_FAIL_AT ?? '').split(':');
  if (failAt === point) throw Object.assign(new Error(`${errno}: injected at ${point}`), { code: errno });
}

// ---------------------------------------------------------------------------------------------
// Errors of the file system become one-line problems naming the path.

const errnoOf = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
};

function onDisk<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === null) throw error;
    throw new ExportError({ code: 'write_failed', path, errno });
  }
}

const lstatOrNull = (path: string) => {
  try {
    return lstatSync(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
};

const readOrNull = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
};

// ---------------------------------------------------------------------------------------------
// The target.

/** Lock and work folder names beside --out; a long name is shortened (a name has at most 255 bytes). */
function besideNames(out: string, token: string) {
  const name = basename(out);
  const short = Buffer.byteLength(name) > 100 ? `${name.slice(0, 40)}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}` : name;
  return { lock: join(dirname(out), `.${short}.sco-export.lock`), work: join(dirname(out), `.${short}.sco-export-${token}`) };
}

/**
 * Refuses a target that is a root, a file, a link, the current folder, or in a missing folder.
 * False when the parent is missing but may be created: it is made only when the release is
 * published (publishRelease), so that bad data or a bad --previous leaves no empty dist/ behind.
 */
function checkTargetPath(out: string, createParent: boolean): boolean {
  const parent = dirname(out);
  if (parent === out) throw new ExportError({ code: 'out_is_root', path: out });
  const parentStat = onDisk(parent, () => {
    try {
      return statSync(parent);
    } catch (error) {
      if (errnoOf(error) === 'ENOTDIR') throw new ExportError({ code: 'out_parent_not_directory', path: out, parent });
      if (errnoOf(error) !== 'ENOENT') throw error;
      if (!createParent) throw new ExportError({ code: 'out_parent_missing', path: out, parent });
      return null;
    }
  });
  if (parentStat === null) return false;
  if (!parentStat.isDirectory()) throw new ExportError({ code: 'out_parent_not_directory', path: out, parent });
  // Replacing the folder the shell stands in (or one above it) would leave the user in a deleted folder.
  const real = join(realpathSync(parent), basename(out));
  const fromOut = relative(real, realpathSync(process.cwd()));
  if (!fromOut.startsWith('..') && !isAbsolute(fromOut)) throw new ExportError({ code: 'out_contains_cwd', path: out });
  const stat = onDisk(out, () => lstatOrNull(out));
  if (stat?.isSymbolicLink()) throw new ExportError({ code: 'out_is_symlink', path: out });
  if (stat && !stat.isDirectory()) throw new ExportError({ code: 'out_not_directory', path: out });
  return true;
}

/** What `dir` holds, descending only into `folders` (a foreign folder is named, not read). */
function listFolder(dir: string, folders: ReadonlySet<string>, prefix = ''): FoundEntry[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix === '' ? name : `${prefix}/${name}`;
      const stat = lstatSync(join(dir, path));
      const kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
      const entry: FoundEntry = { path, kind, bytes: stat.size };
      return kind === 'folder' && folders.has(path) ? [entry, ...listFolder(dir, folders, path)] : [entry];
    });
}

/** True when a folder stands at `out`; throws unless replacing it loses nothing the exporter did not write. */
function checkReplaceable(out: string): boolean {
  return onDisk(out, () => {
    const stat = lstatOrNull(out);
    if (stat === null) return false;
    const markerStat = lstatOrNull(join(out, RELEASE_MARKER));
    const markerText = markerStat?.isFile() ? readFileSync(join(out, RELEASE_MARKER), 'utf8') : null;
    const marker = markerText === null ? null : parseReleaseMarker(markerText);
    const folders = marker === null || 'damaged' in marker ? new Set<string>() : markedFolders(marker);
    const hash = (path: string) =>
      createHash('sha256')
        .update(readFileSync(join(out, path)))
        .digest('hex');
    const problem = replaceProblem(out, listFolder(out, folders), markerText, hash);
    if (problem) throw new ExportError(problem);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The lock.

interface LockRecord {
  tool: typeof TOOL;
  pid: number;
  host: string;
  /** The process's start time (Linux /proc), so that a reused pid is not taken for the owner. */
  proc_start: string | null;
  started: string;
  token: string;
  /** Tokens of stopped runs whose work folders this run still has to recover. */
  inherited: string[];
}

interface Lock {
  path: string;
  record: LockRecord;
}

function processStart(pid: number): string | null {
  const stat = (() => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return null;
    }
  })();
  // Field 22 (starttime); the command name in field 2 may contain spaces, so count after its ")".
  return stat === null ? null : (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null);
}

function parseLock(text: string): LockRecord | null {
  try {
    const record = JSON.parse(text) as Partial<LockRecord>;
    const valid = record.tool === TOOL && Number.isSafeInteger(record.pid) && typeof record.token === 'string' && /^[0-9a-f]+$/.test(record.token) && Array.isArray(record.inherited);
    return valid ? (record as LockRecord) : null;
  } catch {
    return null;
  }
}

function isRunning(record: LockRecord): boolean {
  // Another machine's process (a shared network folder) cannot be checked: assume it runs.
  if (record.host !== hostname()) return true;
  if (record.pid === process.pid) return false;
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    if (errnoOf(error) === 'ESRCH') return false;
  }
  const now = processStart(record.pid);
  return record.proc_start === null || now === null || now === record.proc_start;
}

const lockText = (record: LockRecord) => `${JSON.stringify(record)}\n`;

/**
 * Takes the lock on `out` by exclusive create. A lock whose process is gone is taken over (under a
 * short-lived second lock, so that two runs cannot both take it over), inheriting its work folders.
 */
function acquireLock(out: string): Lock {
  const token = randomBytes(8).toString('hex');
  const path = besideNames(out, token).lock;
  const record = (inherited: string[]): LockRecord => ({
    tool: TOOL,
    pid: process.pid,
    host: hostname(),
    proc_start: processStart(process.pid),
    started: new Date().toISOString(),
    token,
    inherited,
  });
  return onDisk(path, () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const mine = record([]);
      try {
        writeFileSync(path, lockText(mine), { flag: 'wx', mode: FILE_MODE });
        return { path, record: mine };
      } catch (error) {
        if (errnoOf(error) !== 'EEXIST') throw error;
      }
      const seen = readOrNull(path);
      if (seen === null) continue;
      const held = parseLock(seen);
      const young = Date.now() - (lstatOrNull(path)?.mtimeMs ?? 0) < UNREADABLE_LOCK_GRACE_MS;
      if (held ? isRunning(held) : young) {
        throw new ExportError({ code: 'out_busy', path: out, lock: path, pid: held?.pid ?? null, started: held?.started ?? null });
      }
      const taken = record(held ? [held.token, ...held.inherited] : []);
      if (takeOver(path, seen, lockText(taken))) return { path, record: taken };
    }
    throw new ExportError({ code: 'out_busy', path: out, lock: path, pid: null, started: null });
  });
}

function takeOver(path: string, seen: string, text: string): boolean {
  const breaker = `${path}.takeover`;
  try {
    writeFileSync(breaker, `${process.pid}\n`, { flag: 'wx', mode: FILE_MODE });
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw error;
    // Held only for a moment; one left by a killed run is removed once clearly old.
    if (Date.now() - (lstatOrNull(breaker)?.mtimeMs ?? Date.now()) > UNREADABLE_LOCK_GRACE_MS) rmSync(breaker, { force: true });
    return false;
  }
  try {
    if (readOrNull(path) !== seen) return false;
    writeFileSync(path, text, { mode: FILE_MODE });
    return true;
  } finally {
    rmSync(breaker, { force: true });
  }
}

function releaseLock(lock: Lock): void {
  if (readOrNull(lock.path) === lockText(lock.record)) rmSync(lock.path, { force: true });
}

// ---------------------------------------------------------------------------------------------
// Work folders and the swap.

interface WorkMarker {
  tool: typeof TOOL;
  target: string;
  token: string;
  pid: number;
}

const backupOf = (work: string) => join(work, 'old');
const stagedOf = (work: string) => join(work, 'new');

/** Whether `work` is the work folder of run `token` for `out`, by its marker (or empty: nothing to lose). */
function isOwnWork(out: string, work: string, token: string): boolean {
  const text = readOrNull(join(work, WORK_MARKER));
  if (text === null) return readdirSync(work).length === 0;
  try {
    const marker = JSON.parse(text) as Partial<WorkMarker>;
    return marker.tool === TOOL && marker.target === basename(out) && marker.token === token;
  } catch {
    return false;
  }
}

/** Puts back an earlier release a stopped swap left in `work`, then removes `work`. */
function recoverWork(out: string, work: string): void {
  const steps = recoveryPlan({ outExists: lstatOrNull(out) !== null, backupExists: lstatOrNull(backupOf(work)) !== null, stagedExists: lstatOrNull(stagedOf(work)) !== null });
  if (steps.length === 0) process.stderr.write(`sco-data-export: ${out} was replaced by something else while an export was stopped; the earlier release is kept in ${backupOf(work)}\n`);
  for (const step of steps) {
    if (step === 'restore') onDisk(out, () => renameSync(backupOf(work), out));
    else onDisk(work, () => rmSync(work, { recursive: true, force: true }));
  }
}

/** Recovers the work folders of stopped runs this lock inherited, then clears them from the lock. */
function recoverInherited(out: string, lock: Lock): void {
  if (lock.record.inherited.length === 0) return;
  for (const token of lock.record.inherited) {
    const work = besideNames(out, token).work;
    if (lstatOrNull(work)?.isDirectory() && isOwnWork(out, work, token)) {
      const hadRelease = lstatOrNull(out) !== null;
      recoverWork(out, work);
      if (!hadRelease && lstatOrNull(out) !== null) process.stderr.write(`sco-data-export: put back the earlier release at ${out}, which an interrupted export had set aside\n`);
    }
  }
  lock.record = { ...lock.record, inherited: [] };
  onDisk(lock.path, () => writeFileSync(lock.path, lockText(lock.record), { mode: FILE_MODE }));
}

/**
 * Before the build: refuses a target it may not replace, and recovers what a stopped run left (an
 * earlier release set aside is put back). Takes the lock only for that moment.
 */
export function prepareTarget(out: string, options: { createParent: boolean }): void {
  // No parent yet: no release, lock or work folder can stand beside --out.
  if (!checkTargetPath(out, options.createParent)) return;
  const lock = acquireLock(out);
  try {
    recoverInherited(out, lock);
    checkReplaceable(out);
  } finally {
    releaseLock(lock);
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes `files` into a work folder beside `out` and swaps it into place under the lock. On a
 * failure or SIGINT/SIGTERM it undoes what it did: --out then holds the earlier release (or the new
 * one, if the signal came after it was in place), and nothing else is left.
 */
export async function publishRelease(out: string, files: ReleaseFiles, options: { createParent?: boolean } = {}): Promise<void> {
  let signal: NodeJS.Signals | null = null;
  const onSignal = (received: NodeJS.Signals) => {
    signal ??= received;
    wakePause?.();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const done: SwapStep[] = [];
  // A signal is acted on where the release at --out is whole, never between the swap's renames.
  const actOnSignal = async () => {
    await nextTurn();
    if (signal !== null) throw new ExportInterrupted(signal, done.includes('install'));
  };
  let lock: Lock | null = null;
  let work: string | null = null;
  try {
    // The default dist/ is made only now that the release is complete (prepareTarget allowed it).
    if (options.createParent) onDisk(dirname(out), () => mkdirSync(dirname(out), { recursive: true, mode: FOLDER_MODE }));
    lock = acquireLock(out);
    await reachedPoint('lock');
    await actOnSignal();
    recoverInherited(out, lock);
    const outExists = checkReplaceable(out);
    const token = lock.record.token;
    const workDir = besideNames(out, token).work;
    work = workDir;
    const act = (point: PublishPoint | null, path: string, action: () => void) =>
      onDisk(path, () => {
        if (point !== null) injectedFault(point);
        action();
      });
    for (const step of swapPlan(outExists)) {
      await reachedPoint(step);
      if (step !== 'install') await actOnSignal();
      if (step === 'stage') await stage(out, workDir, token, files, act, actOnSignal);
      else if (step === 'backup') act(step, out, () => renameSync(out, backupOf(workDir)));
      else if (step === 'install') act(step, out, () => renameSync(stagedOf(workDir), out));
      else if (step === 'drop-backup') act(step, backupOf(workDir), () => rmSync(backupOf(workDir), { recursive: true, force: true }));
      else act(step, workDir, () => rmSync(workDir, { recursive: true, force: true }));
      done.push(step);
    }
    await reachedPoint('unlock');
    await actOnSignal();
  } catch (error) {
    if (work !== null && lstatOrNull(work) !== null) {
      try {
        recoverWork(out, work);
      } catch {
        // The first failure is the one to report; the lock stays, so the next run recovers the rest.
        lock = null;
      }
    }
    throw error;
  } finally {
    if (lock !== null) releaseLock(lock);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** Writes a release file, its parts one after another. */
function writeFileBytes(path: string, content: FileBytes): void {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFileSync(path, content, { mode: FILE_MODE });
  const fd = openSync(path, 'w', FILE_MODE);
  try {
    for (const part of content) {
      // writeSync may write less than it was given; go on from there.
      for (let done = 0; done < part.length;) done += writeSync(fd, part, done, part.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

type Act = (point: PublishPoint | null, path: string, action: () => void) => void;

/** The release into work/new: folders 0755 and files 0644 whatever the umask, the marker last. */
async function stage(out: string, work: string, token: string, files: ReleaseFiles, act: Act, actOnSignal: () => Promise<void>): Promise<void> {
  act('stage', work, () => {
    mkdirSync(work, { mode: 0o700 });
    const marker: WorkMarker = { tool: TOOL, target: basename(out), token, pid: process.pid };
    writeFileSync(join(work, WORK_MARKER), `${JSON.stringify(marker)}\n`, { mode: FILE_MODE });
  });
  const staged = stagedOf(work);
  const folder = (path: string) =>
    act(null, path, () => {
      if (lstatOrNull(path) !== null) return;
      mkdirSync(path, { mode: FOLDER_MODE });
      chmodSync(path, FOLDER_MODE);
    });
  folder(staged);
  // The release marker goes last: a staged folder without it was not finished.
  const ordered = [...files].sort(([a], [b]) => Number(a === RELEASE_MARKER) - Number(b === RELEASE_MARKER));
  for (const [index, [path, content]] of ordered.entries()) {
    const parts = path.split('/');
    for (let end = 1; end < parts.length; end++) folder(join(staged, ...parts.slice(0, end)));
    const target = join(staged, ...parts);
    // The first file is written before the test point "writing", the others after it.
    act(index === 0 ? 'stage' : 'writing', target, () => {
      writeFileBytes(target, content);
      chmodSync(target, FILE_MODE);
    });
    if (index === 0) await reachedPoint('writing');
    await actOnSignal();
  }
}
