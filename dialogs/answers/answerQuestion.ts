/**
 * Turns a recognised question into a reply: the pure heart of the Q&A. Dialog-level intents (help,
 * cancel, the symptom check, privacy) are handled by the dialogs, not here.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Intent, NutrientId } from '../../knowledge/schema';
import type { Correction } from '../../knowledge/search/spellCorrector';
import { CLARIFY_BELOW, KNOWLEDGE_QUESTIONS, type Recognition } from '../../knowledge/understanding/recognize';
import { type Reply, note, text } from '../replies/replyModel';
import { SharedReplies } from '../replies/sharedReplies';
import { lifestyle, nutrientsLinkedTo, symptomOverview } from './contextAnswers';
import { foodNutrientAmount, nutrientsInFood } from './foodAnswers';
import {
  amountReply,
  compareReply,
  howManyReply,
  mealReply,
  notUnderstoodText,
  problemText,
  unitPortion,
} from './amountAnswers';
import { type FoodPortion, isProblem } from '../../knowledge/quantities/foodAmounts';
import { joinWords } from './format';
import {
  askWhichNutrient,
  clarify,
  emptyMessage,
  greeting,
  notCovered,
  otherLanguage,
  outOfScope,
  thanks,
  whichWord,
} from './generalAnswers';
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

/** Intents whose answer is about a nutrient: when only uncovered ones are named, none of ours stands in. */
const ABOUT_A_NUTRIENT: ReadonlySet<Intent> = new Set([...KNOWLEDGE_QUESTIONS, 'outOfScope']);

export function answerQuestion(kb: KnowledgeBase, rec: Recognition, last?: LastQuestion): Answer {
  // "foods with iron", "how much zinc in spinach": say plainly it is not covered, with no table standing in.
  if (rec.otherNutrients.length && !rec.nutrients.length && ABOUT_A_NUTRIENT.has(rec.intent)) {
    return { reply: notCovered(kb, rec.otherNutrients, rec.foods[0] ? kb.food(rec.foods[0])?.name : undefined) };
  }
  // A word with two or three equally likely readings, and nothing else understood: ask which.
  const unclear = rec.analysis.unclear[0];
  if (unclear && rec.intent === 'outOfScope' && !rec.otherNutrients.length) {
    return { reply: whichWord(unclear.word, unclear.options) };
  }
  const answer = answerFor(kb, rec, last);
  if (answer.reply.kind === 'fallback' || answer.reply.kind === 'clarify') return answer;
  const notes = [];
  if (rec.assumed.length) notes.push(note('info', readAs(rec.assumed)));
  // Say plainly what is not covered rather than silently answering something else.
  if (rec.otherNutrients.length) {
    notes.push(
      note(
        'info',
        `I only cover magnesium, calcium, potassium, vitamin D and vitamin B12, so I can’t give figures for ${joinWords(rec.otherNutrients)}.`,
      ),
    );
  }
  // A new reply around the (possibly shared, frozen) one: the shared reply itself is never changed.
  return notes.length ? { ...answer, reply: { ...answer.reply, blocks: [...notes, ...answer.reply.blocks] } } : answer;
}

const NEEDS_FOOD_INTENTS: ReadonlySet<Intent> = new Set(['foodNutrientAmount', 'nutrientsInFood', 'mealTotal']);

/** The foods of a meal with their amounts, and what could not be read. */
function meal(kb: KnowledgeBase, rec: Recognition, nutrients: NutrientId[]): Reply {
  const portions: FoodPortion[] = [];
  const problems: string[] = [];
  for (const p of rec.portions) {
    const food = kb.food(p.food);
    if (!food) continue;
    const portion = kb.portions.portion(food, p.quantity);
    if (isProblem(portion)) problems.push(problemText(portion));
    else portions.push(portion);
  }
  if (rec.notUnderstood.length) problems.push(notUnderstoodText(rec.notUnderstood));
  return mealReply(kb, portions, nutrients, problems);
}

function outOfScopeWith(sentence: string): Reply {
  const base = outOfScope();
  return { ...base, blocks: [text(sentence), ...base.blocks.slice(1)] };
}

function withNotes(r: Reply, notUnderstood: readonly string[]): Reply {
  return notUnderstood.length ? { ...r, blocks: [...r.blocks, note('info', notUnderstoodText(notUnderstood))] } : r;
}

/** “I read “magnesiam” as magnesium and “spinich” as spinach.” */
export function readAs(corrections: readonly Correction[]): string {
  return `I read ${joinWords(corrections.map((c) => `“${c.from}” as ${c.to}`))}.`;
}

/** Answers that depend only on the knowledge base and the key's parts, shared per knowledge base. */
const sharedByKb = new WeakMap<KnowledgeBase, SharedReplies>();

function shared(kb: KnowledgeBase, key: string, build: () => Reply): Reply {
  let replies = sharedByKb.get(kb);
  if (!replies) sharedByKb.set(kb, (replies = new SharedReplies()));
  return replies.get(key, build);
}

