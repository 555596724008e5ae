import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayToIso, excelSerial, firstDay, fromExcelSerial, isRealDate, isoToDay, lastDay, precisionOf } from '../../src/core';

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

  it('is no real date unless written in one of the ISO forms, even where the numbers exist', () => {
    // 9 June 2017 exists, but not as '2017-6-9' or '17-06-09' (a mutation run found this unchecked).
    assert.equal(isRealDate('2017-6-9'), false);
    assert.equal(isRealDate('17-06-09'), false);
    assert.equal(isRealDate('2017-06-09'), true);
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

describe('partial ISO dates: the edges', () => {
  it('accepts nothing around a date, and only the digits of its form', () => {
    for (const text of ['x2017', '2017x', '12017', 'x2017-06', '2017-06x', '2017-006', 'x2017-06-09', '2017-06-09x', '2017-06-091', 'abcd', 'abcd-ef', 'abcd-ef-gh', '']) {
      assert.equal(precisionOf(text), null, text);
    }
  });

  it('accepts the first and last month and the first and last day of a month', () => {
    for (const text of ['2017-01-01', '2017-12-31', '2017-01', '2017-12', '2017-01-31', '2017-11-30']) assert.equal(isRealDate(text), true, text);
    for (const text of ['2017-00', '2017-13-01', '2017-01-00', '2017-01-32', '2017-11-31', 'x']) assert.equal(isRealDate(text), false, text);
  });

  it('spans a month and a day to the right ends', () => {
    // 2017-06-09 is day 17326 since 1970-01-01 (47 years of 365 days, 12 leap days, then 159 days into 2017).
    assert.equal(firstDay('2017-06-09'), 17326);
    assert.equal(firstDay('2017-06'), 17318);
    assert.equal(lastDay('2017-06'), 17347);
    assert.equal(firstDay('2017'), 17167);
    assert.equal(lastDay('2017'), 17531);
    assert.equal(dayToIso(17326), '2017-06-09');
  });

  it('keeps the years 0-99 (Date.UTC would read them as 1900-1999)', () => {
    assert.equal(dayToIso(firstDay('0050-06-09')), '0050-06-09');
    assert.equal(dayToIso(lastDay('0050-02')), '0050-02-28');
    assert.equal(dayToIso(lastDay('0048')), '0048-12-31');
  });

  it('reads an Excel serial back as its day, dropping the time of day', () => {
    assert.equal(fromExcelSerial(45477), isoToDay('2024-07-04'));
    assert.equal(fromExcelSerial(45477.75), isoToDay('2024-07-04'));
    assert.equal(fromExcelSerial(61), isoToDay('1900-03-01'));
    // Before Excel's fictitious 1900-02-29 (serial 60) the serials run one day later than after it.
    assert.equal(fromExcelSerial(1), isoToDay('1900-01-01'));
    assert.equal(fromExcelSerial(59), isoToDay('1900-02-28'));
    assert.equal(fromExcelSerial(60), isoToDay('1900-02-28'));
    assert.equal(excelSerial(isoToDay('1900-01-01')), 1);
    assert.equal(excelSerial(isoToDay('1900-02-28')), 59);
    assert.equal(excelSerial(isoToDay('1900-03-01')), 61);
    assert.equal(excelSerial(fromExcelSerial(45477)), 45477);
  });

  it('counts the days of every year, month and day as Date does (property, against Date)', () => {
    // The reference: Date's own day count, with setUTCFullYear so that years 0-99 stay themselves.
    const dateDays = (year: number, monthIndex: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, monthIndex, day);
      return date.getTime() / 86_400_000;
    };
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const real = dateDays(year, month - 1, day) === dateDays(year, month - 1, 1) + day - 1 && new Date(dateDays(year, month - 1, day) * 86_400_000).getUTCMonth() === month - 1;
        assert.equal(isRealDate(iso), real, iso);
        if (!real) return;
        assert.equal(isoToDay(iso), dateDays(year, month - 1, day), iso);
        assert.equal(firstDay(`${pad(year, 4)}-${pad(month, 2)}`), dateDays(year, month - 1, 1), iso);
        assert.equal(lastDay(`${pad(year, 4)}-${pad(month, 2)}`), dateDays(year, month, 0), iso);
        assert.equal(lastDay(pad(year, 4)), dateDays(year, 11, 31), iso);
      }),
      { seed: 20261202, numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
    // Each month's last day and the day after it, for the four kinds of year (common, leap, century, 400th).
    for (const year of [2023, 2024, 1900, 2000]) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(dateDays(year, month, 0) * 86_400_000).getUTCDate();
        assert.equal(isRealDate(`${year}-${pad(month, 2)}-${last}`), true);
        assert.equal(isRealDate(`${year}-${pad(month, 2)}-${last + 1}`), false);
      }
    }
  });
});
