/** One knowledge base per test worker: building the indexes once keeps the suites fast. */
import { type KnowledgeBase, createKnowledgeBase } from '../../knowledge/knowledgeBase';

let cached: KnowledgeBase | undefined;

export function knowledgeBase(): KnowledgeBase {
  cached ??= createKnowledgeBase();
  return cached;
}
