/** One knowledge base per test worker: building the indexes once keeps the suites fast. */
import { type QuestionRecognition, isQuestion } from '../../dialogs/answers/answerQuestion';
import { type KnowledgeBase, createKnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Recognizer } from '../../knowledge/understanding/recognize';

let cached: KnowledgeBase | undefined;
let build: () => KnowledgeBase = () => createKnowledgeBase();

export function knowledgeBase(): KnowledgeBase {
  cached ??= build();
  return cached;
}

/** The recognition of a message the knowledge base answers (answerQuestion takes no other). */
export function recognizeQuestion(recognizer: Recognizer, text: string): QuestionRecognition {
  const rec = recognizer.recognize(text);
  if (!isQuestion(rec)) throw new Error(`"${text}" is recognised as ${rec.intent}, not a question`);
  return rec;
}

/**
 * The next knowledgeBase() is a new one, made by `factory`. Mutation runs share modules between test
 * files and call this when the mutant changes, so no cache in the knowledge base or in the answers
 * built from it outlives its mutant (test/mutation/setup.ts).
 */
export function renewKnowledgeBase(factory: () => KnowledgeBase): void {
  cached = undefined;
  build = factory;
}