function answerFor(kb: KnowledgeBase, rec: Recognition, last?: LastQuestion): Answer {
  // A follow-up keeps what it does not restate: "and calcium?" after "how much potassium in milk?".
  const carry = rec.isFollowUp && last !== undefined;
  const nutrients = rec.nutrients.length ? rec.nutrients : carry ? last.nutrients : [];
  const foodIds = rec.foods.length ? rec.foods : carry ? last.foods : [];
  const foods = foodIds.map((id) => kb.food(id)).filter((f) => f !== undefined);
  const nutrient = nutrients[0];
  const activeSymptoms = rec.symptoms.filter((s) => !s.negated).map((s) => s.id);
  const done = (reply: Reply, usedFoods = foodIds, usedNutrients = nutrients): Answer => ({
    reply,
    remember: { intent: rec.intent, nutrients: usedNutrients, foods: usedFoods, sources: reply.sources },
  });

  if (rec.confidence < CLARIFY_BELOW && nutrient) {
    const name = kb.nutrient(nutrient).name;
    return { reply: clarify([suggest.foods(name), suggest.role(name), suggest.signs(name)]) };
  }

  // Amounts: one food in the amount asked for, or several totalled as a meal.
  const said = rec.portions.filter((p) => p.quantity);
  const mealLike =
    rec.intent === 'mealTotal' || (said.length >= 1 && rec.portions.length >= 2 && NEEDS_FOOD_INTENTS.has(rec.intent));
  if (mealLike && rec.portions.length) return done(meal(kb, rec, nutrients));
  if (said.length && NEEDS_FOOD_INTENTS.has(rec.intent)) {
    const p = kb.food(said[0]!.food);
    if (p) {
      const portion = kb.portions.portion(p, said[0]!.quantity);
      if (isProblem(portion)) return { reply: outOfScopeWith(problemText(portion)) };
      return done(withNotes(amountReply(kb, portion, nutrients), rec.notUnderstood));
    }
  }
  if (
    rec.notUnderstood.length &&
    !rec.foods.length &&
    (KNOWLEDGE_QUESTIONS.has(rec.intent) || rec.intent === 'outOfScope')
  )
    return { reply: outOfScopeWith(notUnderstoodText(rec.notUnderstood)) };

  switch (rec.intent) {
    case 'compareFoods': {
      const compared =
        foods.length >= 2 ? foods : (last?.foods ?? []).map((id) => kb.food(id)).filter((f) => f !== undefined);
      const ids = nutrients.length ? nutrients : (last?.nutrients ?? []);
      if (compared.length < 2) return { reply: outOfScope() };
      return done(
        compareReply(kb, compared.slice(0, 4), ids),
        compared.map((f) => f.id),
        ids,
      );
    }
    case 'howMany': {
      const food = foods[0] ?? (last?.foods[0] ? kb.food(last.foods[0]) : undefined);
      const target = nutrient ?? last?.nutrients[0];
      if (!food) return { reply: outOfScope() };
      if (!target) return { reply: askWhichNutrient(kb, 'foods') };
      let unit = unitPortion(kb, food, rec.portions.find((p) => p.food === food.id)?.quantity);
      let problem: string | undefined;
      if ('kind' in unit) {
        // "how many tins of sardines": no weight for a tin, so count servings and say so.
        problem = problemText(unit);
        unit = unitPortion(kb, food);
        if ('kind' in unit) return { reply: outOfScopeWith(problem) };
      }
      const answer = howManyReply(kb, unit.portion, target, unit.words);
      return done(
        problem ? { ...answer, blocks: [note('info', problem), ...answer.blocks] } : answer,
        [food.id],
        [target],
      );
    }
    case 'foodsForNutrient': {
      const target = nutrient ?? nutrientsLinkedTo(kb, activeSymptoms)[0];
      if (!target) return { reply: askWhichNutrient(kb, 'foods') };
      const list = shared(kb, `foods|${target}|${rec.diets.join(',')}`, () => foodsForNutrient(kb, target, rec.diets));
      // "what foods help with cramps?": food is half of it, fluids the other half.
      const fluids = kb.data.guidance.lifestyleFactors.find((f) => f.id === 'dehydration')?.advice[0];
      if (!nutrient && fluids)
        return done({
          ...list,
          blocks: [...list.blocks, note('info', fluids.text)],
          sources: [...new Set([...list.sources, fluids.source])],
        });
      return done(list);
    }
    case 'nutrientRole':
      return nutrient
        ? done(shared(kb, `role|${nutrient}`, () => nutrientRole(kb, nutrient)))
        : { reply: askWhichNutrient(kb, 'role') };
    case 'deficiencySigns':
      return nutrient
        ? done(shared(kb, `signs|${nutrient}`, () => deficiencySigns(kb, nutrient)))
        : { reply: askWhichNutrient(kb, 'signs') };
    case 'whoIsAtRisk':
      return nutrient
        ? done(shared(kb, `risk|${nutrient}`, () => whoIsAtRisk(kb, nutrient)))
        : { reply: askWhichNutrient(kb, 'risk') };
    case 'nutrientsInFood':
    case 'foodNutrientAmount': {
      const food = foods[0];
      // Two nutrients or more for one food ("eggs for vitamin D and B12?"): each, for one serving.
      if (food && nutrients.length >= 2)
        return done(amountReply(kb, kb.portions.portion(food) as FoodPortion, nutrients));
      if (food && nutrient)
        return done(
          shared(kb, `amount|${food.id}|${nutrient}|${rec.diets.join(',')}`, () =>
            foodNutrientAmount(kb, food, nutrient, rec.diets),
          ),
        );
      if (food) return done(shared(kb, `profile|${food.id}`, () => nutrientsInFood(kb, food)));
      return nutrient && rec.intent === 'foodNutrientAmount'
        ? done(shared(kb, `foods|${nutrient}|${rec.diets.join(',')}`, () => foodsForNutrient(kb, nutrient, rec.diets)))
        : { reply: outOfScope() };
    }
    case 'supplements':
      return done(shared(kb, `supplements|${nutrients.join(',')}`, () => supplements(kb, nutrients)));
    case 'lifestyle':
      return done(shared(kb, `lifestyle|${rec.lifestyleFactors.join(',')}`, () => lifestyle(kb, rec.lifestyleFactors)));
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
