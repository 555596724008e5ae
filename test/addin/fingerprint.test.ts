import assert from 'node:assert/strict';
import { parseAddress } from '../../src/addin/addresses';
import { compareFingerprint, fingerprint, fnv1a } from '../../src/addin/fingerprint';

const cells = () => [
  ['Id', 'Name', 'Year'],
  ['a', 'Alpha', 2001],
  ['b', 'Beta', 2002],
  ['c', 'Gamma', 2003],
];

describe('addin fingerprint', () => {
  it('is FNV-1a: the published test vectors', () => {
    // From the FNV reference (http://www.isthe.com/chongo/tech/comp/fnv/): FNV-1a 32 of "" and "a".
    assert.equal(fnv1a(''), '811c9dc5');
    assert.equal(fnv1a('a'), 'e40c292c');
    assert.equal(fnv1a('foobar'), 'bf9cf968');
  });

  it('finds nothing when the table is as written', () => {
    const rect = parseAddress('B4:D7');
    assert.equal(compareFingerprint(fingerprint(rect, cells()), rect, cells()), null);
  });

  it('names the smallest range holding the changed cells', () => {
    const rect = parseAddress('B4:D7');
    const written = fingerprint(rect, cells());
    const one = cells();
    one[2]![1] = 'Bet';
    assert.deepEqual(compareFingerprint(written, rect, one), { kind: 'edited', address: 'C6', rows: 1, columns: 1 });
    const two = cells();
    two[1]![0] = 'x';
    two[3]![2] = 2004;
    assert.deepEqual(compareFingerprint(written, rect, two), { kind: 'edited', address: 'B5:D7', rows: 2, columns: 2 });
  });

  it('tells a number from the same digits as text, and an emptied cell from a kept one', () => {
    const rect = parseAddress('A1:C4');
    const written = fingerprint(rect, cells());
    const text = cells();
    text[1]![2] = '2001';
    assert.equal(compareFingerprint(written, rect, text)?.kind, 'edited');
    const emptied = cells();
    emptied[3]![0] = '';
    assert.deepEqual(compareFingerprint(written, rect, emptied), { kind: 'edited', address: 'A4', rows: 1, columns: 1 });
  });

  it('reports rows or columns added or removed, or a move, as a new address', () => {
    const written = fingerprint(parseAddress('A1:C4'), cells());
    assert.deepEqual(compareFingerprint(written, parseAddress('A1:C5'), [...cells(), ['d', 'Delta', 2004]]), { kind: 'resized', was: 'A1:C4', now: 'A1:C5' });
    assert.deepEqual(compareFingerprint(written, parseAddress('B1:D4'), cells()), { kind: 'resized', was: 'A1:C4', now: 'B1:D4' });
  });
});
