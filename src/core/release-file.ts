// data/release.json checked like a data file: its syntax located by line and column, each field
// checked, and its dates consistent (a release is not dated before the day its data holds for).
// The facts' dates are checked against data_as_of by their own columns (notAfterDataAsOf).
import { FIRST_DAY } from '../../templates/columns';
import { firstDay } from './dates';
import { ReleaseInfoFile } from './release';
import type { Problems } from './validate';

const FILE = 'release.json';

/** Line and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Where a top-level field's name stands, or the file's start. */
function fieldPosition(text: string, field: string): { line: number; column: number } {
  const at = text.indexOf(`"${field}"`);
  return at < 0 ? { line: 1, column: 1 } : position(text, at);
}

const FIXES: Readonly<Record<string, string>> = {
  title: 'give the release a title',
  release_date: 'write the day the release is dated, as YYYY-MM-DD',
  data_as_of: 'write the day the facts were last checked, as YYYY-MM-DD',
  authors: 'list at least one author as {"name": "..."}',
  repository: 'write the https:// address of the repository, or leave the field out',
  licence_data: 'the data licence is "CC-BY-4.0"',
  licence_code: 'the code licence is "MIT"',
};

/** The release's fields, or null after reporting every problem. */
export function checkReleaseFile(text: string, problems: Problems): { release_date: string; data_as_of: string } | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(detail);
    const at = offset ? position(text, Number(offset[1])) : { line: 1, column: 1 };
    problems.add(FILE, at.line, at.column, 'release_invalid_json', { detail: detail.replace(/^.*?:\s*/, '').replace(/ in JSON at position \d+.*$/, '') });
    return null;
  }
  const parsed = ReleaseInfoFile.strict().safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '(the file)');
      const at = fieldPosition(text, issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : field);
      const fix = issue.code === 'unrecognized_keys' ? 'delete the field; release.json holds: ' + Object.keys(FIXES).join(', ') : (FIXES[field] ?? 'see data/README.md');
      problems.add(FILE, at.line, at.column, 'release_field', { field, issue: issue.code === 'unrecognized_keys' ? 'is not a field of release.json' : issue.message, fix });
    }
    return null;
  }
  const { release_date, data_as_of } = parsed.data;
  let ok = true;
  if (firstDay(data_as_of) < firstDay(FIRST_DAY)) {
    const at = fieldPosition(text, 'data_as_of');
    problems.add(FILE, at.line, at.column, 'release_field', { field: 'data_as_of', issue: `${data_as_of} is before ${FIRST_DAY}, when the organisation's history begins`, fix: FIXES.data_as_of! });
    ok = false;
  }
  if (firstDay(release_date) < firstDay(data_as_of)) {
    const at = fieldPosition(text, 'release_date');
    problems.add(FILE, at.line, at.column, 'release_before_data_as_of', { release_date, data_as_of });
    ok = false;
  }
  return ok ? { release_date, data_as_of } : null;
}
