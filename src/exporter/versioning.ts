// The versioning policy, enforced: a release compared with an earlier one (--previous) may not
// carry a version number smaller than its changes call for.
//   major: a table or column removed or renamed, a column's type changed, or a coding changed (a
//          coded column lost or redefined a value; cow_igo_code's crosswalk is such a coding);
//   minor: new tables or columns (or new values of a coded column);
//   patch: fact corrections (rows added, removed or changed).
import type { ChangeRow } from './changes';
import { schemaField } from './datapackage';
import type { TableTemplate } from '../core';

export type ChangeLevel = 'major' | 'minor' | 'patch' | 'none';

interface DescribedField {
  name: string;
  type: string;
  categories?: ({ value: string; label?: string } | string)[];
}
interface DescribedResource {
  name: string;
  schema?: { fields?: DescribedField[] };
}

export interface DetectedChange {
  level: ChangeLevel;
  /** What calls for that level, in words. */
  reasons: string[];
}

const categoryValues = (field: DescribedField) => (field.categories ?? []).map((category) => (typeof category === 'string' ? category : category.value));

/** The level the changes since the previous release (its datapackage.json, its rows) call for. */
export function detectChange(
  previous: readonly DescribedResource[],
  current: readonly TableTemplate[],
  changes: readonly ChangeRow[],
  codings: { previous?: string; current: string },
): DetectedChange {
  const major: string[] = [];
  const minor: string[] = [];
  const now = new Map(current.map((template) => [template.id, template.columns.map(schemaField)]));
  for (const resource of previous) {
    const fields = now.get(resource.name);
    if (!fields) {
      major.push(`table ${resource.name} removed`);
      continue;
    }
    for (const field of resource.schema?.fields ?? []) {
      const same = fields.find((candidate) => candidate.name === field.name);
      if (!same) major.push(`column ${resource.name}.${field.name} removed or renamed`);
      else if (same.type !== field.type) major.push(`column ${resource.name}.${field.name} changed type ${field.type} -> ${same.type}`);
      else {
        const values = new Set(same.categories?.map((category) => category.value) ?? []);
        const lost = categoryValues(field).filter((value) => !values.has(value));
        if (lost.length > 0) major.push(`coded column ${resource.name}.${field.name} lost ${lost.join(', ')}`);
        const before = new Set(categoryValues(field));
        const added = [...values].filter((value) => !before.has(value));
        if (added.length > 0 && before.size > 0) minor.push(`coded column ${resource.name}.${field.name} gained ${added.join(', ')}`);
      }
    }
    for (const field of fields) if (!(resource.schema?.fields ?? []).some((old) => old.name === field.name)) minor.push(`column ${resource.name}.${field.name} added`);
  }
  for (const template of current) if (!previous.some((resource) => resource.name === template.id)) minor.push(`table ${template.id} added`);
  if (codings.previous !== undefined && codings.previous !== codings.current) major.push('the COW IGO code crosswalk changed');
  if (major.length > 0) return { level: 'major', reasons: major };
  if (minor.length > 0) return { level: 'minor', reasons: minor };
  if (changes.length > 0) return { level: 'patch', reasons: [`${changes.length} row or field changes`] };
  return { level: 'none', reasons: [] };
}

const parts = (version: string) => version.split('.').map(Number) as [number, number, number];

/** The smallest version a change of `level` since `previous` allows. */
export function leastVersion(previous: string, level: ChangeLevel): string {
  const [major, minor, patch] = parts(previous);
  switch (level) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return `${major}.${minor}.${patch + 1}`;
    case 'none':
      return previous;
  }
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * Why `version` is too small for the changes since the release in `previousDescriptor` (its
 * datapackage.json text), or null when it is large enough or the previous release states no version.
 */
export function versionTooSmall(version: string, previousDescriptor: string | undefined, current: readonly TableTemplate[], changes: readonly ChangeRow[], currentCodings: string): string | null {
  if (previousDescriptor === undefined) return null;
  let previous: { version?: unknown; resources?: DescribedResource[]; codings?: unknown };
  try {
    previous = JSON.parse(previousDescriptor) as typeof previous;
  } catch {
    return null;
  }
  if (typeof previous.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(previous.version)) return null;
  const detected = detectChange(previous.resources ?? [], current, changes, { previous: previous.codings === undefined ? undefined : JSON.stringify(previous.codings), current: currentCodings });
  const least = leastVersion(previous.version, detected.level);
  if (compareVersions(version, least) >= 0) return null;
  return `version ${version} is smaller than the changes since ${previous.version} call for: a ${detected.level} change (${detected.reasons.slice(0, 3).join('; ')}${detected.reasons.length > 3 ? '; ...' : ''}) needs ${least} or later (give --version ${least}; see the versioning policy in README.md)`;
}
