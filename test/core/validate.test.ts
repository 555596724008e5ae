import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadDataset } from '../../src/core';
import { BROKEN_FIXTURES, ROOT, VALID_FIXTURE, fixtureCopy, readCsvFiles, runTs } from '../helpers';

function messagesFor(rule: string): string[] {
  const files = { ...readCsvFiles(VALID_FIXTURE), ...readCsvFiles(join(BROKEN_FIXTURES, rule)) };
  const result = loadDataset(files, 'data/');
  assert.equal(result.ok, false, `${rule}: the broken fixture was accepted`);
  return result.ok ? [] : result.problems.map(formatProblem);
}

// One broken file per rule (test/fixtures/broken/<rule>/), and the exact report a researcher reads.
const EXPECTED: Record<string, string[]> = {
  type: ['data/countries.csv:3:5: cow_code: "75O" is not a whole number (write digits only, e.g. 710)'],
  vocabulary: [
    'data/status_events.csv:14:11: status: "membr" is not a known status (use one of: shanghai_five, member, accession_candidate, observer, dialogue_partner, sco_partner, withdrawn)',
  ],
  'impossible-date': ['data/status_events.csv:14:27: decision_date: "2017-02-30" is a date that does not exist (check the month and day)'],
  precision: [
    'data/status_events.csv:15:33: decision_precision is "day" but "2005-07" is written to the month (write the date exactly as precisely as the sources give it, and the matching precision)',
  ],
  'unknown-country': ['data/status_events.csv:16:7: iso3 "PAQ" is not in countries.csv (add a row for it to countries.csv or correct the id)'],
  'unknown-summit': ['data/status_events.csv:14:44: summit_id "chs_2018" is not in summits.csv (add a row for it to summits.csv or correct the id)'],
  'unknown-source': ['data/summits.csv:5:150: source_ids "tass_20170610" is not in sources.csv (add a row for it to sources.csv or correct the id)'],
  'duplicate-key': ['data/officials.csv:3:1: duplicate official_id "sg_2019_norov" (first used on line 2; give each row its own official_id)'],
  sequence: [
    'data/status_events.csv:14:18: previous_status is "accession_candidate" but IND held "observer" on 2017-06-09 since 2005-07-05 (event ind_1, line 13) (correct previous_status or the dates, so that each event follows the one before it)',
  ],
  'effective-before-decision': ['data/status_events.csv:14:42: effective_date 2017-06-08 is before decision_date 2017-06-09 (check both dates)'],
  'no-source': ['data/status_events.csv:12:93: source_ids: cites no source (add at least one source_id from sources.csv; separate several with ;)'],
  formula: ['data/summits.csv:5:91: decisions begins with "=", which spreadsheets run as a formula (reword it to begin with a letter or digit)'],
  'leading-minus': ['data/countries.csv:5:79: note begins with "-", which spreadsheets run as a formula (reword it to begin with a letter or digit)'],
  header: [
    'data/officials.csv:1:61: header column 8 is "term_start_precision", expected "term_start" (the header row must be: official_id,role,name_en,name_ru,name_zh,name_variants,iso3,term_start,term_start_precision,term_end,term_end_precision,source_ids,confidence,note)',
  ],
  'field-count': ['data/chairmanships.csv:2:1: row has 9 fields, the header has 10 (check for a missing or extra comma; quote text that contains commas)'],
  'same-day': ['data/status_events.csv:16:27: PAK has two status changes taking effect on 2005-07-05 (events pak_1 and pak_2; keep one, or give each its own date)'],
  'duplicate-url': ['data/sources.csv:4:70: url is already the source "wikipedia_sco" (cite "wikipedia_sco" instead: one page is one source)'],
  'unclosed-quote': [
    'data/sources.csv:3:29: the quote opened here closes on line 4 and text follows it (close the quote on this line, or double any " inside the field)',
    'data/sources.csv:4:27: a " inside an unquoted field (quote the field and double the ", e.g. "say ""yes""")',
  ],
  'decision-outside-summit': [
    'data/status_events.csv:13:25: decision_date 2005-07-06 is outside summit chs_2005 (2005-07-05), where it was decided (correct the date or the summit_id)',
  ],
  'chairmanship-end': [
    'data/chairmanships.csv:2:34: end_date 2017-06-10 is outside summit chs_2017 (2017-06-08 to 2017-06-09), which closes the chairmanship (correct the date or the summit_id)',
  ],
  'chairmanship-overlap': [
    'data/chairmanships.csv:3:19: chairmanship chn_2017_2018 starts on 2017-06-01, before kaz_2016_2017 (line 2) ends on 2017-06-09 (chairmanships follow one another; correct the dates)',
  ],
};

describe('validator', () => {
  it('accepts the valid fixture', () => {
    const result = loadDataset(readCsvFiles(VALID_FIXTURE));
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), []);
  });

  for (const [rule, expected] of Object.entries(EXPECTED)) {
    it(`reports the broken fixture "${rule}" exactly`, () => {
      assert.deepEqual(messagesFor(rule), expected);
    });
  }

  it('has an expected report for every broken fixture and no other', () => {
    assert.deepEqual(readdirSync(BROKEN_FIXTURES).sort(), Object.keys(EXPECTED).sort());
  });

  it('reports every problem at once, not only the first', () => {
    const files = { ...readCsvFiles(VALID_FIXTURE), ...readCsvFiles(join(BROKEN_FIXTURES, 'type')), ...readCsvFiles(join(BROKEN_FIXTURES, 'sequence')) };
    const result = loadDataset(files, 'data/');
    assert.equal(result.ok ? 0 : result.problems.length, 2);
  });

  it('names a missing file and the header it needs', () => {
    const files = readCsvFiles(VALID_FIXTURE);
    delete files['officials.csv'];
    const result = loadDataset(files, 'data/');
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [
      'data/officials.csv:1:1: file is missing (create it with the header row: official_id,role,name_en,name_ru,name_zh,name_variants,iso3,term_start,term_start_precision,term_end,term_end_precision,source_ids,confidence,note)',
    ]);
  });

  describe('npm run validate (the command line)', () => {
    const run = (cwd: string, dir: string) =>
      runTs(join(ROOT, 'src', 'node', 'validate-cli.ts'), [dir], { cwd });

    it('exits 1 and prints each problem as file:line:column on stderr', () => {
      const dir = fixtureCopy(join(BROKEN_FIXTURES, 'vocabulary'));
      const result = run(dir, dir);
      assert.equal(result.status, 1);
      assert.deepEqual(result.stderr.trim().split('\n'), [`./${EXPECTED.vocabulary![0]!.slice('data/'.length)}`, 'the data has 1 problem']);
    });

    it('exits 0 on valid data', () => {
      const result = run(ROOT, VALID_FIXTURE);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^test\/fixtures\/valid\/: valid \(8 countries, 15 status events/);
    });
  });
});
