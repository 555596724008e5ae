// The provenance tables (sources, conflicts) as webpack bundles them: its own chunk, loaded by
// bundledDataWithProvenance (bundled-data.ts) when a table needs it, never by the first screen.
import type { Dataset } from '../core';
import type { PROVENANCE_TABLES } from './bundled-data';

export type Provenance = Pick<Dataset, (typeof PROVENANCE_TABLES)[number]>;

declare const __SCO_PROVENANCE__: Provenance;

export const provenance: Provenance = __SCO_PROVENANCE__;
