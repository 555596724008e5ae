#!/usr/bin/env node
// The package's `sco-data-export` command (and `npm run export`): the exporter's precompiled
// bundle (bin/cli/export.cjs, built by `npm run build:cli`), so Node alone runs it. A CommonJS
// file, so that `node` runs it without a loader.
/* eslint-disable @typescript-eslint/no-require-imports */
const { main } = require('./cli/export.cjs');

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`sco-data-export: unexpected error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
