/**
 * Answers about what the food table has no figures for: foods such as nutritional yeast or spirulina, and
 * the forms a nutrient comes in as a supplement (citrate or oxide, D2 or D3). Never a dose.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import {
  type FoodNote,
  type FormNote,
  type ProductNotes,
  type ProductsFound,
  loadProductNotes,
} from '../../knowledge/products/productNotes';
import type { NutrientId } from '../../knowledge/schema';
import type { Recognition } from '../../knowledge/understanding/recognize';
import { type Block, type Reply, heading, list, note, reply, text } from '../replies/replyModel';
import { inSentence, joinWords } from './format';
import { suggest } from './nutrientAnswers';

let notes: ProductNotes | undefined;
/** Loaded at the first message that needs it, once per process. */
function productNotes(): ProductNotes {
  return (notes ??= loadProductNotes());
}

/**
 * "3 calcium carbonate antacids (each 1000mg) and a 500mg tablet": what the forms named with a dose of these
 * nutrients are, and that a label's figure can be the whole compound's weight, said with the dose's answer.
 */
export function withDoseForms(answer: Reply, rec: Recognition, ids: readonly NutrientId[]): Reply {
  const forms = productNotes()
    .find(rec.analysis.tokens, rec.nutrients)
    .forms.filter((f) => ids.includes(f.nutrient));
  if (!forms.length) return answer;
  return {
    ...answer,
    blocks: [
      ...answer.blocks,
      note(
        'info',
        `${forms.map((f) => `${f.name}: ${f.text}`).join(' ')} A figure such as “1000 mg” on a label can be the weight of the whole compound rather than of the mineral in it: the label’s “elemental” amount is the one that counts toward the limit.`,
      ),
    ],
    sources: [...new Set([...answer.sources, ...forms.map((f) => f.source)])],
  };
}

/** "which form of magnesium is best", "citrate vs oxide", "d2 or d3?": a question about the forms. */
const ABOUT_FORMS =
  /\b(vs|versus|or|difference|differences|better|best|which|compare|compared|absorbed|absorption|form|forms|type|types|kind|kinds)\b/;
const WHICH_FORM = /\b(which|what|best|better) (form|forms|type|types|kind|kinds)\b|\b(forms?|types?|kinds?) of\b/;

/** The product notes a message asks about: forms asked about as such, and foods the table has not. */
export function productsAsked(rec: Recognition): ProductsFound {
  const found = productNotes().find(rec.analysis.tokens, rec.nutrients);
  const normal = rec.analysis.corrected.join(' ');
  // "I take 400 mg magnesium citrate": a dose (answered against its limit), not a question about the form.
  const formsAsked =
    !rec.doses.length && !rec.medicines.length && (found.forms.length >= 2 || ABOUT_FORMS.test(normal))
      ? found.forms
      : [];
  // "which form of magnesium is best": every form of the nutrient named.
  const forms =
    formsAsked.length || !WHICH_FORM.test(normal) || rec.nutrients.length !== 1 || rec.foods.length
      ? formsAsked
      : productNotes().data.forms.filter((f) => f.nutrient === rec.nutrients[0]);
  return { foods: rec.foods.length ? [] : found.foods, forms };
}

/** The forms asked about, what differs between them, and the supplement caution: no dose. */
export function formsReply(kb: KnowledgeBase, forms: readonly FormNote[]): Reply {
  const ids = [...new Set(forms.map((f) => f.nutrient))];
  const nutrients = ids.map((id) => kb.nutrient(id));
  return reply('supplements', {
    title: `${joinWords(nutrients.map((n) => n.name))}: forms in supplements`,
    blocks: [
      list(forms.map((f) => `${f.name}: ${f.text}`)),
      ...nutrients.map((n) => note('caution', `${n.name}: ${n.supplementCaution.text}`)),
      text(
        'I can’t recommend a supplement or a dose: a doctor or pharmacist can say whether one suits you, and a blood test shows whether you need more.',
      ),
    ],
    suggestions: [...nutrients.slice(0, 2).map((n) => suggest.foods(n.name)), suggest.check],
    healthInfo: true,
    sources: [...new Set([...forms.map((f) => f.source), ...nutrients.map((n) => n.supplementCaution.source)])],
  });
}

/** Foods the table has no figures for: what matters about them for the nutrients asked (or any). */
export function otherFoodsReply(kb: KnowledgeBase, foods: readonly FoodNote[], asked: readonly NutrientId[]): Reply {
  const blocks: Block[] = [];
  const sources = new Set<string>();
  for (const food of foods) {
    const facts = food.facts.filter((f) => !asked.length || asked.includes(f.nutrient));
    if (foods.length > 1) blocks.push(heading(food.name));
    if (facts.length) {
      blocks.push(...facts.map((f) => text(f.text)));
      facts.forEach((f) => sources.add(f.source));
    } else {
      blocks.push(
        text(
          `${food.name} isn’t in my food table, so I can’t give a figure for ${joinWords(asked.map((id) => inSentence(kb.nutrient(id).name)))}.`,
        ),
      );
    }
  }
  blocks.push(
    note(
      'info',
      `${joinWords(foods.map((f) => f.name))} ${foods.length > 1 ? 'are' : 'is'} not in my food table, so there are no figures per serving here.`,
    ),
  );
  return reply('foodAmount', {
    title: joinWords(foods.map((f) => f.name)),
    blocks,
    suggestions: ['Which foods have vitamin B12?', suggest.check],
    healthInfo: true,
    sources: [...sources],
  });
}
