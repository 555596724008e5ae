// Which tables in the workbook are the add-in's: a pure decision over what one round trip read
// (the settings and the workbook's tables by id). A table whose id is in no record is never the
// add-in's, whatever its name. Records whose table is gone are pruned.
import { compareFingerprint } from './fingerprint';
import { decodeRecord, isRecordKey, type InsertRecord } from './record';
import { parseAddress, rectAddress } from './addresses';

export interface WorkbookTable {
  id: string;
  name: string;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

/** Ids Excel gave what an insert created, read back in that insert's own last round trip. */
export interface BoundIds {
  tableId: string;
  chartId: string | null;
}

/** What the pane lists and refreshes. */
export interface InsertedTable {
  /** Table.id. */
  id: string;
  /** The table's name now (the user may have renamed it). */
  name: string;
  key: string;
  record: InsertRecord;
}

export interface Ownership {
  owned: InsertedTable[];
  /** Settings to delete: their table is gone. */
  prune: string[];
  /** Records to store again, now carrying their table's id. */
  bind: { key: string; record: InsertRecord }[];
  /**
   * Records written before their table had an id, from an earlier session: bound only to a table
   * on the recorded sheet, at the recorded address, whose cells all match the fingerprint
   * (`verifyCandidate`). The name plays no part: the user may have renamed the table meanwhile.
   */
  candidates: { key: string; record: InsertRecord }[];
}

/**
 * Sorts the settings out against the tables present. `known` holds the ids this session read back
 * from its own inserts, by record nonce: the proof for a record written before its table had an id.
 */
export function resolveOwnership(settings: readonly StoredSetting[], tables: readonly WorkbookTable[], known: ReadonlyMap<string, BoundIds>): Ownership {
  const byId = new Map(tables.map((table) => [table.id, table]));
  const result: Ownership = { owned: [], prune: [], bind: [], candidates: [] };
  for (const { key, value } of settings) {
    if (!isRecordKey(key)) continue;
    const record = decodeRecord(value);
    if (record === null) continue;
    let tableId = record.tableId;
    let bound = record;
    if (tableId === null) {
      const ids = known.get(record.nonce);
      if (ids === undefined) {
        result.candidates.push({ key, record });
        continue;
      }
      tableId = ids.tableId;
      bound = { ...record, tableId, chartId: record.chart ? ids.chartId : record.chartId };
    }
    const table = byId.get(tableId);
    if (table === undefined) {
      result.prune.push(key);
      continue;
    }
    if (bound !== record) result.bind.push({ key, record: bound });
    result.owned.push({ id: table.id, name: table.name, key, record: bound });
  }
  result.owned.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return result;
}

/** A table as the check of an unbound record reads it: where it is, and its header and body. */
export interface PlacedTable {
  sheetId: string;
  /** Its range's address (Range.address, with or without the sheet part). */
  address: string;
}

/** The table at the place an unbound record names, if any: same sheet, same address. */
export function tableAtRecord<T extends PlacedTable>(record: InsertRecord, tables: readonly T[]): T | undefined {
  return tables.find((table) => record.sheetId !== null && table.sheetId === record.sheetId && rectAddress(parseAddress(table.address)) === record.fingerprint.address);
}

/** An unbound record's claim on the table at its place holds only when every cell is as written. */
export function verifyCandidate(record: InsertRecord, table: PlacedTable & { formulas: unknown[][] }): boolean {
  if (tableAtRecord(record, [table]) === undefined) return false;
  return compareFingerprint(record.fingerprint, parseAddress(table.address), table.formulas) === null;
}
