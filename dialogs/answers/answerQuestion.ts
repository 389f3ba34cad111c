/**
 * Turns a recognised question into a reply: the pure heart of the Q&A. Dialog-level intents (help,
 * cancel, the symptom check, privacy) are handled by the dialogs, not here.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Intent, NutrientId } from '../../knowledge/schema';
import { CLARIFY_BELOW, type Recognition } from '../../knowledge/understanding/recognize';
import { type Reply, note } from '../replies/replyModel';
import { lifestyle, nutrientsLinkedTo, symptomOverview } from './contextAnswers';
import { foodNutrientAmount, nutrientsInFood } from './foodAnswers';
import { askWhichNutrient, clarify, emptyMessage, greeting, otherLanguage, outOfScope, thanks } from './generalAnswers';
import { deficiencySigns, foodsForNutrient, nutrientRole, suggest, supplements, whoIsAtRisk } from './nutrientAnswers';
import { seeDoctor } from './safetyAnswers';

/** What the previous answer was about, so "and calcium?" or "source?" can build on it. */
export interface LastQuestion {
  intent: Intent;
  nutrients: NutrientId[];
  foods: string[];
  sources: string[];
}

export interface Answer {
  reply: Reply;
  /** Set when the answer is one a follow-up can continue. */
  remember?: LastQuestion;
}

export function answerQuestion(kb: KnowledgeBase, rec: Recognition, last?: LastQuestion): Answer {
  const answer = answerFor(kb, rec, last);
  if (!rec.otherNutrients.length || answer.reply.kind === 'fallback') return answer;
  // Say plainly what is not covered rather than silently answering something else.
  const other = note(
    'info',
    `I only cover magnesium, calcium, potassium, vitamin D and vitamin B12, so I can’t give figures for ${rec.otherNutrients.join(', ')}.`,
  );
  return { ...answer, reply: { ...answer.reply, blocks: [other, ...answer.reply.blocks] } };
}

function answerFor(kb: KnowledgeBase, rec: Recognition, last?: LastQuestion): Answer {
  // A follow-up keeps what it does not restate: "and calcium?" after "how much potassium in milk?".
  const carry = rec.isFollowUp && last !== undefined;
  const nutrients = rec.nutrients.length ? rec.nutrients : carry ? last.nutrients : [];
  const foodIds = rec.foods.length ? rec.foods : carry ? last.foods : [];
  const foods = foodIds.map((id) => kb.food(id)).filter((f) => f !== undefined);
  const nutrient = nutrients[0];
  const activeSymptoms = rec.symptoms.filter((s) => !s.negated).map((s) => s.id);
  const done = (reply: Reply): Answer => ({
    reply,
    remember: { intent: rec.intent, nutrients, foods: foodIds, sources: reply.sources },
  });

  if (rec.confidence < CLARIFY_BELOW && nutrient) {
    const name = kb.nutrient(nutrient).name;
    return { reply: clarify([suggest.foods(name), suggest.role(name), suggest.signs(name)]) };
  }

  switch (rec.intent) {
    case 'foodsForNutrient': {
      const target = nutrient ?? nutrientsLinkedTo(kb, activeSymptoms)[0];
      if (!target) return { reply: askWhichNutrient(kb, 'foods') };
      return done(foodsForNutrient(kb, target, rec.diet));
    }
    case 'nutrientRole':
      return nutrient ? done(nutrientRole(kb, nutrient)) : { reply: askWhichNutrient(kb, 'role') };
    case 'deficiencySigns':
      return nutrient ? done(deficiencySigns(kb, nutrient)) : { reply: askWhichNutrient(kb, 'signs') };
    case 'whoIsAtRisk':
      return nutrient ? done(whoIsAtRisk(kb, nutrient)) : { reply: askWhichNutrient(kb, 'risk') };
    case 'nutrientsInFood':
      if (foods[0] && nutrient) return done(foodNutrientAmount(kb, foods[0], nutrient));
      return foods[0] ? done(nutrientsInFood(kb, foods[0])) : { reply: outOfScope() };
    case 'foodNutrientAmount':
      if (foods[0] && nutrient) return done(foodNutrientAmount(kb, foods[0], nutrient));
      if (foods[0]) return done(nutrientsInFood(kb, foods[0]));
      return nutrient ? done(foodsForNutrient(kb, nutrient, rec.diet)) : { reply: outOfScope() };
    case 'supplements':
      return done(supplements(kb, nutrients));
    case 'lifestyle':
      return done(lifestyle(kb, rec.lifestyleFactors));
    case 'seeDoctor':
      return done(seeDoctor(kb));
    case 'symptomCheck':
      return done(symptomOverview(kb, activeSymptoms));
    case 'greeting':
      return { reply: greeting() };
    case 'thanks':
      return { reply: thanks() };
    case 'empty':
      return { reply: emptyMessage() };
    case 'otherLanguage':
      return { reply: otherLanguage() };
    default:
      return { reply: outOfScope() };
  }
}
