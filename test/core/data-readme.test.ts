// The generated column list of data/README.md (src/core/data-readme.ts): each column's domain in
// words, on hand-made columns that reach every branch (the real declarations use only some), and
// how the generated section replaces or joins a README. Expected text written by hand from the
// definitions in data-readme.ts.
import assert from 'node:assert/strict';
import { columnDomain, dataReadmeColumns, readmeTableSection, withGeneratedColumns, type ColumnTemplate, type TableTemplate } from '../../src/core';

const BEGIN = '<!-- columns: generated from templates/ by `npm run docs`; do not edit by hand -->';
const END = '<!-- end of generated columns -->';

const column = (spec: Partial<ColumnTemplate> & Pick<ColumnTemplate, 'type'>): ColumnTemplate => ({
  key: 'x',
  description: 'x',
  headers: { en: 'x', ru: 'x', zh: 'x' },
  format: '@',
  width: 10,
  ...spec,
});

describe('columnDomain: a column’s domain in words', () => {
  it('names each type, and whether the cell may be empty', () => {
    assert.equal(columnDomain(column({ type: 'string' })), 'may be empty; text');
    assert.equal(columnDomain(column({ type: 'string', required: true })), 'required; text');
    assert.equal(columnDomain(column({ type: 'string', required: false })), 'may be empty; text');
    assert.equal(columnDomain(column({ type: 'url' })), 'may be empty; web address (https where the site offers it)');
    assert.equal(columnDomain(column({ type: 'boolean' })), 'may be empty; true or false');
    assert.equal(columnDomain(column({ type: 'date' })), 'may be empty; date YYYY-MM-DD');
    assert.equal(columnDomain(column({ type: 'partial_date' })), 'may be empty; date YYYY-MM-DD, YYYY-MM or YYYY');
    assert.equal(columnDomain(column({ type: 'integer' })), 'may be empty; whole number');
  });

  it('lists a category’s values in code, in declared order', () => {
    assert.equal(columnDomain(column({ type: 'category', required: true, categories: ['held', 'planned'] })), 'required; one of `held`, `planned`');
    assert.equal(columnDomain(column({ type: 'category', categories: ['only'] })), 'may be empty; one of `only`');
    assert.equal(columnDomain(column({ type: 'category' })), 'may be empty; one of ');
  });

  it('gives an integer’s bounds, each only where declared', () => {
    assert.equal(columnDomain(column({ type: 'integer', constraints: { minimum: 1 } })), 'may be empty; whole number from 1');
    assert.equal(columnDomain(column({ type: 'integer', constraints: { maximum: 99 } })), 'may be empty; whole number to 99');
    assert.equal(columnDomain(column({ type: 'integer', constraints: { minimum: 0, maximum: 0 } })), 'may be empty; whole number from 0 to 0');
    assert.equal(columnDomain(column({ type: 'integer', constraints: { minimum: -5, maximum: 2030 } })), 'may be empty; whole number from -5 to 2030');
  });

  it('states a list separator before the type', () => {
    assert.equal(columnDomain(column({ type: 'string', separator: ';' })), 'may be empty; list separated by `;`; text');
    assert.equal(columnDomain(column({ type: 'string', separator: ' | ', required: true })), 'required; list separated by ` | `; text');
  });

  it('states a pattern, with its name where one is given', () => {
    assert.equal(columnDomain(column({ type: 'string', constraints: { pattern: '[A-Z]{3}' } })), 'may be empty; text; matches `[A-Z]{3}`');
    assert.equal(
      columnDomain(column({ type: 'string', constraints: { pattern: '[A-Z]{3}', patternName: 'an ISO 3166-1 alpha-3 code' } })),
      'may be empty; text; matches `[A-Z]{3}` (an ISO 3166-1 alpha-3 code)',
    );
    assert.equal(columnDomain(column({ type: 'string', constraints: { pattern: 'Q\\d+', patternName: '' } })), 'may be empty; text; matches `Q\\d+`');
  });

  it('states the date rules: precision column, earliest day, data_as_of (and its exception), the date it may not precede', () => {
    assert.equal(columnDomain(column({ type: 'partial_date', precisionColumn: 'start_precision' })), 'may be empty; date YYYY-MM-DD, YYYY-MM or YYYY; precision in `start_precision`');
    assert.equal(columnDomain(column({ type: 'date', constraints: { earliest: '1996-04-26' } })), 'may be empty; date YYYY-MM-DD; not before 1996-04-26');
    assert.equal(columnDomain(column({ type: 'date', constraints: { notAfterDataAsOf: true } })), "may be empty; date YYYY-MM-DD; not after release.json's data_as_of");
    assert.equal(columnDomain(column({ type: 'date', constraints: { notAfterDataAsOf: false } })), 'may be empty; date YYYY-MM-DD');
    assert.equal(
      columnDomain(column({ type: 'date', constraints: { notAfterDataAsOf: true, futureAllowedWhen: { column: 'status', equals: 'planned' } } })),
      "may be empty; date YYYY-MM-DD; not after release.json's data_as_of (unless status is `planned`)",
    );
    assert.equal(columnDomain(column({ type: 'date', constraints: { notBefore: 'start_date' } })), 'may be empty; date YYYY-MM-DD; not before `start_date`');
  });

  it('states uniqueness and references', () => {
    assert.equal(columnDomain(column({ type: 'string', constraints: { unique: true } })), 'may be empty; text; unique');
    assert.equal(columnDomain(column({ type: 'string', constraints: { unique: false } })), 'may be empty; text');
    assert.equal(columnDomain(column({ type: 'string', references: { table: 'countries', column: 'iso3' } })), 'may be empty; text; each a `iso3` of `countries.csv`');
  });

  it('joins every part with "; " in a fixed order', () => {
    const everything = column({
      type: 'partial_date',
      required: true,
      separator: ';',
      precisionColumn: 'p',
      references: { table: 't', column: 'c' },
      constraints: { pattern: '\\d{4}', patternName: 'a year', earliest: '2001-06-15', notAfterDataAsOf: true, futureAllowedWhen: { column: 'kind', equals: 'plan' }, notBefore: 'd', unique: true },
    });
    assert.equal(
      columnDomain(everything),
      "required; list separated by `;`; date YYYY-MM-DD, YYYY-MM or YYYY; matches `\\d{4}` (a year); precision in `p`; not before 2001-06-15; not after release.json's data_as_of (unless kind is `plan`); not before `d`; unique; each a `c` of `t.csv`",
    );
  });
});

