/**
 * Setup for mutation runs (test/mutation/vitest.config.mjs), which share modules between test files
 * (isolate: false) so each mutant does not re-import and re-index everything per file. A new mutant
 * gets a new knowledge base: the answers and screens it caches never carry one mutant's results into
 * the next mutant's run.
 */
import { inject } from 'vitest';
import { forgetKnowledgeBase } from '../support/knowledge';

const seen = globalThis as { nutribotMutant?: unknown };
// Provided by Stryker's vitest runner before each run (undefined in the first, unmutated run).
const mutant = (inject as (key: string) => unknown)('activeMutant');
if (!('nutribotMutant' in seen) || seen.nutribotMutant !== mutant) {
  forgetKnowledgeBase();
  seen.nutribotMutant = mutant;
}
