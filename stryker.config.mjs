// Mutation testing: `npm run mutate` (all of src/core and templates/), or a few files with
// `npm run mutate -- --mutate src/core/views.ts`. Too slow for `npm test` and CI: run it after
// changing the core. It runs the fast, in-process tests only (no browser, no spawned exporter),
// each mutant against the tests that cover it, two at a time on a shared machine.
// Fewer random runs of the views' property tests than npm test (fewer cases can only kill fewer
// mutants: the score is a lower bound).
process.env.PROPERTY_RUNS ??= '20';
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mutate: ['src/core/**/*.ts', 'templates/**/*.ts'],
  mochaOptions: {
    // The core's own tests and the oracles: the other suites reach the core through these.
    // The slowest file last: a mutant seen by every test (one the modules run as they load)
    // then fails on a fast test first, and the run stops there (mocha's bail).
    // The validator's random damage to the bundled data (test/core/validate-mutations.test.ts) is
    // left to `npm test`: it validates the whole data twice per random case, 9 of the 26 seconds
    // of the spec below at 5 cases, and each mutant that also runs as the modules load (a "hybrid"
    // one, see docs/mutation.md) runs every test; the rules it checks are pinned case by case in
    // test/core/validate-rules.test.ts. Leaving tests out can only lower the score.
    spec: ['test/core/!(validate-mutations|tables).test.ts', 'test/golden/**/*.test.ts', 'test/properties/**/*.test.ts', 'test/core/tables.test.ts'],
    // Left to `npm test`: Stryker's sandbox copies a symbolic link as the file it points to, so the
    // broken fixture "symlink" (a node-layer check, src/node/data-dir.ts) and the test counting the
    // fixtures per problem code cannot hold there; the tests that spawn the exporter or the
    // validator's command line run the core in a child process, which a mutant does not reach.
    grep: '^(?!.*(broken fixture "symlink"|has a broken fixture for every problem code|the exporter writes nothing when the data fails validation|npm run validate))',
  },
  coverageAnalysis: 'perTest',
  // A static mutant (a change to code that runs once, when a module loads: the zod schemas, the
  // table declarations, constant tables) cannot be switched per test, so each one reruns the whole
  // suite: 62% of the core's mutants and 96% of the time (about 7 hours here). They are left out of
  // the run and reported as "ignored"; docs/mutation.md gives their count as not measured.
  ignoreStatic: true,
  // Reuse the results of mutants whose code and covering tests did not change since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 10000,
  // survivors: tools/stryker/survivors-reporter.mjs, the survivors as they are found.
  plugins: ['@stryker-mutator/*', './tools/stryker/survivors-reporter.mjs'],
  reporters: ['clear-text', 'progress', 'html', 'json', 'survivors'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  ignorePatterns: ['dist', 'coverage', 'reports', 'test-output', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
