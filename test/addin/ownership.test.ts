import assert from 'node:assert/strict';
import { parseAddress } from '../../src/addin/addresses';
import { fingerprint } from '../../src/addin/fingerprint';
import { resolveOwnership, tableAtRecord, verifyCandidate } from '../../src/addin/ownership';
import { encodeRecord, recordKey, type InsertRecord } from '../../src/addin/record';

const cells = [
  ['Id', 'Name'],
  ['a', 'Alpha'],
];
const record = (nonce: string, tableId: string | null, name = 'tbl_roster_1'): InsertRecord => ({
  format: 2,
  nonce,
  tableId,
  sheetId: 'S1',
  name,
  options: { table: 'roster', lang: 'en', sources: true },
  caption: [],
  fingerprint: fingerprint(parseAddress('A3:B4'), cells),
  version: '1',
});
const setting = (r: InsertRecord) => ({ key: recordKey(r.nonce), value: encodeRecord(r) });

describe('addin ownership', () => {
  it('owns a table by its id alone, under whatever name it has now', () => {
    const result = resolveOwnership([setting(record('00000000000000a1', 'T7'))], [{ id: 'T7', name: 'Renamed' }], new Map());
    assert.deepEqual(
      result.owned.map((entry) => [entry.id, entry.name]),
      [['T7', 'Renamed']],
    );
    assert.deepEqual([result.prune, result.bind, result.candidates], [[], [], []]);
  });

  it('prunes a record whose table is gone, even when another table now has its name', () => {
    const result = resolveOwnership([setting(record('00000000000000a1', 'T7'))], [{ id: 'T9', name: 'tbl_roster_1' }], new Map());
    assert.deepEqual(result.owned, []);
    assert.deepEqual(result.prune, [recordKey('00000000000000a1')]);
  });

  it('binds a record written before its id was known with the id this session read back', () => {
    const result = resolveOwnership([setting(record('00000000000000a2', null))], [{ id: 'T3', name: 'tbl_roster_1' }], new Map([['00000000000000a2', { tableId: 'T3', chartId: null }]]));
    assert.equal(result.owned[0]?.id, 'T3');
    assert.equal(result.bind[0]?.record.tableId, 'T3');
  });

  it('leaves an unbound record without a session id as a candidate, whatever the tables are named', () => {
    const result = resolveOwnership([setting(record('00000000000000a3', null))], [{ id: 'T3', name: 'Other' }], new Map());
    assert.deepEqual(result.owned, []);
    assert.deepEqual(result.prune, []);
    assert.equal(result.candidates[0]?.key, recordKey('00000000000000a3'));
  });

  it('ignores settings that are not its records', () => {
    const result = resolveOwnership(
      [
        { key: 'other:x', value: '{}' },
        { key: recordKey('junk'), value: '{' },
      ],
      [{ id: 'T1', name: 'x' }],
      new Map(),
    );
    assert.deepEqual(result, { owned: [], prune: [], bind: [], candidates: [] });
  });

  it('verifies a candidate only where it is, on its sheet, with every cell as written', () => {
    const r = record('00000000000000a4', null);
    assert.ok(verifyCandidate(r, { address: 'S!A3:B4', sheetId: 'S1', formulas: cells }));
    assert.ok(verifyCandidate(r, { address: 'A3:B4', sheetId: 'S1', formulas: cells }));
    assert.ok(!verifyCandidate(r, { address: 'S!A3:B4', sheetId: 'S2', formulas: cells }));
    assert.ok(!verifyCandidate(r, { address: 'S!A4:B5', sheetId: 'S1', formulas: cells }));
    assert.ok(!verifyCandidate(r, { address: 'S!A3:B4', sheetId: 'S1', formulas: [cells[0]!, ['a', 'Alfa']] }));
    assert.equal(
      tableAtRecord(r, [
        { sheetId: 'S1', address: "'My sheet'!A3:B5" },
        { sheetId: 'S1', address: "'My sheet'!A3:B4", id: 'T' },
      ])?.address,
      "'My sheet'!A3:B4",
    );
  });
});
