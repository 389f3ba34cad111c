/** Answers about one nutrient: foods rich in it, what it does, signs of a low level, who is at risk. */
import { type KnowledgeBase, inFoodGroup } from '../../knowledge/knowledgeBase';
import type { DietTag, Food, FoodGroup, NutrientId } from '../../knowledge/schema';
import { type Reply, heading, list, note, reply, text } from '../replies/replyModel';
import {
  FOOD_TABLE_COLUMNS,
  dailyValueLine,
  foodAmountRow,
  formatAmount,
  formatDV,
  joinWords,
  inSentence,
} from './format';

export const suggest = {
  foods: (name: string) => `Foods for ${inSentence(name)}`,
  role: (name: string) => `What does ${inSentence(name)} do?`,
  signs: (name: string) => `Signs of low ${inSentence(name)}`,
  risk: (name: string) => `Who is at risk of low ${inSentence(name)}?`,
  needs: (name: string) => `How much ${inSentence(name)} do I need?`,
  check: 'Check my symptoms',
};

export function foodsForNutrient(
  kb: KnowledgeBase,
  id: NutrientId,
  dietOrDiets?: DietTag | readonly DietTag[],
  groupId?: string,
  /** Foods the person set aside ("without bananas"): left out of the list and of the everyday foods named. */
  leaveOut: readonly Food[] = [],
): Reply {
  const n = kb.nutrient(id);
  const diets: DietTag[] =
    dietOrDiets === undefined ? [] : typeof dietOrDiets === 'string' ? [dietOrDiets] : [...dietOrDiets];
  const kept = keptApartFrom(leaveOut);
  const group = kb.data.foodGroups.find((g) => g.id === groupId);
  if (group) return groupList(kb, id, diets, group, kept, leaveOut.length);
  const ranked = kb
    .foodsRichIn(id, { diets, limit: 8 + leaveOut.length * 4 })
    .filter((r) => kept(r.food))
    .slice(0, 8);
  const dietLabel = joinWords(diets.map((d) => kb.diets.get(d)?.label ?? d));
  const documentFoods = kb.documentFoods(id, diets).filter((d) => !d.figures || kept(d.figures.food));
  const dietNotes = kb.dietNotes(id, diets);
  const filterNotes = diets.flatMap((d) => {
    const note = kb.diets.get(d)?.note;
    return note ? [note] : [];
  });
  const blocks = [
    text(
      diets.length
        ? `Top ${dietLabel} foods for ${inSentence(n.name)}, per serving (${dailyValueLine(n)}):`
        : `Foods richest in ${inSentence(n.name)}, per serving (${dailyValueLine(n)}):`,
    ),
  ];
  if (ranked.length)
    blocks.push({ type: 'table' as const, columns: FOOD_TABLE_COLUMNS, rows: ranked.map(foodAmountRow) });
  if (diets.length && ranked.length < 3) {
    blocks.push(note('caution', `Few ${dietLabel} foods in my table are good sources of ${inSentence(n.name)}.`));
  }
  for (const f of filterNotes) blocks.push(note('info', f.text));
  for (const d of dietNotes) blocks.push(note('info', d.text));
  if (n.foodCaution) blocks.push(note('caution', n.foodCaution.text));
  const named = documentFoods.map((d) =>
    d.figures
      ? `${d.name} (${formatAmount(d.figures.amount, n.unit)}, ${formatDV(d.figures.percentDV)} per ${d.figures.food.serving.label})`
      : d.name,
  );
  if (named.length) blocks.push(text(`Everyday foods often recommended for it: ${joinWords(named)}.`));
  const other = n.otherSources.map((f) => f.text);
  if (other.length) blocks.push(list(other));
  if (ranked.some((r) => r.food.tags.includes('fortified'))) {
    blocks.push(note('info', 'Fortified products vary by brand: check the label.'));
  }
  const suggestions = [suggest.role(n.name), suggest.signs(n.name)];
  if (!diets.length) suggestions.push(`Vegan ${inSentence(n.name)} foods`);
  suggestions.push(suggest.check);
  return reply('foodList', {
    title: `${n.name}: best food sources${diets.length ? ` (${dietLabel})` : ''}`,
    blocks,
    suggestions,
    healthInfo: true,
    sources: [
      ...new Set([
        'USDA_SR28',
        n.dailyValue.source,
        n.documentFoods.source,
        ...dietNotes.map((d) => d.source),
        ...filterNotes.map((f) => f.source),
      ]),
    ],
  });
}

/** "Which nuts have the most magnesium?": the richest of that kind only, with the diets asked for. */
/** Whether a food is kept when these are set aside: "tofu" sets aside firm and soft tofu alike (its name's head). */
function keptApartFrom(leaveOut: readonly Food[]): (food: Food) => boolean {
  if (!leaveOut.length) return () => true;
  const heads = leaveOut.map((f) => f.name.split(',')[0]!.toLowerCase());
  return (food) => !leaveOut.includes(food) && !heads.some((h) => food.name.toLowerCase().startsWith(h));
}

