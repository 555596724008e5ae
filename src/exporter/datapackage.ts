// The Frictionless Data Package v2 descriptor, generated from the table declarations (templates/):
// the one place a declaration's columns become typed, documented, constrained fields (the workbook's data dictionary reads the
// same fields).
import { categoryLabel } from '../core';
import { COW_IGO_CROSSWALK, COW_V3_FIRST_YEAR, COW_V3_MEMBERSHIP, type ColumnTemplate, type ReleaseInfo, type TableTemplate } from '../core';

const PROFILE = 'https://datapackage.org/profiles/2.0';

/** A partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD (Table Schema has no such type). */
export const PARTIAL_DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';

export interface SchemaField {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  format?: 'uri';
  categories?: { value: string; label: string }[];
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { pattern?: string; required?: boolean; minimum?: number; maximum?: number };
}

export function schemaField(column: ColumnTemplate): SchemaField {
  const field = typedField(column);
  // The declaration's data-file rules that hold in the published table too.
  const { minimum, maximum } = column.constraints ?? {};
  const constraints = {
    ...field.constraints,
    ...(column.required ? { required: true } : {}),
    ...(column.type === 'integer' && minimum !== undefined ? { minimum } : {}),
    ...(column.type === 'integer' && maximum !== undefined ? { maximum } : {}),
  };
  return Object.keys(constraints).length > 0 ? { ...field, constraints } : field;
}

function typedField(column: ColumnTemplate): SchemaField {
  const base = { name: column.key, title: column.headers.en, description: column.description };
  switch (column.type) {
    case 'integer':
      return { ...base, type: 'integer' };
    case 'boolean':
      return { ...base, type: 'boolean', trueValues: ['true'], falseValues: ['false'] };
    case 'date':
      return { ...base, type: 'date' };
    case 'partial_date':
      return { ...base, type: 'string', constraints: { pattern: PARTIAL_DATE_PATTERN } };
    case 'url':
      return { ...base, type: 'string', format: 'uri' };
    case 'category':
      return { ...base, type: 'string', categories: (column.categories ?? []).map((value) => ({ value, label: categoryLabel(value) })) };
    case 'string':
      return { ...base, type: 'string' };
  }
}

export function tableSchema(template: TableTemplate) {
  return {
    $schema: `${PROFILE}/tableschema.json`,
    fields: template.columns.map(schemaField),
    missingValues: [''],
    ...(template.primaryKey.length > 0 ? { primaryKey: [...template.primaryKey] } : {}),
    ...(template.foreignKeys.length > 0
      ? { foreignKeys: template.foreignKeys.map((key) => ({ fields: [...key.fields], reference: { resource: key.reference.table, fields: [...key.reference.fields] } })) }
      : {}),
  };
}

/** A written CSV file: its path inside the release, size and SHA-256 (hex). */
export interface WrittenCsv {
  template: TableTemplate;
  path: string;
  bytes: number;
  sha256: string;
}

export const DIALECT = {
  $schema: `${PROFILE}/tabledialect.json`,
  header: true,
  delimiter: ',',
  lineTerminator: '\n',
  quoteChar: '"',
  doubleQuote: true,
} as const;

export const LICENCES = {
  data: { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' },
  code: { name: 'MIT', title: 'MIT License', path: 'https://opensource.org/license/mit' },
} as const;

/** The crosswalks from the dataset's statuses to its numeric codes: changing one is a major change. */
export const CODINGS = { cow_igo_code: COW_IGO_CROSSWALK, cow_igo_v3_rule: { first_year: COW_V3_FIRST_YEAR, membership: [...COW_V3_MEMBERSHIP] } };

/** The Correlates of War IGO v3 data, which cow_igo_v3_rule continues. */
export const COW_IGO_V3 = {
  title:
    'Pevehouse, J.C., Nordstrom, T., McManus, R.W., Jamison, A.S. (2020). Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets. Journal of Peace Research 57(3): 492-503',
  doi: '10.1177/0022343319881175',
  url: 'https://doi.org/10.1177/0022343319881175',
} as const;

/** The publishers csv/sources.csv cites most often (it lists every source of every row). */
export const PRINCIPAL_SOURCES = [
  { title: 'SCO Secretariat (official website of the Shanghai Cooperation Organisation)', url: 'https://eng.sectsco.org/' },
  { title: 'President of Russia (kremlin.ru)', url: 'http://kremlin.ru/' },
  { title: 'TASS Russian News Agency', url: 'https://tass.com/' },
  { title: 'Kazinform International News Agency', url: 'https://www.inform.kz/' },
  { title: 'InfoSHOS (SCO information portal)', url: 'http://www.infoshos.ru/' },
] as const;

export function dataPackage(release: ReleaseInfo, csvs: readonly WrittenCsv[]) {
  return {
    $schema: `${PROFILE}/datapackage.json`,
    name: 'sco-data',
    title: release.title,
    description: `Membership, status history and summits of the Shanghai Cooperation Organisation (and the Shanghai Five) since 1996, with state-year and dyad-year panels compatible with the Correlates of War IGO data. Data as of ${release.data_as_of}. The data is licensed CC BY 4.0; the code that builds it is MIT-licensed.`,
    ...(release.repository ? { homepage: release.repository } : {}),
    version: release.version,
    created: `${release.release_date}T00:00:00Z`,
    keywords: ['Shanghai Cooperation Organisation', 'SCO', 'international organisations', 'IGO membership', 'Correlates of War'],
    licenses: [LICENCES.data],
    // The codings a major version protects (README: versioning policy).
    codings: CODINGS,
    contributors: [
      ...release.authors.map((author) => ({ title: author.name, roles: ['creator', 'maintainer'] })),
      { title: 'Correlates of War Project (IGO data v3, the coding cow_igo_v3_rule reproduces)', path: COW_IGO_V3.url, roles: ['contributor'] },
    ],
    sources: [
      { title: 'Every row cites its sources by id; the sources are listed in csv/sources.csv', path: 'csv/sources.csv' },
      { title: COW_IGO_V3.title, path: COW_IGO_V3.url },
      ...PRINCIPAL_SOURCES.map((source) => ({ title: source.title, path: source.url })),
    ],
    resources: csvs.map((csv) => ({
      // Frictionless Data Package v1 readers (R's frictionless) need `profile`; v2 readers the `$schema`.
      $schema: `${PROFILE}/dataresource.json`,
      profile: 'tabular-data-resource',
      name: csv.template.id,
      type: 'table',
      path: csv.path,
      scheme: 'file',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: csv.template.title.en,
      description: csv.template.description,
      bytes: csv.bytes,
      hash: `sha256:${csv.sha256}`,
      dialect: DIALECT,
      schema: tableSchema(csv.template),
    })),
  };
}
