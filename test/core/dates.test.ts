import assert from 'node:assert/strict';
import { dayToIso, excelSerial, firstDay, isRealDate, isoToDay, lastDay, precisionOf } from '../../src/core';

describe('partial ISO dates', () => {
  it('tells the precision a date is written to', () => {
    assert.equal(precisionOf('2017-06-09'), 'day');
    assert.equal(precisionOf('2017-06'), 'month');
    assert.equal(precisionOf('2017'), 'year');
    assert.equal(precisionOf('09.06.2017'), null);
    assert.equal(precisionOf('2017-6-9'), null);
  });

  it('rejects days and months that do not exist', () => {
    assert.equal(isRealDate('2016-02-29'), true);
    assert.equal(isRealDate('2017-02-29'), false);
    assert.equal(isRealDate('2017-02-30'), false);
    assert.equal(isRealDate('2017-13'), false);
    assert.equal(isRealDate('2017-00-10'), false);
    assert.equal(isRealDate('2017-04-31'), false);
  });

  it('spans a partial date from its first to its last day', () => {
    assert.equal(dayToIso(firstDay('2016-02')), '2016-02-01');
    assert.equal(dayToIso(lastDay('2016-02')), '2016-02-29');
    assert.equal(dayToIso(lastDay('2017')), '2017-12-31');
    assert.equal(firstDay('2017-06-09'), lastDay('2017-06-09'));
  });

  it('converts days to Excel serials of the 1900 date system', () => {
    // Excel shows 61 as 1900-03-01 and 45477 as 2024-07-04 (after its fictitious 1900-02-29).
    assert.equal(excelSerial(isoToDay('1900-03-01')), 61);
    assert.equal(excelSerial(isoToDay('2024-07-04')), 45477);
  });

  it('refuses a partial or impossible date where a day is needed, naming it', () => {
    assert.throws(() => isoToDay('2017-06'), /"2017-06" is not a calendar date/);
    assert.throws(() => isoToDay('2017-02-30'), /"2017-02-30" is not a calendar date/);
  });
});
