/**
 * Setup for mutation runs (test/mutation/vitest.config.mjs), which share modules between test files
 * (isolate: false) so each mutant does not re-import and re-validate everything per file. A new mutant
 * gets a new knowledge base, built from a copy of the data validated once: the answers, spellings and
 * screens it caches never carry one mutant's results into the next mutant's run.
 */
import { inject } from 'vitest';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { type KnowledgeData, loadKnowledgeData } from '../../knowledge/loadKnowledge';
import { renewKnowledgeBase } from '../support/knowledge';

const shared = globalThis as { nutribotMutant?: unknown; nutribotData?: KnowledgeData };
// Provided by Stryker's vitest runner before each run (undefined in the first, unmutated run).
const mutant = (inject as (key: string) => unknown)('activeMutant');
if (!shared.nutribotData || shared.nutribotMutant !== mutant) {
  shared.nutribotData ??= loadKnowledgeData();
  const data = shared.nutribotData;
  renewKnowledgeBase(() => new KnowledgeBase(structuredClone(data)));
  shared.nutribotMutant = mutant;
}
