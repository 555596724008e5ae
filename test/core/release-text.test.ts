// The release's own words (templates/release_text.ts: the chart's credit line, the codebook's
// headings and rules, the panel rules) exist in every language, in that language's script, with
// the same placeholders and the same names of columns and codes, so a localized file never falls
// back to English, loses a value or renames a variable.
import assert from 'node:assert/strict';
import { PANEL_RULES, chartText, codebookWords, fillText, panelRuleText } from '../../src/core';

const SCRIPT = { ru: /[а-яё]/i, zh: /[\u4e00-\u9fff]/u } as const;
const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]).sort();
/** Code spans, and names with an underscore (columns, tables, files): kept as written in every language. */
const names = (text: string) => [...new Set([...(text.match(/`[^`]+`/g) ?? []), ...(text.match(/[a-z0-9*]+(?:_[a-z0-9]+)+(?:\.[a-z]+)?/g) ?? [])])].sort();

/** Every localized text of a declaration object, with its path. */
function texts(value: unknown, path: string): [string, { en: string; ru: string; zh: string }][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('en' in value && 'ru' in value && 'zh' in value) return [[path, value as { en: string; ru: string; zh: string }]];
  return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
}

describe('the release text in Russian and Chinese', () => {
  const declared = [...texts(chartText, 'chartText'), ...texts(codebookWords, 'codebookWords'), ...texts(panelRuleText, 'panelRuleText')];

  it('declares texts (the walk finds them all: arrays and nested groups too)', () => {
    assert.ok(declared.length >= 1 + 6 + 5 + 20);
    assert.ok(declared.some(([path]) => path === 'codebookWords.precision.4'));
    assert.ok(declared.some(([path]) => path === 'codebookWords.types.partial_date'));
  });

  it('gives the README the English panel rules, one per declared rule', () => {
    assert.deepEqual(
      PANEL_RULES,
      panelRuleText.map((rule) => rule.en),
    );
    assert.equal(PANEL_RULES.length, 6);
  });

  for (const [path, text] of declared) {
    it(`${path}: en, ru and zh, each in its script, with the same placeholders and names`, () => {
      assert.notEqual(text.en.trim(), '');
      for (const lang of ['ru', 'zh'] as const) {
        assert.match(text[lang], SCRIPT[lang], `${path} ${lang}`);
        assert.notEqual(text[lang], text.en, `${path} ${lang} is the English text`);
        assert.deepEqual(placeholders(text[lang]), placeholders(text.en), `${path} ${lang}`);
        assert.deepEqual(names(text[lang]), names(text.en), `${path} ${lang}: names of columns or codes differ from the English text`);
      }
    });
  }

  it('fills placeholders and refuses a placeholder without a value', () => {
    assert.equal(fillText('{a} and {b}, {a}', { a: 1, b: 'x' }), '1 and x, 1');
    assert.equal(fillText(chartText.credit.zh, { version: '1.2.3', dataAsOf: '2026-01-02' }), '来源：sco-data 1.2.3，数据截至 2026-01-02（CC BY 4.0）');
    assert.throws(() => fillText('{a} {missing}', { a: 1 }), /no value for \{missing\}/);
  });
});
