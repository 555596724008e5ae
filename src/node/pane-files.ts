// Which built files the task pane's first screen loads: the scripts taskpane.html names (the entry,
// the runtime, the shared chunk and functions.js), read from the built HTML rather than listed by
// hand, so a new static import lands in the count. Other .js files in dist/ are chunks loaded later.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PaneScripts {
  /** Same-origin scripts taskpane.html loads, in its order (office.js from Microsoft's CDN is not ours). */
  firstScreen: string[];
  /** Every other .js file of the build: loaded on demand. */
  later: string[];
}

export function paneScripts(dist: string): PaneScripts {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  // The built HTML is minified: an attribute's value may be quoted or not.
  const sources = [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
  const firstScreen = sources.filter((src) => !/^[a-z]+:/i.test(src) && !src.startsWith('//'));
  const later = readdirSync(dist)
    .filter((name) => name.endsWith('.js') && !firstScreen.includes(name))
    .sort();
  return { firstScreen, later };
}

/** Bytes of the files once gzipped at level 9, as a server would send them. */
export function gzippedBytes(dist: string, files: readonly string[]): number {
  return files.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name)), { level: 9 }).length, 0);
}
