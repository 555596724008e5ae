// CITATION.cff checked against the official Citation File Format 1.2.0 JSON Schema (vendored in
// vendor/cff-1.2.0/), and .zenodo.json against the deposit metadata Zenodo documents. Both the
// repository's own files (what GitHub's "Cite this repository" and Zenodo's GitHub integration
// read) and the release's CITATION.cff.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { load as loadYaml } from 'js-yaml';
import { ROOT, fixtureCopy } from '../helpers';
import { fixtureRelease } from './support';

const CFF_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'vendor', 'cff-1.2.0', 'schema.json'), 'utf8')) as object;

function cffErrors(text: string): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(CFF_SCHEMA);
  // js-yaml's JSON schema keeps every scalar as written: a date stays the string the CFF schema asks for.
  return validate(loadYaml(text, { json: true })) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/**
 * Zenodo's deposit metadata, written out by hand from its documentation, "Deposit metadata"
 * (https://developers.zenodo.org/#representation; the GitHub integration reads .zenodo.json with
 * the same fields, https://developers.zenodo.org/#github and zenodo/developers.zenodo.org#39, whose
 * example also carries `scheme` on related identifiers). Zenodo publishes no JSON Schema for it
 * (zenodo/zenodo#1606), and rejects a release whose file has a value outside its vocabularies
 * (e.g. "relation: Not a valid choice", ieeh-tu-dresden/powerfactory-tools#27).
 */
const ZENODO = {
  fields: new Set([
    'upload_type',
    'publication_type',
    'image_type',
    'publication_date',
    'title',
    'creators',
    'description',
    'access_right',
    'license',
    'embargo_date',
    'access_conditions',
    'doi',
    'prereserve_doi',
    'keywords',
    'notes',
    'related_identifiers',
    'contributors',
    'references',
    'communities',
    'grants',
    'journal_title',
    'journal_volume',
    'journal_issue',
    'journal_pages',
    'conference_title',
    'conference_acronym',
    'conference_dates',
    'conference_place',
    'conference_url',
    'conference_session',
    'conference_session_part',
    'imprint_publisher',
    'imprint_isbn',
    'imprint_place',
    'partof_title',
    'partof_pages',
    'thesis_supervisors',
    'thesis_university',
    'subjects',
    'version',
    'language',
    'locations',
    'dates',
    'method',
  ]),
  uploadTypes: new Set(['publication', 'poster', 'presentation', 'dataset', 'image', 'video', 'software', 'lesson', 'physicalobject', 'other']),
  accessRights: new Set(['open', 'embargoed', 'restricted', 'closed']),
  creatorFields: new Set(['name', 'affiliation', 'orcid', 'gnd']),
  relations: new Set([
    'isCitedBy',
    'cites',
    'isSupplementTo',
    'isSupplementedBy',
    'isContinuedBy',
    'continues',
    'isDescribedBy',
    'describes',
    'hasMetadata',
    'isMetadataFor',
    'isNewVersionOf',
    'isPreviousVersionOf',
    'isPartOf',
    'hasPart',
    'isReferencedBy',
    'references',
    'isDocumentedBy',
    'documents',
    'isCompiledBy',
    'compiles',
    'isVariantFormOf',
    'isOriginalFormof',
    'isIdenticalTo',
    'isAlternateIdentifier',
    'isReviewedBy',
    'reviews',
    'isDerivedFrom',
    'isSourceOf',
    'requires',
    'isRequiredBy',
    'isObsoletedBy',
    'obsoletes',
  ]),
  relatedFields: new Set(['identifier', 'relation', 'resource_type', 'scheme']),
  /** resource_type of a related identifier: an upload type, or upload type and subtype. */
  resourceType: /^(publication|poster|presentation|dataset|image|video|software|lesson|physicalobject|other)(-[a-z]+)?$/,
};

