// The cell rules and row parsers that src/core/schema.ts derives from a declaration, pinned on
// small columns declared here by hand: each type's parsing and refusal, required against optional,
// categories, lists with their separator and references, number bounds, dates and their earliest
// day, URLs, patterns, and the text rules every cell obeys. Every expected value below was worked
// out from the declaration types (templates/schema-types.ts) and the problem definitions, never by
// running the code under test.
import assert from 'node:assert/strict';
import {
  CELL_LIMIT,
  DATA_TABLES,
  DATA_TABLE_NAMES,
  ROW_PARSERS,
  columnsOf,
  isFormulaLike,
  parseCell,
  rowParser,
  textProblem,
  type CellResult,
  type ColumnTemplate,
  type TableTemplate,
} from '../../src/core';

/** A column declared by hand: a string column named `key` unless told otherwise. */
const declare = (key: string, options: Partial<ColumnTemplate> = {}): ColumnTemplate => ({
  key,
  type: 'string',
  description: 'A column of the tests.',
  headers: { en: key, ru: key, zh: key },
  format: '@',
  width: 10,
  ...options,
});

const ok = (value: unknown): CellResult => ({ ok: true, value });
const refused = (code: string, params: Record<string, unknown>) => ({ ok: false, problem: { code, params } });

describe('schema derivation: the rules every text cell obeys (textProblem)', () => {
  it('a cell holds at most 32,767 characters, as a spreadsheet cell does', () => {
    assert.equal(CELL_LIMIT, 32_767);
    assert.equal(textProblem('note', 'a'.repeat(32_767)), null);
    assert.deepEqual(textProblem('note', 'a'.repeat(32_768)), { code: 'cell_too_long', params: { column: 'note', length: 32_768, limit: 32_767 } });
  });

  it('names the first control character by its code point and its position in characters', () => {
    assert.deepEqual(textProblem('note', 'ab\u0007c'), { code: 'control_character', params: { column: 'note', char: 'U+0007', at: 3 } });
    assert.deepEqual(textProblem('note', '\tx'), { code: 'control_character', params: { column: 'note', char: 'U+0009', at: 1 } });
    assert.deepEqual(textProblem('note', 'one\ntwo\u0001'), { code: 'control_character', params: { column: 'note', char: 'U+000A', at: 4 } });
    // Positions count characters, not UTF-16 units: the emoji is one character.
    assert.deepEqual(textProblem('note', '😀\u007f'), { code: 'control_character', params: { column: 'note', char: 'U+007F', at: 2 } });
    // A control character is reported before an invisible one that stands earlier.
    assert.deepEqual(textProblem('note', 'a\u200bb\u0000'), { code: 'control_character', params: { column: 'note', char: 'U+0000', at: 4 } });
  });

  it('names invisible characters: the known ones by name, the others as a formatting character', () => {
    const invisible = (text: string, char: string, name: string, at: number) =>
      assert.deepEqual(textProblem('title', text), { code: 'invisible_character', params: { column: 'title', char, name, at } });
    invisible('a\u200bb', 'U+200B', 'zero-width space', 2);
    invisible('😀\u00ad', 'U+00AD', 'soft hyphen', 2);
    invisible('\ufeffx', 'U+FEFF', 'zero-width no-break space', 1);
    invisible('ab\u202e', 'U+202E', 'right-to-left override', 3);
    invisible('x\u2060', 'U+2060', 'word joiner', 2);
    invisible('x\u061c', 'U+061C', 'Arabic letter mark', 2);
    // Unnamed: a format character, a line and a paragraph separator, a private-use character (also beyond U+FFFF), a lone surrogate, an unassigned code point.
    invisible('x\u2061', 'U+2061', 'formatting character', 2);
    invisible('x\u2028y', 'U+2028', 'formatting character', 2);
    invisible('x\u2029y', 'U+2029', 'formatting character', 2);
    invisible('\ue000', 'U+E000', 'formatting character', 1);
    invisible('x\u{f0000}', 'U+F0000', 'formatting character', 2);
    invisible('x\ud800', 'U+D800', 'formatting character', 2);
    invisible('x\u0378', 'U+0378', 'formatting character', 2);
  });

  it('refuses text that is not composed (NFC), at the first character that differs', () => {
    assert.deepEqual(textProblem('name_en', 'e\u0301'), { code: 'not_nfc', params: { column: 'name_en', at: 1 } });
    assert.deepEqual(textProblem('name_en', 'Bishke\u0301k'), { code: 'not_nfc', params: { column: 'name_en', at: 6 } });
    assert.equal(textProblem('name_en', 'Bishkék'), null);
  });

  it('refuses white space alone, and padding at either end', () => {
    assert.deepEqual(textProblem('note', '   '), { code: 'blank_text', params: { column: 'note' } });
    assert.deepEqual(textProblem('note', '\u3000'), { code: 'blank_text', params: { column: 'note' } });
    assert.deepEqual(textProblem('note', ' a'), { code: 'padded_text', params: { column: 'note', where: 'begins' } });
    assert.deepEqual(textProblem('note', '\u00a0a b'), { code: 'padded_text', params: { column: 'note', where: 'begins' } });
    assert.deepEqual(textProblem('note', 'a b '), { code: 'padded_text', params: { column: 'note', where: 'ends' } });
    assert.deepEqual(textProblem('note', ' =1'), { code: 'padded_text', params: { column: 'note', where: 'begins' } });
    assert.equal(textProblem('note', 'a b'), null);
    assert.equal(textProblem('note', ''), null);
  });

  it('refuses text that starts like a formula (OWASP list, and the full-width forms)', () => {
    for (const char of ['=', '+', '-', '@', '＝', '＋', '－', '＠']) {
      assert.deepEqual(textProblem('note', `${char}1`), { code: 'formula_start', params: { column: 'note', char } });
      assert.equal(isFormulaLike(`${char}x`), true, char);
    }
    // Tab and carriage return also start formulas in some programs (the cell rules refuse them as control characters first).
    assert.equal(isFormulaLike('\tx'), true);
    assert.equal(isFormulaLike('\rx'), true);
    for (const text of ['a=b', '1+1', 'x-y', 'a@b', '', '#1', '*']) assert.equal(isFormulaLike(text), false, text);
    assert.equal(textProblem('note', 'a=b'), null);
  });
});

