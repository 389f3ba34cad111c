/**
 * What the team learns from a message the bot could not answer: for one outside its scope, the topic
 * word it recognised (a nutrient it does not cover, an off-topic word of its own list); for a guess it
 * was unsure of, the intent it guessed. Labels come from the bot's vocabulary, never from the message.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Recognition } from '../../knowledge/understanding/recognize';
import type { Unanswered } from '../insights';
import type { Reply } from '../replies/replyModel';

export function unansweredOf(
  kb: KnowledgeBase,
  rec: Recognition,
  answer: Reply,
  at: number,
): Omit<Unanswered, 'text'> | undefined {
  if (answer.kind === 'clarify') return { kind: 'lowConfidence', label: rec.intent, at };
  if (answer.kind !== 'fallback') return undefined;
  const padded = ` ${rec.analysis.tokens.join(' ')} `;
  const offTopic = kb.data.intentCues.offTopicWords.find((w) => padded.includes(` ${w} `));
  return { kind: 'outOfScope', label: rec.otherNutrients[0] ?? offTopic ?? 'unrecognised', at };
}
