// Addresses of whole columns and rows. Office.js calls them unbounded ranges, "entire columns (like
// A:F) or entire rows (such as 2:2)" (learn.microsoft.com/office/dev/add-ins/excel/
// excel-add-ins-ranges-unbounded); a user who clicks a column header selects one, and
// getSelectedRanges().address then reads "Sheet1!A:A". Rectangles written by hand: zero-based,
// 1,048,576 rows by 16,384 columns.
import assert from 'node:assert/strict';
import { parseAddress, parseAddressList, rectAddress } from '../../src/addin/addresses';
import { mergedInto } from '../../src/addin/refusals';

describe('hostile: whole columns and rows in Excel addresses', () => {
  it('reads whole columns and whole rows (they threw, so "convert the selection" failed as an unknown Excel error)', () => {
    assert.deepEqual(parseAddress('Sheet1!A:C'), { row: 0, column: 0, rows: 1_048_576, columns: 3 });
    assert.deepEqual(parseAddress('$B:$B'), { row: 0, column: 1, rows: 1_048_576, columns: 1 });
    assert.deepEqual(parseAddress("'My data'!2:5"), { row: 1, column: 0, rows: 4, columns: 16_384 });
    assert.deepEqual(parseAddress('$7:$7'), { row: 6, column: 0, rows: 1, columns: 16_384 });
  });

  it('reads a selection of several whole columns and a cell, and writes each back in A1 form', () => {
    const rects = parseAddressList('Sheet1!A:A, Sheet1!D4, Sheet1!3:3');
    assert.deepEqual(rects.map(rectAddress), ['A1:A1048576', 'D4', 'A3:XFD3']);
  });

  it('finds a merge over whole columns that covers the target', () => {
    assert.deepEqual(mergedInto('Sheet1!C:D', { row: 9, column: 0, rows: 5, columns: 4 }), { row: 0, column: 2, rows: 1_048_576, columns: 2 });
  });

  it('still refuses what is not an address', () => {
    for (const bad of ['A', '1', 'A1:', ':B', 'A:1', '1:A', '']) assert.throws(() => parseAddress(bad), RangeError, bad);
  });
});
