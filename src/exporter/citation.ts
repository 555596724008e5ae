// CITATION.cff (Citation File Format 1.2.0) for the release: what GitHub's "Cite this repository",
// Zenodo and reference managers read.
import { citation, type ReleaseInfo } from '../core';

export const CITATION_FILE = 'CITATION.cff';

// JSON strings are valid YAML double-quoted scalars: no value can break the file.
const quoted = (text: string) => JSON.stringify(text);

export function citationCff(release: ReleaseInfo): string {
  const lines = [
    'cff-version: 1.2.0',
    `message: ${quoted(`If you use this dataset, please cite it as below: ${citation(release)}`)}`,
    'type: dataset',
    `title: ${quoted(release.title)}`,
    `version: ${quoted(release.version)}`,
    `date-released: ${quoted(release.release_date)}`,
    'license: CC-BY-4.0',
    'authors:',
    ...release.authors.map((author) => `  - name: ${quoted(author.name)}`),
    ...(release.repository ? [`repository: ${quoted(release.repository)}`] : []),
    'keywords:',
    ...['Shanghai Cooperation Organisation', 'international organisations', 'IGO membership', 'Correlates of War'].map((word) => `  - ${quoted(word)}`),
    `abstract: ${quoted(`Membership, status history and summits of the Shanghai Cooperation Organisation since the Shanghai Five (1996), data as of ${release.data_as_of}. Data licence CC BY 4.0; the code that builds it is MIT-licensed.`)}`,
  ];
  return `${lines.join('\n')}\n`;
}
