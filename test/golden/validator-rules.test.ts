// Three validator rules that once could be deleted with every test still green, checked on the
// golden fixture changed one cell at a time. The expected locations are counted by hand in the
// rows quoted here; the assertions name the file, line, column and the offending column only, so
// a reworded message still passes and a missing rule does not.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { formatProblem, loadDataset } from '../../src/core';
import { ROOT, readCsvFiles } from '../helpers';

const FILES = readCsvFiles(join(ROOT, 'test', 'fixtures', 'golden'));

function problemsAfter(file: string, row: string, changed: string): string[] {
  const text = FILES[file]!;
  assert.ok(text.includes(row), `the fixture has the row ${row}`);
  const result = loadDataset({ ...FILES, [file]: text.replace(row, changed) });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validator rules on the golden fixture', () => {
  it('loads the golden fixture as it is', () => {
    assert.deepEqual(problemsAfter('summits.csv', 's5_1996', 's5_1996'), []);
  });

  it('a held summit needs a start date; a planned one need not have it', () => {
    const row = 's5_1996,shanghai_five,1,held,1996-04-26,day,1996-04-26,day,';
    // s5_1996, (8 characters) shanghai_five, (14) 1, (2) held, (5): start_date begins in column 30 of line 3.
    const problems = problemsAfter('summits.csv', row, 's5_1996,shanghai_five,1,held,,,1996-04-26,day,');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^summits\.csv:3:30: .*start_date.*held/);
    assert.deepEqual(problemsAfter('summits.csv', row, 's5_1996,shanghai_five,1,planned,,,1996-04-26,day,'), []);
  });

  it("a conflict's row_id must be a row of the table it names", () => {
    const row = 'chs_2001_start,summits,chs_2001,';
    // chs_2001_start, (15 characters) summits, (8): row_id begins in column 24 of line 2.
    const problems = problemsAfter('conflicts.csv', row, 'chs_2001_start,summits,chs_2002,');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^conflicts\.csv:2:24: .*row_id "chs_2002"/);
    // The same id in another table is no row of summits.csv either, and a real row of that table is.
    assert.equal(problemsAfter('conflicts.csv', row, 'chs_2001_start,summits,mng_2,').length, 1);
    assert.deepEqual(problemsAfter('conflicts.csv', 'chs_2001_start,summits,chs_2001,start_date,', 'chs_2001_start,status_events,mng_2,decision_date,'), []);
  });

  it('a status event must change the status: status differs from previous_status', () => {
    const row = 'mng_2,MNG,accession_candidate,observer,';
    // Line 11 of status_events.csv; mng_2, (6 characters) MNG, (4): status begins in column 11.
    const problems = problemsAfter('status_events.csv', row, 'mng_2,MNG,accession_candidate,accession_candidate,');
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^status_events\.csv:11:11: .*status "accession_candidate".*previous_status/);
  });
});
