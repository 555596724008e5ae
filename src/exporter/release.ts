// Builds a release: check the target, validate the data, render every file in memory, then hand
// them to publish.ts, which writes them beside the target and swaps them into place under a lock.
// Invalid data, bad options or any failure leave an earlier release exactly as it was.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CHANGES_TEMPLATE, CHARTS, LANGUAGES, TABLE_IDS, isYearlyTable, type ChartId, parseReleaseInfo, tableData, type Language, type ReleaseInfo, type TableData, type TableId } from '../core';
import { DEFAULT_DATA_DIR, loadDataDir } from '../node/data-dir';
import { CHANGELOG_FILE, changelogText, type PreviousRelease } from './changelog';
import { releaseChanges, type ChangeRow } from './changes';
import { renderChart, type RenderedChart } from './charts';
import { byteLength, CHECKSUMS_FILE, checksumsText, sha256, type FileBytes } from './checksums';
import { CITATION_FILE, JSONLD_FILE, citationCff, datasetJsonLd } from './citation';
import { csvBytes } from './csv';
import { CODEBOOK_FILE, codebookFile, codebookText } from './codebook';
import { CODINGS, dataPackage, type WrittenCsv } from './datapackage';
import { PYTHON_LOADER, R_LOADER, STATA_LOADER, pythonLoader, rLoader, stataLoader } from './loaders';
import { POWER_QUERY_LOADER, powerQueryLoader } from './powerquery';
import { README_FILE, releaseReadme, type ReadmeFile } from './release-readme';
import { versionTooSmall } from './versioning';
import { WORKBOOK_FILE, workbookFile } from './xlsx';
import { ExportError } from './problems';
import { prepareTarget, publishRelease, reachedPoint } from './publish';
import { RELEASE_MARKER, TOOL, releaseMarkerText } from './publish-plan';

const PACKAGE_JSON = join(__dirname, '..', '..', 'package.json');

