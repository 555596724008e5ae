// What the add-in remembers about a table it inserted, kept in the workbook's settings: the proof
// that the add-in made it (the table's stable id, Table.id, and a fingerprint of what was written),
// and enough for Refresh to re-fill it the same way. A record is found by the table's id, never by
// its name: a user may rename the table, and may give their own table the name ours once had.
import { z } from 'zod';
import { CHARTS, LANGUAGES, STATUSES, SUMMIT_SERIES, type ChartId } from '../core';
import type { Fingerprint } from './fingerprint';
import { ADDIN_TABLES, type InsertOptions } from './options';

export const RECORD_PREFIX = 'sco-data:';

const RecordSchema = z.object({
  format: z.literal(2),
  /** Random, made at insert: the settings key, before Excel has given the table its id. */
  nonce: z.string().regex(/^[0-9a-f]{16,32}$/),
  /** Table.id, once the add-in has read it back from Excel; null only between an insert and the next round trip. */
  tableId: z.string().min(1).nullable(),
  /** Worksheet.id of the table's sheet; null until known (a new sheet gets its id in the insert). */
  sheetId: z.string().min(1).nullable(),
  /** The name the table was given: shown in the pane, and used (with the fingerprint) only to find a record's table before its id is bound. */
  name: z.string().min(1),
  options: z.object({
    table: z.enum(ADDIN_TABLES),
    lang: z.enum(LANGUAGES),
    asOf: z.string().optional(),
    statuses: z.array(z.enum(STATUSES)).optional(),
    fromYear: z.number().int().optional(),
    toYear: z.number().int().optional(),
    series: z.array(z.enum(SUMMIT_SERIES)).optional(),
    sources: z.boolean(),
  }),
  /** The caption lines written above the header row: Refresh rewrites them only while they still read so. */
  caption: z.array(z.string()),
  /** The header and body as written: Refresh refuses a table that no longer matches it. */
  fingerprint: z.object({ address: z.string(), hash: z.string(), rows: z.string(), columns: z.string() }),
  /** The dataset version the table was last filled from. */
  version: z.string(),
  /** The chart drawn beside the table, which Refresh points at the new rows; its Chart.id once read back. */
  chart: z.enum(Object.keys(CHARTS) as [ChartId, ...ChartId[]]).optional(),
  chartId: z.string().min(1).nullable().optional(),
});

export type InsertRecord = z.infer<typeof RecordSchema> & { options: InsertOptions; fingerprint: Fingerprint };

export function recordKey(nonce: string): string {
  return RECORD_PREFIX + nonce;
}

export function isRecordKey(key: string): boolean {
  return key.startsWith(RECORD_PREFIX);
}

export function encodeRecord(record: InsertRecord): string {
  return JSON.stringify(record);
}

/** The record, or null when the stored value is not one this add-in wrote (so it is never trusted). */
export function decodeRecord(value: unknown): InsertRecord | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(value));
    return parsed.success ? (parsed.data as InsertRecord) : null;
  } catch {
    return null;
  }
}

/** 16 random hex digits from the platform's generator (the pane and Node both have crypto.getRandomValues). */
export function newNonce(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(8))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
