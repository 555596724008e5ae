// Hostile data files, each found to misbehave once; the expectations are written by hand from the
// guide's rule (one coded problem where the mistake is, no cascade of others).
import assert from 'node:assert/strict';
import { loadDataset, type Problem } from '../../src/core';
import { VALID_FIXTURE, readCsvFiles } from '../helpers';

/** The valid fixture with `edit` applied to one file's text; the problems found, or [] when valid. */
function problemsAfter(file: string, edit: (text: string) => string): Pick<Problem, 'code' | 'file' | 'line' | 'column'>[] {
  const files = readCsvFiles(VALID_FIXTURE);
  const before = files[file]!;
  files[file] = edit(before);
  assert.notEqual(files[file], before, 'the edit changed nothing');
  const result = loadDataset(files, 'data/');
  return result.ok ? [] : result.problems.map(({ code, file: at, line, column }) => ({ code, file: at, line, column }));
}

describe('hostile: data files', () => {
  it('a row with one field too many is one field_count problem, not also every reference to its id', () => {
    // sources.csv line 3 is sco_history, which conflicts, documents, meetings and events cite.
    const problems = problemsAfter('sources.csv', (text) => text.replace('sco_history,SCO Secretariat,', 'sco_history,SCO Secretariat,extra,'));
    assert.deepEqual(problems, [{ code: 'field_count', file: 'data/sources.csv', line: 3, column: 1 }]);
  });

  it('a row with one field too few keeps its id too (its first column is still the key)', () => {
    const problems = problemsAfter('sources.csv', (text) => text.replace('sco_history,SCO Secretariat,', 'sco_history,'));
    assert.deepEqual(problems, [{ code: 'field_count', file: 'data/sources.csv', line: 3, column: 1 }]);
  });

  it('a short row and a later full row with the same id: the full row is the duplicate', () => {
    const problems = problemsAfter('sources.csv', (text) => text.replace('sco_history,SCO Secretariat,', 'sco_history,\nsco_history,SCO Secretariat,'));
    assert.deepEqual(problems, [
      { code: 'field_count', file: 'data/sources.csv', line: 3, column: 1 },
      { code: 'duplicate_key', file: 'data/sources.csv', line: 4, column: 1 },
    ]);
  });
});
