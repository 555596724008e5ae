// Sheet names the add-in makes, cut to Excel's 31 characters: the rules are Excel's ("Rename a
// worksheet": at most 31 characters, none of / \ ? * : [ ], not beginning or ending with an
// apostrophe); each expectation below is written out by hand.
import assert from 'node:assert/strict';
import { TEMPLATES } from '../../src/core';
import { legalSheetName, uniqueSheetName, uniqueTableName } from '../../src/addin/names';

const thirty = 'a'.repeat(30);

describe('hostile: sheet names cut to 31 characters', () => {
  it('do not end with an apostrophe that the cut brought to the end', () => {
    assert.equal(legalSheetName(`${thirty}'s table`), thirty);
  });

  it('do not begin with an apostrophe hidden behind a space', () => {
    assert.equal(legalSheetName("' 'Members"), 'Members');
    assert.equal(legalSheetName("Members' '"), 'Members');
  });

  it('do not keep half of a character that needs two UTF-16 units', () => {
    // 30 letters and an emoji are 32 units: the emoji goes whole, not its first half (U+D83D).
    assert.equal(legalSheetName(`${thirty}\u{1F600} data`), thirty);
    const numbered = uniqueSheetName(`${'b'.repeat(26)}\u{1F600} d`, [`${'b'.repeat(26)}\u{1F600} d`]);
    assert.equal(numbered, `${'b'.repeat(26)} (2)`);
  });

  it('do not put two spaces before the number the cut brought next to a space', () => {
    const base = `${'c'.repeat(26)} d`;
    assert.equal(uniqueSheetName(base, [base]), `${'c'.repeat(26)} (2)`);
  });
});

describe('hostile: names in a pane whose locale is Turkish', () => {
  // The pane runs in the user's browser or WebView, whose default locale may be Turkish: there
  // toLocaleUpperCase maps "i" to "İ" (U+0130) and toLocaleLowerCase maps "I" to "ı" (U+0131).
  const upper = Object.getOwnPropertyDescriptor(String.prototype, 'toLocaleUpperCase')!;
  const lower = Object.getOwnPropertyDescriptor(String.prototype, 'toLocaleLowerCase')!;
  before(() => {
    const turkish = (descriptor: PropertyDescriptor) =>
      function (this: string, locales?: string | string[]) {
        return (descriptor.value as (locales?: string | string[]) => string).call(this, locales ?? 'tr-TR');
      };
    Object.defineProperty(String.prototype, 'toLocaleUpperCase', { ...upper, value: turkish(upper) });
    Object.defineProperty(String.prototype, 'toLocaleLowerCase', { ...lower, value: turkish(lower) });
  });
  after(() => {
    Object.defineProperty(String.prototype, 'toLocaleUpperCase', upper);
    Object.defineProperty(String.prototype, 'toLocaleLowerCase', lower);
  });

  it("a user's table in capitals with a plain I still takes the name", () => {
    assert.equal('i'.toLocaleUpperCase(), '\u0130', 'the Turkish locale is in effect');
    assert.equal(uniqueTableName(TEMPLATES.membership_spells, ['TBL_MEMBERSHIP_SPELLS_1']), 'tbl_membership_spells_2');
  });

  it('a sheet named HISTORY is still refused (Excel reserves History in any case)', () => {
    assert.equal(legalSheetName('HISTORY'), 'SCO data');
  });

  it("a user's sheet MILITARY takes the name military", () => {
    assert.equal(uniqueSheetName('military', ['MILITARY']), 'military (2)');
  });
});
