/** One knowledge base per test worker: building the indexes once keeps the suites fast. */
import { type QuestionRecognition, isQuestion } from '../../dialogs/answers/answerQuestion';
import { type KnowledgeBase, createKnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Recognizer } from '../../knowledge/understanding/recognize';

let cached: KnowledgeBase | undefined;

export function knowledgeBase(): KnowledgeBase {
  cached ??= createKnowledgeBase();
  return cached;
}

/** The recognition of a message the knowledge base answers (answerQuestion takes no other). */
export function recognizeQuestion(recognizer: Recognizer, text: string): QuestionRecognition {
  const rec = recognizer.recognize(text);
  if (!isQuestion(rec)) throw new Error(`"${text}" is recognised as ${rec.intent}, not a question`);
  return rec;
}