/** The package's version: the exporter's own, and a release's unless --version says otherwise. */
export const packageVersion = (): string => (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;

/** The published tables of a release: every table but the roster, which is a view for one day. */
export const RELEASE_TABLES = TABLE_IDS.filter((id): id is Exclude<TableId, 'roster'> => id !== 'roster');
export const DATAPACKAGE_FILE = 'datapackage.json';
export const CHANGES_FILE = 'changes.csv';

export interface ReleaseOptions {
  out: string;
  dataDir?: string;
  version: string;
  /** Overrides release_date in release.json. */
  date?: string;
  lang?: Language;
  previous?: string;
  /** Create a missing parent of `out` (only for the default dist/release: a typo must not make folders). */
  createParent?: boolean;
  onProgress?: (step: string) => void;
}

export interface WrittenFile {
  path: string;
  bytes: number;
  /** Data rows, for a table. */
  rows?: number;
}

export interface ReleaseResult {
  dir: string;
  release: ReleaseInfo;
  files: WrittenFile[];
}

/** A release that cannot be made for a reason the user can fix; the message says how. */
export class ReleaseError extends Error {}

export async function buildRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const progress = options.onProgress ?? (() => {});
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const out = resolve(options.out);
  const release = readReleaseInfo(dataDir, options.version, options.date);
  if (!statSync(dataDir, { throwIfNoEntry: false })?.isDirectory()) throw new ExportError({ code: 'data_not_directory', path: options.dataDir ?? dataDir });
  if (isInside(out, dataDir)) throw new ExportError({ code: 'out_inside_data', path: options.out, data: options.dataDir ?? dataDir });
  prepareTarget(out, { createParent: options.createParent ?? false });
  await reachedPoint('build');

  progress('validating the data');
  const data = loadDataDir(dataDir, `${options.dataDir ?? 'data'}/`.replace(/\/+$/, '/'));
  // The panels run to the year the data holds for; the other tables have no year range.
  const toYear = Number(release.data_as_of.slice(0, 4));
  const lang = options.lang ?? 'en';
  const tablesIn = (language: Language) => RELEASE_TABLES.map((id) => tableData(data, id, { lang: language, ...(isYearlyTable(id) ? { toYear, until: release.data_as_of } : {}) }));
  // The CSV files always name countries in English; the workbook in the language asked for.
  const tables = tablesIn('en');

  const files = new Map<string, FileBytes>();
  // Each file is hashed once (the Data Package, SHA256SUMS and the marker all list the hashes):
  // at 100x the bundled rows the release holds about 240 MB.
  const hashes = new Map<string, string>();
  const hashOf = (path: string) => hashes.get(path) ?? hashes.set(path, sha256(files.get(path)!)).get(path)!;
  const rows = new Map<string, number>();
  const csvs: WrittenCsv[] = [];
  const addCsv = (table: TableData, path: string, bytes: Buffer) => {
    files.set(path, bytes);
    rows.set(path, table.rows.length);
    csvs.push({ template: table.template, path, bytes: bytes.length, sha256: hashOf(path) });
  };
  progress('writing the CSV files');
  const rendered = tables.map((table) => ({ table, bytes: csvBytes(table) }));
  for (const { table, bytes } of rendered) addCsv(table, `csv/${table.template.id}.csv`, bytes);

  let changes: ChangeRow[] | null = null;
  let previous: PreviousRelease & { descriptor?: string } = {};
  if (options.previous !== undefined) {
    progress(`comparing with ${options.previous}`);
    changes = releaseChanges(
      options.previous,
      rendered.map(({ table, bytes }) => ({ table, csv: bytes.toString('utf8') })),
    );
    previous = readPreviousRelease(options.previous);
    const tooSmall = versionTooSmall(
      release.version,
      previous.descriptor,
      tables.map((table) => table.template),
      changes,
      JSON.stringify(CODINGS),
    );
    if (tooSmall !== null) throw new ReleaseError(tooSmall);
    const table = { template: CHANGES_TEMPLATE, rows: changes };
    addCsv(table, CHANGES_FILE, csvBytes(table));
  }

  progress('drawing the charts');
  // Every chart in every language, whatever --lang says: the release serves readers of all three.
  const charts = Object.keys(CHARTS).flatMap((id) => LANGUAGES.map((language) => renderChart(data, id as ChartId, release, language)));
  for (const chart of charts) {
    files.set(chart.svgPath, chart.svg);
    files.set(chart.pngPath, chart.png);
  }

  progress(`building ${WORKBOOK_FILE}`);
  // The README sheet shows the timeline chart in the workbook's language.
  const timeline = charts.find((chart) => chart.lang === lang);
  const picture = timeline && { png: timeline.png, width: timeline.width, height: timeline.height };
  files.set(WORKBOOK_FILE, await workbookFile(release, lang === 'en' ? tables : tablesIn(lang), lang, picture));

  files.set(DATAPACKAGE_FILE, `${JSON.stringify(dataPackage(release, csvs), null, 2)}\n`);
  files.set(CITATION_FILE, citationCff(release));
  files.set(
    JSONLD_FILE,
    datasetJsonLd(
      release,
      csvs.map((csv) => csv.path),
    ),
  );
  const declared = tables.map((table) => table.template);
  // The codebook in every language, whatever --lang says (like the charts).
  for (const language of LANGUAGES) files.set(codebookFile(language), codebookText(release, declared, language));
  files.set(R_LOADER, rLoader(declared));
  files.set(STATA_LOADER, stataLoader(declared));
  files.set(PYTHON_LOADER, pythonLoader(declared));
  files.set(POWER_QUERY_LOADER, powerQueryLoader(declared));
  files.set(CHANGELOG_FILE, changelogText(release, changes, previous));
  files.set(README_FILE, releaseReadme(release, readmeEntries(csvs, rows, changes !== null, charts), lang));
  files.set(CHECKSUMS_FILE, checksumsText(new Map([...files.keys()].map((path) => [path, hashOf(path)]))));
  const marked = [...files].map(([path, content]) => ({ path, bytes: byteLength(content), sha256: hashOf(path) }));
  const published = new Map(files).set(RELEASE_MARKER, releaseMarkerText({ tool: TOOL, tool_version: packageVersion(), release_version: release.version, files: marked }));

  progress(`writing ${out}`);
  await publishRelease(out, published, { createParent: options.createParent ?? false });
  const written = [...files].map(([path, content]) => ({ path, bytes: byteLength(content), rows: rows.get(path) }));
  return { dir: out, release, files: written.sort((a, b) => a.path.localeCompare(b.path)) };
}

/**
 * True when `path` lies inside `dir` (links resolved): a release there would make the data folder
 * invalid, as every entry it does not know is refused.
 */
function isInside(path: string, dir: string): boolean {
  const parent = dirname(path);
  const real = existsSync(parent) ? join(realpathSync(parent), basename(path)) : path;
  const fromDir = relative(realpathSync(dir), real);
  // `..rel` is a folder inside `dir`; only `..` itself or `../...` leads out of it.
  const leavesDir = fromDir === '..' || fromDir.startsWith(`..${sep}`) || isAbsolute(fromDir);
  return fromDir !== '' && !leavesDir;
}

