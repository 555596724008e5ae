// `npm run docs`: redraws docs/membership_timeline.svg, the chart the project README shows, from
// the bundled data (a test fails while the committed copy differs from a fresh one).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReleaseInfo } from '../core';
import { DEFAULT_DATA_DIR, loadDataDir } from '../node/data-dir';
import { renderChart } from './charts';

export const ROOT = join(__dirname, '..', '..');
export const DOCS_CHART = join(ROOT, 'docs', 'membership_timeline.svg');

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
}
