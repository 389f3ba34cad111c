// Mutation testing (StrykerJS). `npm run mutation` (test/mutation/run.mjs) runs it chunk by chunk for
// knowledge/ and the safety-relevant dialogs, `npm run mutation:safety` the safety chunks alone; each
// chunk keeps its own incremental results. Not part of `npm test`. See README, "Mutation testing".

/** The files of each chunk; the first six are the safety files. */
export const CHUNKS = {
  triage: ['knowledge/triage/**/*.ts', '!knowledge/triage/labValues.ts'],
  labs: ['knowledge/triage/labValues.ts'],
  // The interview in two chunks (about 600 and 400 mutants), so an interrupted run loses less.
  interviewFlow: ['dialogs/interview/interviewFlow.ts'],
  interviewParts: ['dialogs/interview/**/*.ts', '!dialogs/interview/interviewFlow.ts'],
  answers: ['dialogs/answers/safetyAnswers.ts', 'dialogs/answers/nutrientAnswers.ts', 'dialogs/nutritionBot.ts'],
  cautionsAndDiets: ['knowledge/scoring/assess.ts', 'knowledge/knowledgeBase.ts'],
  scoring: ['knowledge/scoring/!(assess).ts'],
  search: ['knowledge/search/**/*.ts'],
  understanding: ['knowledge/understanding/**/*.ts'],
  loading: ['knowledge/*.ts', '!knowledge/knowledgeBase.ts'],
  // Amounts, intakes, foods, products and medicines: the figures behind everyday answers.
  amounts: [
    'knowledge/quantities/**/*.ts',
    'knowledge/intakes/**/*.ts',
    'knowledge/foods/**/*.ts',
    'knowledge/products/**/*.ts',
    'knowledge/medicines/**/*.ts',
  ],
};
/** Where safety lives: the warning screen and triage, the interview, urgent answers, cautions, diet filters. */
export const SAFETY_CHUNKS = ['triage', 'labs', 'interviewFlow', 'interviewParts', 'answers', 'cautionsAndDiets'];

const chunk = process.env.MUTATION_CHUNK ?? 'triage';
if (!(chunk in CHUNKS)) throw new Error(`MUTATION_CHUNK must be one of ${Object.keys(CHUNKS).join(', ')}`);

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.mjs', related: false },
  // Each mutant runs only the tests that executed it in the first run.
  coverageAnalysis: 'perTest',
  // Static mutants (code run when a module loads: module-level constants, schemas, the knowledge base
  // each suite builds once) would each re-run every suite: 43% of the mutants, 76% of the time.
  ignoreStatic: true,
  mutate: CHUNKS[chunk],
  // Sentences (reply wording, advice) are not mutated: see test/mutation/wordingIgnorer.mjs.
  plugins: ['@stryker-mutator/*', './test/mutation/wordingIgnorer.mjs'],
  ignorers: ['wording'],
  // Two CPUs, shared: never more than two test runners.
  concurrency: 2,
  // Results are kept (git-ignored, per machine) so a re-run tests only mutants whose code or tests changed.
  incremental: true,
  incrementalFile: `reports/mutation/${chunk}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${chunk}.html` },
  jsonReporter: { fileName: `reports/mutation/${chunk}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  // A mutant that loops forever is stopped (and counts as detected); on a machine shared by several
  // builds a normal run can take many seconds, so the margin is wide.
  timeoutMS: 45000,
  timeoutFactor: 2,
  // The first run collects coverage per test; on a busy 2-CPU machine it takes several minutes.
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['dist', 'coverage', 'test-output', 'reports', '.scratch', 'docs/gallery'],
};
