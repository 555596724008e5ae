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
  authors: z.array(z.object({ name: z.string().min(1) })).min(1),
  /** Where the release is published, once it has a public home. */
  repository: z.url().optional(),
  licence_data: z.literal('CC-BY-4.0'),
  licence_code: z.literal('MIT'),
});

export type ReleaseInfo = z.infer<typeof ReleaseInfoFile> & { version: string };

/** Parses data/release.json; `version` comes from package.json so it is stated once. */
export function parseReleaseInfo(json: unknown, version: string): ReleaseInfo {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new RangeError(`version "${version}" is not X.Y.Z`);
  return { ...ReleaseInfoFile.parse(json), version };
}

/** A plain-text citation of the release. */
export function citation(release: ReleaseInfo): string {
  const authors = release.authors.map((author) => author.name).join(', ');
  const where = release.repository ? ` ${release.repository}.` : '';
  return `${authors} (${release.release_date.slice(0, 4)}). ${release.title}. Version ${release.version}, data as of ${release.data_as_of}.${where} Data licence: CC BY 4.0.`;
}
