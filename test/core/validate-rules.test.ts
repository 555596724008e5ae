// The validator's rules one by one, on small hand-made edits of the valid fixture: each boundary
// (equal dates, a partial date that contains the bound, empty against missing), each condition of
// a combined test, the order of the report, and the exact message. Every expected line was written
// by hand from the rule (src/core/validate.ts) and the message (src/core/problems.ts): the line is
// the edited row's, the column the edited cell's first character, counted in the row as written.
// The files are read and edited inside each test, so that a mutant of the validator runs only the
// tests that reach it (stryker.config.mjs, docs/mutation.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_TABLE_NAMES, Problems, fileText, formatProblem, loadDataset, type FileContent, type LoadOptions } from '../../src/core';
import { VALID_FIXTURE, readCsvFiles } from '../helpers';

type Files = Record<string, FileContent>;

/** The valid fixture's CSV files (no release.json), with lines replaced or appended: `{ 'summits.csv': { 3: '...' } }` (line 1 is the header). */
function fixtureWith(lines: Record<string, Record<number, string>> = {}): Files {
  const files: Files = readCsvFiles(VALID_FIXTURE);
  for (const [file, changes] of Object.entries(lines)) {
    const text = files[file] as string;
    const rows = text.slice(0, -1).split('\n');
    for (const [line, row] of Object.entries(changes)) {
      assert.ok(Number(line) <= rows.length + 1, `${file}: line ${line} would leave a gap`);
      rows[Number(line) - 1] = row;
    }
    files[file] = rows.join('\n') + '\n';
  }
  return files;
}

/** The fixture's release.json (data_as_of 2026-11-22). */
const release = () => readFileSync(join(VALID_FIXTURE, 'release.json'), 'utf8');

/** The report a researcher reads: one line per problem, in the validator's order. */
function report(files: Files, options: LoadOptions = {}): string[] {
  const result = loadDataset(files, 'data/', options);
  if (result.ok) return [];
  assert.notEqual(result.problems.length, 0, 'refused without a problem');
  return result.problems.map(formatProblem);
}

const AFTER_DATA_AS_OF = 'is after 2026-11-22, the day the data holds for (check the date, or move data_as_of in release.json)';
const CHAIRMANSHIPS_HEADER = 'chairmanship_id,iso3,start_date,start_precision,end_date,end_precision,summit_id,source_ids,confidence,note';
const SUMMITS_HEADER =
  'summit_id,series,number,status,start_date,start_precision,end_date,end_precision,main_date,main_precision,city_en,city_ru,city_zh,host_iso3,format,decisions,documents,wikidata_qid,source_ids,confidence,note';
const FIELD_COUNT_HINT = '(check for a missing or extra comma; quote text that contains commas)';
const OUTSIDE_HINT = 'where it was decided (correct the date or the summit_id)';
const TERMS_HINT = '(one post has one holder at a time; correct the dates)';

// Rows of the valid fixture as edited below (the unchanged fields copied from test/fixtures/valid/).
const CHS_2001_NO_START = `chs_2001,sco_chs,1,held,,day,2001-06-15,day,,,Shanghai,Шанхай,上海,CHN,in_person,Founding of the SCO,"Declaration on the Establishment of the SCO | Shanghai Convention on Combating Terrorism, Separatism and Extremism",,wikipedia_sco;sco_history,high,`;
const chs2017 = (startPrecision: string) =>
  `chs_2017,sco_chs,17,held,2017-06-08,${startPrecision},2017-06-09,day,,,Astana,Астана,阿斯塔纳,KAZ,in_person,India and Pakistan admitted as members,Astana Declaration,,tass_20170609;wikipedia_sco,high,`;
const ind2 = (decision: string, precision: string, effective = ',') => `ind_2,IND,member,observer,${decision},${precision},${effective},chs_2017,,tass_20170609;wikipedia_sco,high,`;
const norov = (end: string) => `sg_2019_norov,secretary_general,Vladimir Norov,Владимир Норов,,,UZB,2019-01,month,${end},wikipedia_sco,medium,`;
const chs2027 = (status: string, start: string, end: string) => `chs_2027,sco_chs,27,${status},${start},${end},,,Bishkek,Бишкек,比什凯克,KGZ,in_person,,,,wikipedia_sco,low,`;
const kaz = (one: string, two: string) => ({
  4: `kaz_1,KAZ,shanghai_five,none,${one},,,wikipedia_sco;sco_history,high,`,
  5: `kaz_2,KAZ,member,shanghai_five,${two},,Declaration on the Establishment of the SCO,wikipedia_sco;sco_history,high,`,
});

