// How to cite a release, apart from release.ts's zod schema: the task pane writes the citation
// into every caption and ships no zod (it takes the release already parsed at build time).
import type { ReleaseInfo } from './release';

/** A plain-text citation of the release. */
export function citation(release: ReleaseInfo): string {
  const authors = release.authors.map((author) => author.name).join(', ');
  const where = release.doi ? ` https://doi.org/${release.doi}.` : release.repository ? ` ${release.repository}.` : '';
  return `${authors} (${release.release_date.slice(0, 4)}). ${release.title}. Version ${release.version}, data as of ${release.data_as_of}.${where} Data licence: CC BY 4.0.`;
}
