/** One knowledge base per test worker: building the indexes once keeps the suites fast. */
import { type KnowledgeBase, createKnowledgeBase } from '../../knowledge/knowledgeBase';

let cached: KnowledgeBase | undefined;

export function knowledgeBase(): KnowledgeBase {
  cached ??= createKnowledgeBase();
  return cached;
}

/**
 * The next knowledgeBase() builds a new one. Mutation runs share modules between test files and call
 * this when the mutant changes, so no cache in the knowledge base or the answers outlives its mutant.
 */
export function forgetKnowledgeBase(): void {
  cached = undefined;
}
