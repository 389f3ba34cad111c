// Mutation testing (StrykerJS): `npm run mutation` for knowledge/ and the safety-relevant dialogs,
// `npm run mutation:safety` for the safety files alone. Not part of `npm test` (a full run takes long).
// See README, "Mutation testing".

/** Where safety lives: the warning screen and triage, cautions, diet filters, the interview, urgent answers. */
export const SAFETY_FILES = [
  'knowledge/triage/**/*.ts',
  'knowledge/scoring/assess.ts',
  'knowledge/knowledgeBase.ts',
  'dialogs/interview/**/*.ts',
  'dialogs/answers/safetyAnswers.ts',
  'dialogs/answers/nutrientAnswers.ts',
  'dialogs/nutritionBot.ts',
];

const safetyOnly = process.env.MUTATION_SCOPE === 'safety';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.mjs', related: false },
  // Each mutant runs only the tests that executed it in the first run.
  coverageAnalysis: 'perTest',
  // Static mutants (code run when a module loads: module-level constants, schemas, the knowledge base
  // each test file builds once) would each re-run every suite: 43% of the mutants, 76% of the time.
  ignoreStatic: true,
  mutate: safetyOnly ? SAFETY_FILES : ['knowledge/**/*.ts', ...SAFETY_FILES],
  // Two CPUs, shared: never more than two test runners.
  concurrency: 2,
  // Results are kept (git-ignored, per machine) so a re-run tests only mutants whose code or tests changed.
  incremental: true,
  incrementalFile: `reports/mutation/${safetyOnly ? 'safety' : 'all'}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${safetyOnly ? 'safety' : 'all'}.html` },
  jsonReporter: { fileName: `reports/mutation/${safetyOnly ? 'safety' : 'all'}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  timeoutMS: 10000,
  // The first run collects coverage per test; on a busy 2-CPU machine it takes several minutes.
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['dist', 'coverage', 'test-output', 'reports', '.scratch', 'docs/gallery'],
};
