// Mutation testing: `npm run mutate` (all of src/core and templates/), or a few files with
// `npm run mutate -- --mutate src/core/views.ts`. Too slow for `npm test` and CI: run it after
// changing the core. It runs the fast, in-process tests only (no browser, no spawned exporter),
// each mutant against the tests that cover it, two at a time on a shared machine.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mutate: ['src/core/**/*.ts', 'templates/**/*.ts'],
  mochaOptions: {
    // The core's own tests and the oracles: the other suites reach the core through these.
    spec: ['test/core/**/*.test.ts', 'test/golden/**/*.test.ts', 'test/properties/**/*.test.ts'],
    // Left to `npm test`: Stryker's sandbox copies a symbolic link as the file it points to, so the
    // broken fixture "symlink" (a node-layer check, src/node/data-dir.ts) and the test counting the
    // fixtures per problem code cannot hold there; the tests that spawn the exporter or the
    // validator's command line run the core in a child process, which a mutant does not reach.
    grep: '^(?!.*(broken fixture "symlink"|has a broken fixture for every problem code|the exporter writes nothing when the data fails validation|npm run validate))',
  },
  coverageAnalysis: 'perTest',
  // Reuse the results of mutants whose code and covering tests did not change since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  ignorePatterns: ['dist', 'coverage', 'reports', 'test-output', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
