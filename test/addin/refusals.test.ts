import assert from 'node:assert/strict';
import { parseAddress } from '../../src/addin/addresses';
import { assessTarget, refusalOfError, type TargetFacts } from '../../src/addin/refusals';

const free: TargetFacts = {
  areaCount: 1,
  sheet: 'Sheet1',
  sheetProtected: false,
  anchorTables: [],
  footprint: parseAddress('B2:D10'),
  tables: [],
  pivotTables: [],
  mergedAddress: null,
  usedAddress: null,
};

describe('addin target assessment', () => {
  it('accepts free cells', () => assert.equal(assessTarget(free), null));

  it('refuses each kind of occupied target with its reason', () => {
    assert.deepEqual(assessTarget({ ...free, areaCount: 2 }), { code: 'multipleAreas' });
    assert.deepEqual(assessTarget({ ...free, sheetProtected: true }), { code: 'protected', sheet: 'Sheet1' });
    assert.deepEqual(assessTarget({ ...free, anchorTables: ['Sales'], tables: ['Sales'] }), { code: 'insideTable', table: 'Sales' });
    assert.deepEqual(assessTarget({ ...free, tables: ['Sales'] }), { code: 'tableOverlap', table: 'Sales' });
    assert.deepEqual(assessTarget({ ...free, pivotTables: ['PivotTable1'] }), { code: 'pivotOverlap', pivotTable: 'PivotTable1' });
    assert.deepEqual(assessTarget({ ...free, mergedAddress: 'Sheet1!C3:D3' }), { code: 'merged', address: 'Sheet1!C3:D3' });
    assert.deepEqual(assessTarget({ ...free, usedAddress: 'Sheet1!D10' }), { code: 'occupied', address: 'Sheet1!D10' });
    assert.equal(assessTarget({ ...free, footprint: { row: 1_048_570, column: 0, rows: 10, columns: 2 } })?.code, 'doesNotFit');
  });

  it('lets a refresh write over its own table and cells, and nothing else', () => {
    const own = { table: 'tbl_roster_1', footprint: parseAddress('B2:D8') };
    assert.equal(assessTarget({ ...free, tables: ['tbl_roster_1'], usedAddress: 'Sheet1!B2:D8', own }), null);
    assert.deepEqual(assessTarget({ ...free, tables: ['tbl_roster_1'], usedAddress: 'Sheet1!B2:D9', own }), { code: 'occupied', address: 'Sheet1!B2:D9' });
    assert.deepEqual(assessTarget({ ...free, tables: ['tbl_roster_1', 'Other'], own }), { code: 'tableOverlap', table: 'Other' });
  });

  it('identifies Excel errors by code, not message', () => {
    assert.deepEqual(refusalOfError({ code: 'InvalidOperationInCellEditMode', message: 'anything' }), { code: 'editMode' });
    assert.deepEqual(refusalOfError({ code: 'AccessDenied', message: 'Zugriff verweigert' }), { code: 'excelError', errorCode: 'AccessDenied' });
    assert.deepEqual(refusalOfError(new Error('no code')), { code: 'excelError', errorCode: 'Unknown' });
  });
});