function zenodoErrors(metadata: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const nonEmpty = (key: string) => typeof metadata[key] === 'string' && (metadata[key] as string).trim() !== '';
  for (const key of Object.keys(metadata)) if (!ZENODO.fields.has(key)) errors.push(`unknown field ${key}`);
  if (!ZENODO.uploadTypes.has(metadata.upload_type as string)) errors.push(`upload_type ${String(metadata.upload_type)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(metadata.publication_date))) errors.push('publication_date is not YYYY-MM-DD');
  for (const key of ['title', 'description']) if (!nonEmpty(key)) errors.push(`${key} missing`);
  const creators = metadata.creators;
  if (!Array.isArray(creators) || creators.length === 0) errors.push('creators missing');
  else
    for (const creator of creators as Record<string, unknown>[]) {
      if (typeof creator.name !== 'string' || creator.name === '') errors.push('a creator has no name');
      for (const key of Object.keys(creator)) if (!ZENODO.creatorFields.has(key)) errors.push(`creator field ${key}`);
      if (creator.orcid !== undefined && !/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(String(creator.orcid))) errors.push(`orcid ${String(creator.orcid)} is not the bare ORCID iD`);
    }
  if (!ZENODO.accessRights.has(metadata.access_right as string)) errors.push(`access_right ${String(metadata.access_right)}`);
  // A licence is required for open and embargoed uploads; Zenodo's ids are lower case (cc-by-4.0).
  if (['open', 'embargoed'].includes(metadata.access_right as string) && !(nonEmpty('license') && /^[a-z0-9.-]+$/.test(metadata.license as string))) errors.push(`license ${String(metadata.license)}`);
  if (metadata.keywords !== undefined && !(Array.isArray(metadata.keywords) && metadata.keywords.every((k) => typeof k === 'string' && k !== ''))) errors.push('keywords are not strings');
  if (metadata.version !== undefined && !nonEmpty('version')) errors.push('version empty');
  for (const related of (metadata.related_identifiers as Record<string, unknown>[] | undefined) ?? []) {
    for (const key of Object.keys(related)) if (!ZENODO.relatedFields.has(key)) errors.push(`related identifier field ${key}`);
    if (typeof related.identifier !== 'string' || related.identifier === '') errors.push('a related identifier has no identifier');
    if (!ZENODO.relations.has(related.relation as string)) errors.push(`relation ${String(related.relation)}`);
    if (related.resource_type !== undefined && !ZENODO.resourceType.test(String(related.resource_type))) errors.push(`resource_type ${String(related.resource_type)}`);
  }
  return errors;
}

describe('citation files against their schemas', function () {
  this.timeout(300_000);
  const rootCff = readFileSync(join(ROOT, 'CITATION.cff'), 'utf8');

  it('the root CITATION.cff is valid Citation File Format 1.2.0 (the official JSON Schema)', () => {
    assert.deepEqual(cffErrors(rootCff), []);
  });

  it("the release's CITATION.cff is valid CFF 1.2.0, with and without a DOI", async () => {
    const release = await fixtureRelease();
    assert.deepEqual(cffErrors(readFileSync(join(release.dir, 'CITATION.cff'), 'utf8')), []);
    // Once Zenodo has minted the version's DOI, release.json's `doi` reaches the file.
    const dir = fixtureCopy();
    const info = JSON.parse(readFileSync(join(ROOT, 'data', 'release.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'release.json'), JSON.stringify({ ...info, doi: '10.5281/zenodo.1234567' }));
    const archived = readFileSync(join((await fixtureRelease({ dataDir: dir })).dir, 'CITATION.cff'), 'utf8');
    assert.match(archived, /^doi: /m);
    assert.deepEqual(cffErrors(archived), []);
  });

  it('the CFF schema check fails on what the schema forbids (so the tests above can fail)', () => {
    assert.notDeepEqual(cffErrors(rootCff.replace(/^type: dataset$/m, 'type: data')), []);
    assert.notDeepEqual(cffErrors(rootCff.replace(/^cff-version: 1\.2\.0$/m, 'cff-version: 1.2')), []);
    assert.notDeepEqual(cffErrors(`${rootCff}doi: "not a doi"\n`), []);
    assert.notDeepEqual(cffErrors(rootCff.replace(/^date-released: .*$/m, 'date-released: "22 November 2026"')), []);
  });

  it('.zenodo.json holds only the fields Zenodo documents, each within its vocabulary', () => {
    const zenodo = JSON.parse(readFileSync(join(ROOT, '.zenodo.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(zenodoErrors(zenodo), []);
    assert.equal(zenodo.upload_type, 'dataset');
  });

  it('the Zenodo check refuses what Zenodo would refuse', () => {
    const zenodo = JSON.parse(readFileSync(join(ROOT, '.zenodo.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(zenodoErrors({ ...zenodo, upload_type: 'data' }), ['upload_type data']);
    assert.deepEqual(zenodoErrors({ ...zenodo, licence: 'cc-by-4.0' }), ['unknown field licence']);
    assert.deepEqual(zenodoErrors({ ...zenodo, license: 'CC-BY-4.0' }), ['license CC-BY-4.0']);
    assert.deepEqual(zenodoErrors({ ...zenodo, related_identifiers: [{ identifier: '10.1/x', relation: 'isVersionOf' }] }), ['relation isVersionOf']);
    assert.deepEqual(zenodoErrors({ ...zenodo, creators: [{ name: 'Doe, Jane', orcid: 'https://orcid.org/0000-0002-1825-0097' }] }), [
      'orcid https://orcid.org/0000-0002-1825-0097 is not the bare ORCID iD',
    ]);
  });
});
