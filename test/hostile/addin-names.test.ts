// Sheet names the add-in makes, cut to Excel's 31 characters: the rules are Excel's ("Rename a
// worksheet": at most 31 characters, none of / \ ? * : [ ], not beginning or ending with an
// apostrophe); each expectation below is written out by hand.
import assert from 'node:assert/strict';
import { legalSheetName, uniqueSheetName } from '../../src/addin/names';

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
