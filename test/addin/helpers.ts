// Shared by the add-in tests: the valid fixture as ScoData and a release that dates it.
import { parseReleaseInfo, type ReleaseInfo, type ScoData } from '../../src/core';
import { loadDataDir } from '../../src/node/data-dir';
import { VALID_FIXTURE } from '../helpers';

export const fixtureData: ScoData = loadDataDir(VALID_FIXTURE, 'test/fixtures/valid/');

export const fixtureRelease: ReleaseInfo = parseReleaseInfo(
  {
    title: 'sco-data test fixture',
    release_date: '2024-08-01',
    data_as_of: '2024-07-31',
    authors: [{ name: 'Test Author' }],
    licence_data: 'CC-BY-4.0',
    licence_code: 'MIT',
  },
  '9.8.7',
);