describe('schema derivation: one cell against its declared column (parseCell)', () => {
  it('an empty optional cell is null; an empty required one is refused, naming its label (or its key in words) and, for a category, the allowed values', () => {
    assert.deepEqual(parseCell(declare('start_date', { type: 'partial_date' }), ''), ok(null));
    assert.deepEqual(parseCell(declare('start_date', { type: 'partial_date', required: true }), ''), refused('required_empty', { column: 'start_date', label: 'start date' }));
    assert.deepEqual(parseCell(declare('host_iso3', { required: true, label: 'host country' }), ''), refused('required_empty', { column: 'host_iso3', label: 'host country' }));
    assert.deepEqual(parseCell(declare('outcome_event_id', { required: true }), ''), refused('required_empty', { column: 'outcome_event_id', label: 'outcome event id' }));
    assert.deepEqual(
      parseCell(declare('mode', { type: 'category', categories: ['in_person', 'video'], required: true }), ''),
      refused('required_empty', { column: 'mode', label: 'mode', allowed: 'in_person, video' }),
    );
    assert.deepEqual(parseCell(declare('kind', { type: 'category', required: true }), ''), refused('required_empty', { column: 'kind', label: 'kind', allowed: '' }));
    // A reference that is no list, and a list without references, are refused like any required cell.
    assert.deepEqual(parseCell(declare('iso3', { required: true, references: { table: 'countries', column: 'iso3' } }), ''), refused('required_empty', { column: 'iso3', label: 'iso3' }));
    assert.deepEqual(parseCell(declare('parties', { separator: ';', required: true }), ''), refused('required_empty', { column: 'parties', label: 'parties' }));
  });

  it('an empty required list of references is refused as a row without its source, naming the target file', () => {
    const sourceIds = declare('source_ids', { required: true, separator: ';', references: { table: 'sources', column: 'source_id' } });
    assert.deepEqual(parseCell(sourceIds, ''), refused('no_source', { column: 'source_ids', what: 'source', target_column: 'source_id', target_file: 'sources.csv', separator: ';' }));
    const events = declare('event_ids', { required: true, separator: ' | ', references: { table: 'status_events', column: 'event_id' } });
    assert.deepEqual(parseCell(events, ''), refused('no_source', { column: 'event_ids', what: 'status_event', target_column: 'event_id', target_file: 'status_events.csv', separator: ' | ' }));
    // A table that is no data table: its name stands for the file.
    const widgets = declare('widget_ids', { required: true, separator: ';', references: { table: 'widgets', column: 'widget_id' } });
    assert.deepEqual(parseCell(widgets, ''), refused('no_source', { column: 'widget_ids', what: 'widget', target_column: 'widget_id', target_file: 'widgets', separator: ';' }));
    assert.deepEqual(parseCell({ ...widgets, required: false }, ''), ok(null));
  });

  it('a non-empty cell obeys the text rules before its type', () => {
    assert.deepEqual(parseCell(declare('number', { type: 'integer' }), ' 1'), refused('padded_text', { column: 'number', where: 'begins' }));
    assert.deepEqual(parseCell(declare('number', { type: 'integer' }), '-1'), refused('formula_start', { column: 'number', char: '-' }));
    assert.deepEqual(parseCell(declare('ids', { separator: ';' }), 'a;\u200bb'), refused('invisible_character', { column: 'ids', char: 'U+200B', name: 'zero-width space', at: 3 }));
  });

  it('a list is split on its separator; an empty item or one not matching the pattern is refused, named by the referenced column', () => {
    const sourceIds = declare('source_ids', { separator: ';', references: { table: 'sources', column: 'source_id' }, constraints: { pattern: '^[a-z0-9_]+$' } });
    assert.deepEqual(parseCell(sourceIds, 'tass_2017;sco_history'), ok(['tass_2017', 'sco_history']));
    assert.deepEqual(parseCell(sourceIds, 'one'), ok(['one']));
    const item = (value: string) => refused('list_item_invalid', { column: 'source_ids', value, label: 'source id', separator: ';', example: 'tass_2017_06_09;sco_charter' });
    assert.deepEqual(parseCell(sourceIds, 'a;;b'), item(''));
    assert.deepEqual(parseCell(sourceIds, 'a;'), item(''));
    assert.deepEqual(parseCell(sourceIds, 'a;Tass;b c'), item('Tass'));
    // Every _ of the referenced column becomes a space.
    const events = declare('event_ids', { separator: ';', references: { table: 'status_events', column: 'outcome_event_id' } });
    assert.deepEqual(parseCell(events, 'a;'), refused('list_item_invalid', { column: 'event_ids', value: '', label: 'outcome event id', separator: ';', example: 'tass_2017_06_09;sco_charter' }));
    // Without references the label is the column's; without a pattern any non-empty item passes.
    const parties = declare('member_states', { separator: ' | ' });
    assert.deepEqual(parseCell(parties, 'CHN | Russia'), ok(['CHN', 'Russia']));
    assert.deepEqual(
      parseCell(parties, 'CHN |  | RUS'),
      refused('list_item_invalid', { column: 'member_states', value: '', label: 'member states', separator: ' | ', example: 'tass_2017_06_09;sco_charter' }),
    );
    assert.deepEqual(
      parseCell({ ...parties, label: 'state', constraints: { pattern: '^[A-Z]{3}$' } }, 'CHN | Rus'),
      refused('list_item_invalid', { column: 'member_states', value: 'Rus', label: 'state', separator: ' | ', example: 'tass_2017_06_09;sco_charter' }),
    );
  });

  it('category: one of its declared values', () => {
    const mode = declare('mode', { type: 'category', categories: ['in_person', 'video'] });
    assert.deepEqual(parseCell(mode, 'video'), ok('video'));
    assert.deepEqual(parseCell(mode, 'Video'), refused('not_in_vocabulary', { column: 'mode', value: 'Video', label: 'mode', allowed: 'in_person, video' }));
    assert.deepEqual(
      parseCell({ ...mode, label: 'attendance mode' }, 'in person'),
      refused('not_in_vocabulary', { column: 'mode', value: 'in person', label: 'attendance mode', allowed: 'in_person, video' }),
    );
    // A category that declares no values accepts none, whatever the text.
    for (const text of ['x', 'Stryker was here'])
      assert.deepEqual(parseCell(declare('kind', { type: 'category' }), text), refused('not_in_vocabulary', { column: 'kind', value: text, label: 'kind', allowed: '' }));
  });

  it('integer: digits only, as a number, within its bounds (0 and the largest safe integer by default)', () => {
    const count = declare('number', { type: 'integer' });
    assert.deepEqual(parseCell(count, '0'), ok(0));
    assert.deepEqual(parseCell(count, '007'), ok(7));
    assert.deepEqual(parseCell(count, '9007199254740991'), ok(9_007_199_254_740_991));
    assert.deepEqual(parseCell(count, '9007199254740992'), refused('number_out_of_range', { column: 'number', value: '9007199254740992', minimum: 0, maximum: 9_007_199_254_740_991 }));
    for (const text of ['1.5', '1e3', '12a', 'a12', '١٢', '0x1F']) assert.deepEqual(parseCell(count, text), refused('not_whole_number', { column: 'number', value: text }), text);
    const cow = declare('cow_code', { type: 'integer', constraints: { minimum: 2, maximum: 999 } });
    assert.deepEqual(parseCell(cow, '2'), ok(2));
    assert.deepEqual(parseCell(cow, '999'), ok(999));
    assert.deepEqual(parseCell(cow, '1'), refused('number_out_of_range', { column: 'cow_code', value: '1', minimum: 2, maximum: 999 }));
    assert.deepEqual(parseCell(cow, '1000'), refused('number_out_of_range', { column: 'cow_code', value: '1000', minimum: 2, maximum: 999 }));
    assert.deepEqual(
      parseCell(declare('n', { type: 'integer', constraints: { minimum: 5 } }), '4'),
      refused('number_out_of_range', { column: 'n', value: '4', minimum: 5, maximum: 9_007_199_254_740_991 }),
    );
    assert.deepEqual(parseCell(declare('n', { type: 'integer', constraints: { maximum: 3 } }), '4'), refused('number_out_of_range', { column: 'n', value: '4', minimum: 0, maximum: 3 }));
  });

  it('boolean: exactly true or false', () => {
    const flag = declare('flag', { type: 'boolean' });
    assert.deepEqual(parseCell(flag, 'true'), ok(true));
    assert.deepEqual(parseCell(flag, 'false'), ok(false));
    for (const text of ['TRUE', 'False', '1', 'yes'])
      assert.deepEqual(parseCell(flag, text), refused('not_in_vocabulary', { column: 'flag', value: text, label: 'true/false value', allowed: 'true, false' }), text);
  });

  it('date: a real YYYY-MM-DD day; partial_date: also YYYY-MM or YYYY', () => {
    const day = declare('as_of', { type: 'date' });
    const partial = declare('signed_date', { type: 'partial_date' });
    assert.deepEqual(parseCell(day, '2017-06-09'), ok('2017-06-09'));
    assert.deepEqual(parseCell(day, '2017-06'), refused('not_a_date', { column: 'as_of', value: '2017-06' }));
    assert.deepEqual(parseCell(day, '2017'), refused('not_a_date', { column: 'as_of', value: '2017' }));
    assert.deepEqual(parseCell(partial, '2017-06'), ok('2017-06'));
    assert.deepEqual(parseCell(partial, '2017'), ok('2017'));
    assert.deepEqual(parseCell(partial, '2017-06-09'), ok('2017-06-09'));
    for (const text of ['2017-6-9', '17-06-09', '2017/06/09', '9 June 2017']) assert.deepEqual(parseCell(partial, text), refused('not_a_date', { column: 'signed_date', value: text }), text);
    for (const text of ['2017-02-29', '2017-13', '2017-00', '2017-04-31']) assert.deepEqual(parseCell(partial, text), refused('date_does_not_exist', { column: 'signed_date', value: text }), text);
    assert.deepEqual(parseCell(day, '2016-02-29'), ok('2016-02-29'));
  });

  it("a date's earliest day: a partial date passes when its period reaches that day", () => {
    const since = declare('start_date', { type: 'partial_date', constraints: { earliest: '1996-04-26' } });
    assert.deepEqual(parseCell(since, '1996-04-26'), ok('1996-04-26'));
    assert.deepEqual(parseCell(since, '1996-04'), ok('1996-04'));
    assert.deepEqual(parseCell(since, '1996'), ok('1996'));
    const early = (value: string) => refused('date_too_early', { column: 'start_date', value, earliest: '1996-04-26' });
    assert.deepEqual(parseCell(since, '1996-04-25'), early('1996-04-25'));
    assert.deepEqual(parseCell(since, '1996-03'), early('1996-03'));
    assert.deepEqual(parseCell(since, '1995'), early('1995'));
    // No earliest day: any real date.
    assert.deepEqual(parseCell(declare('published', { type: 'partial_date' }), '1900-01-01'), ok('1900-01-01'));
  });

  it('url: http or https and no white space', () => {
    const url = declare('url', { type: 'url' });
    for (const text of ['https://tass.com/politics/950528', 'http://eng.sectsco.org/', 'https://x']) assert.deepEqual(parseCell(url, text), ok(text), text);
    for (const text of ['ftp://tass.com/', 'https://', 'tass.com', 'https://tass.com/a b', 'see https://tass.com', 'https:/tass.com', 'HTTPS://TASS.COM']) {
      assert.deepEqual(parseCell(url, text), refused('not_a_url', { column: 'url', value: text }), text);
    }
  });

  it("string: free text, or the whole cell matching the pattern, refused with the pattern's name and hint (or words made from them)", () => {
    assert.deepEqual(parseCell(declare('note'), 'Any text, [even] this.'), ok('Any text, [even] this.'));
    const iso3 = declare('iso3', { constraints: { pattern: '^[A-Z]{3}$', patternName: 'an ISO 3166-1 alpha-3 code', patternHint: 'use three capital letters, e.g. KAZ' } });
    assert.deepEqual(parseCell(iso3, 'KAZ'), ok('KAZ'));
    assert.deepEqual(parseCell(iso3, 'Kaz'), refused('pattern_mismatch', { column: 'iso3', value: 'Kaz', pattern_name: 'an ISO 3166-1 alpha-3 code', hint: 'use three capital letters, e.g. KAZ' }));
    const bare = declare('event_id', { constraints: { pattern: '^[a-z]+_[0-9]+$' } });
    assert.deepEqual(parseCell(bare, 'kaz_1'), ok('kaz_1'));
    assert.deepEqual(parseCell(bare, 'kaz-1'), refused('pattern_mismatch', { column: 'event_id', value: 'kaz-1', pattern_name: 'a valid event id', hint: 'match ^[a-z]+_[0-9]+$' }));
    assert.deepEqual(parseCell({ ...bare, label: 'event' }, 'kaz'), refused('pattern_mismatch', { column: 'event_id', value: 'kaz', pattern_name: 'a valid event', hint: 'match ^[a-z]+_[0-9]+$' }));
  });
});

