// The suites Stryker runs against each mutant: the ones that exercise knowledge/ and the dialogs in
// process. Suites that start a server in a child process, a browser or Redis never see a mutant, so
// running them would only cost time; so would the random-input robustness suite (9 s per mutant).
import { fileURLToPath } from 'node:url';

export default {
  test: {
    // Instrumented code on a busy machine is several times slower than usual.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    // Modules (and the knowledge base) are shared between test files within one mutant's run; a new
    // mutant starts from a new knowledge base (setup.ts). Re-importing per file cost ~5 s a file.
    isolate: false,
    setupFiles: ['test/mutation/setup.ts'],
    include: [
      'test/knowledge/**/*.test.ts',
      'test/dialogs/**/*.test.ts',
      'test/mutation/**/*.test.ts',
      // Teams mentions and welcomes go through the bot's red-flag handling (dialogs/nutritionBot.ts).
      'test/channels/teams.test.ts',
    ],
  },
};
