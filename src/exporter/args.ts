// The exporter's command line: parsed and checked before anything is read or written.
import { parseArgs } from 'node:util';
import { LANGUAGES, isRealDate, precisionOf, type Language } from '../core';
import { ExportError, type ExportProblem } from './problems';

export interface ExportArgs {
  out: string;
  /** No --out given: the default's missing parent (dist/) may be created. */
  outIsDefault: boolean;
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
CHANGELOG.md, CITATION.cff, SHA256SUMS) from the data directory. Invalid data or options write nothing
(exit 1).

Options:
  --out DIR          where the release goes (default: ${DEFAULT_OUT}): a new or empty folder, or an
                     earlier release holding only the files this exporter wrote there; it is
                     replaced only once the new one is complete. Anything else is refused.
  --version X.Y.Z    the release version (default: the version in package.json)
  --date YYYY-MM-DD  the release date (default: release_date in release.json; never the clock);
                     not before data_as_of in release.json, later dates are accepted
  --lang en|ru|zh    language of the workbook's headers and country names (default: en; the CSV
                     files always keep their English column names)
  --previous DIR     an earlier release: also write changes.csv and summarise it in CHANGELOG.md
  --data DIR         the data directory (default: the package's data/); release.json is read from
                     it when present, else from the package's data/
  --help             print this text
`;

const OPTIONS = {
  out: { type: 'string' },
  version: { type: 'string' },
  date: { type: 'string' },
  lang: { type: 'string' },
  previous: { type: 'string' },
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

// X.Y.Z as semver numbers: no leading zeros, no pre-release or build suffix.
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Checks the whole command line; throws ExportError with the first mistake found. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  let tokens;
  try {
    ({ tokens } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, tokens: true, options: OPTIONS }));
  } catch (error) {
    throw new ExportError(parseArgsProblem(error as Error & { code?: string }, argv));
  }
  const values: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    // The last of two --out values would silently win: a mistake worth naming.
    if (token.name in values) throw new ExportError({ code: 'repeated_option', option: `--${token.name}` });
    values[token.name] = token.value ?? true;
  }
  const string = (name: string) => values[name] as string | undefined;
  const [out, version, date, lang = 'en', previous, data] = ['out', 'version', 'date', 'lang', 'previous', 'data'].map(string);
  for (const [name, value] of Object.entries({ out, previous, data })) {
    if (value !== undefined && value.trim() === '') throw new ExportError({ code: 'empty_value', option: `--${name}` });
  }
  if (version !== undefined && !VERSION.test(version)) throw new ExportError({ code: 'bad_version', value: version });
  if (date !== undefined && !(precisionOf(date) === 'day' && isRealDate(date))) throw new ExportError({ code: 'bad_date', value: date });
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new ExportError({ code: 'bad_lang', value: lang, languages: LANGUAGES.join(', ') });
  return { out: out ?? DEFAULT_OUT, outIsDefault: out === undefined, version, date, lang: lang as Language, previous, data, help: values.help === true };
}

/** node:util's parse errors, as problems (its own messages are long and name no fix). */
function parseArgsProblem(error: Error & { code?: string }, argv: readonly string[]): ExportProblem {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { code: 'unexpected_argument', argument: quoted || String(argv.find((arg) => !arg.startsWith('-'))) };
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "Option '--out <value>' argument missing", or a value given to --help.
    const option = /--[a-z]+/.exec(error.message)?.[0] ?? quoted;
    return option === '--help' ? { code: 'unexpected_argument', argument: argv.find((arg) => arg.startsWith('--help='))?.slice(7) ?? '' } : { code: 'missing_value', option };
  }
  return { code: 'unknown_option', option: quoted || String(argv[0]) };
}
