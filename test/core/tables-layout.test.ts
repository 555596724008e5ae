// The published tables' rows, worked out by hand from the declarations in templates/ and the
// made-up history of test/fixtures/golden/ (see test/golden/README.md for that history), plus a few
// rows laid over it in each test. Every expected row and order below was written from the
// definitions (column order of the declaration, time order with partial dates at their first day,
// primary-key order, lists joined with their separator, names in the table's language), never by
// running tableData. Each test loads its own data, so a mutant runs only the tests that reach it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { COW_CONCORDANCE_REASON_TEXT, FIRST_YEAR, TABLE_IDS, chartData, createScoData, formatProblem, isYearlyTable, loadDataset, tableData, type Row } from '../../src/core';
import { ROOT, readCsvFiles } from '../helpers';

const GOLDEN_FILES = readCsvFiles(join(ROOT, 'test', 'fixtures', 'golden'));

/** The golden fixture with extra lines appended to some of its files (each given without its header). */
function goldenWith(extra: Readonly<Record<string, string>> = {}) {
  const files: Record<string, string> = { ...GOLDEN_FILES };
  for (const [name, lines] of Object.entries(extra)) files[name] = `${files[name]!.trimEnd()}\n${lines.trimEnd()}\n`;
  const result = loadDataset(files);
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return createScoData(result.dataset);
}

const ids = (rows: readonly Row[], key: string) => rows.map((row) => row[key]);

