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

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar (the one JavaScript's Date
 * counts in), for every year; month 1-12. Arithmetic (H. Hinnant's days_from_civil), not Date:
 * Date.UTC reads years 0-99 as 1900-1999, and building a Date per cell was a measurable part of
 * an export.
 */
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const marchYear = month <= 2 ? year - 1 : year; // years counted from March, so 29 February ends one
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

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
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The earliest day a partial date can mean ("2017-06" -> 2017-06-01). */
export function firstDay(text: string): DayNumber {
  const [y, m = 1, d = 1] = text.split('-').map(Number) as [number, number?, number?];
  return daysFromCivil(y, m, d);
}

/** The latest day a partial date can mean ("2017-06" -> 2017-06-30). */
export function lastDay(text: string): DayNumber {
  const parts = text.split('-').map(Number) as [number, number?, number?];
  const [y, m, d] = parts;
  // Stryker disable next-line ConditionalExpression: equivalent, a day is never written without its month ("YYYY-MM-DD"), so `m !== undefined` holds whenever `d` does
  if (d !== undefined && m !== undefined) return daysFromCivil(y, m, d);
  if (m !== undefined) return daysFromCivil(y, m, daysInMonth(y, m));
  return daysFromCivil(y, 12, 31);
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
