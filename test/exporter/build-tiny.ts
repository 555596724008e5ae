// A one-line add-in build driven through webpack's own API (fast), with the plugin that removes
// only the files an earlier build listed: the build-output tests share it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { OwnedOutputPlugin } from '../../src/node/owned-output';
import { tempDir } from './support';

/** Builds `source` as main.[contenthash].js into `dist`; resolves with webpack's errors (a hook's error fails the run). */
export function buildTiny(dist: string, source = 'console.log(1);\n'): Promise<string[]> {
  const context = tempDir('sco-tiny-');
  writeFileSync(join(context, 'entry.js'), source);
  const compiler = webpack({
    mode: 'production',
    context,
    entry: './entry.js',
    output: { path: dist, filename: '[name].[contenthash:8].js' },
    plugins: [new OwnedOutputPlugin()],
    infrastructureLogging: { level: 'none' },
  });
  return new Promise((done) =>
    compiler.run((error, stats) => {
      const errors = error ? [error.message] : stats!.toJson({ all: false, errors: true }).errors!.map((problem) => problem.message);
      compiler.close(() => done(errors));
    }),
  );
}
