import assert from 'node:assert/strict';
import { decodeRecord, encodeRecord, recordKey, tableNameOfKey, type InsertRecord } from '../../src/addin/record';

describe('addin insert record', () => {
  const record: InsertRecord = { format: 1, options: { table: 'summits', lang: 'ru', fromYear: 2001, toYear: 2024, series: ['sco_chs'], sources: false }, caption: ['Summits (2001–2024)', 'A citation'], rows: 24, version: '1.0.0' };

  it('round-trips through the workbook setting', () => {
    assert.deepEqual(decodeRecord(encodeRecord(record)), record);
    assert.equal(tableNameOfKey(recordKey('tbl_summits_1')), 'tbl_summits_1');
    assert.equal(tableNameOfKey('other-addin:tbl_summits_1'), null);
  });

  it('does not trust a value it did not write', () => {
    assert.equal(decodeRecord('{not json'), null);
    assert.equal(decodeRecord(JSON.stringify({ ...record, options: { ...record.options, table: 'dyad_year' } })), null);
    assert.equal(decodeRecord(JSON.stringify({ ...record, format: 2 })), null);
    assert.equal(decodeRecord({ format: 1 }), null);
  });
});
