// What webpack bundles with the task pane: the dataset already validated (by the same code as
// `npm run validate`) and the release metadata, as JSON. A build of invalid data fails here with
// every problem, and the pane starts from checked facts without parsing CSV in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadDataset, parseReleaseInfo, type Dataset } from '../core';
import { readDataFiles } from './data-dir';

export interface DataBundle {
  dataset: Dataset;
  /** release.json as written; the pane parses it with the version. */
  release: unknown;
  version: string;
}

export function dataBundle(dataDir: string, version: string): DataBundle {
  const result = loadDataset(readDataFiles(dataDir), `${dataDir}/`);
  if (!result.ok) throw new Error(`the data to bundle is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  const release: unknown = JSON.parse(readFileSync(join(dataDir, 'release.json'), 'utf8'));
  parseReleaseInfo(release, version);
  return { dataset: result.dataset, release, version };
}