function groupList(
  kb: KnowledgeBase,
  id: NutrientId,
  diets: readonly DietTag[],
  group: FoodGroup,
  kept: (food: Food) => boolean = () => true,
  leftOut = 0,
): Reply {
  const n = kb.nutrient(id);
  const ranked = kb
    .foodsRichIn(id, { diets, group, limit: 8 + leftOut * 4 })
    .filter((r) => kept(r.food))
    .slice(0, 8);
  // "pescatarian fish": a diet every food of the kind fits goes without saying.
  const named = diets.filter((d) => kb.data.foods.some((f) => inFoodGroup(f, group) && !kb.diets.fits(f, [d])));
  const dietLabel = joinWords(named.map((d) => kb.diets.get(d)?.label ?? d));
  const kind = named.length ? `${dietLabel} ${group.label}` : group.label;
  const blocks = [
    text(
      ranked.length
        ? `The ${kind} in my table richest in ${inSentence(n.name)}, per serving (${dailyValueLine(n)}):`
        : `None of the ${kind} in my table has much ${inSentence(n.name)}.`,
    ),
  ];
  if (ranked.length)
    blocks.push({ type: 'table' as const, columns: FOOD_TABLE_COLUMNS, rows: ranked.map(foodAmountRow) });
  // "which cheese has the most calcium?": servings differ (1 oz of parmesan, 1.5 oz of Swiss), so the
  // richest gram for gram is named too when it is another food.
  const densest = densestOf(kb, id, diets, group, kept);
  const first = ranked[0]?.food;
  if (densest && first && densest !== first && (densest.per100g[id] ?? 0) > (first.per100g[id] ?? 0))
    blocks.push(
      text(
        `Gram for gram, the richest is ${inSentence(densest.name)}: ${formatAmount(densest.per100g[id]!, n.unit)} per 100 g, against ${formatAmount(first.per100g[id] ?? 0, n.unit)} for ${inSentence(first.name)}.`,
      ),
    );
  // "which fruits have magnesium?": when that kind is a modest source at best, the richest foods of any kind.
  if ((ranked[0]?.percentDV ?? 0) < 20) {
    const richer = kb
      .foodsRichIn(id, { diets, limit: 12 })
      .filter((r) => !inFoodGroup(r.food, group))
      .slice(0, 3);
    if (richer.length)
      blocks.push(
        text(
          `Richer sources of other kinds: ${joinWords(richer.map((r) => `${inSentence(r.food.name)} (${formatAmount(r.amount, n.unit)} per ${r.food.serving.label})`))}.`,
        ),
      );
  }
  if (n.foodCaution) blocks.push(note('caution', n.foodCaution.text));
  if (ranked.some((r) => r.food.tags.includes('fortified')))
    blocks.push(note('info', 'Fortified products vary by brand: check the label.'));
  return reply('foodList', {
    title: `${n.name}: ${kind}`,
    blocks,
    suggestions: [suggest.foods(n.name), suggest.role(n.name), suggest.check],
    healthInfo: true,
    sources: [...new Set(['USDA_SR28', n.dailyValue.source, ...(n.foodCaution ? [n.foodCaution.source] : [])])],
  });
}

/** The food of a kind with the most of a nutrient per 100 g, of those that fit the diets. */
function densestOf(
  kb: KnowledgeBase,
  id: NutrientId,
  diets: readonly DietTag[],
  group: FoodGroup,
  kept: (food: Food) => boolean,
): Food | undefined {
  let best: Food | undefined;
  for (const r of kb.foodsRichIn(id, { diets, group, limit: Infinity }))
    if (kept(r.food) && (r.food.per100g[id] ?? 0) > (best?.per100g[id] ?? 0)) best = r.food;
  return best;
}

/**
 * "Went vegan, what do I need to watch?": for a diet with no nutrient named, what the notes say for each
 * covered nutrient on that diet. Undefined when no nutrient has a note for it.
 */
