// The release's own words (templates/release_text.ts: the chart's credit line, the codebook's
// headings and rules) exist in every language, in that language's script, with the same
// placeholders, so a localized file never falls back to English or loses a value.
import assert from 'node:assert/strict';
import { chartText, fillText } from '../../src/core';

const SCRIPT = { ru: /[а-яё]/i, zh: /[\u4e00-\u9fff]/u } as const;
const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]).sort();

/** Every localized text of a declaration object, with its path. */
function texts(value: unknown, path: string): [string, { en: string; ru: string; zh: string }][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('en' in value && 'ru' in value && 'zh' in value) return [[path, value as { en: string; ru: string; zh: string }]];
  return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
}

describe('the release text in Russian and Chinese', () => {
  const declared = texts(chartText, 'chartText');

  it('declares texts (the walk finds them)', () => {
    assert.ok(declared.length >= 1);
  });

  for (const [path, text] of declared) {
    it(`${path}: en, ru and zh, each in its script, with the same placeholders`, () => {
      assert.notEqual(text.en.trim(), '');
      for (const lang of ['ru', 'zh'] as const) {
        assert.match(text[lang], SCRIPT[lang], `${path} ${lang}`);
        assert.notEqual(text[lang], text.en, `${path} ${lang} is the English text`);
        assert.deepEqual(placeholders(text[lang]), placeholders(text.en), `${path} ${lang}`);
      }
    });
  }

  it('fills placeholders and refuses a placeholder without a value', () => {
    assert.equal(fillText('{a} and {b}, {a}', { a: 1, b: 'x' }), '1 and x, 1');
    assert.equal(fillText(chartText.credit.zh, { version: '1.2.3', dataAsOf: '2026-01-02' }), '来源：sco-data 1.2.3，数据截至 2026-01-02（CC BY 4.0）');
    assert.throws(() => fillText('{a} {missing}', { a: 1 }), /no value for \{missing\}/);
  });
});
