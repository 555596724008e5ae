// CHANGELOG.md: a dated entry for this release (with a summary of changes.csv when an earlier
// release was given) above the entries the earlier release carried.
import { CHANGE_KINDS, type ReleaseInfo } from '../core';
import type { ChangeRow } from './changes';

export const CHANGELOG_FILE = 'CHANGELOG.md';

/** How many individual changes the summary lists before pointing to changes.csv. */
const LISTED = 40;

export interface PreviousRelease {
  /** The previous release's version (from its datapackage.json), when it states one. */
  version?: string;
  /** The previous release's CHANGELOG.md, when it has one. */
  changelog?: string;
}

export function changelogText(release: ReleaseInfo, changes: readonly ChangeRow[] | null, previous: PreviousRelease = {}): string {
  const lines = [`# Changelog`, '', `## ${release.version} (${release.release_date})`, '', `Data as of ${release.data_as_of}.`, ''];
  if (changes === null) {
    lines.push('No earlier release was compared with this one, so it has no changes.csv.', '');
  } else {
    lines.push(...summary(changes, previous.version));
  }
  return `${[...lines, ...earlierEntries(previous.changelog, release.version)].join('\n').trimEnd()}\n`;
}

function summary(changes: readonly ChangeRow[], previousVersion: string | undefined): string[] {
  const against = previousVersion ? `version ${previousVersion}` : 'the previous release';
  if (changes.length === 0) return [`No fact changed since ${against}.`, ''];
  const tables = [...new Set(changes.map((change) => change.table))];
  const count = (table: string, kind: string) => changes.filter((change) => change.table === table && change.change === kind).length;
  const lines = [
    `Changes since ${against} (every one is in changes.csv, with old and new values):`,
    '',
    `| Table | ${CHANGE_KINDS.map((kind) => (kind === 'changed' ? 'Fields changed' : `Rows ${kind}`)).join(' | ')} |`,
    `|---|${CHANGE_KINDS.map(() => '---:').join('|')}|`,
    ...tables.map((table) => `| ${table} | ${CHANGE_KINDS.map((kind) => count(table, kind)).join(' | ')} |`),
    '',
  ];
  for (const change of changes.slice(0, LISTED)) lines.push(`- ${describe(change)}`);
  if (changes.length > LISTED) lines.push(`- … and ${changes.length - LISTED} more in changes.csv`);
  return [...lines, ''];
}

function describe(change: ChangeRow): string {
  const where = `${change.table} [${change.key}]`;
  if (change.change !== 'changed') return `${where}: row ${change.change}`;
  return `${where} ${change.field}: "${change.old_value}" → "${change.new_value}"`;
}

/** The earlier release's entries, without its title and without an entry for this same version. */
function earlierEntries(changelog: string | undefined, version: string): string[] {
  if (!changelog) return [];
  const entries = changelog.split(/^(?=## )/m).filter((part) => part.startsWith('## '));
  return entries.filter((entry) => !entry.startsWith(`## ${version} `)).map((entry) => entry.trimEnd() + '\n');
}
