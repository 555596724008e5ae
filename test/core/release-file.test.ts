// data/release.json checked like a data file (src/core/release-file.ts): each bad field reported
// where its name stands, with its own fix; JSON syntax errors located by line and column, in
// words; the release's dates against each other and the organisation's first day. Expected
// problems written by hand (lines and columns counted in the texts below; the issue texts of
// zod's own checks are zod 4's messages).
import assert from 'node:assert/strict';
import { Problems, type Problem } from '../../src/core';
import { checkReleaseFile } from '../../src/core/release-file';

/** A release.json, one field a line (line 2 onward), each name at column 3; `fields` replaces or adds. */
function releaseText(fields: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    title: '"sco-data"',
    release_date: '"2026-11-22"',
    data_as_of: '"2026-11-22"',
    authors: '[{ "name": "sco-data contributors" }]',
    licence_data: '"CC-BY-4.0"',
    licence_code: '"MIT"',
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `  "${key}": ${value}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function check(text: string): { result: ReturnType<typeof checkReleaseFile>; problems: Problem[] } {
  const problems = new Problems('data/');
  const result = checkReleaseFile(text, problems);
  return { result, problems: problems.list };
}

const field = (line: number, column: number, params: Record<string, string>): Problem => ({ code: 'release_field', file: 'data/release.json', line, column, params });

describe('checkReleaseFile: data/release.json', () => {
  it('returns the two dates of a valid file and reports nothing', () => {
    assert.deepEqual(check(releaseText()), { result: { release_date: '2026-11-22', data_as_of: '2026-11-22' }, problems: [] });
    const later = check(releaseText({ release_date: '"2026-12-01"', repository: '"https://example.org/sco-data"', doi: '"10.5281/zenodo.1234567"' }));
    assert.deepEqual(later, { result: { release_date: '2026-12-01', data_as_of: '2026-11-22' }, problems: [] });
  });

  it('reports a bad field where its name stands, with that field’s fix', () => {
    // Fields in releaseText's order: title line 2, release_date 3, data_as_of 4, authors 5,
    // licence_data 6, licence_code 7, then added fields.
    const cases: [Record<string, string>, Problem][] = [
      [{ title: '""' }, field(2, 3, { field: 'title', issue: 'Too small: expected string to have >=1 characters', fix: 'give the release a title' })],
      [{ release_date: '"2026-02-30"' }, field(3, 3, { field: 'release_date', issue: 'must be a YYYY-MM-DD date', fix: 'write the day the release is dated, as YYYY-MM-DD' })],
      [{ data_as_of: '"2026-11"' }, field(4, 3, { field: 'data_as_of', issue: 'must be a YYYY-MM-DD date', fix: 'write the day the facts were last checked, as YYYY-MM-DD' })],
      [{ authors: '[]' }, field(5, 3, { field: 'authors', issue: 'Too small: expected array to have >=1 items', fix: 'list at least one author as {"name": "..."}' })],
      [{ authors: '[{ "name": "" }]' }, field(5, 3, { field: 'authors', issue: 'Too small: expected string to have >=1 characters', fix: 'list at least one author as {"name": "..."}' })],
      [{ licence_data: '"CC0-1.0"' }, field(6, 3, { field: 'licence_data', issue: 'Invalid input: expected "CC-BY-4.0"', fix: 'the data licence is "CC-BY-4.0"' })],
      [{ licence_code: '"GPL-3.0"' }, field(7, 3, { field: 'licence_code', issue: 'Invalid input: expected "MIT"', fix: 'the code licence is "MIT"' })],
      [{ repository: '"not an address"' }, field(8, 3, { field: 'repository', issue: 'Invalid URL', fix: 'write the https:// address of the repository, or leave the field out' })],
      [{ doi: '"doi:10.5281/zenodo.1"' }, field(8, 3, { field: 'doi', issue: 'must be a DOI such as 10.5281/zenodo.1234567', fix: 'see data/README.md' })],
    ];
    for (const [fields, problem] of cases) assert.deepEqual(check(releaseText(fields)), { result: null, problems: [problem] }, JSON.stringify(fields));
  });

  it('reports a missing field at the start of the file, and every bad field of one file', () => {
    assert.deepEqual(check(releaseText({ title: '', licence_code: '"BSD"' })), {
      result: null,
      problems: [
        field(1, 1, { field: 'title', issue: 'Invalid input: expected string, received undefined', fix: 'give the release a title' }),
        field(6, 3, { field: 'licence_code', issue: 'Invalid input: expected "MIT"', fix: 'the code licence is "MIT"' }),
      ],
    });
  });

  it('reports unknown fields together, at the first of them, listing the fields release.json holds', () => {
    assert.deepEqual(check(releaseText({ titel: '"x"', extra: '1' })), {
      result: null,
      problems: [
        field(8, 3, {
          field: 'titel, extra',
          issue: 'is not a field of release.json',
          fix: 'delete the field; release.json holds: title, release_date, data_as_of, authors, repository, licence_data, licence_code',
        }),
      ],
    });
  });

  it('reports a file that is not a JSON object once, at its start', () => {
    assert.deepEqual(check('[]'), { result: null, problems: [field(1, 1, { field: '(the file)', issue: 'Invalid input: expected object, received array', fix: 'see data/README.md' })] });
    assert.deepEqual(check('\n\n  "text"'), { result: null, problems: [field(1, 1, { field: '(the file)', issue: 'Invalid input: expected object, received string', fix: 'see data/README.md' })] });
  });

  it('locates a JSON syntax error by line and column and says what is wrong in words', () => {
    const invalid = (line: number, column: number, detail: string): Problem => ({ code: 'release_invalid_json', file: 'data/release.json', line, column, params: { detail } });
    // A missing comma: V8 stops at the next property's quote (offset 11, line 3, column 3).
    assert.deepEqual(check('{\n "a": 1\n  "b": 2}'), { result: null, problems: [invalid(3, 3, "Expected ',' or '}' after property value")] });
    // On the first line the column is the offset + 1: the ':' missing at offset 5.
    assert.deepEqual(check('{"a" 1}'), { result: null, problems: [invalid(1, 6, "Expected ':' after property name")] });
    // Text after the object: offset 8 is line 1, column 9.
    assert.deepEqual(check('{"a":1} x'), { result: null, problems: [invalid(1, 9, 'Unexpected non-whitespace character after JSON')] });
    // After two line breaks, offset 10 is line 3, column 1.
    assert.deepEqual(check('{"a": 1,\n\n}'), { result: null, problems: [invalid(3, 1, 'Expected double-quoted property name')] });
    assert.deepEqual(check(''), { result: null, problems: [invalid(1, 1, 'Unexpected end of JSON input')] });
  });

  it('names an unexpected character without repeating the file’s text (V8 gives no position for it: the start)', () => {
    const invalid = (detail: string): Problem => ({ code: 'release_invalid_json', file: 'data/release.json', line: 1, column: 1, params: { detail } });
    assert.deepEqual(check('{"a": x}'), { result: null, problems: [invalid("Unexpected token 'x'")] });
    assert.deepEqual(check('{\n  "a":: 1\n}'), { result: null, problems: [invalid("Unexpected token ':'")] });
    assert.deepEqual(check('[1,,2]'), { result: null, problems: [invalid("Unexpected token ','")] });
    assert.deepEqual(check(`{"long": "${'a'.repeat(100)}", "b": x}`), { result: null, problems: [invalid("Unexpected token 'x'")] });
  });

  it('refuses a data_as_of before the organisation’s first day (1996-04-26), accepts that day', () => {
    assert.deepEqual(check(releaseText({ data_as_of: '"1996-04-25"' })), {
      result: null,
      problems: [
        field(4, 3, { field: 'data_as_of', issue: "1996-04-25 is before 1996-04-26, when the organisation's history begins", fix: 'write the day the facts were last checked, as YYYY-MM-DD' }),
      ],
    });
    assert.deepEqual(check(releaseText({ release_date: '"1996-04-26"', data_as_of: '"1996-04-26"' })), { result: { release_date: '1996-04-26', data_as_of: '1996-04-26' }, problems: [] });
  });

  it('refuses a release dated before its data_as_of, where release_date stands; both date problems at once', () => {
    const before = (line: number, release_date: string, data_as_of: string): Problem => ({
      code: 'release_before_data_as_of',
      file: 'data/release.json',
      line,
      column: 3,
      params: { release_date, data_as_of },
    });
    assert.deepEqual(check(releaseText({ release_date: '"2026-11-21"' })), { result: null, problems: [before(3, '2026-11-21', '2026-11-22')] });
    assert.deepEqual(check(releaseText({ release_date: '"1996-01-01"', data_as_of: '"1996-02-01"' })), {
      result: null,
      problems: [
        field(4, 3, { field: 'data_as_of', issue: "1996-02-01 is before 1996-04-26, when the organisation's history begins", fix: 'write the day the facts were last checked, as YYYY-MM-DD' }),
        before(3, '1996-01-01', '1996-02-01'),
      ],
    });
    // Found by its quoted name: a value that spells "release_date" earlier does not move it.
    const text = '{"title": "release_date", "release_date": "2020-01-01", "data_as_of": "2020-01-02", "authors": [{"name": "a"}], "licence_data": "CC-BY-4.0", "licence_code": "MIT"}';
    assert.deepEqual(check(text).problems, [{ ...before(1, '2020-01-01', '2020-01-02'), column: 27 }]);
    // White space may stand between the name and its colon.
    assert.deepEqual(check(text.replace('"release_date": "2020', '"release_date" \t: "2020')).problems, [{ ...before(1, '2020-01-01', '2020-01-02'), column: 27 }]);
  });
});