describe('readmeTableSection: one data file in the column list', () => {
  const table = (spec: Partial<TableTemplate>): TableTemplate & { dataFile: string } => ({
    id: 'meetings',
    dataFile: 'meetings.csv',
    title: { en: 'Meetings', ru: 'Meetings', zh: 'Meetings' },
    description: 'One row per meeting.',
    descriptionTranslations: { ru: 'ru', zh: 'zh' },
    columns: [column({ key: 'meeting_id', type: 'string', required: true, description: 'its id' })],
    primaryKey: ['meeting_id'],
    foreignKeys: [],
    ...spec,
  });

  it('gives the file, its description, a table of its stored columns and its primary key; nothing more where it declares nothing more', () => {
    assert.equal(
      readmeTableSection(table({})),
      ['### meetings.csv', '', 'One row per meeting.', '', '| column | domain | meaning |', '| --- | --- | --- |', '| `meeting_id` | required; text | its id |', '', 'Primary key: `meeting_id`.'].join(
        '\n',
      ),
    );
    assert.equal(readmeTableSection(table({ uniqueTogether: [], invariants: [] })), readmeTableSection(table({})));
  });

  it('escapes a "|" in a domain or a description; leaves derived columns out of the table and names them after it', () => {
    const columns = [
      column({ key: 'meeting_id', type: 'string', required: true, description: 'id | key' }),
      column({ key: 'names', type: 'string', separator: ' | ', description: 'names' }),
      column({ key: 'host', type: 'string', derived: true, description: 'the host' }),
      column({ key: 'start_day', type: 'date', derived: true, description: 'the day' }),
    ];
    assert.equal(
      readmeTableSection(table({ columns, primaryKey: ['meeting_id', 'names'] })),
      [
        '### meetings.csv',
        '',
        'One row per meeting.',
        '',
        '| column | domain | meaning |',
        '| --- | --- | --- |',
        '| `meeting_id` | required; text | id \\| key |',
        '| `names` | may be empty; list separated by ` \\| `; text | names |',
        '',
        'Primary key: `meeting_id`, `names`.',
        'Published with `host`, `start_day` added by its view (not stored here).',
      ].join('\n'),
    );
  });

  it('lists every set of columns unique together, and the rules across rows', () => {
    const section = readmeTableSection(
      table({
        uniqueTogether: [
          ['kind', 'number'],
          ['city', 'year', 'day'],
        ],
        invariants: ['one rule', 'another rule'],
      }),
    );
    assert.deepEqual(section.split('\n').slice(8), [
      'Primary key: `meeting_id`. Unique together: `kind` + `number`. Unique together: `city` + `year` + `day`.',
      '',
      'Rules across rows:',
      '- one rule',
      '- another rule',
    ]);
  });
});

