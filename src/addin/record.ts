// What the add-in remembers about a table it inserted, kept in the workbook's settings under the
// table's name: enough for Refresh to re-fill it the same way, and the proof that the add-in made it.
import { z } from 'zod';
import { CHARTS, LANGUAGES, STATUSES, SUMMIT_SERIES, type ChartId } from '../core';
import { ADDIN_TABLES, type InsertOptions } from './options';

export const RECORD_PREFIX = 'sco-data:';

const RecordSchema = z.object({
  format: z.literal(1),
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
  /** Body rows written: a table of another size was changed by the user, and Refresh leaves it alone. */
  rows: z.number().int().min(1),
  /** The dataset version the table was last filled from. */
  version: z.string(),
  /** The chart drawn beside the table (named after it), which Refresh points at the new rows. */
  chart: z.enum(Object.keys(CHARTS) as [ChartId, ...ChartId[]]).optional(),
});

export type InsertRecord = z.infer<typeof RecordSchema> & { options: InsertOptions };

export function recordKey(tableName: string): string {
  return RECORD_PREFIX + tableName;
}

/** The table name a settings key records, or null for a key that is not the add-in's. */
export function tableNameOfKey(key: string): string | null {
  return key.startsWith(RECORD_PREFIX) && key.length > RECORD_PREFIX.length ? key.slice(RECORD_PREFIX.length) : null;
}

export function encodeRecord(record: InsertRecord): string {
  return JSON.stringify(record);
}

/** The record, or null when the stored value is not one this add-in wrote (so it is never trusted). */
export function decodeRecord(value: unknown): InsertRecord | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
