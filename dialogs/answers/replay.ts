/**
 * "Say that again": what the last answer was built from, kept small in the conversation state (a few ids,
 * never a rendered card), and turned back into the recognition that gives the same answer.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { DietTag, Intent, NutrientId } from '../../knowledge/schema';
import type { Dose } from '../../knowledge/intakes/units';
import type { Correction } from '../../knowledge/search/spellCorrector';
import type { MessageContext } from '../../knowledge/understanding/context';
import type { Recognition } from '../../knowledge/understanding/recognize';
import type { LastQuestion } from './answerQuestion';

/** Bounds on what is kept, whatever a message names. */
const MAX_ITEMS = 6;
const MAX_WORD = 40;

export interface Replay {
  intent: Intent;
  confidence: number;
  nutrients: NutrientId[];
  foods: string[];
  /** Ids of the symptoms reported (not denied). */
  symptoms: string[];
  lifestyleFactors: string[];
  diet?: DietTag;
  /** Several diets at once, when more than one was asked for. */
  diets?: DietTag[];
  otherNutrients: string[];
  medicines?: string[];
  otherMedicines?: string[];
  doses?: Dose[];
  /** Life stages and who the message was about, without its duration or timing. */
  context?: Pick<MessageContext, 'lifeStages' | 'person'>;
  assumed: Correction[];
  /** A kind of food the list was asked for ("which nuts"). */
  foodGroup?: string;
  /** The amounts an answer used, per food: [food id, amount, unit id, size] (bounded like the rest). */
  portions?: [string, number | null, string | null, string | null][];
}

/** What to keep of an answered recognition; answered: the nutrients and foods the answer actually used. */
export function toReplay(rec: Recognition, answered?: LastQuestion): Replay {
  const few = <T>(items: readonly T[]) => items.slice(0, MAX_ITEMS);
  return {
    intent: rec.intent,
    confidence: rec.confidence,
    nutrients: few(answered?.nutrients ?? rec.nutrients),
    foods: few(answered?.foods ?? rec.foods),
    symptoms: few(rec.symptoms.filter((s) => !s.negated).map((s) => s.id)),
    lifestyleFactors: few(rec.lifestyleFactors),
    ...(rec.diet ? { diet: rec.diet } : {}),
    ...(rec.diets.length > 1 ? { diets: few(rec.diets) } : {}),
    ...(rec.foodGroup ? { foodGroup: rec.foodGroup.slice(0, MAX_WORD) } : {}),
    otherNutrients: few(rec.otherNutrients),
    ...(rec.medicines.length ? { medicines: few(rec.medicines) } : {}),
    ...(rec.otherMedicines.length ? { otherMedicines: few(rec.otherMedicines).map((m) => m.slice(0, MAX_WORD)) } : {}),
    ...(rec.doses.length ? { doses: few(rec.doses) } : {}),
    ...(rec.context.lifeStages.length || rec.context.person
      ? {
          context: {
            lifeStages: rec.context.lifeStages,
            ...(rec.context.person ? { person: rec.context.person } : {}),
          },
        }
      : {}),
    assumed: few(rec.assumed).map((c) => ({ from: c.from.slice(0, MAX_WORD), to: c.to.slice(0, MAX_WORD) })),
    ...(rec.portions.some((p) => p.quantity)
      ? {
          portions: few(rec.portions).map((p) => [
            p.food,
            p.quantity?.value ?? null,
            p.quantity?.unit?.id ?? null,
            p.quantity?.size ?? null,
          ]),
        }
      : {}),
  };
}

/** The recognition that gives the kept answer again. */
export function fromReplay(kb: KnowledgeBase, replay: Replay): Recognition {
  const labels = new Map(kb.data.symptoms.map((s) => [s.id, s.label]));
  return {
    intent: replay.intent,
    confidence: replay.confidence,
    nutrients: replay.nutrients,
    foods: replay.foods,
    symptoms: replay.symptoms.map((id) => ({ id, label: labels.get(id) ?? id, negated: false })),
    lifestyleFactors: replay.lifestyleFactors,
    diet: replay.diet,
    diets: replay.diets ?? (replay.diet ? [replay.diet] : []),
    otherNutrients: replay.otherNutrients,
    portions: (replay.portions ?? replay.foods.map((f) => [f, null, null, null] as const)).map(
      ([food, value, unit, size]) => {
        const u = kb.data.units.units.find((x) => x.id === unit);
        return value === null && !u
          ? { food }
          : {
              food,
              quantity: {
                ...(value !== null ? { value } : {}),
                ...(u ? { unit: u } : {}),
                ...(size ? { size } : {}),
                start: 0,
                end: 0,
                text: '',
              },
            };
      },
    ),
    notUnderstood: [],
    unlistedFoods: [],
    ...(replay.foodGroup ? { foodGroup: replay.foodGroup } : {}),
    medicines: replay.medicines ?? [],
    otherMedicines: replay.otherMedicines ?? [],
    doses: replay.doses ?? [],
    context: {
      lifeStages: replay.context?.lifeStages ?? [],
      ...(replay.context?.person ? { person: replay.context.person } : {}),
    },
    isFollowUp: false,
    assumed: replay.assumed,
    analysis: kb.analyze(''),
  };
}