describe('the generated section of data/README.md', () => {
  const generated = dataReadmeColumns();

  it('starts with its marker, title and the rule for every text cell, and ends with the allowed changes of status and its end marker', () => {
    const lines = generated.split('\n');
    assert.deepEqual(lines.slice(0, 4), [
      BEGIN,
      '## Columns and rules (generated)',
      '',
      'Every text cell: valid UTF-8, in Unicode NFC, one line, no control, bidi or zero-width characters, no leading or trailing space, at most 32,767 characters, and not beginning with `=`, `+`, `-`, `@` or their full-width forms `＝`, `＋`, `－`, `＠`.',
    ]);
    assert.equal(lines[4], '');
    // The first stored table of templates/index.ts's TABLES (roster, the first, is a view).
    assert.equal(lines[5], '### countries.csv');
    assert.equal(lines.at(-1), END);
    const changes = lines.indexOf('### Allowed changes of status');
    assert.equal(lines[changes - 1], '');
    assert.equal(lines[changes + 1], '');
    assert.equal(lines[changes + 2], '- `none` → `shanghai_five`: the five founders of the Shanghai Five (1996)');
    assert.equal(lines[changes + 7], '- `shanghai_five` → `member`: the Shanghai Five states founding the SCO (2001)');
    assert.equal(lines.at(-2), '- `withdrawn` → `accession_candidate`: a former participant applying again');
  });

  it('is appended, after one blank line, to a README that has none, with one final line break', () => {
    assert.equal(withGeneratedColumns('# Data\n\nIntro.\n\n\n'), `# Data\n\nIntro.\n\n${generated}\n`);
    assert.equal(withGeneratedColumns('# Data'), `# Data\n\n${generated}\n`);
  });

  it('replaces the old section between the markers, keeping the text around it', () => {
    const old = `# Data\n\nIntro.\n\n${BEGIN}\nold columns\n${END}\n\n## After\n`;
    const updated = withGeneratedColumns(old);
    assert.equal(updated, `# Data\n\nIntro.\n\n${generated}\n\n## After\n`);
    assert.ok(updated.startsWith(`# Data\n\nIntro.\n\n${BEGIN}\n## Columns and rules (generated)\n`));
    assert.ok(updated.endsWith(`${END}\n\n## After\n`));
    assert.equal(withGeneratedColumns(updated), updated);
    assert.equal(withGeneratedColumns(`${BEGIN}${END}`), generated);
  });

  it('appends a fresh section where the markers are missing one half or stand in the wrong order', () => {
    assert.equal(withGeneratedColumns(`# Data\n${BEGIN}\nhalf\n`), `# Data\n${BEGIN}\nhalf\n\n${generated}\n`);
    assert.equal(withGeneratedColumns(`# Data\nhalf\n${END}\n`), `# Data\nhalf\n${END}\n\n${generated}\n`);
    assert.equal(withGeneratedColumns(`${END}\nx\n${BEGIN}\n`), `${END}\nx\n${BEGIN}\n\n${generated}\n`);
  });
});
