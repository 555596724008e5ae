// The data bundled with the task pane: the CSV texts and release.json, validated at startup by the
// same code as `npm run validate`, so a broken bundle says exactly what is wrong.
import { createScoData, formatProblem, loadDataset, parseReleaseInfo, type ReleaseInfo, type ScoData } from '../core';

export interface BundledData {
  data: ScoData;
  release: ReleaseInfo;
}

export class BundledDataError extends Error {}

export function loadBundledData(files: Readonly<Record<string, string>>, releaseJson: unknown, version: string): BundledData {
  const result = loadDataset(files, 'data/');
  if (!result.ok) {
    const shown = result.problems.slice(0, 5).map(formatProblem).join('\n');
    throw new BundledDataError(`the bundled data has ${result.problems.length} problem(s):\n${shown}`);
  }
  return { data: createScoData(result.dataset), release: parseReleaseInfo(releaseJson, version) };
}
