// What the =SCO.* worksheet functions compute: thin wrappers over the shared data module that
// turn cell arguments into lookups and results into cell values. No Office.js here, so every
// function is tested directly; functions.ts binds them to Excel.
import {
  LookupError,
  dateArgument,
  excelSerial,
  findCountry,
  firstDay,
  precisionOf,
  statusArgument,
  LANGUAGES,
  type AttendanceMode,
  type HeldStatus,
  type Language,
  type ScoData,
  type Status,
} from '../core';

/** Which Excel error a failure shows: #VALUE! for an argument not understood, #N/A for no answer. */
export type FunctionErrorKind = 'invalidValue' | 'notAvailable';

export class FunctionError extends Error {
  constructor(
    readonly kind: FunctionErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const SUMMIT_FIELDS = ['date', 'end', 'city', 'host', 'format', 'number', 'series'] as const;
export type SummitField = (typeof SUMMIT_FIELDS)[number];

type Optional<T> = T | null | undefined;

/** The SCO.* functions over one dataset; `today` gives the default date (the user's clock). */
export function createScoFunctions(data: ScoData, today: () => string) {
  const asValueError = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof LookupError) throw new FunctionError('invalidValue', error.message);
      throw error;
    }
  };
  const day = (date: Optional<string | number>) => asValueError(() => dateArgument(date ?? today()));
  const status = (value: Optional<string>, fallback: Status) => (value === null || value === undefined || value === '' ? fallback : asValueError(() => statusArgument(value)));
  const language = (value: Optional<string>): Language => {
    const wanted = (value ?? 'en').trim().toLowerCase();
    if (!(LANGUAGES as readonly string[]).includes(wanted)) throw new FunctionError('invalidValue', `"${value}" is not a language of the dataset (use en, ru or zh)`);
    return wanted as Language;
  };
  const country = (value: string | number) => asValueError(() => findCountry(data, value));
  const holders = (date: Optional<string | number>, wanted: Status) => data.rosterOn(day(date)).filter((entry) => entry.status === wanted);

  return {
    /** =SCO.STATUS(country, [date]): the status held on the day ("none" before any). */
    status(countryArg: string | number, date?: Optional<string | number>): HeldStatus {
      return data.statusOn(country(countryArg).iso3, day(date)).status;
    },

    /** =SCO.MEMBERS([date], [status], [language]): the states holding a status on a day, one per row. */
    members(date?: Optional<string | number>, statusArg?: Optional<string>, languageArg?: Optional<string>): string[][] {
      const wanted = status(statusArg, 'member');
      const lang = language(languageArg);
      const rows = holders(date, wanted).map((entry) => [data.country(entry.iso3)!.names[lang]]);
      if (rows.length === 0) throw new FunctionError('notAvailable', `no state held the status ${wanted} on ${day(date)}`);
      return rows;
    },

    /** =SCO.COUNT([status], [date]): how many states held a status on a day. */
    count(statusArg?: Optional<string>, date?: Optional<string | number>): number {
      return holders(date, status(statusArg, 'member')).length;
    },

    /** =SCO.SUMMIT(year_or_number, [field]): a field of a summit (a date as an Excel serial). */
    summit(yearOrNumber: number, field?: Optional<string>): string | number {
      const wanted = (field ?? 'date').trim().toLowerCase() as SummitField;
      if (!SUMMIT_FIELDS.includes(wanted)) throw new FunctionError('invalidValue', `"${field}" is not a summit field (use one of: ${SUMMIT_FIELDS.join(', ')})`);
      if (!Number.isInteger(yearOrNumber) || yearOrNumber < 1) throw new FunctionError('invalidValue', `${yearOrNumber} is not a year or a meeting number`);
      // A year from 1996 on; a smaller number is the ordinal of an SCO Council meeting.
      const summit = data
        .summits()
        .find((s) => (yearOrNumber >= 1996 ? s.start_date?.startsWith(String(yearOrNumber)) || s.summit_id.endsWith(`_${yearOrNumber}`) : s.series === 'sco_chs' && s.number === yearOrNumber));
      if (!summit) throw new FunctionError('notAvailable', `no summit ${yearOrNumber >= 1996 ? 'in' : 'number'} ${yearOrNumber} in the dataset`);
      const date = (value: string | null) => {
        if (value === null) throw new FunctionError('notAvailable', `summit ${summit.summit_id} has no ${wanted} date yet`);
        return precisionOf(value) === 'day' ? excelSerial(firstDay(value)) : value;
      };
      switch (wanted) {
        case 'date':
          return date(summit.start_date);
        case 'end':
          return date(summit.end_date);
        case 'city':
          return summit.city_en;
        case 'host':
          return data.country(summit.host_iso3)!.names.en;
        case 'format':
          return summit.format;
        case 'number':
          return summit.number;
        case 'series':
          return summit.series;
      }
    },

    /** =SCO.JOINED(country, [status]): the first day a state held a status, as an Excel serial. */
    joined(countryArg: string | number, statusArg?: Optional<string>): number | string {
      const iso3 = country(countryArg).iso3;
      const wanted = status(statusArg, 'member');
      const spell = data.spells().find((s) => s.iso3 === iso3 && s.status === wanted);
      if (!spell) throw new FunctionError('notAvailable', `${data.country(iso3)!.names.en} never held the status ${wanted}`);
      return spell.start_precision === 'day' ? excelSerial(firstDay(spell.start_date)) : spell.start_date;
    },

    /**
     * =SCO.ATTENDED(country, year): how a state took part in that year's meeting of the Council of
     * Heads of State, as summit_attendance.csv records it: in_person, video, or absent (it held a
     * seat and sent no one). #N/A when no meeting of that year is in the dataset, when the
     * meeting's attendance is not recorded at all, or when the state has no row for it (it held no
     * seat and was not a guest, or it is missing); the message says which.
     */
    attended(countryArg: string | number, year: number): AttendanceMode {
      const found = country(countryArg);
      if (!Number.isInteger(year) || year < 2001) throw new FunctionError('invalidValue', `${year} is not a year of the SCO Council of Heads of State (2001 on)`);
      const summit = data.summits({ series: ['sco_chs'] }).find((s) => s.start_date?.startsWith(String(year)) || s.summit_id === `chs_${year}`);
      if (!summit) throw new FunctionError('notAvailable', `no meeting of the Council of Heads of State in ${year} in the dataset`);
      const rows = data.dataset.summitAttendance.filter((a) => a.summit_id === summit.summit_id);
      if (rows.length === 0) throw new FunctionError('notAvailable', `the attendance at summit ${summit.summit_id} is not recorded yet`);
      const row = rows.find((a) => a.participant_id === found.iso3);
      if (!row) throw new FunctionError('notAvailable', `the attendance of ${found.names.en} at summit ${summit.summit_id} is not recorded (no seat and no invitation recorded)`);
      return row.mode;
    },
  };
}

export type ScoFunctions = ReturnType<typeof createScoFunctions>;
