// What a release says about itself: title, version, dates, licences, and how to cite it.
import { z } from 'zod';
import { isRealDate, precisionOf } from './dates';

const day = z.string().refine((text) => precisionOf(text) === 'day' && isRealDate(text), { error: 'must be a YYYY-MM-DD date' });

export const ReleaseInfoFile = z.object({
  title: z.string().min(1),
  /** The day the release is dated (never the clock). */
  release_date: day,
  /** The day the facts were last checked: rosters and panels hold up to this day. */
  data_as_of: day,
  /** A person (given/family names, ORCID) or an entity (name only). */
  authors: z
    .array(
      z.object({
        name: z.string().min(1),
        given_names: z.string().min(1).optional(),
        family_names: z.string().min(1).optional(),
        orcid: z.url().optional(),
        affiliation: z.string().min(1).optional(),
      }),
    )
    .min(1),
  /** Where the release is published, once it has a public home. */
  repository: z.url().optional(),
  /**
   * The DOI the archive (Zenodo) minted for this version; empty until it exists. Zenodo mints it
   * when it archives a GitHub release: copy it here and re-export, so every file cites it.
   */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a DOI such as 10.5281/zenodo.1234567' })
    .optional(),
  licence_data: z.literal('CC-BY-4.0'),
  licence_code: z.literal('MIT'),
});

export type ReleaseInfo = z.infer<typeof ReleaseInfoFile> & { version: string };

/** Parses data/release.json; `version` comes from package.json so it is stated once. */
export function parseReleaseInfo(json: unknown, version: string): ReleaseInfo {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new RangeError(`version "${version}" is not X.Y.Z`);
  return { ...ReleaseInfoFile.parse(json), version };
}
