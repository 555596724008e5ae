// Names the add-in gives what it creates: table names unique in the workbook (tables and defined
// names share one namespace, case-insensitively), sheet names unique and legal.
import { excelTableName, type TableTemplate } from '../core';

/**
 * A name in capitals, both as the pane's locale writes them and locale-free: in a Turkish pane
 * "i".toLocaleUpperCase() is "İ", so a user's TBL_MEMBERSHIP_SPELLS_1 did not look taken.
 * A name is taken when either form matches (never a name Excel may find in use).
 */
const capitals = (name: string) => [name.toUpperCase(), name.toLocaleUpperCase()];
const folded = (names: Iterable<string>) => new Set([...names].flatMap(capitals));
const isTaken = (used: ReadonlySet<string>, name: string) => capitals(name).some((form) => used.has(form));

/** excelTableName with the first numeric suffix not yet taken: tbl_roster_1, tbl_roster_2, ... */
export function uniqueTableName(template: TableTemplate, taken: Iterable<string>): string {
  const used = folded(taken);
  for (let n = 1; ; n++) {
    const name = excelTableName(template, String(n));
    if (!isTaken(used, name)) return name;
  }
}

/** Excel's rules: 1-31 characters, none of \ / ? * : [ ], not beginning or ending with an apostrophe, not "History". */
export const SHEET_NAME_LIMIT = 31;

/** Spaces and apostrophes at either end: after a cut, "...'s data" can end in an apostrophe again. */
const unpadded = (name: string) => name.replace(/^[\s']+|[\s']+$/gu, '');

/** The first `limit` UTF-16 units, without a half of a character (an emoji cut in two). */
const cut = (text: string, limit: number) => text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit);

export function legalSheetName(wanted: string): string {
  const name = unpadded(cut(unpadded(wanted.replace(/[\\/?*:[\]]/g, ' ')), SHEET_NAME_LIMIT));
  return name === '' || name.toLowerCase() === 'history' ? 'SCO data' : name;
}

/** The wanted name, or the wanted name with " (2)", " (3)", ... when a sheet has it already. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = folded(taken);
  const base = legalSheetName(wanted);
  if (!isTaken(used, base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = cut(base, SHEET_NAME_LIMIT - suffix.length).trimEnd() + suffix;
    if (!isTaken(used, name)) return name;
  }
}
