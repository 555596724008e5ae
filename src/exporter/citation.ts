// How a release is cited: CITATION.cff (Citation File Format 1.2.0: GitHub's "Cite this
// repository", Zenodo, reference managers), .zenodo.json (Zenodo files it as a dataset) and
// schema.org Dataset JSON-LD (search engines, data catalogues). One set of metadata, three forms.
import { citation, type ReleaseInfo } from '../core';
import { COW_IGO_V3, LICENCES, PRINCIPAL_SOURCES } from './datapackage';

export const CITATION_FILE = 'CITATION.cff';
export const ZENODO_FILE = '.zenodo.json';
export const JSONLD_FILE = 'dataset.jsonld';

const KEYWORDS = ['Shanghai Cooperation Organisation', 'international organisations', 'IGO membership', 'Correlates of War'];

// JSON strings are valid YAML double-quoted scalars: no value can break the file.
const quoted = (text: string) => JSON.stringify(text);

const abstract = (release: ReleaseInfo) =>
  `Membership, status history and summits of the Shanghai Cooperation Organisation since the Shanghai Five (1996), data as of ${release.data_as_of}, with state-year panels that continue the Correlates of War IGO v3 coding. Data licence CC BY 4.0; the code that builds it is MIT-licensed.`;

function cffPerson(author: ReleaseInfo['authors'][number], indent: string): string[] {
  const lines =
    author.family_names !== undefined
      ? [`family-names: ${quoted(author.family_names)}`, ...(author.given_names ? [`given-names: ${quoted(author.given_names)}`] : [])]
      : [`name: ${quoted(author.name)}`];
  if (author.orcid) lines.push(`orcid: ${quoted(author.orcid)}`);
  if (author.affiliation) lines.push(`affiliation: ${quoted(author.affiliation)}`);
  return lines.map((line, index) => `${indent}${index === 0 ? '- ' : '  '}${line}`);
}

const COW_AUTHORS = [
  ['Pevehouse', 'Jon C.'],
  ['Nordstrom', 'Timothy'],
  ['McManus', 'Roseanne W.'],
  ['Jamison', 'Anne Spencer'],
] as const;

export function citationCff(release: ReleaseInfo): string {
  const authors = release.authors.flatMap((author) => cffPerson(author, '  '));
  const lines = [
    'cff-version: 1.2.0',
    `message: ${quoted(`If you use this dataset, please cite it as below: ${citation(release)}`)}`,
    'type: dataset',
    `title: ${quoted(release.title)}`,
    `version: ${quoted(release.version)}`,
    `date-released: ${quoted(release.release_date)}`,
    ...(release.doi ? [`doi: ${quoted(release.doi)}`] : []),
    'license: CC-BY-4.0',
    'authors:',
    ...authors,
    ...(release.repository ? [`repository-code: ${quoted(release.repository)}`, `url: ${quoted(release.repository)}`] : []),
    'keywords:',
    ...KEYWORDS.map((word) => `  - ${quoted(word)}`),
    `abstract: ${quoted(abstract(release))}`,
    'preferred-citation:',
    // A reference's type comes from CFF's own list, where a dataset is "data" (the top-level
    // `type` is the file's: software or dataset).
    '  type: data',
    `  title: ${quoted(release.title)}`,
    `  version: ${quoted(release.version)}`,
    `  year: ${release.release_date.slice(0, 4)}`,
    ...(release.doi ? [`  doi: ${quoted(release.doi)}`] : []),
    ...(release.repository ? [`  repository-code: ${quoted(release.repository)}`] : []),
    '  authors:',
    ...release.authors.flatMap((author) => cffPerson(author, '    ')),
    'references:',
    '  - type: article',
    `    title: ${quoted('Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets')}`,
    '    authors:',
    ...COW_AUTHORS.flatMap(([family, given]) => [`      - family-names: ${quoted(family)}`, `        given-names: ${quoted(given)}`]),
    `    journal: ${quoted('Journal of Peace Research')}`,
    '    volume: 57',
    '    issue: 3',
    '    start: 492',
    '    end: 503',
    '    year: 2020',
    `    doi: ${quoted(COW_IGO_V3.doi)}`,
    ...PRINCIPAL_SOURCES.flatMap((source) => [
      '  - type: website',
      `    title: ${quoted(source.title)}`,
      '    authors:',
      `      - name: ${quoted(source.title.replace(/ \(.*\)$/, ''))}`,
      `    url: ${quoted(source.url)}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** Zenodo's deposit metadata: read from the repository when GitHub sends it a release. */
export function zenodoJson(release: ReleaseInfo): string {
  const metadata = {
    upload_type: 'dataset',
    title: release.title,
    version: release.version,
    publication_date: release.release_date,
    description: abstract(release),
    creators: release.authors.map((author) => ({
      name: author.family_names ? `${author.family_names}, ${author.given_names ?? ''}`.replace(/, $/, '') : author.name,
      ...(author.orcid ? { orcid: author.orcid.replace(/^https:\/\/orcid\.org\//, '') } : {}),
      ...(author.affiliation ? { affiliation: author.affiliation } : {}),
    })),
    access_right: 'open',
    license: 'cc-by-4.0',
    keywords: KEYWORDS,
    related_identifiers: [
      { identifier: COW_IGO_V3.doi, relation: 'references', scheme: 'doi', resource_type: 'publication-article' },
      ...PRINCIPAL_SOURCES.map((source) => ({ identifier: source.url, relation: 'references', scheme: 'url' })),
      ...(release.repository ? [{ identifier: release.repository, relation: 'isSupplementedBy', scheme: 'url' }] : []),
    ],
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

/** schema.org Dataset description of the release (JSON-LD). */
export function datasetJsonLd(release: ReleaseInfo, csvPaths: readonly string[]): string {
  const doc = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: release.title,
    description: abstract(release),
    version: release.version,
    datePublished: release.release_date,
    dateModified: release.data_as_of,
    ...(release.doi ? { identifier: `https://doi.org/${release.doi}` } : {}),
    ...(release.repository ? { url: release.repository } : {}),
    license: LICENCES.data.path,
    isAccessibleForFree: true,
    keywords: KEYWORDS,
    creator: release.authors.map((author) =>
      author.family_names
        ? { '@type': 'Person', name: author.name, familyName: author.family_names, ...(author.given_names ? { givenName: author.given_names } : {}), ...(author.orcid ? { sameAs: author.orcid } : {}) }
        : { '@type': 'Organization', name: author.name },
    ),
    temporalCoverage: `1996/${release.data_as_of}`,
    citation: `${COW_IGO_V3.title}. https://doi.org/${COW_IGO_V3.doi}`,
    isBasedOn: [COW_IGO_V3.url, ...PRINCIPAL_SOURCES.map((source) => source.url)],
    distribution: csvPaths.map((path) => ({ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: path })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
