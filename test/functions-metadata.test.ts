// The functions' metadata as Excel receives it (functions.json, which custom-functions-metadata
// generates from the JSDoc tags at build time): every function has a help URL that names a real
// anchor of the add-in's own help page, and the table functions spill.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { ROOT } from './helpers';

interface FunctionMetadata {
  id: string;
  helpUrl?: string;
  result: { dimensionality?: string; type?: string };
}

describe('=SCO.* function metadata', function () {
  this.timeout(60_000);
  let functions: FunctionMetadata[];
  before(async () => {
    const generated = await generateCustomFunctionsMetadata([join(ROOT, 'src', 'functions', 'functions.ts')], true);
    assert.deepEqual(generated.errors, []);
    functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  });

  it('gives every function a help URL on the help page the add-in serves', () => {
    const page = readFileSync(join(ROOT, 'src', 'functions', 'help.html'), 'utf8');
    const anchors = [...page.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(functions.length >= 7);
    for (const fn of functions) {
      // The dev server's address: the production build rewrites it to ADDIN_PROD_URL, as in manifest.xml.
      assert.equal(fn.helpUrl, `https://localhost:3000/functions-help.html#sco-${fn.id.toLowerCase()}`, fn.id);
      assert.ok(anchors.includes(`sco-${fn.id.toLowerCase()}`), `help.html has no anchor for ${fn.id}`);
    }
  });

  it('declares SCO.TABLE and SCO.HISTORY as spilling matrices', () => {
    for (const id of ['TABLE', 'HISTORY']) assert.equal(functions.find((fn) => fn.id === id)?.result.dimensionality, 'matrix', id);
  });

  it('points the production build at ADDIN_PROD_URL (webpack.config.js rewrites functions.json)', () => {
    const config = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
    assert.match(config, /new ReplaceInAssetPlugin\('functions\.json', DEV_URL, prodUrl\)/);
    assert.match(config, /from: 'src\/functions\/help\.html', to: 'functions-help\.html'/);
  });
});
