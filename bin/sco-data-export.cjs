#!/usr/bin/env node
// The package's `sco-data-export` command: runs the TypeScript exporter through tsx. A CommonJS
// file, so that `node` runs it without a loader.
/* eslint-disable @typescript-eslint/no-require-imports */
require('tsx/cjs/api').register();
const { main } = require('../src/exporter/cli.ts');

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`sco-data-export: unexpected error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
