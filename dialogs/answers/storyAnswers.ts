/**
 * A message that tells a story and asks a question ("breastfeeding, hardly sleeping, my arms twitch. do I need
 * more magnesium?") is answered first; then what the causes told do, and the symptom check offered as the next
 * step rather than started. Plain symptom reports still begin the check (knowledge/understanding/recognize.ts).
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Recognition } from '../../knowledge/understanding/recognize';
import type { LifestyleFactor } from '../../knowledge/schema';
import { type Block, type Reply, note, text } from '../replies/replyModel';
import { inSentence, joinWords } from './format';
import { nutrientsLinkedTo } from './contextAnswers';
import { suggest } from './nutrientAnswers';

/** Answers that already speak to the symptoms or the causes told, or are no answer: nothing to add. */
const SPEAKS_TO_SYMPTOMS: ReadonlySet<Reply['kind']> = new Set([
  'lifestyle',
  // A medicine's answer says what it does: "medications" as a cause would say it again.
  'medicine',
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

/** Everything the answer says, to leave out a note it already has. */
function saidIn(answer: Reply): string {
  return answer.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join(' ') : '')).join(' ');
}

/** A cause told, in one note: what it does, and what helps first. */
function causeNote(f: LifestyleFactor): Block {
  return note(
    'info',
    `You mentioned ${inSentence(f.name)}: ${inSentence(f.howItContributes.text)} ${f.advice[0]?.text ?? ''}`.trim(),
  );
}

/**
 * What helps with a symptom, then each cause told with it ("hungover, then a run, now cramping: what do I do?"):
 * what helps in general says nothing of the cause the person named. A new reply: the answer may be shared.
 */
export function withCausesTold(kb: KnowledgeBase, rec: Recognition, answer: Reply): Reply {
  const already = saidIn(answer);
  // In the order told: the first cause named is usually the one the person has in mind.
  const factors = rec.lifestyleFactors
    .map((id) => kb.data.guidance.lifestyleFactors.find((f) => f.id === id))
    .filter((f): f is LifestyleFactor => f !== undefined && !already.includes(f.howItContributes.text));
  if (!factors.length) return answer;
  return {
    ...answer,
    blocks: [...answer.blocks, ...factors.map(causeNote)],
    sources: [
      ...new Set([
        ...answer.sources,
        ...factors.flatMap((f) => [f.howItContributes.source, ...f.advice.slice(0, 1).map((a) => a.source)]),
      ]),
    ],
  };
}

/**
 * The answer, then what the person told about themselves that bears on it: each cause told (what it does, and
 * what helps first) when symptoms were told or the cause speaks of the nutrient asked, and each diet's note for
 * the nutrients asked; then, with symptoms told, the symptom check offered with the symptoms named back. A new
 * reply: the answer may be a shared, frozen one.
 */
export function withStory(kb: KnowledgeBase, rec: Recognition, answer: Reply, offerCheck = true): Reply {
  if (SPEAKS_TO_SYMPTOMS.has(answer.kind)) return answer;
  const told = new Set(rec.symptoms.filter((s) => !s.negated).map((s) => s.id));
  const already = saidIn(answer);
  const names = rec.nutrients.map((id) => kb.nutrient(id).name.toLowerCase());
  const factors = kb.data.guidance.lifestyleFactors.filter(
    (f) =>
      rec.lifestyleFactors.includes(f.id) &&
      !already.includes(f.howItContributes.text) &&
      (told.size > 0 ||
        names.some((n) => [f.howItContributes, ...f.advice].some((x) => x.text.toLowerCase().includes(n)))),
  );
  const causes = factors.map(causeNote);
  // "vegan 3 years, never taken b12, should I worry?": what the sources say of that nutrient on that diet.
  // "vegan student and always tired": with no nutrient named, the diet's notes for those the symptoms point to.
  const noted = rec.nutrients.length || !rec.diets.length ? rec.nutrients : nutrientsLinkedTo(kb, [...told]);
  const dietNotes = noted.flatMap((id) => kb.dietNotes(id, rec.diets).filter((d) => !already.includes(d.text)));
  const diets = [...new Map(dietNotes.map((d) => [d.text, d])).values()];
  const labels = kb.data.symptoms.filter((s) => told.has(s.id)).map((s) => inSentence(s.label));
  // What the symptoms may point to already ends by offering the check.
  const offer =
    !offerCheck || !told.size || answer.kind === 'symptomOverview'
      ? []
      : [
          text(
            `You also told me about ${joinWords(labels)}. If you’d like, a quick symptom check (a few questions) can show what ${labels.length > 1 ? 'they' : 'it'} may point to and whether to see a doctor.`,
          ),
        ];
  // "my 8 year old wakes with leg cramps, should I give him magnesium?": what is common in a child, and when to
  // see their paediatrician, beside the answer.
  const stageNotes =
    told.size && rec.context.lifeStages.includes('child')
      ? kb.data.guidance.lifeStageNotes.filter((n) => n.stage === 'child' && !already.includes(n.text))
      : [];
  const added = [...diets.map((d) => note('info', d.text)), ...causes, ...stageNotes.map((n) => text(n.text))];
  if (!added.length && !offer.length) return answer;
  return {
    ...answer,
    // The overview's last line offers the check: what was told goes before it.
    blocks:
      answer.kind === 'symptomOverview'
        ? [...answer.blocks.slice(0, -1), ...added, ...answer.blocks.slice(-1)]
        : [...answer.blocks, ...added, ...offer],
    suggestions:
      offerCheck && told.size
        ? [suggest.check, ...answer.suggestions.filter((s) => s !== suggest.check)].slice(0, 4)
        : answer.suggestions,
    healthInfo: true,
    sources: [
      ...new Set([
        ...answer.sources,
        ...diets.map((d) => d.source),
        ...stageNotes.map((n) => n.source),
        ...factors.flatMap((f) => [f.howItContributes.source, ...f.advice.slice(0, 1).map((a) => a.source)]),
      ]),
    ],
  };
}
