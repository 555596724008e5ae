// Every declared column has a Russian and a Chinese description (templates/column_text.ts), so
// `--lang ru|zh` never leaves a data-dictionary row in English. New tables fail here until their
// columns are described in both languages.
import assert from 'node:assert/strict';
import { CHANGES_TEMPLATE, TEMPLATES, columnDescription, tableDescription, type TableTemplate } from '../../src/core';
import { CATEGORY_TEXT, COLUMN_TEXT } from '../../templates/column_text';
import { categoryLabels } from '../../templates/category_labels';

const declared: TableTemplate[] = [...Object.values(TEMPLATES), CHANGES_TEMPLATE];
const SCRIPT = { ru: /[а-яё]/i, zh: /[\u4e00-\u9fff]/u } as const;
/** Names of columns, tables, files and codes: words with an underscore, kept as written. */
const identifiers = (text: string) => new Set(text.match(/[a-z0-9]+(?:_[a-z0-9]+)+(?:\.[a-z]+)?/g) ?? []);

describe('column descriptions in Russian and Chinese', () => {
  for (const template of declared) {
    it(`${template.id}: every column has ru and zh text in its script, not the English, naming the same identifiers`, () => {
      for (const column of template.columns) {
        for (const lang of ['ru', 'zh'] as const) {
          const text = COLUMN_TEXT[template.id]?.[column.key]?.[lang];
          assert.ok(text !== undefined && text.trim() !== '', `${template.id}.${column.key} has no ${lang} description in templates/column_text.ts`);
          assert.match(text, SCRIPT[lang], `${template.id}.${column.key} ${lang}`);
          assert.notEqual(text, column.description, `${template.id}.${column.key} ${lang} is the English text`);
          for (const name of identifiers(column.description)) assert.ok(text.includes(name), `${template.id}.${column.key} ${lang} lacks "${name}", named in the English text`);
          assert.equal(columnDescription(template.id, column, lang), text);
        }
        assert.equal(columnDescription(template.id, column, 'en'), column.description);
      }
    });
  }

  it('describes no table or column that is not declared (a renamed column leaves no stale text)', () => {
    const keys = new Map(declared.map((template) => [template.id, new Set(template.columns.map((column) => column.key))]));
    for (const [table, columns] of Object.entries(COLUMN_TEXT)) {
      assert.ok(keys.has(table), `templates/column_text.ts describes undeclared table ${table}`);
      for (const key of Object.keys(columns)) assert.ok(keys.get(table)!.has(key), `templates/column_text.ts describes undeclared column ${table}.${key}`);
    }
  });

  it('labels every coded value of every column in ru and zh, and no value that is not coded', () => {
    const coded = new Set(declared.flatMap((template) => template.columns.flatMap((column) => column.categories ?? [])));
    for (const value of coded) {
      for (const lang of ['ru', 'zh'] as const) {
        const text = CATEGORY_TEXT[value]?.[lang];
        assert.ok(text !== undefined && text !== '', `templates/column_text.ts has no ${lang} label of "${value}"`);
        assert.match(text, SCRIPT[lang], `"${value}" ${lang}`);
      }
    }
    for (const value of Object.keys(CATEGORY_TEXT)) assert.ok(coded.has(value) || value in categoryLabels, `templates/column_text.ts labels "${value}", which no column codes`);
  });

  it('describes every table in ru and zh, in its script (the codebook and the workbook read them)', () => {
    for (const template of declared) {
      assert.equal(tableDescription(template, 'en'), template.description);
      for (const lang of ['ru', 'zh'] as const) {
        assert.match(tableDescription(template, lang), SCRIPT[lang], `${template.id} ${lang}`);
        assert.notEqual(tableDescription(template, lang), template.description);
      }
    }
    assert.throws(() => tableDescription({ id: 'no_such_table', description: 'x' }, 'zh'), /table no_such_table has no zh description/);
  });

  it('refuses a column it has no text for, naming the file to edit', () => {
    assert.throws(() => columnDescription('countries', { key: 'no_such_column', description: 'x' }, 'ru'), /templates\/column_text\.ts has no ru description of countries\.no_such_column/);
  });
});
