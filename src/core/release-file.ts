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

/** Where a field's name stands (its quoted name before a colon, not a value that spells it), or the file's start. */
function fieldPosition(text: string, field: string): { line: number; column: number } {
  const name = `"${field}"`;
  // Stryker disable next-line EqualityOperator: equivalent, `at > 0` differs only where the text starts with the quoted name, and a valid JSON text that does so is that one string, with no colon after it
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/^\s*:/.test(text.slice(at + name.length))) return position(text, at);
  }
  return { line: 1, column: 1 };
}

/**
 * V8's JSON.parse message in words: without its copy of the file's text ("Unexpected token 'x',
 * "{"a": x}" is not valid JSON") and without the offset, which the problem's line and column give.
 */
function jsonErrorDetail(message: string): string {
  return message.replace(/(Unexpected token .+?), .* is not valid JSON/s, '$1').replace(/ (?:in JSON )?at position .*/s, '');
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
    // JSON.parse of a string throws only a SyntaxError.
    const message = (error as SyntaxError).message;
    const offset = /at position (\d+)/.exec(message);
    const at = offset ? position(text, Number(offset[1])) : { line: 1, column: 1 };
    problems.add(FILE, at.line, at.column, 'release_invalid_json', { detail: jsonErrorDetail(message) });
    return null;
  }
  const parsed = ReleaseInfoFile.strict().safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '(the file)');
      const at = fieldPosition(text, issue.code === 'unrecognized_keys' ? issue.keys[0]! : field);
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
