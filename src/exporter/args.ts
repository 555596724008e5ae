// The exporter's command line: parsed and checked before anything is read or written.
import { parseArgs } from 'node:util';
import { LANGUAGES, isRealDate, precisionOf, type Language } from '../core';

export interface ExportArgs {
  out: string;
  /** Undefined: package.json's version. */
  version?: string;
  /** Undefined: the release date in release.json (never the clock). */
  date?: string;
  lang: Language;
  previous?: string;
  /** Undefined: the bundled data/ directory. */
  data?: string;
  help: boolean;
}

export const DEFAULT_OUT = 'dist/release';

export const USAGE = `Usage: sco-data-export [options]   (npm run export -- [options])

Builds a complete, citable release (CSV files, sco-data.xlsx, datapackage.json, README.md,
CHANGELOG.md, CITATION.cff, SHA256SUMS) from the data directory. Invalid data writes nothing.

Options:
  --out DIR          where the release goes (default: ${DEFAULT_OUT}); an earlier release there is
                     replaced only once the new one is complete
  --version X.Y.Z    the release version (default: the version in package.json)
  --date YYYY-MM-DD  the release date (default: release_date in release.json; never the clock)
  --lang en|ru|zh    language of the workbook's headers and country names (default: en; the CSV
                     files always keep their English column names)
  --previous DIR     an earlier release: also write changes.csv and summarise it in CHANGELOG.md
  --data DIR         the data directory (default: the package's data/); release.json is read from
                     it when present, else from the package's data/
  --help             print this text
`;

/** A mistake on the command line: the message says what is wrong and how to fix it. */
export class UsageError extends Error {}

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        version: { type: 'string' },
        date: { type: 'string' },
        lang: { type: 'string' },
        previous: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (run with --help for the options)`);
  }
  const { out, version, date, lang = 'en', previous, data, help = false } = parsed;
  for (const [name, value] of Object.entries({ out, previous, data })) {
    if (value === '') throw new UsageError(`--${name} is empty (give a directory)`);
  }
  if (version !== undefined && !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new UsageError(`--version "${version}" is not a version (write X.Y.Z, e.g. 1.2.0)`);
  }
  if (date !== undefined && !(precisionOf(date) === 'day' && isRealDate(date))) {
    throw new UsageError(`--date "${date}" is not a calendar date (write YYYY-MM-DD, e.g. 2026-11-22)`);
  }
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang "${lang}" is not a workbook language (use one of: ${LANGUAGES.join(', ')})`);
  }
  return { out: out ?? DEFAULT_OUT, version, date, lang: lang as Language, previous, data, help };
}
