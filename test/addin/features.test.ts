import assert from 'node:assert/strict';
import { requirementText, supportedFeatures } from '../../src/addin/features';

/** A host that supports ExcelApi up to `highest`, as Office.context.requirements would answer. */
const host = (highest: number) => (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= highest && version.startsWith('1.');

describe('addin features by requirement set', () => {
  it('offers each feature from the version that has every API it uses', () => {
    assert.deepEqual(supportedFeatures(host(6)), { newSheet: false, chart: false, selection: false, refresh: false, convert: false });
    assert.deepEqual(supportedFeatures(host(7)), { newSheet: true, chart: true, selection: false, refresh: false, convert: false });
    assert.deepEqual(supportedFeatures(host(11)), { newSheet: true, chart: true, selection: false, refresh: false, convert: false });
    assert.deepEqual(supportedFeatures(host(12)), { newSheet: true, chart: true, selection: false, refresh: false, convert: true });
    assert.deepEqual(supportedFeatures(host(13)), { newSheet: true, chart: true, selection: true, refresh: true, convert: true });
  });

  it('treats a host whose check throws as not supporting the feature', () => {
    assert.deepEqual(
      supportedFeatures(() => {
        throw new Error('no requirements API');
      }),
      { newSheet: false, chart: false, selection: false, refresh: false, convert: false },
    );
  });

  it('names what a feature needs', () => {
    assert.equal(requirementText('selection'), 'ExcelApi 1.13');
    assert.equal(requirementText('newSheet'), 'ExcelApi 1.7');
    assert.equal(requirementText('convert'), 'ExcelApi 1.12');
  });
});
