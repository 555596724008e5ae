import assert from 'node:assert/strict';
import { TEMPLATES } from '../../src/core';
import { columnLetters, contains, fitsOnSheet, parseAddress, rectAddress, sheetAddress } from '../../src/addin/addresses';
import { legalSheetName, uniqueSheetName, uniqueTableName } from '../../src/addin/names';

describe('addin names and addresses', () => {
  it('spells columns as Excel does, and reads back what it writes', () => {
    assert.deepEqual([0, 25, 26, 701, 702, 16383].map(columnLetters), ['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    for (const address of ['A1', 'B2:D9', 'XFD1048576', 'AA10:AB11']) assert.equal(rectAddress(parseAddress(address)), address);
    assert.deepEqual(parseAddress("'My ''sheet'''!$C$3:$D$4"), { row: 2, column: 2, rows: 2, columns: 2 });
    assert.equal(sheetAddress("Bob's", { row: 0, column: 0, rows: 2, columns: 2 }), "'Bob''s'!A1:B2");
    assert.throws(() => parseAddress('R1C1'), /not an A1 address/);
  });

  it('knows the edges of the sheet', () => {
    assert.ok(fitsOnSheet({ row: 1_048_575, column: 16_383, rows: 1, columns: 1 }));
    assert.ok(!fitsOnSheet({ row: 1_048_575, column: 0, rows: 2, columns: 1 }));
    assert.ok(contains(parseAddress('A1:C3'), parseAddress('B2')));
    assert.ok(!contains(parseAddress('A1:C3'), parseAddress('C3:D3')));
  });

  it('numbers table names past those taken, ignoring case, defined names included', () => {
    assert.equal(uniqueTableName(TEMPLATES.roster, []), 'tbl_roster_1');
    assert.equal(uniqueTableName(TEMPLATES.roster, ['TBL_ROSTER_1', 'tbl_roster_2']), 'tbl_roster_3');
  });

  it('makes sheet names legal and unique within 31 characters', () => {
    assert.equal(legalSheetName('a/b:c*[d]?'), 'a b c  d');
    assert.equal(legalSheetName('History'), 'SCO data');
    assert.equal(uniqueSheetName('Summits', ['summits', 'Summits (2)']), 'Summits (3)');
    const long = 'x'.repeat(40);
    const unique = uniqueSheetName(long, ['x'.repeat(31)]);
    assert.equal(unique.length, 31);
    assert.ok(unique.endsWith(' (2)'));
  });
});
