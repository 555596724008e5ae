// Turning what a person types (a country code or name, a date) into the dataset's keys, with
// errors that say what was not understood. Used by the worksheet functions and the task pane.
import { dayToIso, fromExcelSerial, isRealDate, precisionOf } from './dates';
import type { Country } from './countries';
import type { ScoData } from './views';
import { STATUSES, type Status } from './vocab';

export class LookupError extends Error {}

// toLowerCase, not toLocaleLowerCase: in a Turkish locale "IND" would become "ınd" and match nothing.
const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The form in which names are compared: case, surrounding and repeated spaces (also no-break and
 * ideographic ones) and the Russian ё/е do not matter. The data writes Russian names the UN way,
 * with е (Объединенные), while many people and publishers type ё (Объединённые); both must find
 * the state.
 */
export const searchForm = (text: string) => normalise(text.normalize('NFC')).replace(/ё/g, 'е');

/** A country by ISO3, ISO2, COW number or abbreviation, or its name in English, Russian or Chinese. */
export function findCountry(data: ScoData, query: string | number): Country {
  const text = String(query).trim();
  const wanted = normalise(text);
  const countries = data.countries();
  const found = /^\d+$/.test(text)
    ? countries.find((c) => c.cow_code === Number(text))
    : (countries.find((c) => [c.iso3, c.iso2, c.cow_abbr].some((code) => code.toLowerCase() === wanted)) ??
      countries.find((c) => Object.values(c.names).some((name) => searchForm(name) === searchForm(text))));
  if (!found) {
    throw new LookupError(`"${text}" is not a state that ever held an SCO status (use an ISO code such as IND or IN, a COW code such as 750, or a name in English, Russian or Chinese)`);
  }
  return found;
}

/** The first day the dataset knows of: the first meeting of the Shanghai Five. */
export const FIRST_DAY = '1996-04-26';

/** A date argument as an ISO day: an Excel date serial or a `YYYY-MM-DD` string. */
export function dateArgument(value: string | number): string {
  let iso: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1) throw new LookupError(`${value} is not a date (give a date cell, or text such as 2024-07-04)`);
    iso = dayToIso(fromExcelSerial(value));
  } else {
    const text = value.trim();
    if (precisionOf(text) !== 'day' || !isRealDate(text)) throw new LookupError(`"${text}" is not a date (give a date cell, or text such as 2024-07-04)`);
    iso = text;
  }
  if (iso < FIRST_DAY) throw new LookupError(`${iso} is before the first meeting of the Shanghai Five (${FIRST_DAY}): the dataset begins there`);
  return iso;
}

/** A status as typed: "member", "Members", "dialogue partner", "SCO_partner"... */
export function statusArgument(value: string): Status {
  const wanted = normalise(value).replace(/[\s-]+/g, '_');
  const found = STATUSES.find((status) => status === wanted || `${status}s` === wanted);
  if (!found) throw new LookupError(`"${value}" is not a status (use one of: ${STATUSES.join(', ')})`);
  return found;
}