describe('validator rules, case by case (hand-made edits of the valid fixture)', () => {
  describe('the report', () => {
    it('is sorted by file, then line, then column, then code, whatever order the rules found the problems in', () => {
      // Found in this order: summits 3:26 and 5:37 (date rules), summits 3:25 (held summits),
      // status_events 16:27 same day (histories) then outside the summit, applications 3:50 (last rule).
      const files = fixtureWith({
        'summits.csv': { 3: CHS_2001_NO_START, 5: chs2017('month') },
        'status_events.csv': { 16: 'pak_2,PAK,member,observer,2005-07-05,day,,,chs_2017,,tass_20170609;wikipedia_sco,high,' },
        'applications.csv': { 3: 'app_pak_2010_member,PAK,member,2010,year,pending,pak_2,wikipedia_sco,medium,' },
      });
      assert.deepEqual(report(files), [
        'data/applications.csv:3:50: outcome is pending but outcome_event_id names event pak_2 (only a granted application names the event that granted it; clear outcome_event_id or correct the outcome)',
        `data/status_events.csv:16:27: decision_date 2005-07-05 is outside summit chs_2017 (2017-06-08 to 2017-06-09), ${OUTSIDE_HINT}`,
        'data/status_events.csv:16:27: PAK has two status changes taking effect on 2005-07-05 (events pak_1 and pak_2; keep one, or give each its own date)',
        'data/summits.csv:3:25: start_date is empty for a held summit (add the date it opened, or mark the summit planned)',
        'data/summits.csv:3:26: start_precision is "day" but start_date is empty (clear start_precision or add the date)',
        'data/summits.csv:5:37: start_precision is "month" but "2017-06-08" is written to the day (write the date exactly as precisely as the sources give it, and the matching precision)',
      ]);
    });

    it('names the files as given when no folder is given', () => {
      const result = loadDataset(fixtureWith({ 'chairmanships.csv': { 3: 'x' } }));
      assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [`chairmanships.csv:3:1: row has 1 field, the header has 10 ${FIELD_COUNT_HINT}`]);
    });

    it('gives each problem its code, file with the folder prefixed, line, column and parameters', () => {
      const result = loadDataset(fixtureWith({ 'applications.csv': { 3: 'app_pak_2010_member,PAK,member,2010,year,pending,pak_2,wikipedia_sco,medium,' } }), 'data/');
      assert.deepEqual(result.ok ? [] : result.problems, [
        { code: 'application_event_unexpected', file: 'data/applications.csv', line: 3, column: 50, params: { outcome: 'pending', event: 'pak_2' } },
      ]);
    });
  });

  describe('release.json', () => {
    it('is required only when the caller asks for it', () => {
      assert.deepEqual(report(fixtureWith()), []);
      assert.deepEqual(report(fixtureWith(), { requireRelease: true }), [
        'data/release.json:1:1: file is missing (create it as a JSON object with title, release_date, data_as_of, authors, licence_data, licence_code)',
      ]);
      assert.deepEqual(report({ ...fixtureWith(), 'release.json': release() }, { requireRelease: true }), []);
    });

    it('is reported once when it is not UTF-8, and then no date is checked against it', () => {
      const files = { ...fixtureWith({ 'officials.csv': { 2: norov('2030-12,month') } }), 'release.json': new Uint8Array([0x7b, 0xff, 0x7d]) };
      assert.deepEqual(report(files), ['data/release.json:1:2: byte 0xFF is not UTF-8 text (save the file as UTF-8; in Excel: Save As, "CSV UTF-8 (Comma delimited)")']);
    });
  });

  describe('dates after data_as_of (2026-11-22 in the fixture)', () => {
    const withRelease = (end: string) => ({ ...fixtureWith({ 'officials.csv': { 2: norov(end) } }), 'release.json': release() });

    it('accept the day itself and a month that contains it', () => {
      assert.deepEqual(report(withRelease('2026-11-22,day')), []);
      assert.deepEqual(report(withRelease('2026-11,month')), []);
    });

    it('refuse the next day', () => {
      assert.deepEqual(report(withRelease('2026-11-23,day')), [`data/officials.csv:2:83: term_end: "2026-11-23" ${AFTER_DATA_AS_OF}`]);
    });

    it('are not checked without release.json', () => {
      assert.deepEqual(report(fixtureWith({ 'officials.csv': { 2: norov('2030-12,month') } })), []);
    });

    it('are allowed for a planned summit only', () => {
      const withSummit = (row: string) => ({ ...fixtureWith({ 'summits.csv': { 6: row } }), 'release.json': release() });
      assert.deepEqual(report(withSummit(chs2027('planned', '2027-06-15,day', '2027-06-16,day'))), []);
      assert.deepEqual(report(withSummit(chs2027('held', '2027-06-15,day', '2027-06-16,day'))), [
        `data/summits.csv:6:26: start_date: "2027-06-15" ${AFTER_DATA_AS_OF}`,
        `data/summits.csv:6:41: end_date: "2027-06-16" ${AFTER_DATA_AS_OF}`,
      ]);
    });
  });

  describe('a date not before another', () => {
    it('accepts the same day, and a month that ends after the other date', () => {
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-06-09', 'day', '2017-06-09,day') } })), []);
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-06-09', 'day', '2017-06,month') } })), []);
    });

    it('refuses a month that ends before the other date', () => {
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-06-09', 'day', '2017-05,month') } })), [
        'data/status_events.csv:14:42: effective_date 2017-05 is before decision_date 2017-06-09 (check both dates)',
      ]);
    });

    it('is not checked when the other date is empty (a planned summit without a start)', () => {
      assert.deepEqual(report(fixtureWith({ 'summits.csv': { 6: chs2027('planned', ',', '2027-06-16,day') } })), []);
    });
  });

  describe('the header', () => {
    it('names an extra column after the last', () => {
      assert.deepEqual(report(fixtureWith({ 'chairmanships.csv': { 1: `${CHAIRMANSHIPS_HEADER},extra` } })), [
        `data/chairmanships.csv:1:109: header column 11 is "extra", expected no column (the header row must be: ${CHAIRMANSHIPS_HEADER})`,
      ]);
    });

    it('names a missing last column', () => {
      assert.deepEqual(report(fixtureWith({ 'chairmanships.csv': { 1: CHAIRMANSHIPS_HEADER.slice(0, -',note'.length) } })), [
        // The header less ",note" is 102 characters: the column goes after them.
        `data/chairmanships.csv:1:103: header column 10 is missing, expected "note" (the header row must be: ${CHAIRMANSHIPS_HEADER})`,
      ]);
    });

    it('names the first column of an empty file', () => {
      assert.deepEqual(report({ ...fixtureWith(), 'chairmanships.csv': '' }), [
        `data/chairmanships.csv:1:1: header column 1 is missing, expected "chairmanship_id" (the header row must be: ${CHAIRMANSHIPS_HEADER})`,
      ]);
    });

    it('stops the checks that need the file: rows naming a summit are not reported when summits.csv cannot be read', () => {
      const files = fixtureWith({ 'summits.csv': { 1: SUMMITS_HEADER.replace('summit_id', 'summit') } });
      assert.deepEqual(report(files), [`data/summits.csv:1:1: header column 1 is "summit", expected "summit_id" (the header row must be: ${SUMMITS_HEADER})`]);
    });
  });

  describe('rows', () => {
    it('reports a row of one field, or of empty fields, as a field count, not as a blank line', () => {
      assert.deepEqual(report(fixtureWith({ 'chairmanships.csv': { 3: 'x' } })), [`data/chairmanships.csv:3:1: row has 1 field, the header has 10 ${FIELD_COUNT_HINT}`]);
      assert.deepEqual(report(fixtureWith({ 'chairmanships.csv': { 3: ',' } })), [`data/chairmanships.csv:3:1: row has 2 fields, the header has 10 ${FIELD_COUNT_HINT}`]);
    });

    it('keeps the key of a row with too few fields, so that rows naming it are not reported too', () => {
      const files = fixtureWith({ 'summits.csv': { 6: 'chs_2099,sco_chs' }, 'chairmanships.csv': { 2: 'kaz_2016_2017,KAZ,2016-06-24,day,2017-06-09,day,chs_2099,wikipedia_sco,medium,' } });
      assert.deepEqual(report(files), [`data/summits.csv:6:1: row has 2 fields, the header has 21 ${FIELD_COUNT_HINT}`]);
    });

    it('names the first line of a key, not a later short row with the same key', () => {
      const files = fixtureWith({ 'summits.csv': { 6: 'chs_2017,sco_chs', 7: chs2017('day') } });
      assert.deepEqual(report(files), [
        `data/summits.csv:6:1: row has 2 fields, the header has 21 ${FIELD_COUNT_HINT}`,
        'data/summits.csv:7:1: duplicate summit_id "chs_2017" (first used on line 5; give each row its own summit_id)',
      ]);
    });

    it('reports a short row whose key columns it lacks (a composite key)', () => {
      assert.deepEqual(report(fixtureWith({ 'summit_attendance.csv': { 7: 'chs_2017' } })), [`data/summit_attendance.csv:7:1: row has 1 field, the header has 10 ${FIELD_COUNT_HINT}`]);
    });
  });

  describe('columns unique together (a council meeting: kind and number)', () => {
    const meetings = (first: string, second: string) =>
      fixtureWith({
        'foreign_ministers_meetings.csv': {
          2: `cfm_2002_1,${first},held,2002-01-07,day,2002-01-07,day,Beijing,Пекин,北京,CHN,in_person,,sco_history,high,`,
          3: `cfm_2017_1,${second},held,2017-04-21,day,2017-04-21,day,Astana,Астана,阿斯塔纳,,in_person,KAZ,tass_20170609,low,Host not stated.`,
        },
      });

    it('are not compared while one of them is empty', () => {
      assert.deepEqual(report(meetings(',regular', ',regular')), []);
    });

    it('may repeat one of them', () => {
      assert.deepEqual(report(meetings('3,extraordinary', '3,regular')), []);
    });

    it('may not repeat both: the second row is reported at its last column', () => {
      assert.deepEqual(report(meetings('3,regular', '3,regular')), [
        'data/foreign_ministers_meetings.csv:3:12: kind and number "regular, 3" are already used on line 2 (no two rows may share them; correct one of them)',
      ]);
    });
  });

  describe('conflicts', () => {
    it('cannot name conflicts.csv itself', () => {
      const files = fixtureWith({ 'conflicts.csv': { 2: 'chs_2001_start,conflicts,chs_2001,start_date,2001-06-14,sco_history,2001-06-15,wikipedia_sco,Names itself.' } });
      const allowed = DATA_TABLE_NAMES.filter((name) => name !== 'conflicts').join(', ');
      assert.deepEqual(report(files), [`data/conflicts.csv:2:16: table "conflicts" is not a data table (use one of: ${allowed})`]);
    });

    it('reports an unknown row and an unknown field of the same conflict', () => {
      const files = fixtureWith({ 'conflicts.csv': { 2: 'chs_2001_start,summits,chs_2002,start,2001-06-14,sco_history,2001-06-15,wikipedia_sco,Both wrong.' } });
      assert.deepEqual(report(files), [
        'data/conflicts.csv:2:24: row_id "chs_2002" is not a summit_id in summits.csv (correct the id)',
        'data/conflicts.csv:2:33: field "start" is not a column of summits.csv (use one of: summit_id, series, number, status, start_date, start_precision, end_date, end_precision, main_date, main_precision, city_en, city_ru, city_zh, host_iso3, format, decisions, documents, wikidata_qid, source_ids, confidence, note)',
      ]);
    });
  });

  it('checks nothing against countries.csv when it cannot be read: references, histories and attendance', () => {
    // tjk_2 repeats its status and TKM is no row of countries.csv: both would be reported otherwise.
    const files: Files = fixtureWith({
      'status_events.csv': { 11: 'tjk_2,TJK,member,member,2001-06-15,day,,,chs_2001,Declaration on the Establishment of the SCO,wikipedia_sco;sco_history,high,' },
      'summit_attendance.csv': { 7: 'chs_2017,TKM,state,guest,,,absent,tass_20170609,low,' },
    });
    const countries = new TextEncoder().encode((files['countries.csv'] as string).replace('Пекин', 'XПекин'));
    countries[countries.indexOf('X'.charCodeAt(0))] = 0xff;
    assert.deepEqual(report({ ...files, 'countries.csv': countries }), [
      'data/countries.csv:2:31: byte 0xFF is not UTF-8 text (save the file as UTF-8; in Excel: Save As, "CSV UTF-8 (Comma delimited)")',
    ]);
    assert.deepEqual(report(files), [
      'data/status_events.csv:11:11: status "member" is the same as previous_status (a row records a change; delete it or correct one of them)',
      'data/summit_attendance.csv:7:10: participant_id "TKM" is not in countries.csv (add a row for it to countries.csv or correct the id)',
    ]);
  });

  describe('status histories', () => {
    it('say when the wrong previous status is on the first event of a state', () => {
      const files = fixtureWith({
        'status_events.csv': { 12: 'uzb_1,UZB,member,shanghai_five,2001-06-15,day,,,chs_2001,Declaration on the Establishment of the SCO,wikipedia_sco;sco_history,high,' },
      });
      assert.deepEqual(report(files), [
        'data/status_events.csv:12:18: previous_status is "shanghai_five" but UZB held "none" on 2001-06-15 (this is its first event) (correct previous_status or the dates, so that each event follows the one before it)',
      ]);
    });

    it('are read in date order, not file order', () => {
      const lines = readCsvFiles(VALID_FIXTURE)['status_events.csv']!.split('\n');
      // chn_2 before chn_1, ind_2 before ind_1.
      const files = fixtureWith({ 'status_events.csv': { 2: lines[2]!, 3: lines[1]!, 13: lines[13]!, 14: lines[12]! } });
      assert.deepEqual(report(files), []);
    });

    it('accept a Shanghai Five status beginning on the day the SCO was founded, and changes on consecutive days', () => {
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': kaz('2001-06-15,day,,', '2001-06-16,day,,') })), []);
    });

    it('refuse a Shanghai Five status beginning after that day, by its effective date, or in a month that ends after it', () => {
      const shanghaiFive = (date: string) =>
        `data/status_events.csv:4:30: a shanghai_five status beginning ${date} is after 2001-06-15, when the SCO replaced the Shanghai Five (correct the date or the status)`;
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': kaz('2001-06-16,day,,', '2001-06-17,day,,') })), [shanghaiFive('2001-06-16')]);
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': kaz('2001-06-01,day,2001-06-16,day', '2001-06-17,day,,') })), [shanghaiFive('2001-06-16')]);
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': kaz('2001-06,month,,', '2001-07-01,day,,') })), [shanghaiFive('2001-06')]);
    });

    it('compare the days changes take effect, not the days they were decided', () => {
      // Both decided on 26 April 1996; membership took effect on 15 June 2001.
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': kaz('1996-04-26,day,,', '1996-04-26,day,2001-06-15,day') })), []);
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': kaz('1996-04-26,day,2001-06-15,day', '2001-06-14,day,2001-06-15,day') })), [
        'data/status_events.csv:5:32: KAZ has two status changes taking effect on 2001-06-15 (events kaz_1 and kaz_2; keep one, or give each its own date)',
      ]);
    });

    it('name the statuses a state may go to from its previous one (withdrawn: not member again)', () => {
      const files = fixtureWith({
        'status_events.csv': { 17: 'pak_3,PAK,withdrawn,member,2020-01-01,day,,,,,wikipedia_sco,low,', 18: 'pak_4,PAK,member,withdrawn,2021-01-01,day,,,,,wikipedia_sco,low,' },
      });
      assert.deepEqual(report(files), [
        'data/status_events.csv:18:11: a change from withdrawn to member is not possible (from withdrawn a state can become: observer, dialogue_partner, sco_partner, accession_candidate; correct the status or add the missing event)',
      ]);
    });
  });

  describe('chairmanships', () => {
    it('are read in date order, and one may start on the day the one before it ends', () => {
      const files = fixtureWith({
        'chairmanships.csv': { 2: 'chn_2017_2018,CHN,2017-06-09,day,2018-06-10,day,,wikipedia_sco,medium,', 3: 'kaz_2016_2017,KAZ,2016-06-24,day,2017-06-09,day,chs_2017,wikipedia_sco,medium,' },
      });
      assert.deepEqual(report(files), []);
    });

    it('say when the one before has no end date', () => {
      const files = fixtureWith({
        'chairmanships.csv': { 2: 'kaz_2016_2017,KAZ,2016-06-24,day,,,chs_2017,wikipedia_sco,medium,', 3: 'chn_2017_2018,CHN,2017-06-09,day,,,,wikipedia_sco,medium,' },
      });
      assert.deepEqual(report(files), [
        'data/chairmanships.csv:3:19: chairmanship chn_2017_2018 starts on 2017-06-09, before kaz_2016_2017 (line 2) ends (it has no end date) (chairmanships follow one another; correct the dates)',
      ]);
    });
  });

  describe('terms of office', () => {
    const nextHolder = (start: string) => `sg_2022_next,secretary_general,Next Holder,,,,CHN,${start},day,,,wikipedia_sco,medium,`;

    it('may begin on the first day of the month a partial term ends in', () => {
      assert.deepEqual(report(fixtureWith({ 'officials.csv': { 3: nextHolder('2021-12-01') } })), []);
    });

    it('may not begin the day before', () => {
      assert.deepEqual(report(fixtureWith({ 'officials.csv': { 3: nextHolder('2021-11-30') } })), [
        `data/officials.csv:3:51: sg_2022_next takes office as head of the SCO Secretariat on 2021-11-30, while sg_2019_norov (line 2) holds it until 2021-12 ${TERMS_HINT}`,
      ]);
    });

    it('say when the term before has no end', () => {
      assert.deepEqual(report(fixtureWith({ 'officials.csv': { 2: norov(','), 3: nextHolder('2022-01-01') } })), [
        `data/officials.csv:3:51: sg_2022_next takes office as head of the SCO Secretariat on 2022-01-01, while sg_2019_norov (line 2) holds it (its term has no end) ${TERMS_HINT}`,
      ]);
    });

    it('are read in date order, and an Executive Secretary and a Secretary-General hold the same post', () => {
      const alimov = (end: string) => `es_2016_alimov,executive_secretary,Rashid Alimov,,,,TJK,2016-01-01,day,${end},day,wikipedia_sco,medium,`;
      assert.deepEqual(report(fixtureWith({ 'officials.csv': { 3: alimov('2018-12-31') } })), []);
      assert.deepEqual(report(fixtureWith({ 'officials.csv': { 3: alimov('2019-06-30') } })), [
        `data/officials.csv:2:69: sg_2019_norov takes office as head of the SCO Secretariat on 2019-01, while es_2016_alimov (line 3) holds it until 2019-06-30 ${TERMS_HINT}`,
      ]);
    });

    it('of another post may overlap', () => {
      assert.deepEqual(report(fixtureWith({ 'officials.csv': { 3: 'rats_2019_other,rats_director,Someone Else,,,,UZB,2019-06-01,day,,,wikipedia_sco,medium,' } })), []);
    });
  });

  describe('a decision dated within its summit', () => {
    it('may fall on its first or last day, or in a month that contains it', () => {
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-06-08', 'day') } })), []);
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-06-09', 'day') } })), []);
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-06', 'month') } })), []);
    });

    it('may not fall the day before, or in a month that ends before it', () => {
      const outside = (date: string) => `data/status_events.csv:14:27: decision_date ${date} is outside summit chs_2017 (2017-06-08 to 2017-06-09), ${OUTSIDE_HINT}`;
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-06-07', 'day') } })), [outside('2017-06-07')]);
      assert.deepEqual(report(fixtureWith({ 'status_events.csv': { 14: ind2('2017-05', 'month') } })), [outside('2017-05')]);
    });

    it('takes a summit without an end date as one day', () => {
      const chs2005 = 'chs_2005,sco_chs,5,held,2005-07-05,day,,,,,Astana,Астана,阿斯塔纳,KAZ,in_person,"India, Pakistan and Iran granted observer status",,,wikipedia_sco,medium,';
      const ind1 = (date: string) => `ind_1,IND,observer,none,${date},day,,,chs_2005,,wikipedia_sco,medium,`;
      assert.deepEqual(report(fixtureWith({ 'summits.csv': { 4: chs2005 } })), []);
      assert.deepEqual(report(fixtureWith({ 'summits.csv': { 4: chs2005 }, 'status_events.csv': { 13: ind1('2005-07-06') } })), [
        `data/status_events.csv:13:25: decision_date 2005-07-06 is outside summit chs_2005 (2005-07-05), ${OUTSIDE_HINT}`,
      ]);
    });

    it('is not checked against a summit that has no start date', () => {
      const files = fixtureWith({ 'summits.csv': { 6: chs2027('planned', ',', ',') }, 'chairmanships.csv': { 2: 'kaz_2016_2017,KAZ,2016-06-24,day,2017-06-09,day,chs_2027,wikipedia_sco,medium,' } });
      assert.deepEqual(report(files), []);
    });
  });

  describe('summit attendance', () => {
    const attendance = (row: string) => fixtureWith({ 'summit_attendance.csv': { 4: row } });

    it('refuses an organisation written as an ISO3 code', () => {
      assert.deepEqual(report(attendance('chs_2017,UZB,organisation,guest,,,in_person,tass_20170609,medium,')), [
        'data/summit_attendance.csv:4:14: participant_kind is "organisation" but participant_id "UZB" is written as an ISO3 code (write a state as its ISO3 code, e.g. KAZ, and an organisation as a lower-case slug, e.g. un; or correct participant_kind)',
      ]);
    });

    it('accepts an organisation whose slug has three letters', () => {
      assert.deepEqual(report(attendance('chs_2017,cis,organisation,guest,,,in_person,tass_20170609,medium,')), []);
    });

    it('reports an unknown summit once, as a reference', () => {
      assert.deepEqual(report(attendance('chs_2099,un,organisation,guest,,,in_person,tass_20170609,medium,')), [
        'data/summit_attendance.csv:4:1: summit_id "chs_2099" is not in summits.csv (add a row for it to summits.csv or correct the id)',
      ]);
    });
  });

  describe('applications', () => {
    const pakistan = (outcome: string) => fixtureWith({ 'applications.csv': { 3: `app_pak_2010_member,PAK,member,2010,year,${outcome},wikipedia_sco,medium,` } });

    it('name no event while pending', () => {
      assert.deepEqual(report(pakistan('pending,')), []);
    });

    it('report an unknown event once, as a reference', () => {
      assert.deepEqual(report(pakistan('granted,pak_9')), [
        'data/applications.csv:3:50: outcome_event_id "pak_9" is not in status_events.csv (add a row for it to status_events.csv or correct the id)',
      ]);
    });
  });

  it('looks for local paths in text cells, not in web addresses (the url rules check those)', () => {
    const tass = (url: string, note: string) => fixtureWith({ 'sources.csv': { 4: `tass_20170609,TASS,"India, Pakistan become full-fledged SCO members",${url},2017-06-09,en,,${note}` } });
    assert.deepEqual(report(tass('https://tass.com/politics/950528?from=file://x', '')), []);
    assert.deepEqual(report(tass('https://tass.com/politics/950528', 'Seen at file://x')), [
      'data/sources.csv:4:118: note: mentions the local path "file://x" (cite the public page instead; a path on one computer means nothing to readers)',
    ]);
  });

  describe('the building blocks', () => {
    it('Problems.at places a problem at its cell, or at the start of its row when the cell is unknown', () => {
      const problems = new Problems('data/');
      const item = { row: {}, line: 7, cells: { known: { line: 8, column: 3 } } };
      problems.at('x.csv', item, 'known', 'blank_line');
      problems.at('x.csv', item, 'unknown', 'blank_line', { column: 'unknown' });
      assert.deepEqual(problems.list, [
        { code: 'blank_line', file: 'data/x.csv', line: 8, column: 3, params: {} },
        { code: 'blank_line', file: 'data/x.csv', line: 7, column: 1, params: { column: 'unknown' } },
      ]);
    });

    it('fileText reads text and UTF-8 bytes alike, with LF line ends, and refuses a lone carriage return in either', () => {
      const problems = new Problems('');
      assert.equal(fileText('a.csv', 'a\r\nb\n', problems), 'a\nb\n');
      assert.equal(fileText('a.csv', new TextEncoder().encode('é\r\nb\n'), problems), 'é\nb\n');
      assert.deepEqual(problems.list, []);
      assert.equal(fileText('a.csv', 'ab\rc', problems), null);
      assert.equal(fileText('b.csv', new TextEncoder().encode('x\ny\rz'), problems), null);
      assert.deepEqual(problems.list, [
        { code: 'lone_carriage_return', file: 'a.csv', line: 1, column: 3, params: {} },
        { code: 'lone_carriage_return', file: 'b.csv', line: 2, column: 2, params: {} },
      ]);
    });
  });
});
