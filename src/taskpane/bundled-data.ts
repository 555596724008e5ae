// The data webpack bundles with the pane: every *.csv of the data directory as text and
// release.json as JSON (the directory is SCO_DATA_DIR at build time, data/ by default).
import { loadBundledData, type BundledData } from '../addin/dataset';

declare const __SCO_VERSION__: string;

interface WebpackContext {
  keys(): string[];
  (id: string): unknown;
}
declare global {
  interface ImportMeta {
    webpackContext(request: string, options: { recursive?: boolean; regExp?: RegExp }): WebpackContext;
  }
}

const csv = import.meta.webpackContext('sco-data-dir', { recursive: false, regExp: /^\.\/[a-z_]+\.csv$/ });
const release = import.meta.webpackContext('sco-data-dir', { recursive: false, regExp: /^\.\/release\.json$/ });

const text = (module: unknown) => (typeof module === 'string' ? module : String((module as { default: unknown }).default));

let loaded: BundledData | undefined;

/** The bundled data, validated once: the task pane and the worksheet functions share it. */
export function bundledData(): BundledData {
  if (loaded === undefined) {
    const files: Record<string, string> = {};
    for (const key of csv.keys()) files[key.replace(/^\.\//, '')] = text(csv(key));
    loaded = loadBundledData(files, release('./release.json'), __SCO_VERSION__);
  }
  return loaded;
}
