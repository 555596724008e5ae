// Citable: the repository's own CITATION.cff and .zenodo.json (what GitHub's "Cite this
// repository" and Zenodo's GitHub integration read), and the release's schema.org JSON-LD.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootCitationFiles } from '../../src/exporter/update-docs';
import { ROOT, fixtureCopy } from '../helpers';
import { fixtureRelease } from './support';

describe('citation metadata', () => {
  it('the root CITATION.cff and .zenodo.json are up to date with data/release.json (run `npm run docs`)', () => {
    for (const [path, text] of Object.entries(rootCitationFiles())) assert.equal(readFileSync(path, 'utf8'), text, path);
  });

  it('CITATION.cff: CFF 1.2.0, a dataset with version, date, preferred citation and references to COW IGO v3 and the principal sources', () => {
    const cff = readFileSync(join(ROOT, 'CITATION.cff'), 'utf8');
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.match(cff, /^cff-version: 1\.2\.0$/m);
    assert.match(cff, /^type: dataset$/m);
    assert.match(cff, new RegExp(`^version: "${version.replace(/\./g, '\\.')}"$`, 'm'));
    assert.match(cff, /^date-released: "\d{4}-\d{2}-\d{2}"$/m);
    assert.match(cff, /^preferred-citation:\n {2}type: data$/m);
    assert.match(cff, /^references:\n {2}- type: article$/m);
    assert.match(cff, /doi: "10\.1177\/0022343319881175"/);
    assert.match(cff, /family-names: "Pevehouse"/);
    assert.match(cff, /url: "https:\/\/eng\.sectsco\.org\/"/);
  });

  it('.zenodo.json files the release as a dataset under CC BY 4.0, referencing COW IGO v3', () => {
    const zenodo = JSON.parse(readFileSync(join(ROOT, '.zenodo.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(zenodo.upload_type, 'dataset');
    assert.equal(zenodo.license, 'cc-by-4.0');
    assert.ok(Array.isArray(zenodo.creators) && zenodo.creators.length > 0);
    assert.deepEqual((zenodo.related_identifiers as { identifier: string; relation: string }[])[0], {
      identifier: '10.1177/0022343319881175',
      relation: 'references',
      scheme: 'doi',
      resource_type: 'publication-article',
    });
  });

  it('the release holds a schema.org Dataset (JSON-LD) listing every CSV; a DOI in release.json reaches every citation', async () => {
    const release = await fixtureRelease();
    const jsonld = JSON.parse(readFileSync(join(release.dir, 'dataset.jsonld'), 'utf8')) as Record<string, unknown>;
    assert.equal(jsonld['@context'], 'https://schema.org');
    assert.equal(jsonld['@type'], 'Dataset');
    assert.equal(jsonld.version, '1.2.3');
    assert.equal(jsonld.license, 'https://creativecommons.org/licenses/by/4.0/');
    assert.ok((jsonld.distribution as { contentUrl: string }[]).some((d) => d.contentUrl === 'csv/country_year.csv'));
    assert.equal(jsonld.identifier, undefined);
    // Once Zenodo has minted the version's DOI, release.json's `doi` carries it into every citation.
    const dir = fixtureCopy();
    const info = JSON.parse(readFileSync(join(ROOT, 'data', 'release.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'release.json'), JSON.stringify({ ...info, doi: '10.5281/zenodo.1234567' }));
    const archived = await fixtureRelease({ dataDir: dir });
    assert.match(readFileSync(join(archived.dir, 'CITATION.cff'), 'utf8'), /^doi: "10\.5281\/zenodo\.1234567"$/m);
    assert.equal((JSON.parse(readFileSync(join(archived.dir, 'dataset.jsonld'), 'utf8')) as { identifier: string }).identifier, 'https://doi.org/10.5281/zenodo.1234567');
    assert.match(readFileSync(join(archived.dir, 'README.md'), 'utf8'), /https:\/\/doi\.org\/10\.5281\/zenodo\.1234567/);
  });
});
