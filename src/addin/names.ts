// Names the add-in gives what it creates: table names unique in the workbook (tables and defined
// names share one namespace, case-insensitively), sheet names unique and legal.
import { excelTableName, type TableTemplate } from '../core';

const folded = (names: Iterable<string>) => new Set([...names].map((name) => name.toLocaleUpperCase()));

/** excelTableName with the first numeric suffix not yet taken: tbl_roster_1, tbl_roster_2, ... */
export function uniqueTableName(template: TableTemplate, taken: Iterable<string>): string {
  const used = folded(taken);
  for (let n = 1; ; n++) {
    const name = excelTableName(template, String(n));
    if (!used.has(name.toLocaleUpperCase())) return name;
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
  return name === '' || name.toLocaleLowerCase() === 'history' ? 'SCO data' : name;
}

/** The wanted name, or the wanted name with " (2)", " (3)", ... when a sheet has it already. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = folded(taken);
  const base = legalSheetName(wanted);
  if (!used.has(base.toLocaleUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = cut(base, SHEET_NAME_LIMIT - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLocaleUpperCase())) return name;
  }
}
