/** Answers that connect facts: lifestyle factors, what reported symptoms may point to, and sources. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { NutrientId } from '../../knowledge/schema';
import { type Reply, heading, list, note, reply, text } from '../replies/replyModel';
import { joinWords, inSentence } from './format';
import { suggest } from './nutrientAnswers';

/**
 * Lifestyle causes and what helps; titled by the symptom told ("... and muscle cramps"), twitching by default,
 * and by another symptom when only that one is told ("... and tingling or numbness in the hands and feet").
 */
export function lifestyle(kb: KnowledgeBase, ids: string[], symptomIds: readonly string[] = []): Reply {
  const all = kb.data.guidance.lifestyleFactors;
  const factors = ids.length ? all.filter((f) => ids.includes(f.id)) : all;
  const other =
    symptomIds.includes('cramps') || symptomIds.includes('twitching')
      ? undefined
      : kb.data.symptoms.find((s) => s.id === symptomIds[0]);
  const about = other
    ? other.label.toLowerCase()
    : symptomIds.includes('cramps') && !symptomIds.includes('twitching')
      ? 'muscle cramps'
      : 'muscle twitching';
  return reply('lifestyle', {
    title: factors.length === 1 ? `${factors[0]!.name} and ${about}` : `Lifestyle factors and ${about}`,
    blocks: factors.flatMap((f) => [
      heading(f.name),
      text(f.howItContributes.text),
      text('What helps:'),
      list(f.advice.map((a) => a.text)),
      // Only with the factors asked about: the full list would bury the answer.
      ...(ids.length
        ? [note('caution', `When to see a doctor: ${f.whenToSeeADoctor.map((w) => w.text).join(' ')}`)]
        : []),
    ]),
    suggestions: [suggest.check, 'When should I see a doctor?'],
    healthInfo: true,
    sources: [
      ...new Set(
        factors.flatMap((f) => [
          f.howItContributes.source,
          ...f.advice.map((a) => a.source),
          ...(ids.length ? f.whenToSeeADoctor.map((w) => w.source) : []),
        ]),
      ),
    ],
  });
}

/** "How do I stop a cramp?": what helps with the symptoms named, and when to see a doctor; none without data. */
export function selfCare(kb: KnowledgeBase, symptomIds: readonly string[]): Reply | undefined {
  const cares = kb.data.guidance.selfCare.filter((c) => symptomIds.includes(c.symptom));
  if (!cares.length) return undefined;
  const one = cares.length === 1;
  return reply('lifestyle', {
    title: `What helps with ${joinWords(cares.map((c) => c.name))}`,
    blocks: cares.flatMap((c) => [
      ...(one ? [] : [heading(capitalize(c.name))]),
      ...(c.during.length ? [text('When it happens:'), list(c.during.map((f) => f.text))] : []),
      text('To make it less likely:'),
      list(c.prevent.map((f) => f.text)),
      note('caution', `When to see a doctor: ${c.whenToSeeADoctor.map((f) => f.text).join(' ')}`),
    ]),
    suggestions: [suggest.check, 'When should I see a doctor?'],
    healthInfo: true,
    sources: [
      ...new Set(cares.flatMap((c) => [...c.during, ...c.prevent, ...c.whenToSeeADoctor].map((f) => f.source))),
    ],
  });
}

/** The causes named when the one asked about is not among them: the most common, in this order. */
const USUAL_CAUSES = ['dehydration', 'intense-exercise', 'stress', 'poor-sleep', 'caffeine', 'alcohol', 'medications'];

/**
 * What helps with a symptom, opened by saying the cause asked about is not one the sources list ("does cold
 * weather give you cramps?"), and naming the usual ones. A new reply: the answer may be shared.
 */
export function withUsualCauses(kb: KnowledgeBase, answer: Reply): Reply {
  const usual = USUAL_CAUSES.map((id) => kb.data.guidance.lifestyleFactors.find((f) => f.id === id)).filter(
    (f) => f !== undefined,
  );
  return {
    ...answer,
    blocks: [
      note(
        'info',
        `My sources don’t list that as a cause, so I can’t say whether it is one. The usual lifestyle causes are ${joinWords(usual.map((f) => inSentence(f.name)))}.`,
      ),
      ...answer.blocks,
    ],
    sources: [...new Set([...answer.sources, ...usual.map((f) => f.howItContributes.source)])],
  };
}

/** The nutrients whose deficiency lists the reported symptoms, strongest overlap first. */
export function nutrientsLinkedTo(kb: KnowledgeBase, symptomIds: readonly string[]): NutrientId[] {
  const counts = new Map<NutrientId, number>();
  for (const s of kb.data.symptoms) {
    if (!symptomIds.includes(s.id)) continue;
    for (const link of s.linkedTo) counts.set(link.nutrient, (counts.get(link.nutrient) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** A short answer when someone names symptoms while asking something else (the full check is the interview). */
export function symptomOverview(kb: KnowledgeBase, symptomIds: string[]): Reply {
  const labels = kb.data.symptoms.filter((s) => symptomIds.includes(s.id)).map((s) => s.label.toLowerCase());
  const linked = nutrientsLinkedTo(kb, symptomIds).map((id) => kb.nutrient(id));
  // When a doctor should see these symptoms: their self-care advice says, or else the triage rule they raise.
  const doctor = symptomIds.flatMap((id) => {
    const care = kb.data.guidance.selfCare.find((c) => c.symptom === id);
    if (care) return care.whenToSeeADoctor;
    return kb.data.triage.rules
      .filter((r) => 'symptoms' in r.when && r.when.symptoms.includes(id))
      .map((r) => r.advice);
  });
  return reply('symptomOverview', {
    blocks: [
      text(
        `${capitalize(joinWords(labels))} can be linked to low levels of ${joinWords(linked.map((n) => inSentence(n.name))) || 'several nutrients'}, and also to dehydration, stress or poor sleep.`,
      ),
      ...(doctor.length
        ? [note('caution', `When to see a doctor: ${[...new Set(doctor.map((f) => f.text))].join(' ')}`)]
        : []),
      text('A few questions would narrow it down. Shall we do a quick symptom check?'),
    ],
    suggestions: [suggest.check, ...linked.slice(0, 2).map((n) => suggest.foods(n.name))],
    healthInfo: true,
    sources: [
      ...new Set([
        ...kb.data.symptoms.filter((s) => symptomIds.includes(s.id)).flatMap((s) => s.linkedTo.map((l) => l.source)),
        ...doctor.map((f) => f.source),
      ]),
    ],
  });
}

export function sources(kb: KnowledgeBase, ids: readonly string[]): Reply {
  const found = ids.map((id) => kb.source(id)).filter((s) => s !== undefined);
  if (!found.length) {
    return reply('sources', {
      blocks: [text('Ask me something first, then say “source?” and I’ll show where that answer comes from.')],
      suggestions: ['What foods have potassium?'],
    });
  }
  return reply('sources', {
    title: 'Where that answer comes from',
    blocks: [list(found.map((s) => [s.title, s.publisher, s.url].filter(Boolean).join(' · ')))],
    suggestions: [suggest.check],
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
