// The suites Stryker runs against each mutant: unit and in-process dialog suites that exercise
// knowledge/ and the safety dialogs. Suites that start a server in a child process, a browser or Redis
// never see a mutant; the random-input robustness suite and the two slowest dialog suites (whole
// interviews played per vignette, every Q&A kind) cost seconds per mutant on a busy 2-CPU machine and
// are covered here by the state machine's and the answers' own suites. They all still run in npm test.
import { fileURLToPath } from 'node:url';
import { BaseSequencer } from 'vitest/node';

/** The most targeted and quickest suites first: a mutant stops at its first failing test. */
const ORDER = [
  'test/knowledge/triage/',
  'test/dialogs/interviewFlow',
  'test/dialogs/safetyParts',
  'test/dialogs/assessmentReply',
  'test/knowledge/textAndPhrases',
  'test/knowledge/scoring/',
  'test/knowledge/factsInPassing',
  'test/knowledge/knowledgeBase',
  'test/knowledge/understanding',
  'test/dialogs/safetyAnswers',
  'test/dialogs/nutrientAnswers',
  'test/dialogs/botTurns',
  'test/dialogs/interviewState',
  'test/dialogs/supplementsAnswer',
  'test/knowledge/recognizer',
  'test/knowledge/loadKnowledge',
  'test/dialogs/rendering/',
  'test/dialogs/conversationBasics',
  'test/channels/teams',
  'test/dialogs/interviewListens',
  'test/knowledge/spellCorrector',
];

class QuickFirst extends BaseSequencer {
  async sort(files) {
    const rank = (f) => {
      const i = ORDER.findIndex((p) => f.moduleId.includes(p));
      return i < 0 ? ORDER.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * The suites each chunk (MUTATION_CHUNK, see .stryker.config.mjs) runs against its mutants: the ones
 * written for that code. Other suites may kill a mutant too, so a chunk's score is a lower bound.
 */
const SAFETY_DIALOGS = [
  'test/dialogs/safetyAnswers.test.ts',
  'test/dialogs/safetyParts.test.ts',
  'test/dialogs/interviewFlow.test.ts',
];
const INTERVIEW = [
  ...SAFETY_DIALOGS,
  'test/dialogs/assessmentReply.test.ts',
  'test/dialogs/interviewState.test.ts',
  'test/dialogs/interviewListens.test.ts',
  'test/dialogs/conversationBasics.test.ts',
  'test/knowledge/triage/oneRuleSet.test.ts',
];
const SUITES = {
  triage: ['test/knowledge/triage/**/*.test.ts', 'test/knowledge/factsInPassing.test.ts', ...SAFETY_DIALOGS],
  labs: [
    'test/knowledge/triage/**/*.test.ts',
    'test/dialogs/safetyAnswers.test.ts',
    'test/dialogs/safetyParts.test.ts',
  ],
  interviewFlow: INTERVIEW,
  interviewParts: INTERVIEW,
  answers: [
    ...SAFETY_DIALOGS,
    'test/dialogs/supplementsAnswer.test.ts',
    // Each nutrient answer as a whole reply, and the bot's per-message rules (nutritionBot.ts).
    'test/dialogs/nutrientAnswers.test.ts',
    'test/dialogs/botTurns.test.ts',
    // "Was this helpful?" buttons reach the bot before anything else (nutritionBot.ts).
    'test/feedback/feedback.test.ts',
    // The food and nutrient answers as each kind of question reaches them (55% of nutrientAnswers.ts and
    // nutritionBot.ts had no covering test in the first run with the suites above alone).
    'test/dialogs/plainAnswers.test.ts',
    'test/dialogs/everydayQuestions.test.ts',
    'test/dialogs/needsDialog.test.ts',
    'test/dialogs/medicineDialog.test.ts',
    'test/dialogs/productAnswers.test.ts',
    'test/dialogs/amountAnswers.test.ts',
    'test/dialogs/urgency.test.ts',
    'test/dialogs/interruptions.test.ts',
    'test/dialogs/rendering/*.test.ts',
    'test/dialogs/conversationBasics.test.ts',
    // Teams mentions and welcomes go through the bot's red-flag handling (dialogs/nutritionBot.ts).
    'test/channels/teams.test.ts',
  ],
  cautionsAndDiets: [
    'test/knowledge/scoring/**/*.test.ts',
    // knowledgeBase.ts's second screening pass over spelling corrections ("chesst pian") is tested there.
    'test/knowledge/triage/warningScreen.test.ts',
    'test/knowledge/knowledgeBase.test.ts',
    'test/knowledge/factsInPassing.test.ts',
    'test/dialogs/assessmentReply.test.ts',
    ...SAFETY_DIALOGS,
  ],
};
const ALL = [
  'test/knowledge/**/*.test.ts',
  'test/dialogs/**/*.test.ts',
  'test/mutation/**/*.test.ts',
  'test/channels/teams.test.ts',
];

export default {
  test: {
    // Instrumented code on a busy machine is several times slower than usual.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    // Modules are shared between test files within one mutant's run; a new mutant starts from a new
    // knowledge base (setup.ts). Re-importing and re-validating per file cost ~5 s a file.
    isolate: false,
    setupFiles: ['test/mutation/setup.ts'],
    sequence: { sequencer: QuickFirst },
    include: SUITES[process.env.MUTATION_CHUNK] ?? ALL,
    exclude: ['test/dialogs/symptomInterview.test.ts', 'test/dialogs/qaDialog.test.ts'],
  },
};