describe('schema derivation: a declared table (rowParser, the data tables)', () => {
  // A tiny table declared here: a required integer key, a derived column (never stored), an
  // optional boolean and a required list of source ids.
  const tiny: TableTemplate = {
    id: 'tiny',
    title: { en: 'Tiny', ru: 'Крошечная', zh: '微小' },
    description: 'A table of the tests.',
    descriptionTranslations: { ru: 'Таблица тестов.', zh: '测试表。' },
    columns: [
      declare('number', { type: 'integer', required: true, format: '0' }),
      declare('country', { derived: true, nameOf: 'iso3' }),
      declare('flag', { type: 'boolean', format: 'General' }),
      declare('source_ids', { required: true, separator: ';', references: { table: 'sources', column: 'source_id' } }),
    ],
    primaryKey: ['number'],
    foreignKeys: [],
  };

  it('parses a row of text cells, one per stored column in file order, into typed values in the order of the declaration', () => {
    const result = rowParser(tiny)(['12', '', 'a;b']);
    assert.ok(result.ok);
    assert.deepEqual(result.row, { number: 12, flag: null, source_ids: ['a', 'b'] });
    assert.deepEqual(Object.keys(result.row), ['number', 'flag', 'source_ids']);
  });

  it('reports every refused cell by its column, with its problem and parameters, in the order of the declaration', () => {
    assert.deepEqual(rowParser(tiny)(['1.5', 'yes', '']), {
      ok: false,
      problems: [
        { column: 'number', code: 'not_whole_number', params: { column: 'number', value: '1.5' } },
        { column: 'flag', code: 'not_in_vocabulary', params: { column: 'flag', value: 'yes', label: 'true/false value', allowed: 'true, false' } },
        { column: 'source_ids', code: 'no_source', params: { column: 'source_ids', what: 'source', target_column: 'source_id', target_file: 'sources.csv', separator: ';' } },
      ],
    });
    // One refused cell among accepted ones: only it is reported.
    assert.deepEqual(rowParser(tiny)(['7', 'maybe', 'a']), {
      ok: false,
      problems: [{ column: 'flag', code: 'not_in_vocabulary', params: { column: 'flag', value: 'maybe', label: 'true/false value', allowed: 'true, false' } }],
    });
  });

  it('the data tables are the declarations with a data file, in the registry order (the views are none of them)', () => {
    // templates/index.ts, TABLES, skipping the views (roster, membership_spells and the panels).
    assert.deepEqual(DATA_TABLE_NAMES, [
      'countries',
      'status_events',
      'summits',
      'officials',
      'chairmanships',
      'heads_of_government_meetings',
      'foreign_ministers_meetings',
      'summit_attendance',
      'documents',
      'applications',
      'sources',
      'conflicts',
    ]);
    assert.deepEqual(
      DATA_TABLE_NAMES.map((name) => DATA_TABLES[name].dataFile),
      DATA_TABLE_NAMES.map((name) => `${name}.csv`),
    );
  });

  it("columnsOf: a data file's stored columns in file order, without the derived ones", () => {
    // templates/applications.ts without country and applied_day (derived).
    assert.deepEqual(columnsOf('applications'), ['application_id', 'iso3', 'status_sought', 'applied_date', 'applied_precision', 'outcome', 'outcome_event_id', 'source_ids', 'confidence', 'note']);
    // templates/summit_attendance.ts without participant, status_at_summit and status_certain.
    assert.deepEqual(columnsOf('summit_attendance'), ['summit_id', 'participant_id', 'participant_kind', 'role', 'head_name_en', 'head_office_en', 'mode', 'source_ids', 'confidence', 'note']);
  });

  it("ROW_PARSERS: each data file's row parsed by its own declaration (applications, from its declaration by hand)", () => {
    const text = {
      application_id: 'app_ind_2014_member',
      iso3: 'IND',
      status_sought: 'member',
      applied_date: '2014-09',
      applied_precision: 'month',
      outcome: 'pending',
      outcome_event_id: '',
      source_ids: 'tass_20170609;wikipedia_sco',
      confidence: 'medium',
      note: 'Applied in September 2014.',
    };
    const parsed = ROW_PARSERS.applications(Object.values(text));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.row, { ...text, outcome_event_id: null, source_ids: ['tass_20170609', 'wikipedia_sco'] });
    // Its declaration's constraints: ISO3 pattern, the sought statuses, the earliest day (1996-04-26), the slug of event ids.
    const codes = (row: Record<string, string>) => {
      const result = ROW_PARSERS.applications(Object.values(row));
      return result.ok ? [] : result.problems.map((problem) => `${problem.column} ${problem.code}`);
    };
    assert.deepEqual(codes({ ...text, iso3: 'ind' }), ['iso3 pattern_mismatch']);
    assert.deepEqual(codes({ ...text, status_sought: 'sco_partner' }), ['status_sought not_in_vocabulary']);
    assert.deepEqual(codes({ ...text, applied_date: '1995-12' }), ['applied_date date_too_early']);
    assert.deepEqual(codes({ ...text, outcome_event_id: 'IND-2' }), ['outcome_event_id pattern_mismatch']);
    assert.deepEqual(codes({ ...text, applied_precision: '', confidence: '' }), ['applied_precision required_empty', 'confidence required_empty']);
  });
});
