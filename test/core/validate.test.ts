import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_TABLE_NAMES, PROBLEM_CODES, formatProblem, loadDataset, type Problem } from '../../src/core';
import { dataDirProblems } from '../../src/node/data-dir';
import { BROKEN_FIXTURES, ROOT, VALID_FIXTURE, fixtureCopy, readCsvFiles, runTs } from '../helpers';
import { scratchDir } from '../scratch';

/**
 * A temporary copy of the valid fixture with a broken fixture laid over it: each entry replaces the
 * file of its name (a symlink stays a link, a directory a directory); `.remove` lists files to delete.
 */
function brokenCopy(rule: string): string {
  const dir = scratchDir('sco-data-broken-');
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  const overlay = join(BROKEN_FIXTURES, rule);
  for (const name of readdirSync(overlay)) {
    if (name === '.remove') {
      for (const file of readFileSync(join(overlay, name), 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, file));
      continue;
    }
    rmSync(join(dir, name), { recursive: true, force: true });
    cpSync(join(overlay, name), join(dir, name), { recursive: true, verbatimSymlinks: true });
  }
  return dir;
}

/** The problems of a broken fixture, read through the same path as `npm run validate`. */
function problemsFor(rule: string): Problem[] {
  const dir = brokenCopy(rule);
  try {
    return dataDirProblems(dir, 'data/', { requireRelease: true }).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One broken fixture per rule (test/fixtures/broken/<rule>/), and the exact report a researcher
// reads. Each message was checked by hand against the fixture's one change and the rule it breaks.
const EXPECTED: Record<string, string[]> = {
  // The new tables (summit attendance, applications, documents) and composite keys, checked by hand likewise.
  'participant-kind': [
    'data/summit_attendance.csv:4:13: participant_kind is "state" but participant_id "un" is written as an organisation slug (write a state as its ISO3 code, e.g. KAZ, and an organisation as a lower-case slug, e.g. un; or correct participant_kind)',
  ],
  'attendance-unknown-state': ['data/summit_attendance.csv:5:10: participant_id "TKM" is not in countries.csv (add a row for it to countries.csv or correct the id)'],
  'attendance-series': [
    'data/summit_attendance.csv:5:1: summit_id "s5_1996" is a meeting of the shanghai_five series (attendance is recorded for meetings of the SCO Council of Heads of State, series sco_chs; correct the summit_id)',
  ],
  'attendance-duplicate': ['data/summit_attendance.csv:6:10: duplicate summit_id/participant_id "chs_2017/IND" (first used on line 3; give each row its own summit_id/participant_id)'],
  'conflict-composite-row': ['data/conflicts.csv:3:37: row_id "chs_2017/PAK" is not a summit_id/participant_id in summit_attendance.csv (correct the id)'],
  'application-event-missing': ['data/applications.csv:3:50: outcome is granted but outcome_event_id is empty (name the event in status_events.csv that granted the status, or correct the outcome)'],
  'application-event-unexpected': [
    'data/applications.csv:3:50: outcome is pending but outcome_event_id names event pak_2 (only a granted application names the event that granted it; clear outcome_event_id or correct the outcome)',
  ],
  'application-event-mismatch': [
    'data/applications.csv:2:55: outcome_event_id "ind_1" gives IND the status observer, but the application is IND\'s for member (name the event that granted this application)',
  ],
  'document-outside-summit': ['data/documents.csv:3:83: signed_date 2017-06-10 is outside summit chs_2017 (2017-06-08 to 2017-06-09), where it was signed (correct the date or the summit_id)'],
  'after-data-as-of': ['data/officials.csv:2:83: term_end: "2030-12" is after 2026-11-22, the day the data holds for (check the date, or move data_as_of in release.json)'],
  'blank-line': ['data/chairmanships.csv:2:1: blank line (delete it)'],
  'blank-text': ['data/countries.csv:2:72: note: holds only white space (clear the cell or fill it in)'],
  'cell-too-long': ['data/countries.csv:2:72: note: is 40000 characters long, more than the 32767 a spreadsheet cell holds (shorten it)'],
  'chairmanship-end': ['data/chairmanships.csv:2:34: end_date 2017-06-10 is outside summit chs_2017 (2017-06-08 to 2017-06-09), which closes the chairmanship (correct the date or the summit_id)'],
  'chairmanship-overlap': [
    'data/chairmanships.csv:3:19: chairmanship chn_2017_2018 starts on 2017-06-01, before kaz_2016_2017 (line 2) ends on 2017-06-09 (chairmanships follow one another; correct the dates)',
  ],
  'conflict-field': [
    'data/conflicts.csv:2:33: field "start" is not a column of summits.csv (use one of: summit_id, series, number, status, start_date, start_precision, end_date, end_precision, main_date, main_precision, city_en, city_ru, city_zh, host_iso3, format, decisions, documents, wikidata_qid, source_ids, confidence, note)',
  ],
  'conflict-row': ['data/conflicts.csv:2:24: row_id "chs_2002" is not a summit_id in summits.csv (correct the id)'],
  // The list of tables is the registry's (templates/index.ts), so adding a table changes no message here.
  'conflict-table': [`data/conflicts.csv:2:16: table "summit" is not a data table (use one of: ${DATA_TABLE_NAMES.filter((name) => name !== 'conflicts').join(', ')})`],
  'control-character': ['data/countries.csv:2:72: note: contains the control character U+0000 at character 8 (delete it; a cell holds one line of text)'],
  'decision-outside-summit': ['data/status_events.csv:13:25: decision_date 2005-07-06 is outside summit chs_2005 (2005-07-05), where it was decided (correct the date or the summit_id)'],
  'duplicate-cow-code': ['data/countries.csv:3:5: cow_code "710" is already used on line 2 (no two rows may share a cow_code; correct one of them)'],
  'duplicate-key': ['data/officials.csv:3:1: duplicate official_id "sg_2019_norov" (first used on line 2; give each row its own official_id)'],
  'duplicate-summit-number': ['data/summits.csv:3:24: series and number "shanghai_five, 1" are already used on line 2 (no two rows may share them; correct one of them)'],
  'duplicate-url': ['data/sources.csv:4:70: url is already the source "wikipedia_sco" (cite "wikipedia_sco" instead: one page is one source)'],
  'duplicate-url-spelling': ['data/sources.csv:3:48: url is already the source "wikipedia_sco" (cite "wikipedia_sco" instead: one page is one source)'],
  'effective-before-decision': ['data/status_events.csv:14:42: effective_date 2017-06-08 is before decision_date 2017-06-09 (check both dates)'],
  'field-count': ['data/chairmanships.csv:2:1: row has 9 fields, the header has 10 (check for a missing or extra comma; quote text that contains commas)'],
  formula: ['data/summits.csv:5:91: decisions begins with "=", which spreadsheets run as a formula (reword it to begin with a letter or digit)'],
  'full-width-formula': ['data/summits.csv:3:90: decisions begins with "＝", which spreadsheets run as a formula (reword it to begin with a letter or digit)'],
  header: [
    'data/officials.csv:1:61: header column 8 is "term_start_precision", expected "term_start" (the header row must be: official_id,role,name_en,name_ru,name_zh,name_variants,iso3,term_start,term_start_precision,term_end,term_end_precision,source_ids,confidence,note)',
  ],
  'held-summit-without-date': ['data/summits.csv:3:25: start_date is empty for a held summit (add the date it opened, or mark the summit planned)'],
  'http-where-https': ['data/sources.csv:5:39: url uses http, but eng.sectsco.org is cited over https on line 3 (write https://)'],
  'impossible-date': ['data/status_events.csv:14:27: decision_date: "2017-02-30" is a date that does not exist (check the month and day)'],
  'invalid-utf8': ['data/countries.csv:2:31: byte 0xCF is not UTF-8 text (save the file as UTF-8; in Excel: Save As, "CSV UTF-8 (Comma delimited)")'],
  'invisible-character': ['data/countries.csv:2:15: name_en: contains the invisible character U+202E (right-to-left override) at character 1 (delete it)'],
  'leading-minus': ['data/countries.csv:5:79: note begins with "-", which spreadsheets run as a formula (reword it to begin with a letter or digit)'],
  'list-item': ['data/summits.csv:2:171: source_ids: " sco_history" is not a source id (separate ids with ; and no spaces, e.g. tass_2017_06_09;sco_charter)'],
  'local-path': ['data/sources.csv:3:108: note: mentions the local path "/home/alice/sco/history.html" (cite the public page instead; a path on one computer means nothing to readers)'],
  'lone-carriage-return': ['data/sources.csv:2:19: carriage return without a line feed (save the file with LF or CRLF line ends)'],
  'malformed-url': ['data/sources.csv:3:48: url "https://eng.sectsco.org./20170109/192193.html" is malformed: its host ends with a dot (correct it)'],
  'mirror-host': [
    'data/sources.csv:3:48: url is on web.archive.org, a mirror or proxy (cite the original page; only where no original is stored anywhere, set source_type to mirror and say so in the note)',
  ],
  'mirror-without-note': ['data/sources.csv:3:107: source_type is mirror but the note does not say that no original is stored (say where the original was and that it is gone, or cite the original)'],
  'missing-file': [
    'data/officials.csv:1:1: file is missing (create it with the header row: official_id,role,name_en,name_ru,name_zh,name_variants,iso3,term_start,term_start_precision,term_end,term_end_precision,source_ids,confidence,note)',
  ],
  'no-source': ['data/status_events.csv:12:93: source_ids: cites no source (add at least one source_id from sources.csv; separate several with ;)'],
  'not-a-date': ['data/status_events.csv:14:27: decision_date: "09.06.2017" is not an ISO date (write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)'],
  'not-a-file': ['data/summits.csv:1:1: is a directory, not a regular file (replace it with the data file)'],
  'not-a-url': ['data/sources.csv:2:59: url: "www.example.org/page" is not a web address (write the full URL, starting with https://)'],
  'not-nfc': ['data/countries.csv:2:31: capital_ru: text is not in Unicode normalisation form C at character 4 (save it composed, e.g. "й" as one character, not "и" and a combining mark)'],
  'number-out-of-range': ['data/countries.csv:2:5: cow_code: "1000" is outside 2 to 999 (check the number)'],
  'padded-text': ['data/countries.csv:2:23: capital_en: text begins with a space (delete the space)'],
  pattern: ['data/countries.csv:2:40: currency: "cny" is not an ISO 4217 currency code (use three capital letters, e.g. KZT)'],
  precision: [
    'data/status_events.csv:15:33: decision_precision is "day" but "2005-07" is written to the month (write the date exactly as precisely as the sources give it, and the matching precision)',
  ],
  'precision-missing': ['data/status_events.csv:14:53: effective_precision is empty (write "day", the precision "2017-07-01" is written to)'],
  'precision-without-date': ['data/status_events.csv:14:43: effective_precision is "day" but effective_date is empty (clear effective_precision or add the date)'],
  'release-before-data-as-of': ['data/release.json:3:3: release_date 2026-11-01 is before data_as_of 2026-11-22 (a release cannot hold facts checked after its date)'],
  'release-field': ['data/release.json:4:3: data_as_of: must be a YYYY-MM-DD date (write the day the facts were last checked, as YYYY-MM-DD)'],
  'release-json-syntax': ["data/release.json:4:3: is not valid JSON: Expected ',' or '}' after property value (correct the syntax)"],
  'release-unknown-field': [
    'data/release.json:1:1: title: Invalid input: expected string, received undefined (give the release a title)',
    'data/release.json:2:3: titel: is not a field of release.json (delete the field; release.json holds: title, release_date, data_as_of, authors, repository, licence_data, licence_code)',
  ],
  'required-empty': ['data/countries.csv:2:23: capital_en: capital (English) is empty (fill it in)'],
  'same-day': ['data/status_events.csv:16:27: PAK has two status changes taking effect on 2005-07-05 (events pak_1 and pak_2; keep one, or give each its own date)'],
  sequence: [
    'data/status_events.csv:14:18: previous_status is "accession_candidate" but IND held "observer" on 2017-06-09 since 2005-07-05 (event ind_1, line 13) (correct previous_status or the dates, so that each event follows the one before it)',
  ],
  'shanghai-five-after-sco': [
    'data/status_events.csv:13:30: a shanghai_five status beginning 2005-07-05 is after 2001-06-15, when the SCO replaced the Shanghai Five (correct the date or the status)',
  ],
  'status-unchanged': [
    `data/applications.csv:2:55: outcome_event_id "ind_2" gives IND the status observer, but the application is IND's for member (name the event that granted this application)`,
    'data/status_events.csv:14:11: status "observer" is the same as previous_status (a row records a change; delete it or correct one of them)',
  ],
  symlink: ['data/sources.csv:1:1: is a symbolic link, which is not read (replace the link with the file itself)'],
  'text-after-quote': ['data/sources.csv:2:26: text after a closing quote (quote the whole field and double any " inside it)'],
  'tracking-parameter': ['data/sources.csv:3:48: url carries the tracking parameter "utm_source" (delete it)'],
  'transition-not-allowed': [
    'data/status_events.csv:17:11: a change from member to accession_candidate is not possible (from member a state can become: withdrawn; correct the status or add the missing event)',
  ],
  'two-secretaries-general': [
    'data/officials.csv:3:53: sg_2020_other takes office as head of the SCO Secretariat on 2020-01-01, while sg_2019_norov (line 2) holds it until 2021-12 (one post has one holder at a time; correct the dates)',
  ],
  type: ['data/countries.csv:3:5: cow_code: "75O" is not a whole number (write digits only, e.g. 710)'],
  'unclosed-quote': [
    'data/sources.csv:3:29: the quote opened here closes on line 4 and text follows it (close the quote on this line, or double any " inside the field)',
    'data/sources.csv:4:27: a " inside an unquoted field (quote the field and double the ", e.g. "say ""yes""")',
  ],
  'unclosed-quote-at-end': ['data/conflicts.csv:3:59: quoted field is never closed (add the closing ")'],
  'unknown-country': [
    `data/applications.csv:3:50: outcome_event_id "pak_2" gives PAQ the status member, but the application is PAK's for member (name the event that granted this application)`,
    'data/status_events.csv:16:7: iso3 "PAQ" is not in countries.csv (add a row for it to countries.csv or correct the id)',
  ],
  'unknown-file': [
    `data/status_event.csv:1:1: is not a file of the dataset (did you mean status_events.csv? rename or delete it; data/ holds: ${DATA_TABLE_NAMES.map((name) => `${name}.csv`).join(', ')}, release.json, README.md, LICENSE.md, reference)`,
  ],
  'unknown-iso3': ['data/countries.csv:10:1: iso3 "XKX" is not an ISO 3166-1 alpha-3 code (check the code in the ISO 3166 list, e.g. KGZ for Kyrgyzstan)'],
  'unknown-source': ['data/summits.csv:5:150: source_ids "tass_20170610" is not in sources.csv (add a row for it to sources.csv or correct the id)'],
  'unknown-summit': ['data/status_events.csv:14:44: summit_id "chs_2018" is not in summits.csv (add a row for it to summits.csv or correct the id)'],
  vocabulary: ['data/status_events.csv:14:11: status: "membr" is not a known status (use one of: shanghai_five, member, accession_candidate, observer, dialogue_partner, sco_partner, withdrawn)'],
  'year-0099': ['data/officials.csv:2:69: term_start: "0099-01" is before 1996-04-26, the earliest day it may hold (check the year)'],
};

describe('validator', () => {
  it('accepts the valid fixture', () => {
    const result = loadDataset(readCsvFiles(VALID_FIXTURE));
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), []);
  });

  const codesSeen = new Set<string>();
  for (const [rule, expected] of Object.entries(EXPECTED)) {
    it(`reports the broken fixture "${rule}" exactly`, () => {
      const problems = problemsFor(rule);
      for (const problem of problems) codesSeen.add(problem.code);
      assert.deepEqual(problems.map(formatProblem), expected);
    });
  }

  it('has a broken fixture for every problem code, and counts them', () => {
    // unreadable_file: as root every file is readable; the data directory being a file is its case.
    const file = join(scratchDir('sco-data-notdir-'), 'data');
    writeFileSync(file, 'not a directory');
    for (const problem of dataDirProblems(file, 'data/').problems) codesSeen.add(problem.code);
    const missing = PROBLEM_CODES.filter((code) => !codesSeen.has(code));
    assert.deepEqual(missing, [], 'problem codes without a broken fixture');
    console.log(`      ${PROBLEM_CODES.length} distinct bad-input rules (problem codes), each with a broken fixture; ${Object.keys(EXPECTED).length} broken fixtures`);
  });

  it('accepts a byte-order mark and CRLF line ends, and reads them as the plain file', () => {
    const plain = readCsvFiles(VALID_FIXTURE);
    const windows = Object.fromEntries(Object.entries(plain).map(([name, text]) => [name, new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`)]));
    const a = loadDataset(plain);
    const b = loadDataset(windows);
    assert.ok(a.ok && b.ok);
    assert.deepEqual(b.dataset, a.dataset);
  });

  it('never echoes a control character or terminal escape from a data file', () => {
    const files = readCsvFiles(VALID_FIXTURE);
    files['countries.csv'] = files['countries.csv']!.replace('Beijing,', '\u001b]0;pwned\u0007\u001b[31mBeijing,');
    const result = loadDataset(files, 'data/');
    const text = result.ok ? '' : result.problems.map(formatProblem).join('\n');
    assert.match(text, /control character U\+001B/);
    assert.doesNotMatch(text, /\p{Cc}/u);
  });

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
    const run = (cwd: string, dir: string) => runTs(join(ROOT, 'src', 'node', 'validate-cli.ts'), [dir], { cwd });

    it('exits 1 and prints each problem as file:line:column on stderr', () => {
      const dir = fixtureCopy(join(BROKEN_FIXTURES, 'vocabulary'));
      const result = run(dir, dir);
      assert.equal(result.status, 1);
      assert.deepEqual(result.stderr.trim().split('\n'), [`./${EXPECTED.vocabulary![0]!.slice('data/'.length)}`, 'the data has 1 problem']);
    });

    it('prints the problems as JSON with --json', () => {
      const dir = brokenCopy('vocabulary');
      const result = run(dir, dir + '/');
      const json = runTs(join(ROOT, 'src', 'node', 'validate-cli.ts'), ['--json', dir], { cwd: dir });
      assert.equal(result.status, 1);
      assert.equal(json.status, 1);
      assert.deepEqual(JSON.parse(json.stdout), [
        {
          code: 'not_in_vocabulary',
          file: './status_events.csv',
          line: 14,
          column: 11,
          params: { column: 'status', value: 'membr', label: 'status', allowed: 'shanghai_five, member, accession_candidate, observer, dialogue_partner, sco_partner, withdrawn' },
          message: EXPECTED.vocabulary![0]!.replace(/^[^ ]+ /, ''),
        },
      ]);
    });

    it('exits 0 on valid data', () => {
      const result = run(ROOT, VALID_FIXTURE);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^test\/fixtures\/valid\/: valid \(8 countries, 15 status events/);
    });
  });
});
