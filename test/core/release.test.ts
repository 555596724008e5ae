// What a release says about itself (src/core/release.ts, src/core/release-citation.ts): the
// version's X.Y.Z form, the parsed fields, and the plain-text citation every caption carries.
// Expected values written by hand from the definitions.
import assert from 'node:assert/strict';
import { citation, parseReleaseInfo, type ReleaseInfo } from '../../src/core';

const FIELDS = {
  title: 'sco-data: the SCO in tables',
  release_date: '2026-12-01',
  data_as_of: '2026-11-22',
  authors: [{ name: 'A. Author' }],
  licence_data: 'CC-BY-4.0',
  licence_code: 'MIT',
} as const;

describe('parseReleaseInfo', () => {
  it('returns the fields of release.json and the version from package.json', () => {
    assert.deepEqual(parseReleaseInfo({ ...FIELDS }, '1.2.3'), { ...FIELDS, authors: [{ name: 'A. Author' }], version: '1.2.3' });
    assert.deepEqual(parseReleaseInfo({ ...FIELDS, doi: '10.5281/zenodo.1234567' }, '10.20.30'), { ...FIELDS, authors: [{ name: 'A. Author' }], doi: '10.5281/zenodo.1234567', version: '10.20.30' });
    assert.equal(parseReleaseInfo(FIELDS, '0.0.0').version, '0.0.0');
  });

  it('refuses a version that is not X.Y.Z, three whole numbers and nothing around them', () => {
    for (const version of ['1.2', '1.2.3.4', 'v1.2.3', '1.2.3-beta', '1.2.3 ', 'a.2.3', '1.b.3', '1.2.c', '1..3', '']) {
      assert.throws(
        () => parseReleaseInfo(FIELDS, version),
        (error: unknown) => error instanceof RangeError && error.message === `version "${version}" is not X.Y.Z`,
        version,
      );
    }
  });

  it('refuses a release.json that breaks its schema', () => {
    assert.throws(() => parseReleaseInfo({ ...FIELDS, licence_code: 'GPL-3.0' }, '1.0.0'), /licence_code/);
    assert.throws(() => parseReleaseInfo({ ...FIELDS, release_date: '2026-12' }, '1.0.0'), /must be a YYYY-MM-DD date/);
  });
});

describe('citation', () => {
  const release = (extra: Partial<ReleaseInfo> = {}): ReleaseInfo => ({ ...FIELDS, authors: [{ name: 'A. Author' }], version: '1.2.3', ...extra });

  it('names the authors, the year of the release date, title, version and data_as_of, and the data licence', () => {
    assert.equal(citation(release()), 'A. Author (2026). sco-data: the SCO in tables. Version 1.2.3, data as of 2026-11-22. Data licence: CC BY 4.0.');
    assert.equal(
      citation(release({ authors: [{ name: 'A. Author' }, { name: 'Beta Institute', given_names: 'ignored' }], release_date: '2027-01-05' })),
      'A. Author, Beta Institute (2027). sco-data: the SCO in tables. Version 1.2.3, data as of 2026-11-22. Data licence: CC BY 4.0.',
    );
  });

  it('points to the DOI where there is one, else to the repository', () => {
    assert.equal(
      citation(release({ repository: 'https://example.org/sco-data' })),
      'A. Author (2026). sco-data: the SCO in tables. Version 1.2.3, data as of 2026-11-22. https://example.org/sco-data. Data licence: CC BY 4.0.',
    );
    assert.equal(
      citation(release({ repository: 'https://example.org/sco-data', doi: '10.5281/zenodo.1234567' })),
      'A. Author (2026). sco-data: the SCO in tables. Version 1.2.3, data as of 2026-11-22. https://doi.org/10.5281/zenodo.1234567. Data licence: CC BY 4.0.',
    );
    assert.equal(
      citation(release({ doi: '10.5281/zenodo.7' })),
      'A. Author (2026). sco-data: the SCO in tables. Version 1.2.3, data as of 2026-11-22. https://doi.org/10.5281/zenodo.7. Data licence: CC BY 4.0.',
    );
  });
});
