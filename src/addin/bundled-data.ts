// The data webpack bundles with the pane, validated at build time (src/node/bundle-data.ts: the
// same loadDataset and parseReleaseInfo as `npm run validate` and the exporter), so the pane ships
// no validator and no zod. The task pane and the worksheet functions share the one ScoData made
// from it.
//
// Split in two: what the first screen reads is inlined in the pane's script; provenance (the
// sources and conflicts tables, read by no view the first screen shows) is its own chunk, fetched
// from the add-in's own origin only when a table needs it (bundledDataWithProvenance).
import { createScoData, type Dataset, type ReleaseInfo, type ScoData, type TableId } from '../core';

/**
 * The dataset's tables kept out of the first screen's script: provenance (sources, conflicts), and
 * the councils' meetings, attendance, documents and applications, which no first-screen view reads
 * (together about 25 KB gzipped: with them inline the first screen passed its 90 KB budget).
 */
export const PROVENANCE_TABLES = [
  'sources',
  'conflicts',
  'headsOfGovernmentMeetings',
  'foreignMinistersMeetings',
  'summitAttendance',
  'documents',
  'applications',
] as const satisfies readonly (keyof Dataset)[];
export type FirstScreenDataset = Omit<Dataset, (typeof PROVENANCE_TABLES)[number]>;

/** The views that read those tables: the pane loads the chunk before it plans them. */
const PROVENANCE_VIEWS: readonly TableId[] = ['sources', 'conflicts', 'heads_of_government_meetings', 'foreign_ministers_meetings', 'summit_attendance', 'documents', 'applications'];

export function needsProvenance(table: TableId): boolean {
  return PROVENANCE_VIEWS.includes(table);
}

declare const __SCO_BUNDLE__: { dataset: FirstScreenDataset; release: ReleaseInfo };

export interface BundledData {
  data: ScoData;
  release: ReleaseInfo;
}

let bundle: { dataset: FirstScreenDataset; release: ReleaseInfo } | undefined;
let firstScreen: BundledData | undefined;
let complete: Promise<BundledData> | undefined;

// Named once: webpack writes the whole bundle at every mention of __SCO_BUNDLE__.
const inlined = () => (bundle ??= __SCO_BUNDLE__);

/**
 * The first screen's data. Its dataset has no provenance: reading `sources` or `conflicts` throws
 * (never an empty list, which would read as "no sources"); use bundledDataWithProvenance.
 */
export function bundledData(): BundledData {
  if (firstScreen === undefined) {
    const { dataset: tables, release } = inlined();
    const dataset = { ...tables } as Dataset;
    for (const table of PROVENANCE_TABLES) {
      Object.defineProperty(dataset, table, {
        enumerable: false,
        get() {
          throw new Error(`the ${table} table is in the provenance chunk: use bundledDataWithProvenance()`);
        },
      });
    }
    firstScreen = { data: createScoData(dataset), release };
  }
  return firstScreen;
}

/** The whole dataset: loads the provenance chunk (once) from the add-in's origin. */
export function bundledDataWithProvenance(): Promise<BundledData> {
  complete ??= import(/* webpackChunkName: "provenance" */ './bundled-provenance').then(
    ({ provenance }) => ({ data: createScoData({ ...inlined().dataset, ...provenance }), release: inlined().release }),
    (error: unknown) => {
      complete = undefined; // a failed fetch may be tried again
      throw error;
    },
  );
  return complete;
}
