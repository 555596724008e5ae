// The data webpack bundles with the pane (validated at build time: src/node/bundle-data.ts). The
// task pane and the worksheet functions share the one ScoData made from it.
import { createScoData, parseReleaseInfo, type Dataset, type ReleaseInfo, type ScoData } from '../core';

declare const __SCO_BUNDLE__: { dataset: Dataset; release: unknown; version: string };

export interface BundledData {
  data: ScoData;
  release: ReleaseInfo;
}

let loaded: BundledData | undefined;

export function bundledData(): BundledData {
  if (loaded === undefined) {
    // Named once: webpack writes the whole bundle at every mention of __SCO_BUNDLE__.
    const bundle = __SCO_BUNDLE__;
    loaded = { data: createScoData(bundle.dataset), release: parseReleaseInfo(bundle.release, bundle.version) };
  }
  return loaded;
}
