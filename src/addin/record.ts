// What the add-in remembers about a table it inserted, kept in the workbook's settings: the proof
// that the add-in made it (the table's stable id, Table.id, and a fingerprint of what was written),
// and enough for Refresh to re-fill it the same way. A record is found by the table's id, never by
// its name: a user may rename the table, and may give their own table the name ours once had.
import { CHARTS, LANGUAGES, STATUSES, SUMMIT_SERIES, type ChartId } from '../core';
import type { Fingerprint } from './fingerprint';
import { ADDIN_TABLES, type InsertOptions } from './options';

export const RECORD_PREFIX = 'sco-data:';

export interface InsertRecord {
  format: 2;
  /** Random, made at insert: the settings key, before Excel has given the table its id. */
  nonce: string;
  /** Table.id, once the add-in has read it back from Excel; null only between an insert and the next round trip. */
  tableId: string | null;
  /** Worksheet.id of the table's sheet; null until known (a new sheet gets its id in the insert). */
  sheetId: string | null;
  /** The name the table was given: shown in the pane, and used (with the fingerprint) only to find a record's table before its id is bound. */
  name: string;
  options: InsertOptions;
  /** The caption lines written above the header row: Refresh rewrites them only while they still read so. */
  caption: string[];
  /** The header and body as written: Refresh refuses a table that no longer matches it. */
  fingerprint: Fingerprint;
  /** The dataset version the table was last filled from. */
  version: string;
  /** The chart drawn beside the table, which Refresh points at the new rows; its Chart.id once read back. */
  chart?: ChartId;
  chartId?: string | null;
}

// A stored value is checked field by field and rebuilt from the known fields only, so that nothing
// another add-in or a user wrote under our prefix is trusted or carried along. (Hand-written, not
// zod: the pane would ship 24 KB of zod for this one check.)
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isName = (value: unknown): value is string => isText(value) && value.length > 0;
const isIdOrNull = (value: unknown): value is string | null => value === null || isName(value);
const isOneOf =
  <T extends string>(all: readonly T[]) =>
  (value: unknown): value is T =>
    isText(value) && (all as readonly string[]).includes(value);
const isListOf =
  <T>(item: (value: unknown) => value is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(item);
const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
const NONCE = /^[0-9a-f]{16,32}$/;
const CHART_IDS = Object.keys(CHARTS) as ChartId[];

/** An optional field: absent stays absent; present, it must pass `check`. */
function optional<T>(source: Json, key: string, check: (value: unknown) => value is T, into: Json): boolean {
  if (!(key in source) || source[key] === undefined) return true;
  if (!check(source[key])) return false;
  into[key] = source[key];
  return true;
}

function decodeOptions(value: unknown): InsertOptions | null {
  if (!isObject(value) || !isOneOf(ADDIN_TABLES)(value.table) || !isOneOf(LANGUAGES)(value.lang) || typeof value.sources !== 'boolean') return null;
  const options: Json = { table: value.table, lang: value.lang };
  const valid =
    optional(value, 'asOf', isText, options) &&
    optional(value, 'statuses', isListOf(isOneOf(STATUSES)), options) &&
    optional(value, 'fromYear', isInteger, options) &&
    optional(value, 'toYear', isInteger, options) &&
    optional(value, 'series', isListOf(isOneOf(SUMMIT_SERIES)), options);
  options.sources = value.sources;
  return valid ? (options as unknown as InsertOptions) : null;
}

function decodeFingerprint(value: unknown): Fingerprint | null {
  if (!isObject(value) || !isText(value.address) || !isText(value.hash) || !isText(value.rows) || !isText(value.columns)) return null;
  return { address: value.address, hash: value.hash, rows: value.rows, columns: value.columns };
}

function decodeFields(value: unknown): InsertRecord | null {
  if (!isObject(value) || value.format !== 2 || !isText(value.nonce) || !NONCE.test(value.nonce)) return null;
  if (!isIdOrNull(value.tableId) || !isIdOrNull(value.sheetId) || !isName(value.name) || !isListOf(isText)(value.caption) || !isText(value.version)) return null;
  const options = decodeOptions(value.options);
  const fingerprint = decodeFingerprint(value.fingerprint);
  if (options === null || fingerprint === null) return null;
  const record: Json = { format: 2, nonce: value.nonce, tableId: value.tableId, sheetId: value.sheetId, name: value.name, options, caption: value.caption, fingerprint, version: value.version };
  if (!optional(value, 'chart', isOneOf(CHART_IDS), record) || !optional(value, 'chartId', isIdOrNull, record)) return null;
  return record as unknown as InsertRecord;
}

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
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  return decodeFields(parsed);
}

/** 16 random hex digits from the platform's generator (the pane and Node both have crypto.getRandomValues). */
export function newNonce(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(8))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
