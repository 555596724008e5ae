import assert from 'node:assert/strict';
import { decodeRecord, encodeRecord, isRecordKey, newNonce, recordKey, type InsertRecord } from '../../src/addin/record';

describe('addin insert record', () => {
  const record: InsertRecord = {
    format: 2,
    nonce: '0123456789abcdef',
    tableId: '{5}',
    sheetId: '{00000000-0001-0000-0000-000000000001}',
    name: 'tbl_summits_1',
    options: { table: 'summits', lang: 'ru', fromYear: 2001, toYear: 2024, series: ['sco_chs'], sources: false },
    caption: ['Summits (2001–2024)', 'A citation'],
    fingerprint: { address: 'A3:D27', hash: '0badf00d', rows: '', columns: '' },
    version: '1.0.0',
  };

  it('round-trips through the workbook setting, under a key of its nonce', () => {
    assert.deepEqual(decodeRecord(encodeRecord(record)), record);
    assert.equal(recordKey(record.nonce), 'sco-data:0123456789abcdef');
    assert.ok(isRecordKey(recordKey(record.nonce)));
    assert.ok(!isRecordKey('other-addin:tbl_summits_1'));
  });

  it('does not trust a value it did not write', () => {
    assert.equal(decodeRecord('{not json'), null);
    assert.equal(decodeRecord(JSON.stringify({ ...record, options: { ...record.options, table: 'dyad_year' } })), null);
    assert.equal(decodeRecord(JSON.stringify({ ...record, format: 1 })), null);
    assert.equal(decodeRecord(JSON.stringify({ ...record, nonce: 'tbl_summits_1' })), null);
    assert.equal(decodeRecord(JSON.stringify({ ...record, fingerprint: undefined })), null);
    assert.equal(decodeRecord({ format: 2 }), null);
  });

  it('makes 16 hex digit nonces from the random source', () => {
    assert.equal(
      newNonce((bytes) => bytes.fill(0xab)),
      'abababababababab',
    );
    assert.match(newNonce(), /^[0-9a-f]{16}$/);
    assert.notEqual(newNonce(), newNonce());
  });
});
