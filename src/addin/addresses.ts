// A1 addresses of rectangles on a sheet, and back: the plan places cells by index and Excel speaks A1.

/** A rectangle of cells by zero-based indexes, as Excel's rowIndex/columnIndex count them. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function rectAddress(rect: Rect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

/**
 * A sheet-qualified address as Excel writes one: the sheet name bare when it is a plain name
 * ("Sheet1!A1:B4", "Лист1!A1"), in apostrophes otherwise ("'My data'!A1", "'2024'!A1", "'A1'!B2").
 */
export function sheetAddress(sheet: string, rect: Rect): string {
  return `${needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${rectAddress(rect)}`;
}

function needsQuotes(sheet: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) return true;
  // A name Excel could read as a reference: A1-style (up to XFD) or R1C1-style.
  return /^[a-z]{1,3}[0-9]+$/i.test(sheet) || /^r[0-9]*(c[0-9]*)?$/i.test(sheet) || /^c[0-9]*$/i.test(sheet);
}

/** The rectangles of an address list as RangeAreas.address gives it ("Sheet1!A1:B2, Sheet1!D4"); [] for ''. */
export function parseAddressList(list: string): Rect[] {
  // Commas inside a quoted sheet name ('a, b'!A1) do not separate areas.
  return (list.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [])
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(parseAddress);
}

/**
 * Parses "A1", "B2:D9" or "'My sheet'!B2:D9" (the sheet part is ignored), and whole columns or rows
 * as Range.address gives them ("Sheet1!A:C", "Sheet1!2:5", a user's selection of column headers);
 * throws on anything else.
 */
export function parseAddress(address: string): Rect {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(local.toUpperCase());
  if (columns) return parseAddress(`${columns[1]}1:${columns[2]}${SHEET_ROWS}`);
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return parseAddress(`A${rows[1]}:${columnLetters(SHEET_COLUMNS - 1)}${rows[2]}`);
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(local.toUpperCase());
  if (!match) throw new RangeError(`"${address}" is not an A1 address`);
  const column = lettersToIndex(match[1]!);
  const row = Number(match[2]) - 1;
  const lastColumn = match[3] ? lettersToIndex(match[3]) : column;
  const lastRow = match[4] ? Number(match[4]) - 1 : row;
  return { row: Math.min(row, lastRow), column: Math.min(column, lastColumn), rows: Math.abs(lastRow - row) + 1, columns: Math.abs(lastColumn - column) + 1 };
}

function lettersToIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.rows <= outer.row + outer.rows && inner.column + inner.columns <= outer.column + outer.columns;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export function fitsOnSheet(rect: Rect): boolean {
  return rect.row >= 0 && rect.column >= 0 && rect.row + rect.rows <= SHEET_ROWS && rect.column + rect.columns <= SHEET_COLUMNS;
}