/** release.json from the data directory, else the package's; --version and --date override it. */
function readReleaseInfo(dataDir: string, version: string, date: string | undefined): ReleaseInfo {
  const own = join(dataDir, 'release.json');
  const file = existsSync(own) ? own : join(DEFAULT_DATA_DIR, 'release.json');
  let info: ReleaseInfo;
  try {
    info = parseReleaseInfo(JSON.parse(readFileSync(file, 'utf8')), version);
  } catch (error) {
    throw new ReleaseError(`${file}: ${(error as Error).message} (fix the release metadata)`);
  }
  if (date === undefined) return info;
  // Dated later than release.json is allowed (a release cut ahead); earlier than the facts is not.
  if (date < info.data_as_of) throw new ExportError({ code: 'date_before_data', value: date, dataAsOf: info.data_as_of });
  return { ...info, release_date: date };
}

function readPreviousRelease(dir: string): PreviousRelease & { descriptor?: string } {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined);
  const descriptor = read(DATAPACKAGE_FILE);
  let version: string | undefined;
  try {
    version = descriptor === undefined ? undefined : (JSON.parse(descriptor) as { version?: string }).version;
  } catch {
    version = undefined;
  }
  return { version, changelog: read(CHANGELOG_FILE), descriptor };
}

/** The languages' names in the release README (which is in English). */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Russian', zh: 'Chinese' };

function readmeEntries(csvs: readonly WrittenCsv[], rows: ReadonlyMap<string, number>, withChanges: boolean, charts: readonly RenderedChart[]): ReadmeFile[] {
  return [
    { path: README_FILE, description: 'This file.' },
    { path: CHANGELOG_FILE, description: 'What changed in each release, dated.' },
    { path: CITATION_FILE, description: 'How to cite this release (Citation File Format).' },
    { path: CODEBOOK_FILE, description: 'Codebook: every variable, its type, its values with labels, the precision rules, the coding crosswalks and the panel rules.' },
    ...LANGUAGES.filter((language) => language !== 'en').map((language) => ({
      path: codebookFile(language),
      description: `The same codebook in ${LANGUAGE_NAMES[language]} (variable names and codes as in the CSV files).`,
    })),
    { path: R_LOADER, description: 'R loader: source() it, then sco_read("table") reads a CSV with its declared types and labelled factors.' },
    { path: STATA_LOADER, description: 'Stata loader: `do load/sco.do` writes every table as a labelled sco_<table>.dta.' },
    { path: PYTHON_LOADER, description: 'pandas loader: sco.read("table") reads a CSV with its declared dtypes and categoricals.' },
    {
      path: POWER_QUERY_LOADER,
      description:
        'Power Query (Excel, no add-in needed): paste it as a query named SCO_READ, set Release to this folder or its URL, then = SCO_READ("table") loads a CSV with its declared types; Data > Refresh All reads it again.',
    },
    { path: JSONLD_FILE, description: 'schema.org Dataset description (JSON-LD) for data catalogues and search engines.' },
    { path: DATAPACKAGE_FILE, description: 'Frictionless Data Package v2 descriptor: every column’s type and meaning, keys, sizes and hashes.' },
    { path: CHECKSUMS_FILE, description: 'SHA-256 of every other file (but .sco-data-release.json, the exporter’s list of what it wrote, which lists this one).' },
    { path: WORKBOOK_FILE, description: 'The same tables as an Excel workbook, with a README sheet and a data dictionary.' },
    ...csvs.map((csv) => ({ path: csv.path, rows: rows.get(csv.path), description: csv.template.description })),
    ...charts.flatMap((chart) =>
      chart.lang === 'en'
        ? [
            { path: chart.svgPath, description: `Chart: ${chart.template.title.en}, drawn from csv/${chart.template.table}.csv.`, image: true },
            { path: chart.pngPath, description: 'The same chart as a PNG image.' },
          ]
        : [
            { path: chart.svgPath, description: `The same chart in ${LANGUAGE_NAMES[chart.lang]}: ${chart.template.title[chart.lang]}.` },
            { path: chart.pngPath, description: `The ${LANGUAGE_NAMES[chart.lang]} chart as a PNG image.` },
          ],
    ),
  ].filter((entry) => withChanges || entry.path !== CHANGES_FILE);
}
