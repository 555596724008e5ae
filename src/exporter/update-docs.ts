// `npm run docs`: redraws docs/membership_timeline.svg, the chart the project README shows, from
// the bundled data, regenerates the column list of data/README.md from the declarations, and writes
// the root CITATION.cff and .zenodo.json from data/release.json (a test fails while a committed
// copy differs from a fresh one).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReleaseInfo, withGeneratedColumns } from '../core';
import { DEFAULT_DATA_DIR, loadDataDir } from '../node/data-dir';
import { renderChart } from './charts';
import { CITATION_FILE, ZENODO_FILE, citationCff, zenodoJson } from './citation';

export const ROOT = join(__dirname, '..', '..');
export const DOCS_CHART = join(ROOT, 'docs', 'membership_timeline.svg');
export const DATA_README = join(ROOT, 'data', 'README.md');

/** The release metadata of the repository as it stands: package.json's version, data/release.json. */
export function currentRelease() {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return parseReleaseInfo(JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'release.json'), 'utf8')), version);
}

/** The README's chart as the bundled data draws it now. */
export function docsChartSvg(): string {
  return renderChart(loadDataDir(DEFAULT_DATA_DIR), 'membership_timeline', currentRelease()).svg;
}

/** The repository's own citation files (CITATION.cff, .zenodo.json), from the same metadata as a release's. */
export function rootCitationFiles(): Record<string, string> {
  const release = currentRelease();
  return { [join(ROOT, CITATION_FILE)]: citationCff(release), [join(ROOT, ZENODO_FILE)]: zenodoJson(release) };
}

if (require.main === module) {
  const temporary = `${DOCS_CHART}.tmp`;
  writeFileSync(temporary, docsChartSvg());
  renameSync(temporary, DOCS_CHART);
  process.stdout.write(`wrote ${DOCS_CHART}\n`);
  const readme = `${DATA_README}.tmp`;
  writeFileSync(readme, withGeneratedColumns(readFileSync(DATA_README, 'utf8')));
  renameSync(readme, DATA_README);
  process.stdout.write(`wrote ${DATA_README}\n`);
  for (const [path, text] of Object.entries(rootCitationFiles())) {
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    process.stdout.write(`wrote ${path}\n`);
  }
}
