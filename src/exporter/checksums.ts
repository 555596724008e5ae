// SHA-256 checksums: the hash of a file's bytes, and the SHA256SUMS file in GNU coreutils format
// (`sha256sum -c SHA256SUMS` checks it).
import { createHash } from 'node:crypto';

export const CHECKSUMS_FILE = 'SHA256SUMS';

export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One "<hash>  <path>" line per file (text mode, two spaces), sorted by path. */
export function checksumsText(files: ReadonlyMap<string, string | Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${sha256(files.get(path)!)}  ${path}\n`)
    .join('');
}
