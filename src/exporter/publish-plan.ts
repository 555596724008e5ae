// What publishing a release may delete and in which order it moves folders, decided by pure
// functions over what the file system holds; publish.ts only executes their answers.
//
// A release carries RELEASE_MARKER, the exact list of files (size, SHA-256) the exporter wrote into
// it. A folder is replaced only while it holds nothing but those files, unchanged. A run's
// temporaries live in one work folder beside --out that carries WORK_MARKER (its target and the
// token of the run's lock), so a later run removes it only on that proof, never because of a name.
import type { ExportProblem } from './problems';

export const TOOL = 'sco-data-export';
export const RELEASE_MARKER = '.sco-data-release.json';
export const WORK_MARKER = '.sco-data-export-work.json';

export interface MarkedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ReleaseMarker {
  tool: typeof TOOL;
  tool_version: string;
  release_version: string;
  files: MarkedFile[];
}

const MARKER_ABOUT =
  'Written by sco-data-export: every file of this release with its size and SHA-256. A later export replaces this folder only while it holds exactly these files, unchanged; anything you add makes it refuse.';

/** The marker's text: sorted, no clock, so the same data builds the same bytes. */
export function releaseMarkerText(marker: ReleaseMarker): string {
  const files = [...marker.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify({ about: MARKER_ABOUT, tool: marker.tool, tool_version: marker.tool_version, release_version: marker.release_version, files }, null, 2)}\n`;
}

/** A relative path inside the release: no absolute path, no "." or ".." part, no empty part. */
const isInsidePath = (path: string) => path.length > 0 && !path.startsWith('/') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'));

/** The marker, or why it cannot be trusted. */
export function parseReleaseMarker(text: string): ReleaseMarker | { damaged: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { damaged: 'it is not JSON' };
  }
  const marker = json as Partial<ReleaseMarker> | null;
  if (typeof marker !== 'object' || marker === null || marker.tool !== TOOL) return { damaged: `its "tool" is not "${TOOL}"` };
  if (!Array.isArray(marker.files)) return { damaged: 'it has no list of files' };
  for (const file of marker.files as unknown[]) {
    const entry = file as Partial<MarkedFile> | null;
    const valid =
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.path === 'string' &&
      isInsidePath(entry.path) &&
      entry.path !== RELEASE_MARKER &&
      Number.isSafeInteger(entry.bytes) &&
      (entry.bytes as number) >= 0 &&
      typeof entry.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(entry.sha256);
    if (!valid) return { damaged: `a file entry is malformed: ${JSON.stringify(file)?.slice(0, 80)}` };
  }
  return marker as ReleaseMarker;
}

/** The folders a marker's files imply ("csv/summits.csv" -> "csv"). */
export function markedFolders(marker: ReleaseMarker): Set<string> {
  const folders = new Set<string>();
  for (const { path } of marker.files) {
    const parts = path.split('/');
    for (let end = 1; end < parts.length; end++) folders.add(parts.slice(0, end).join('/'));
  }
  return folders;
}

/** One thing found in a folder: its path relative to the folder ("csv/summits.csv"). */
export interface FoundEntry {
  path: string;
  kind: 'file' | 'folder' | 'other';
  bytes: number;
}

/**
 * Why the folder `dir` may not be replaced, or null when replacing it loses nothing the exporter
 * did not write. `entries` lists the folder (descending only into marked folders), `markerText` is
 * the marker's text (null when absent), `hash` gives a file's SHA-256. A marked file that is
 * missing is no loss; a changed one is the user's work.
 */
export function replaceProblem(dir: string, entries: readonly FoundEntry[], markerText: string | null, hash: (path: string) => string): ExportProblem | null {
  if (entries.length === 0) return null;
  const shown = (entry: FoundEntry) => (entry.kind === 'folder' ? `${entry.path}/` : entry.path);
  if (markerText === null) {
    return { code: 'out_not_release', path: dir, marker: RELEASE_MARKER, entries: entries.filter((entry) => !entry.path.includes('/')).map(shown) };
  }
  const marker = parseReleaseMarker(markerText);
  if ('damaged' in marker) return { code: 'out_marker_damaged', path: dir, marker: RELEASE_MARKER, reason: marker.damaged };
  const files = new Map(marker.files.map((file) => [file.path, file]));
  const folders = markedFolders(marker);
  const expected = (entry: FoundEntry) => (entry.kind === 'file' && (files.has(entry.path) || entry.path === RELEASE_MARKER)) || (entry.kind === 'folder' && folders.has(entry.path));
  const other = entries.filter((entry) => !expected(entry));
  if (other.length > 0) return { code: 'out_has_other_files', path: dir, entries: other.map(shown) };
  const changed = entries.filter((entry) => {
    const file = files.get(entry.path);
    return entry.kind === 'file' && file !== undefined && (entry.bytes !== file.bytes || hash(entry.path) !== file.sha256);
  });
  if (changed.length > 0) return { code: 'out_files_changed', path: dir, entries: changed.map(shown) };
  return null;
}

/**
 * The steps of publishing, in order. A release already at --out is first moved into the run's work
 * folder ("backup"), the new one renamed into place ("install"), and only then is the old one
 * deleted. Between backup and install --out is briefly absent: recoveryPlan puts the old one back.
 */
export type SwapStep = 'stage' | 'backup' | 'install' | 'drop-backup' | 'drop-work';

export function swapPlan(outExists: boolean): SwapStep[] {
  return outExists ? ['stage', 'backup', 'install', 'drop-backup', 'drop-work'] : ['stage', 'install', 'drop-work'];
}

/** What a work folder left by a stopped run (or by this one, on failure) needs. */
export type RecoveryStep = 'restore' | 'drop-work';

/**
 * From what is on disk: with no release at --out but the earlier one in the work folder, the swap
 * stopped between its two renames, so the earlier release goes back. If something stands at --out
 * although the new release was never installed (staged/ is still there), someone put it there since:
 * the work folder is kept whole, as the only copy of the earlier release. Otherwise --out holds the
 * earlier or the new release and the work folder is only leftovers.
 */
export function recoveryPlan(state: { outExists: boolean; backupExists: boolean; stagedExists: boolean }): RecoveryStep[] {
  if (!state.backupExists) return ['drop-work'];
  if (!state.outExists) return ['restore', 'drop-work'];
  return state.stagedExists ? [] : ['drop-work'];
}

/** The points a test can stop or pause a run at (SCO_EXPORT_TEST_STOP_AT / _PAUSE_AT / _FAIL_AT). */
export type PublishPoint = 'build' | 'lock' | SwapStep | 'writing' | 'unlock';
