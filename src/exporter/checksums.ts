// SHA-256 checksums: the hash of a file's bytes, and the SHA256SUMS file in GNU coreutils format
// (`sha256sum -c SHA256SUMS` checks it).
import { createHash } from 'node:crypto';

export const CHECKSUMS_FILE = 'SHA256SUMS';

/**
 * A release file's content: text (written as UTF-8), bytes, or bytes in parts, written one after
 * another (the workbook: its re-headed zip points into the stream writer's bytes, not a copy).
 */
export type FileBytes = string | Uint8Array | readonly Uint8Array[];

export function sha256(bytes: FileBytes): string {
  const hash = createHash('sha256');
  for (const part of typeof bytes === 'string' || bytes instanceof Uint8Array ? [bytes] : bytes) hash.update(part);
  return hash.digest('hex');
}

export function byteLength(bytes: FileBytes): number {
  if (typeof bytes === 'string') return Buffer.byteLength(bytes);
  return bytes instanceof Uint8Array ? bytes.length : bytes.reduce((sum, part) => sum + part.length, 0);
}

/** One "<hash>  <path>" line per file (text mode, two spaces), sorted by path, from the files' hashes. */
export function checksumsText(hashes: ReadonlyMap<string, string>): string {
  return [...hashes.keys()]
    .sort()
    .map((path) => `${hashes.get(path)!}  ${path}\n`)
    .join('');
}
