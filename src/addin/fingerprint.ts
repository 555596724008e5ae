// What the add-in wrote into a table, condensed: the table's address and a hash of every cell, one
// per row and one per column. Before a refresh the table as it is now is compared with it, so that
// a cell the user typed over, or a row or column they added or removed, is found (and where).
import { rectAddress, type Rect } from './addresses';

export interface Fingerprint {
  /** The table's header and body, as it was written (no sheet part). */
  address: string;
  /** FNV-1a of all cells. */
  hash: string;
  /** 8 hex digits per row, then per column. */
  rows: string;
  columns: string;
}

const HEX = 8;

/** FNV-1a (32 bits) of the text, as 8 hex digits: a fast, stable checksum (not a security measure). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(HEX, '0');
}

/** A cell as the checksum sees it: its type and its value, so 1 and "1" differ. */
function cellKey(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'e:';
  return `${typeof value === 'number' ? 'n' : typeof value === 'boolean' ? 'b' : 's'}:${String(value)}\u001f`;
}

export function fingerprint(rect: Rect, cells: readonly (readonly unknown[])[]): Fingerprint {
  const rowKeys = cells.map((row) => row.map(cellKey).join(''));
  const columnCount = cells[0]?.length ?? 0;
  const columnKeys = Array.from({ length: columnCount }, (_, column) => cells.map((row) => cellKey(row[column])).join(''));
  return {
    address: rectAddress(rect),
    hash: fnv1a(rowKeys.join('\u001e')),
    rows: rowKeys.map(fnv1a).join(''),
    columns: columnKeys.map(fnv1a).join(''),
  };
}

export type Difference =
  | { kind: 'resized'; was: string; now: string }
  /** The smallest rectangle holding every changed cell, and how many cells changed at most. */
  | { kind: 'edited'; address: string; rows: number; columns: number };

const chunks = (text: string) => text.match(new RegExp(`.{${HEX}}`, 'g')) ?? [];

/** How the table now differs from what was written; null when it is unchanged. */
export function compareFingerprint(written: Fingerprint, rect: Rect, cells: readonly (readonly unknown[])[]): Difference | null {
  const now = fingerprint(rect, cells);
  if (now.address !== written.address) return { kind: 'resized', was: written.address, now: now.address };
  if (now.hash === written.hash) return null;
  const changed = (a: string, b: string) => chunks(a).flatMap((chunk, index) => (chunk !== chunks(b)[index] ? [index] : []));
  const rows = changed(written.rows, now.rows);
  const columns = changed(written.columns, now.columns);
  if (rows.length === 0 || columns.length === 0) return { kind: 'edited', address: now.address, rows: rect.rows, columns: rect.columns };
  const box: Rect = {
    row: rect.row + Math.min(...rows),
    column: rect.column + Math.min(...columns),
    rows: Math.max(...rows) - Math.min(...rows) + 1,
    columns: Math.max(...columns) - Math.min(...columns) + 1,
  };
  return { kind: 'edited', address: rectAddress(box), rows: rows.length, columns: columns.length };
}