export function dietOverview(kb: KnowledgeBase, diets: readonly DietTag[]): Reply | undefined {
  const applies = (d: DietTag) => diets.includes(d) || (d === 'dairy-free' && diets.includes('lactose-free'));
  const rows = [...kb.data.nutrients.values()].flatMap((n) =>
    n.dietNotes.filter((d) => applies(d.diet)).map((d) => ({ n, note: d })),
  );
  if (!rows.length) return undefined;
  const label = joinWords(diets.map((d) => kb.diets.get(d)?.label ?? d));
  const names = [...new Set(rows.map((r) => r.n.name))];
  return reply('foodList', {
    title: `On a ${label} diet: what to watch`,
    blocks: [
      text(`Of the five nutrients I cover, these need some care on a ${label} diet:`),
      list(rows.map((r) => `${r.n.name}: ${r.note.text}`)),
    ],
    suggestions: names
      .slice(0, 2)
      .map((name) => `${capitalised(label)} ${inSentence(name)} foods`)
      .concat(suggest.check),
    healthInfo: true,
    sources: [...new Set(rows.map((r) => r.note.source))],
  });
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function nutrientRole(kb: KnowledgeBase, id: NutrientId): Reply {
  const n = kb.nutrient(id);
  return reply('nutrientInfo', {
    title: `${n.name} and your muscles`,
    blocks: [
      ...n.muscleRole.map((f) => text(f.text)),
      heading(`When it runs low (${n.deficiency.name})`),
      text(n.deficiency.mechanism.text),
      {
        type: 'facts',
        facts: [
          { label: 'Recommended', value: n.recommendedIntake.text },
          { label: 'Daily Value', value: formatAmount(n.dailyValue.amount, n.dailyValue.unit) },
        ],
      },
    ],
    suggestions: [suggest.foods(n.name), suggest.signs(n.name), suggest.risk(n.name)],
    healthInfo: true,
    sources: [
      ...new Set([...n.muscleRole.map((f) => f.source), n.deficiency.mechanism.source, n.recommendedIntake.source]),
    ],
  });
}

export function deficiencySigns(kb: KnowledgeBase, id: NutrientId): Reply {
  const n = kb.nutrient(id);
  // The schema requires at least one.
  const doctor = kb.data.guidance.whenToSeeADoctor[0]!;
  return reply('deficiencySigns', {
    title: `Signs of low ${inSentence(n.name)} (${n.deficiency.name})`,
    blocks: [
      text(n.deficiency.mechanism.text),
      heading('Symptoms that may appear'),
      list(n.deficiency.symptoms.map((f) => f.text)),
      note('caution', doctor.text),
    ],
    suggestions: [suggest.foods(n.name), suggest.risk(n.name), suggest.check],
    healthInfo: true,
    sources: [
      ...new Set([n.deficiency.mechanism.source, ...n.deficiency.symptoms.map((f) => f.source), doctor.source]),
    ],
  });
}

/**
 * "Who is at risk of low vitamin D?", "could I be low in D? I never go outside": who runs low, the signs,
 * how to find out (a blood test) and the everyday foods that supply it, so a person can weigh their own case.
 */
export function whoIsAtRisk(kb: KnowledgeBase, id: NutrientId): Reply {
  const n = kb.nutrient(id);
  const test = kb.data.guidance.whenToSeeADoctor[1];
  const signs = n.deficiency.symptoms.map((f) => f.text);
  const foods = n.documentFoods.names;
  return reply('riskGroups', {
    title: `Who is more likely to run low on ${inSentence(n.name)}`,
    blocks: [
      list(n.deficiency.atRisk.map((f) => f.text)),
      heading('Signs that may appear'),
      list(signs),
      ...(test ? [text(`${test.text} Ask yours if you think you may be low.`)] : []),
      text(`Foods that supply it: ${joinWords(foods)}.`),
      ...n.otherSources.map((f) => text(f.text)),
    ],
    suggestions: [suggest.foods(n.name), suggest.signs(n.name), suggest.check],
    healthInfo: true,
    sources: [
      ...new Set([
        ...n.deficiency.atRisk.map((f) => f.source),
        ...n.deficiency.symptoms.map((f) => f.source),
        ...(test ? [test.source] : []),
        n.documentFoods.source,
        ...n.otherSources.map((f) => f.source),
      ]),
    ],
  });
}

/** `forAChild`: no adult intakes beside the caution ("should I give her potassium?"); the caller says who to ask. */
export function supplements(kb: KnowledgeBase, ids: NutrientId[], forAChild = false): Reply {
  const nutrients = (ids.length ? ids : [...kb.data.nutrients.keys()]).map((id) => kb.nutrient(id));
  const named = ids.length > 0 && ids.length <= 2 && !forAChild;
  const adultLimit = (n: { upperLimit?: unknown }) => n.upperLimit !== undefined && !forAChild;
  return reply('supplements', {
    title: 'About supplements and large doses',
    blocks: [
      note(
        'caution',
        'I can’t recommend a supplement or a dose. More is not better: large doses can cause harm, and some interact with medicines or kidney problems. Please ask a doctor or pharmacist before taking one.',
      ),
      list(
        // The adults' upper limit, never for a child: their safe amounts are not an adult's.
        nutrients.map((n) => `${n.name}: ${n.supplementCaution.text}${adultLimit(n) ? ` ${n.upperLimit!.text}` : ''}`),
      ),
      text('Food sources are the safe place to start; a blood test can show whether you need more.'),
      // "what B12 dose should I take?": with one or two nutrients named, how much a day is recommended from
      // food and supplements together (no foods here: this card also answers an overdose).
      ...(named
        ? nutrients.map((n) =>
            text(`${n.name}, recommended a day from food and supplements together: ${n.recommendedIntake.text}`),
          )
        : []),
    ],
    suggestions: nutrients
      .slice(0, 2)
      .map((n) => suggest.foods(n.name))
      .concat(suggest.check),
    healthInfo: true,
    sources: [
      ...new Set(
        nutrients.flatMap((n) => [
          n.supplementCaution.source,
          ...(adultLimit(n) ? [n.upperLimit!.source] : []),
          ...(named ? [n.recommendedIntake.source] : []),
        ]),
      ),
    ],
  });
}
