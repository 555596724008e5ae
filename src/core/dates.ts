// Partial ISO 8601 dates ("2017", "2017-06", "2017-06-09") as the data records them, and the
// day arithmetic the views need. Days are counted in UTC so no time zone can shift a date.
import type { Precision } from './vocab';

/** A calendar day as a count of days since 1970-01-01. */
export type DayNumber = number;

const FORMS: ReadonlyArray<[RegExp, Precision]> = [
  [/^\d{4}-\d{2}-\d{2}$/, 'day'],
  [/^\d{4}-\d{2}$/, 'month'],
  [/^\d{4}$/, 'year'],
];

const MS_PER_DAY = 86_400_000;

/** Date.UTC for every year: Date.UTC itself reads years 0-99 as 1900-1999. */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The precision a date string is written in, or null when it is not a partial ISO date. */
export function precisionOf(text: string): Precision | null {
  for (const [form, precision] of FORMS) if (form.test(text)) return precision;
  return null;
}

/** True when the string is a partial ISO date naming a month and day that exist. */
export function isRealDate(text: string): boolean {
  const precision = precisionOf(text);
  if (precision === null) return false;
  const [y, m = 1, d = 1] = text.split('-').map(Number) as [number, number?, number?];
  if (m < 1 || m > 12) return false;
  return d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** The earliest day a partial date can mean ("2017-06" -> 2017-06-01). */
export function firstDay(text: string): DayNumber {
  const [y, m = 1, d = 1] = text.split('-').map(Number) as [number, number?, number?];
  return utc(y, m - 1, d) / MS_PER_DAY;
}

/** The latest day a partial date can mean ("2017-06" -> 2017-06-30). */
export function lastDay(text: string): DayNumber {
  const parts = text.split('-').map(Number) as [number, number?, number?];
  const [y, m, d] = parts;
  // Stryker disable next-line ConditionalExpression: equivalent, a day is never written without its month ("YYYY-MM-DD"), so `m !== undefined` holds whenever `d` does
  if (d !== undefined && m !== undefined) return utc(y, m - 1, d) / MS_PER_DAY;
  if (m !== undefined) return utc(y, m - 1, daysInMonth(y, m)) / MS_PER_DAY;
  return utc(y, 11, 31) / MS_PER_DAY;
}

export function dayToIso(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parses a full `YYYY-MM-DD` date; throws a RangeError naming the input otherwise. */
export function isoToDay(text: string): DayNumber {
  if (precisionOf(text) !== 'day' || !isRealDate(text)) {
    throw new RangeError(`"${text}" is not a calendar date (write YYYY-MM-DD, e.g. 2024-07-04)`);
  }
  return firstDay(text);
}

// In Excel's 1900 date system serial 1 is 1900-01-01 and serial 60 is the fictitious 1900-02-29
// (kept from Lotus 1-2-3), so from serial 61 (1900-03-01) on, serial = days since 1899-12-30; below
// 61 the serials are one day later than that count.
const EXCEL_EPOCH_DAY: DayNumber = Date.UTC(1899, 11, 30) / MS_PER_DAY;
const EXCEL_FICTITIOUS_DAY = 60;

/** The Excel serial number of a day, for writing real date cells. */
export function excelSerial(day: DayNumber): number {
  const count = day - EXCEL_EPOCH_DAY;
  return count > EXCEL_FICTITIOUS_DAY ? count : count - 1;
}

/**
 * The day an Excel serial number stands for (its fraction, a time of day, is dropped). Serial 60,
 * Excel's 1900-02-29, a day that never was, is read as 1900-02-28.
 */
export function fromExcelSerial(serial: number): DayNumber {
  const whole = Math.floor(serial);
  return whole + EXCEL_EPOCH_DAY + (whole < EXCEL_FICTITIOUS_DAY ? 1 : 0);
}

/**
 * The day a status event takes effect: its effective date, else its decision date. Here, not in the
 * validator, so that the views need not import the validator (and its row parsers) to order events.
 */
export function eventStart(event: { decision_date: string; effective_date: string | null }): string {
  return event.effective_date ?? event.decision_date;
}
