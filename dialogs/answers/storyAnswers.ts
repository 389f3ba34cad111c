/**
 * A message that tells a story and asks a question ("breastfeeding, hardly sleeping, my arms twitch. do I need
 * more magnesium?") is answered first; then what the causes told do, and the symptom check offered as the next
 * step rather than started. Plain symptom reports still begin the check (knowledge/understanding/recognize.ts).
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Recognition } from '../../knowledge/understanding/recognize';
import { type Reply, note, text } from '../replies/replyModel';
import { inSentence, joinWords } from './format';
import { suggest } from './nutrientAnswers';

/** Answers that already speak to the symptoms or the causes told, or are no answer: nothing to add. */
const SPEAKS_TO_SYMPTOMS: ReadonlySet<Reply['kind']> = new Set([
  'lifestyle',
  'doctor',
  'urgent',
  'fallback',
  'clarify',
  'question',
  'assessment',
  'summary',
]);

/** Whether a reply to this message offers the symptom check of the symptoms it told. */
export function offersCheck(rec: Recognition, answer: Reply): boolean {
  return rec.symptoms.some((s) => !s.negated) && !SPEAKS_TO_SYMPTOMS.has(answer.kind);
}

/**
 * The answer, then one line per cause the person told (what it does and what helps first), then the symptom
 * check offered with the symptoms named back. A new reply: the answer may be a shared, frozen one.
 */
export function withStory(kb: KnowledgeBase, rec: Recognition, answer: Reply): Reply {
  if (!offersCheck(rec, answer)) return answer;
  const factors = kb.data.guidance.lifestyleFactors.filter((f) => rec.lifestyleFactors.includes(f.id));
  const causes = factors.map((f) =>
    note('info', `You mentioned ${inSentence(f.name)}: ${inSentence(f.howItContributes.text)} ${f.advice[0]?.text ?? ''}`.trim()),
  );
  const told = new Set(rec.symptoms.filter((s) => !s.negated).map((s) => s.id));
  const labels = kb.data.symptoms.filter((s) => told.has(s.id)).map((s) => inSentence(s.label));
  // What the symptoms may point to already ends by offering the check.
  const offer =
    answer.kind === 'symptomOverview'
      ? []
      : [
          text(
            `You also told me about ${joinWords(labels)}. If you’d like, a quick symptom check (a few questions) can show what ${labels.length > 1 ? 'they' : 'it'} may point to and whether to see a doctor.`,
          ),
        ];
  return {
    ...answer,
    // The overview's last line offers the check: the causes go before it.
    blocks:
      answer.kind === 'symptomOverview'
        ? [...answer.blocks.slice(0, -1), ...causes, ...answer.blocks.slice(-1)]
        : [...answer.blocks, ...causes, ...offer],
    suggestions: [suggest.check, ...answer.suggestions.filter((s) => s !== suggest.check)].slice(0, 4),
    healthInfo: true,
    sources: [
      ...new Set([...answer.sources, ...factors.flatMap((f) => [f.howItContributes.source, ...f.advice.slice(0, 1).map((a) => a.source)])]),
    ],
  };
}