describe('published tables, row by row (hand-made expectations)', () => {
  it('status_events: time order (effective date, else decision date; a partial date at its first day), then id; names and sources filled', () => {
    const { rows } = tableData(goldenWith(), 'status_events');
    // By start: 1996-04-26 (chn_1, rus_1 by id), 2000-07 (mng_1), 2001 (irn_1: "2001" before "2001-02-14"),
    // 2001-02-14 (ind_1), 2001-06-15 (chn_2, rus_2), 2002-01-01 (mng_2), 2002-12 (ind_2),
    // 2003 (rus_3), 2003-02-01 (mng_3), 2003-06 (irn_2).
    assert.deepEqual(ids(rows, 'event_id'), ['chn_1', 'rus_1', 'mng_1', 'irn_1', 'ind_1', 'chn_2', 'rus_2', 'mng_2', 'ind_2', 'rus_3', 'mng_3', 'irn_2']);
    assert.deepEqual(rows[9], {
      event_id: 'rus_3',
      iso3: 'RUS',
      country: 'Russia',
      status: 'withdrawn',
      previous_status: 'member',
      decision_date: '2002-11-20',
      decision_precision: 'day',
      decision_day: '2002-11-20',
      effective_date: '2003',
      effective_precision: 'year',
      effective_day: null,
      summit_id: null,
      document: null,
      source_ids: 'wikipedia_sco',
      confidence: 'low',
      note: 'Decided in 2002; took effect at an unknown day of 2003.',
    });
    assert.deepEqual(rows[5], {
      event_id: 'chn_2',
      iso3: 'CHN',
      country: 'China',
      status: 'member',
      previous_status: 'shanghai_five',
      decision_date: '2001-06-15',
      decision_precision: 'day',
      decision_day: '2001-06-15',
      effective_date: null,
      effective_precision: null,
      effective_day: null,
      summit_id: 'chs_2001',
      document: 'Declaration on the Establishment of the SCO',
      source_ids: 'wikipedia_sco;sco_history',
      confidence: 'high',
      note: null,
    });
    // An effective date known to the day has its day; a month-precision decision has none.
    assert.equal(rows[4]!.effective_day, '2001-02-14');
    assert.equal(rows[8]!.decision_day, null);
  });

  it('status_events: filtered by status, names in Russian', () => {
    const { rows } = tableData(goldenWith(), 'status_events', { statuses: ['withdrawn', 'sco_partner'], lang: 'ru' });
    assert.deepEqual(ids(rows, 'event_id'), ['ind_2', 'rus_3']);
    assert.deepEqual(ids(rows, 'country'), ['Индия', 'Россия']);
  });

  it('roster: each state with a status on the day, in ISO3 order, every column as declared', () => {
    // On 2003-06-20: IRN's accession (effective 2003-06) and RUS's withdrawal (effective 2003) are
    // inside their periods, before the last day: the previous status, uncertain. TUR holds none.
    const { rows } = tableData(goldenWith(), 'roster', { asOf: '2003-06-20', lang: 'zh' });
    const row = (iso3: string, country: string, status: string, since: string, precision: string, day: string | null, event: string, certain: boolean) => ({
      iso3,
      country,
      status,
      since,
      since_precision: precision,
      since_day: day,
      event_id: event,
      status_certain: certain,
      as_of: '2003-06-20',
    });
    assert.deepEqual(rows, [
      row('CHN', '中国', 'member', '2001-06-15', 'day', '2001-06-15', 'chn_2', true),
      row('IND', '印度', 'sco_partner', '2002-12', 'month', null, 'ind_2', true),
      row('IRN', '伊朗', 'observer', '2001', 'year', null, 'irn_1', false),
      row('MNG', '蒙古国', 'member', '2003-02-01', 'day', '2003-02-01', 'mng_3', true),
      row('RUS', '俄罗斯', 'member', '2001-06-15', 'day', '2001-06-15', 'rus_2', false),
    ]);
  });

  it('countries: in ISO3 order, with ISO 3166 alpha-2 and numeric codes (numeric as an integer: 4, not "004")', () => {
    const data = goldenWith({ 'countries.csv': 'AFG,700,AFG,,,Afghanistan,Афганистан,阿富汗,Kabul,Кабул,喀布尔,AFN,Asia/Kabul,wikipedia_sco;sco_history,' });
    const { rows } = tableData(data, 'countries');
    assert.deepEqual(ids(rows, 'iso3'), ['AFG', 'CHN', 'IND', 'IRN', 'MNG', 'RUS', 'TUR']);
    assert.deepEqual(ids(rows, 'iso2'), ['AF', 'CN', 'IN', 'IR', 'MN', 'RU', 'TR']);
    assert.deepEqual(ids(rows, 'iso_numeric'), [4, 156, 356, 364, 496, 643, 792]);
    assert.deepEqual(rows[0], {
      iso3: 'AFG',
      iso2: 'AF',
      iso_numeric: 4,
      cow_code: 700,
      cow_abbr: 'AFG',
      gw_code: null,
      wikidata_qid: null,
      name_en: 'Afghanistan',
      name_ru: 'Афганистан',
      name_zh: '阿富汗',
      capital_en: 'Kabul',
      capital_ru: 'Кабул',
      capital_zh: '喀布尔',
      currency: 'AFN',
      capital_tz: 'Asia/Kabul',
      source_ids: 'wikipedia_sco;sco_history',
      note: null,
    });
    assert.equal(rows[6]!.note, 'Holds no status: it is in no panel.');
  });

  it('summits: time order with an undated (planned) summit last; host named; every column as declared', () => {
    const data = goldenWith({ 'summits.csv': 'chs_2002,sco_chs,2,planned,,,,,,,Saint Petersburg,Санкт-Петербург,圣彼得堡,RUS,in_person,,,,wikipedia_sco,low,' });
    const { rows } = tableData(data, 'summits', { lang: 'ru' });
    // The file lists chs_2001 before s5_1996; chs_2002 has no date.
    assert.deepEqual(ids(rows, 'summit_id'), ['s5_1996', 'chs_2001', 'chs_2002']);
    assert.deepEqual(rows[0], {
      summit_id: 's5_1996',
      series: 'shanghai_five',
      number: 1,
      status: 'held',
      start_date: '1996-04-26',
      start_precision: 'day',
      start_day: '1996-04-26',
      end_date: '1996-04-26',
      end_precision: 'day',
      end_day: '1996-04-26',
      main_date: null,
      main_precision: null,
      main_day: null,
      city_en: 'Shanghai',
      city_ru: 'Шанхай',
      city_zh: '上海',
      host_iso3: 'CHN',
      host: 'Китай',
      format: 'in_person',
      decisions: null,
      documents: 'Agreement on Confidence Building in the Military Field in the Border Area',
      wikidata_qid: null,
      source_ids: 'wikipedia_sco;sco_history',
      confidence: 'high',
      note: null,
    });
    assert.deepEqual([rows[2]!.host, rows[2]!.start_day, rows[2]!.number, rows[2]!.source_ids], ['Россия', null, 2, 'wikipedia_sco']);
  });

  it('summits: the series filter and the year range reach the view', () => {
    const data = goldenWith();
    assert.deepEqual(ids(tableData(data, 'summits', { series: ['shanghai_five'] }).rows, 'summit_id'), ['s5_1996']);
    assert.deepEqual(ids(tableData(data, 'summits', { fromYear: 2000 }).rows, 'summit_id'), ['chs_2001']);
    assert.deepEqual(ids(tableData(data, 'summits', { toYear: 2000 }).rows, 'summit_id'), ['s5_1996']);
  });

  it('officials: by start of term, then id; an official of unknown nationality has no country', () => {
    const data = goldenWith({ 'officials.csv': 'sg_2004_zhang,secretary_general,Zhang Deguang,Чжан Дэгуан,张德广,,CHN,2004-01-15,day,2006-12-31,day,wikipedia_sco,medium,' });
    const { rows } = tableData(data, 'officials');
    assert.deepEqual(rows, [
      {
        official_id: 'sg_2004_zhang',
        role: 'secretary_general',
        name_en: 'Zhang Deguang',
        name_ru: 'Чжан Дэгуан',
        name_zh: '张德广',
        name_variants: null,
        iso3: 'CHN',
        country: 'China',
        term_start: '2004-01-15',
        term_start_precision: 'day',
        term_start_day: '2004-01-15',
        term_end: '2006-12-31',
        term_end_precision: 'day',
        term_end_day: '2006-12-31',
        source_ids: 'wikipedia_sco',
        confidence: 'medium',
        note: null,
      },
      {
        official_id: 'sg_2019_norov',
        role: 'secretary_general',
        name_en: 'Vladimir Norov',
        name_ru: 'Владимир Норов',
        name_zh: null,
        name_variants: null,
        iso3: null,
        country: null,
        term_start: '2019-01',
        term_start_precision: 'month',
        term_start_day: null,
        term_end: '2021-12',
        term_end_precision: 'month',
        term_end_day: null,
        source_ids: 'wikipedia_sco',
        confidence: 'medium',
        note: null,
      },
    ]);
  });

  it('chairmanships: by start, then id; country named', () => {
    const data = goldenWith({ 'chairmanships.csv': 'rus_2000_2001,RUS,2000-07,month,2001-06-14,day,,wikipedia_sco;sco_history,low,Made up for the tests.' });
    const { rows } = tableData(data, 'chairmanships', { lang: 'ru' });
    assert.deepEqual(rows, [
      {
        chairmanship_id: 'rus_2000_2001',
        iso3: 'RUS',
        country: 'Россия',
        start_date: '2000-07',
        start_precision: 'month',
        start_day: null,
        end_date: '2001-06-14',
        end_precision: 'day',
        end_day: '2001-06-14',
        summit_id: null,
        source_ids: 'wikipedia_sco;sco_history',
        confidence: 'low',
        note: 'Made up for the tests.',
      },
      {
        chairmanship_id: 'chn_2001_2002',
        iso3: 'CHN',
        country: 'Китай',
        start_date: '2001-06-15',
        start_precision: 'day',
        start_day: '2001-06-15',
        end_date: null,
        end_precision: null,
        end_day: null,
        summit_id: null,
        source_ids: 'wikipedia_sco',
        confidence: 'medium',
        note: null,
      },
    ]);
  });

  it("summit_attendance: by summit, then participant; a state's status on the summit's first day beside its seat", () => {
    const data = goldenWith({
      'summits.csv': [
        'chs_2002,sco_chs,2,held,2002-06,month,2002-06,month,,,Saint Petersburg,Санкт-Петербург,圣彼得堡,RUS,in_person,,,,wikipedia_sco,low,',
        'chs_2003,sco_chs,3,held,2003-05-29,day,2003-05-29,day,,,Moscow,Москва,莫斯科,RUS,in_person,,,,wikipedia_sco,low,',
      ].join('\n'),
      'summit_attendance.csv': [
        'chs_2003,IRN,state,observer,,,in_person,wikipedia_sco,low,',
        'chs_2002,CHN,state,member,Jiang Zemin,president,in_person,wikipedia_sco,low,',
        'chs_2001,un,organisation,guest,,,in_person,wikipedia_sco,low,',
        'chs_2001,RUS,state,member,Vladimir Putin,president,in_person,wikipedia_sco,high,',
        'chs_2001,IRN,state,guest,,,absent,wikipedia_sco,low,',
        'chs_2001,CHN,state,member,Jiang Zemin,president,in_person,wikipedia_sco;sco_history,high,',
        'chs_2001,MNG,state,observer,,,video,wikipedia_sco,low,',
      ].join('\n'),
    });
    const { rows } = tableData(data, 'summit_attendance');
    assert.deepEqual(
      rows.map((row) => `${row.summit_id}/${row.participant_id}`),
      ['chs_2001/CHN', 'chs_2001/IRN', 'chs_2001/MNG', 'chs_2001/RUS', 'chs_2001/un', 'chs_2002/CHN', 'chs_2003/IRN'],
    );
    // chs_2001 opened on 2001-06-14, the day before the SCO's founding took effect (2001-06-15):
    // CHN and RUS were still Shanghai Five; MNG an observer since 2000-07; IRN's observer status
    // is known only to the year 2001, so on that day it held none, uncertain. chs_2002 is known
    // only to the month: no status. On 2003-05-29 (chs_2003) IRN's accession (effective 2003-06)
    // lies ahead of its period: observer, certain.
    assert.deepEqual(
      rows.map((row) => [row.participant, row.status_at_summit, row.status_certain]),
      [
        ['China', 'shanghai_five', true],
        ['Iran', 'none', false],
        ['Mongolia', 'observer', true],
        ['Russia', 'shanghai_five', true],
        ['un', null, null],
        ['China', null, null],
        ['Iran', 'observer', true],
      ],
    );
    assert.deepEqual(rows[0], {
      summit_id: 'chs_2001',
      participant_id: 'CHN',
      participant: 'China',
      participant_kind: 'state',
      role: 'member',
      status_at_summit: 'shanghai_five',
      status_certain: true,
      head_name_en: 'Jiang Zemin',
      head_office_en: 'president',
      mode: 'in_person',
      source_ids: 'wikipedia_sco;sco_history',
      confidence: 'high',
      note: null,
    });
  });

  it('sources (a table with no view of its own): primary-key order, a day companion only for a date known to the day', () => {
    const data = goldenWith({ 'sources.csv': 'kazinform_2001_06,Kazinform,SCO founded in Shanghai,https://www.inform.kz/en/sco-founded,2001-06,en,news_agency,Made up for the tests.' });
    const { rows } = tableData(data, 'sources');
    // The file lists wikipedia_sco, sco_history, tass_20170609, kazinform_2001_06.
    assert.deepEqual(ids(rows, 'source_id'), ['kazinform_2001_06', 'sco_history', 'tass_20170609', 'wikipedia_sco']);
    assert.deepEqual(rows[0], {
      source_id: 'kazinform_2001_06',
      publisher: 'Kazinform',
      title: 'SCO founded in Shanghai',
      url: 'https://www.inform.kz/en/sco-founded',
      published: '2001-06',
      published_day: null,
      language: 'en',
      source_type: 'news_agency',
      note: 'Made up for the tests.',
    });
    assert.deepEqual([rows[1]!.published, rows[1]!.published_day], ['2017-01-09', '2017-01-09']);
    assert.deepEqual([rows[3]!.published, rows[3]!.published_day, rows[3]!.source_type], [null, null, null]);
  });

  it('conflicts: primary-key order, both source lists joined with ";"', () => {
    const data = goldenWith({ 'conflicts.csv': 's5_1996_city,summits,s5_1996,city_en,Shanghai,wikipedia_sco;sco_history,Beijing,tass_20170609,Made up for the tests.' });
    const { rows } = tableData(data, 'conflicts');
    assert.deepEqual(rows, [
      {
        conflict_id: 'chs_2001_start',
        table: 'summits',
        row_id: 'chs_2001',
        field: 'start_date',
        chosen_value: '2001-06-14',
        chosen_source_ids: 'sco_history',
        other_value: '2001-06-15',
        other_source_ids: 'wikipedia_sco',
        reason: 'The meeting opened on 14 June; the founding declaration is dated 15 June.',
      },
      {
        conflict_id: 's5_1996_city',
        table: 'summits',
        row_id: 's5_1996',
        field: 'city_en',
        chosen_value: 'Shanghai',
        chosen_source_ids: 'wikipedia_sco;sco_history',
        other_value: 'Beijing',
        other_source_ids: 'tass_20170609',
        reason: 'Made up for the tests.',
      },
    ]);
  });

  it('documents: primary-key order, the parties joined with ";", empty lists and partial dates as declared', () => {
    const data = goldenWith({
      'documents.csv': [
        'doc_2001_declaration,Declaration on the Establishment of the SCO,Декларация о создании ШОС,上海合作组织成立宣言,declaration,2001-06-15,day,Shanghai,chs_2001,,,CHN;RUS,sco_history,high,',
        'doc_1996_agreement,Agreement on Confidence Building in the Military Field,,,agreement,1996-04-26,day,Shanghai,s5_1996,1997-05,month,,wikipedia_sco;sco_history,medium,Made up for the tests.',
      ].join('\n'),
    });
    const { rows } = tableData(data, 'documents');
    assert.deepEqual(rows, [
      {
        document_id: 'doc_1996_agreement',
        title_en: 'Agreement on Confidence Building in the Military Field',
        title_ru: null,
        title_zh: null,
        type: 'agreement',
        signed_date: '1996-04-26',
        signed_precision: 'day',
        signed_day: '1996-04-26',
        place_en: 'Shanghai',
        summit_id: 's5_1996',
        in_force_date: '1997-05',
        in_force_precision: 'month',
        in_force_day: null,
        parties: null,
        source_ids: 'wikipedia_sco;sco_history',
        confidence: 'medium',
        note: 'Made up for the tests.',
      },
      {
        document_id: 'doc_2001_declaration',
        title_en: 'Declaration on the Establishment of the SCO',
        title_ru: 'Декларация о создании ШОС',
        title_zh: '上海合作组织成立宣言',
        type: 'declaration',
        signed_date: '2001-06-15',
        signed_precision: 'day',
        signed_day: '2001-06-15',
        place_en: 'Shanghai',
        summit_id: 'chs_2001',
        in_force_date: null,
        in_force_precision: null,
        in_force_day: null,
        parties: 'CHN;RUS',
        source_ids: 'sco_history',
        confidence: 'high',
        note: null,
      },
    ]);
  });

  it("the councils' meetings: host and chair named from their ISO3 columns (none where the chair is unknown)", () => {
    const meetings = [
      'cohg_2003,2,regular,held,2003-09-23,day,2003-09-23,day,Beijing,Пекин,北京,CHN,in_person,CHN,sco_history,high,',
      'cohg_2002,,regular,held,2002-05,month,,,Moscow,Москва,莫斯科,RUS,in_person,,wikipedia_sco;sco_history,low,Number not stated.',
    ].join('\n');
    const data = goldenWith({ 'heads_of_government_meetings.csv': meetings, 'foreign_ministers_meetings.csv': meetings.replace(/cohg_(\d{4})/g, 'cfm_$1_1') });
    const expected = (id: (year: string) => string) => [
      {
        meeting_id: id('2002'),
        number: null,
        kind: 'regular',
        status: 'held',
        start_date: '2002-05',
        start_precision: 'month',
        start_day: null,
        end_date: null,
        end_precision: null,
        end_day: null,
        city_en: 'Moscow',
        city_ru: 'Москва',
        city_zh: '莫斯科',
        host_iso3: 'RUS',
        host: 'Россия',
        format: 'in_person',
        chair_iso3: null,
        chair: null,
        source_ids: 'wikipedia_sco;sco_history',
        confidence: 'low',
        note: 'Number not stated.',
      },
      {
        meeting_id: id('2003'),
        number: 2,
        kind: 'regular',
        status: 'held',
        start_date: '2003-09-23',
        start_precision: 'day',
        start_day: '2003-09-23',
        end_date: '2003-09-23',
        end_precision: 'day',
        end_day: '2003-09-23',
        city_en: 'Beijing',
        city_ru: 'Пекин',
        city_zh: '北京',
        host_iso3: 'CHN',
        host: 'Китай',
        format: 'in_person',
        chair_iso3: 'CHN',
        chair: 'Китай',
        source_ids: 'sco_history',
        confidence: 'high',
        note: null,
      },
    ];
    assert.deepEqual(
      tableData(data, 'heads_of_government_meetings', { lang: 'ru' }).rows,
      expected((year) => `cohg_${year}`),
    );
    assert.deepEqual(
      tableData(data, 'foreign_ministers_meetings', { lang: 'ru' }).rows,
      expected((year) => `cfm_${year}_1`),
    );
  });

  it('applications: primary-key order, country named', () => {
    const data = goldenWith({
      'applications.csv': [
        'app_mng_2001_member,MNG,member,2001-05-10,day,granted,mng_3,wikipedia_sco,medium,',
        'app_irn_2002_member,IRN,member,2002-06,month,pending,,wikipedia_sco;sco_history,low,',
      ].join('\n'),
    });
    const { rows } = tableData(data, 'applications', { lang: 'zh' });
    assert.deepEqual(rows, [
      {
        application_id: 'app_irn_2002_member',
        iso3: 'IRN',
        country: '伊朗',
        status_sought: 'member',
        applied_date: '2002-06',
        applied_precision: 'month',
        applied_day: null,
        outcome: 'pending',
        outcome_event_id: null,
        source_ids: 'wikipedia_sco;sco_history',
        confidence: 'low',
        note: null,
      },
      {
        application_id: 'app_mng_2001_member',
        iso3: 'MNG',
        country: '蒙古国',
        status_sought: 'member',
        applied_date: '2001-05-10',
        applied_precision: 'day',
        applied_day: '2001-05-10',
        outcome: 'granted',
        outcome_event_id: 'mng_3',
        source_ids: 'wikipedia_sco',
        confidence: 'medium',
        note: null,
      },
    ]);
  });

  it("cow_concordance: only the state-years where COW IGO v3's coding differs from the dataset's, each with its reason", () => {
    const { rows } = tableData(goldenWith(), 'cow_concordance', { fromYear: 2000, toYear: 2003 });
    // From test/golden/country_year.csv (cow_igo_code against cow_igo_v3_rule): the Shanghai Five
    // years coded 1 by COW v3, the observers and accession candidates coded 3 here and 0 there,
    // and RUS's withdrawal year (a member on some day of 2003, withdrawn on 31 December).
    const row = (iso3: string, cowCode: number, country: string, year: number, status: string, own: number, v3: number, reason: keyof typeof COW_CONCORDANCE_REASON_TEXT) => ({
      iso3,
      cow_code: cowCode,
      country,
      year,
      status,
      cow_igo_code: own,
      cow_igo_v3_rule: v3,
      reason,
      explanation: COW_CONCORDANCE_REASON_TEXT[reason],
    });
    assert.deepEqual(rows, [
      row('CHN', 710, 'China', 2000, 'shanghai_five', 0, 1, 'shanghai_five_as_membership'),
      row('IRN', 630, 'Iran', 2001, 'observer', 3, 0, 'observer_not_coded'),
      row('IRN', 630, 'Iran', 2002, 'observer', 3, 0, 'observer_not_coded'),
      row('IRN', 630, 'Iran', 2003, 'accession_candidate', 3, 0, 'observer_not_coded'),
      row('MNG', 712, 'Mongolia', 2000, 'observer', 3, 0, 'observer_not_coded'),
      row('MNG', 712, 'Mongolia', 2001, 'observer', 3, 0, 'observer_not_coded'),
      row('MNG', 712, 'Mongolia', 2002, 'accession_candidate', 3, 0, 'observer_not_coded'),
      row('RUS', 365, 'Russia', 2000, 'shanghai_five', 0, 1, 'shanghai_five_as_membership'),
      row('RUS', 365, 'Russia', 2003, 'withdrawn', 0, 1, 'membership_during_year'),
    ]);
  });

  it('cow_concordance: before 1996 COW v3 codes -1, this dataset 0, for every state of the panel', () => {
    const { rows } = tableData(goldenWith(), 'cow_concordance', { fromYear: 1995, toYear: 1995, lang: 'ru' });
    assert.deepEqual(
      rows.map((row) => [row.iso3, row.country, row.year, row.status, row.cow_igo_code, row.cow_igo_v3_rule, row.reason]),
      [
        ['CHN', 'Китай', 1995, 'none', 0, -1, 'before_sco'],
        ['IND', 'Индия', 1995, 'none', 0, -1, 'before_sco'],
        ['IRN', 'Иран', 1995, 'none', 0, -1, 'before_sco'],
        ['MNG', 'Монголия', 1995, 'none', 0, -1, 'before_sco'],
        ['RUS', 'Россия', 1995, 'none', 0, -1, 'before_sco'],
      ],
    );
  });

  it('the yearly tables start at the first Shanghai Five year, 1996, unless told otherwise, and need their last year', () => {
    assert.equal(FIRST_YEAR, 1996);
    const data = goldenWith();
    assert.deepEqual(ids(tableData(data, 'status_counts', { toYear: 1997 }).rows, 'year'), [1996, 1997]);
    assert.deepEqual(
      tableData(data, 'country_year', { toYear: 1996 }).rows.map((row) => `${row.iso3} ${row.year} ${row.status}`),
      ['CHN 1996 shanghai_five', 'IND 1996 none', 'IRN 1996 none', 'MNG 1996 none', 'RUS 1996 shanghai_five'],
    );
    assert.deepEqual(
      tableData(data, 'country_month', { toYear: 1996 })
        .rows.slice(0, 5)
        .map((row) => `${row.iso3} ${row.year}-${row.month} ${row.reference_date} ${row.status}`),
      ['CHN 1996-1 1996-01-31 none', 'CHN 1996-2 1996-02-29 none', 'CHN 1996-3 1996-03-31 none', 'CHN 1996-4 1996-04-30 shanghai_five', 'CHN 1996-5 1996-05-31 shanghai_five'],
    );
    for (const id of ['country_year', 'cow_concordance', 'country_month', 'dyad_year', 'status_counts'] as const) {
      assert.throws(() => tableData(data, id), new TypeError(`the ${id} table needs the toYear option`));
    }
    assert.throws(() => tableData(data, 'roster'), new TypeError('the roster table needs the asOf option'));
  });

  it('isYearlyTable: the five tables that run from a first to a last year, and no other', () => {
    const yearly = ['country_year', 'cow_concordance', 'country_month', 'dyad_year', 'status_counts'];
    for (const id of TABLE_IDS) assert.equal(isYearlyTable(id), yearly.includes(id), id);
  });

  it('chartData: the membership timeline reads status_counts, one series per active status, named by its header in the language asked', () => {
    const chart = chartData(goldenWith(), 'membership_timeline', { fromYear: 2000, toYear: 2003, lang: 'ru' });
    assert.equal(chart.lang, 'ru');
    assert.equal(chart.table.template.id, 'status_counts');
    assert.deepEqual(chart.categories, ['2000', '2001', '2002', '2003']);
    // test/golden/status_counts.csv, column by column.
    assert.deepEqual(chart.series, [
      { key: 'shanghai_five', name: 'Шанхайская пятёрка', values: [2, 0, 0, 0] },
      { key: 'member', name: 'Государства-члены', values: [0, 2, 2, 2] },
      { key: 'accession_candidate', name: 'Кандидаты на вступление', values: [0, 0, 1, 1] },
      { key: 'observer', name: 'Наблюдатели', values: [1, 2, 1, 0] },
      { key: 'dialogue_partner', name: 'Партнёры по диалогу', values: [0, 1, 0, 0] },
      { key: 'sco_partner', name: 'Партнёры ШОС', values: [0, 0, 1, 1] },
    ]);
    assert.equal(chartData(goldenWith(), 'membership_timeline', { fromYear: 2000, toYear: 2000 }).series[1]!.name, 'Members');
  });

  it('a view that produces a column too few or too many, or a dataset without the table, is a programming error named as such', () => {
    const { dataset } = (() => {
      const result = loadDataset({
        ...GOLDEN_FILES,
        'documents.csv': `${GOLDEN_FILES['documents.csv']!.trimEnd()}\ndoc_2001_declaration,Declaration,,,declaration,2001-06-15,day,Shanghai,chs_2001,,,,sco_history,high,\n`,
      });
      assert.ok(result.ok);
      return result;
    })();
    const [document] = dataset.documents;
    const withoutNote: Record<string, unknown> = { ...document! };
    delete withoutNote.note;
    assert.throws(() => tableData(createScoData({ ...dataset, documents: [withoutNote as typeof document & {}] }), 'documents'), new Error('table documents: the view produced no "note" column'));
    assert.throws(
      () => tableData(createScoData({ ...dataset, documents: [{ ...document!, extra: 1, more: 2 } as typeof document & {}] }), 'documents'),
      new Error('table documents: the view produced undeclared columns extra, more'),
    );
    assert.throws(
      () => tableData(createScoData({ ...dataset, documents: undefined as unknown as typeof dataset.documents }), 'documents'),
      new Error('table documents: the dataset holds no rows for it (a view needs its own case in tableData)'),
    );
  });

  it('a year below 1000 is written with four digits in the yearly tables (0999), every state then holding no status', () => {
    const data = goldenWith();
    assert.deepEqual(
      tableData(data, 'country_year', { fromYear: 999, toYear: 999 }).rows.map((row) => [
        row.iso3,
        row.year,
        row.reference_date,
        row.status,
        row.status_first_day,
        row.member_any_day,
        row.status_by_decision,
        row.cow_igo_v3_rule,
      ]),
      ['CHN', 'IND', 'IRN', 'MNG', 'RUS'].map((iso3) => [iso3, 999, '0999-12-31', 'none', 'none', false, 'none', -1]),
    );
    assert.deepEqual(
      tableData(data, 'country_month', { fromYear: 999, toYear: 999 })
        .rows.filter((row) => row.iso3 === 'MNG')
        .map((row) => row.reference_date),
      ['0999-01-31', '0999-02-28', '0999-03-31', '0999-04-30', '0999-05-31', '0999-06-30', '0999-07-31', '0999-08-31', '0999-09-30', '0999-10-31', '0999-11-30', '0999-12-31'],
    );
  });

  it('a state that countries.csv lacks is named by its ISO3 as written (a dataset built without the validator)', () => {
    const result = loadDataset({
      ...GOLDEN_FILES,
      'applications.csv': `${GOLDEN_FILES['applications.csv']!.trimEnd()}\napp_irn_2002_member,IRN,member,2002-06,month,pending,,wikipedia_sco,low,\n`,
    });
    assert.ok(result.ok);
    const [application] = result.dataset.applications;
    const data = createScoData({ ...result.dataset, applications: [{ ...application!, iso3: 'ZZZ' }] });
    assert.deepEqual(
      tableData(data, 'applications').rows.map((row) => [row.iso3, row.country]),
      [['ZZZ', 'ZZZ']],
    );
  });

  it("country_month: the data's last day, when it is a month's first, still gives that month, ending on that day", () => {
    const { rows } = tableData(goldenWith(), 'country_month', { fromYear: 2003, toYear: 2003, until: '2003-06-01' });
    // MNG: a member from 2003-02-01 (effective), an accession candidate before.
    assert.deepEqual(
      rows.filter((row) => row.iso3 === 'MNG').map((row) => `${row.month} ${row.reference_date} ${row.status}`),
      ['1 2003-01-31 accession_candidate', '2 2003-02-28 member', '3 2003-03-31 member', '4 2003-04-30 member', '5 2003-05-31 member', '6 2003-06-01 member'],
    );
  });

  it('membership_spells: filtered by status, names in the language asked (test/golden/membership_spells.csv, its observer rows)', () => {
    const { rows } = tableData(goldenWith(), 'membership_spells', { statuses: ['observer'], lang: 'zh' });
    assert.deepEqual(rows, [
      {
        iso3: 'IRN',
        country: '伊朗',
        status: 'observer',
        start_date: '2001',
        start_precision: 'year',
        start_day: null,
        until_date: '2003-06',
        until_precision: 'month',
        until_day: null,
        start_event_id: 'irn_1',
        end_event_id: 'irn_2',
      },
      {
        iso3: 'MNG',
        country: '蒙古国',
        status: 'observer',
        start_date: '2000-07',
        start_precision: 'month',
        start_day: null,
        until_date: '2002-01-01',
        until_precision: 'day',
        until_day: '2002-01-01',
        start_event_id: 'mng_1',
        end_event_id: 'mng_2',
      },
    ]);
  });

  it('status_events: two events of one day in id order, whatever their states (an id out of the file style on purpose)', () => {
    // dp_tur_1 (TUR) and ind_2 (IND) both start in 2002-12: dp_tur_1 sorts first by id, although TUR sorts after IND.
    const data = goldenWith({ 'status_events.csv': 'dp_tur_1,TUR,dialogue_partner,none,2002-12,month,,,,,wikipedia_sco,low,Made up for the tests.' });
    const { rows } = tableData(data, 'status_events');
    assert.deepEqual(ids(rows, 'event_id'), ['chn_1', 'rus_1', 'mng_1', 'irn_1', 'ind_1', 'chn_2', 'rus_2', 'mng_2', 'dp_tur_1', 'ind_2', 'rus_3', 'mng_3', 'irn_2']);
    assert.equal(rows[8]!.country, 'Türkiye');
  });

  it('officials: time order across roles (the view groups them by role)', () => {
    const data = goldenWith({
      'officials.csv': [
        'sg_2004_zhang,secretary_general,Zhang Deguang,Чжан Дэгуан,张德广,,CHN,2004-01-15,day,2006-12-31,day,wikipedia_sco,medium,',
        'rats_2022_mirzaev,rats_director,Ruslan Mirzaev,Руслан Мирзаев,,,,2022-01,month,,,wikipedia_sco,low,Made up for the tests.',
      ].join('\n'),
    });
    assert.deepEqual(ids(tableData(data, 'officials').rows, 'official_id'), ['sg_2004_zhang', 'sg_2019_norov', 'rats_2022_mirzaev']);
  });

  it('officials: two terms starting in one month in id order, whatever their roles (an id out of the file style on purpose)', () => {
    // tjk_rats_2019 (rats_director) and sg_2019_norov (secretary_general) both start in 2019-01: by id sg_ first, although the view puts rats_director first.
    const data = goldenWith({ 'officials.csv': 'tjk_rats_2019,rats_director,Jumakhon Giyosov,Джумахон Гиёсов,,,,2019-01,month,2021-12,month,wikipedia_sco,low,Made up for the tests.' });
    assert.deepEqual(ids(tableData(data, 'officials').rows, 'official_id'), ['sg_2019_norov', 'tjk_rats_2019']);
  });

  it("country_year: COW v3's any-day membership counts only the days the data holds for", () => {
    // MNG's membership takes effect on 2003-02-01; with the data holding for 2003-01-15 it was
    // still an accession candidate on every day of 2003 known, so COW v3's rule gives 0, not 1.
    const row = tableData(goldenWith(), 'country_year', { fromYear: 2003, toYear: 2003, until: '2003-01-15' }).rows.find((candidate) => candidate.iso3 === 'MNG')!;
    assert.deepEqual([row.reference_date, row.status, row.cow_igo_code, row.cow_igo_v3_rule, row.member_any_day], ['2003-01-15', 'accession_candidate', 3, 0, false]);
  });
});
