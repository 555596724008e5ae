// The fake's own A1 reading and writing, written apart from the product's (src/addin/addresses.ts)
// so that a mistake in one is not hidden by the same mistake in the other.

/** A block of cells by zero-based first row and column and its size. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 -> A, 25 -> Z, 26 -> AA (bijective base 26). */
export function letters(column: number): string {
  const digits: string[] = [];
  let rest = column;
  do {
    digits.unshift(String.fromCharCode(65 + (rest % 26)));
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return digits.join('');
}

function columnOf(text: string): number {
  return [...text.toUpperCase()].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0) - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B2", "B2:D9", "$B$2:$D$9" (no sheet part) as a rect; null when it is not one. */
export function readLocal(text: string): Rect | null {
  const [first, second, extra] = text.split(':');
  if (first === undefined || extra !== undefined) return null;
  const a = CELL.exec(first);
  const b = CELL.exec(second ?? first);
  if (!a || !b) return null;
  const r1 = Number(a[2]) - 1,
    r2 = Number(b[2]) - 1,
    c1 = columnOf(a[1]!),
    c2 = columnOf(b[1]!);
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

export function writeLocal(rect: Rect): string {
  const start = letters(rect.column) + String(rect.row + 1);
  const end = letters(rect.column + rect.columns - 1) + String(rect.row + rect.rows);
  return start === end ? start : `${start}:${end}`;
}

/**
 * A sheet name as Excel writes it in a reference: bare when it is a plain name (letters, digits,
 * underscores and periods, not starting with a digit, not readable as a cell reference), otherwise
 * in apostrophes with its own apostrophes doubled ("Sheet1!A1", "'My data'!A1", "'2024'!A1").
 */
export function sheetReference(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.split("'").join("''")}'`;
}

export function qualified(sheet: string, rect: Rect): string {
  return `${sheetReference(sheet)}!${writeLocal(rect)}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return Math.max(a.row, b.row) < Math.min(a.row + a.rows, b.row + b.rows) && Math.max(a.column, b.column) < Math.min(a.column + a.columns, b.column + b.columns);
}

export function within(outer: Rect, inner: Rect): boolean {
  return (
    overlaps(outer, inner) && inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.rows <= outer.row + outer.rows && inner.column + inner.columns <= outer.column + outer.columns
  );
}

export function hasCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;
}
