// `npm run docs`: redraws docs/membership_timeline.svg, the chart the project README shows, from
// the bundled data, and regenerates the column list of data/README.md from the declarations (a
// test fails while either committed copy differs from a fresh one).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReleaseInfo, withGeneratedColumns } from '../core';
import { DEFAULT_DATA_DIR, loadDataDir } from '../node/data-dir';
import { renderChart } from './charts';

export const ROOT = join(__dirname, '..', '..');
export const DOCS_CHART = join(ROOT, 'docs', 'membership_timeline.svg');
export const DATA_README = join(ROOT, 'data', 'README.md');

/** The README's chart as the bundled data draws it now. */
export function docsChartSvg(): string {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const release = parseReleaseInfo(JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'release.json'), 'utf8')), version);
  return renderChart(loadDataDir(DEFAULT_DATA_DIR), 'membership_timeline', release).svg;
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
}
