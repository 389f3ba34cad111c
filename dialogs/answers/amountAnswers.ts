/**
 * Answers about amounts: a nutrient in the amount asked for ("2 cups of cooked spinach"), the total of a
 * meal or a day's foods with the percent of the Daily Value, how many of a food reach the Daily Value, and
 * two or more foods compared per serving and per 100 g. Built from SR28's per-100 g figures.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { type FoodPortion, type PortionProblem, mealTotals, nutrientIn } from '../../knowledge/quantities/foodAmounts';
import type { QuantityMention } from '../../knowledge/quantities/parseQuantities';
import type { Food, Nutrient, NutrientId } from '../../knowledge/schema';
import { type Block, type Reply, note, reply, text } from '../replies/replyModel';
import { formatAmount, formatDV, inSentence, joinWords, nutrientAmount, sourceVerdict } from './format';
import { suggest } from './nutrientAnswers';

/** How a food reads in these answers: "cooked spinach" rather than "Spinach, cooked". */
export function foodWords(food: Food): string {
  const [head, qualifier] = food.name.split(', ');
  // "Spinach, cooked" reads "cooked spinach", "Milk, skim (nonfat)" "skim milk"; a longer qualifier
  // ("70-85% cacao") is left out.
  const word = qualifier?.replace(/ \(.*\)$/, '');
  const words = word && /^[A-Za-z-]+$/.test(word) ? `${word} ${head}` : head!;
  // Lower case, but an abbreviation keeps its capitals ("UV", "OJ").
  return words.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
}

/**
 * A food as counted in a meal, with what the table's entry assumes that the short words leave out: "atlantic
 * salmon (farmed, cooked)", "plain yogurt (nonfat)", "ground beef (85% lean, cooked)".
 */
export function countedWords(food: Food): string {
  const words = foodWords(food);
  const [, ...qualifiers] = food.name.split(', ');
  const left = qualifiers.filter((q) => !words.includes(q.replace(/ \(.*\)$/, '').toLowerCase()));
  return left.length && !/\(/.test(words) ? `${words} (${left.join(', ')})` : words;
}

const dvPercent = (n: Nutrient, amount: number) => Math.round((amount / n.dailyValue.amount) * 100);
/** "74 mg (18% DV)"; "11.1 mcg (445 IU), 55% DV": no second bracket after vitamin D's IU. */
const amountAndDV = (n: Nutrient, amount: number) =>
  n.id === 'vitaminD'
    ? `${nutrientAmount(n, amount)}, ${formatDV(dvPercent(n, amount))}`
    : `${nutrientAmount(n, amount)} (${formatDV(dvPercent(n, amount))})`;

/** What matters beyond the figure for these foods and nutrients: absorption, fortification, UV light, kidneys. */
function beyondTheNumber(
  kb: KnowledgeBase,
  foods: readonly Food[],
  nutrients: readonly Nutrient[],
): { notes: Block[]; sources: string[] } {
  const notes: Block[] = [];
  const sources: string[] = [];
  const seen = new Set<string>();
  const add = (tone: 'info' | 'caution', value: string, source?: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    notes.push(note(tone, value));
    if (source) sources.push(source);
  };
  const ids = new Set(nutrients.map((n) => n.id));
  for (const food of foods) {
    for (const n of food.nutrientNotes ?? []) if (ids.has(n.nutrient)) add('info', n.text, n.source);
    for (const f of otherFigures(kb, food, [...ids])) add('info', f.text, f.source);
    if (food.note) add('info', food.note);
  }
  if (
    foods.some((f) => f.tags.includes('fortified')) &&
    !seen.has('Fortified products vary by brand: check the label.')
  )
    add('info', 'Fortified foods have the nutrient added by the maker, so amounts vary by brand: check the label.');
  for (const n of nutrients) if (n.foodCaution) add('caution', n.foodCaution.text, n.foodCaution.source);
  return { notes, sources };
}

/**
 * "is OJ as good as milk for calcium?": when the fortified form of a food has far more of the nutrient (at least
 * twice, and 10% of the Daily Value a serving), that form's figure too.
 */
export function fortifiedForm(kb: KnowledgeBase, food: Food, n: Nutrient): string | undefined {
  const fortified = kb.fortifiedFormOf(food);
  const amount = fortified?.perServing[n.id];
  if (!fortified || amount === undefined || amount < 2 * (food.perServing[n.id] ?? 0) || dvPercent(n, amount) < 10)
    return undefined;
  return `${capitalise(inSentence(fortified.name))} has far more ${inSentence(n.name)}: ${amountAndDV(n, amount)} per ${fortified.serving.label}. Fortified products vary by brand: check the label.`;
}

/** The publisher of another food table, as a reader knows it. */
function tableName(source: string): string {
  if (source.startsWith('ODS_')) return 'The NIH Office of Dietary Supplements fact sheet';
  if (source.startsWith('DGA_')) return 'The Dietary Guidelines for Americans food table';
  return 'Another food table';
}

/**
 * "The NIH Office of Dietary Supplements fact sheet lists 111 mg of magnesium for 1 oz of chia seeds; my figures
 * are from USDA SR28": where the tables disagree for this food, both figures and both sources are said.
 */
export function otherFigures(
  kb: KnowledgeBase,
  food: Food,
  ids: readonly NutrientId[],
): { text: string; source: string }[] {
  return (food.otherFigures ?? [])
    .filter((f) => ids.includes(f.nutrient))
    .map((f) => {
      const n = kb.nutrient(f.nutrient);
      const name = f.food ?? foodWords(food);
      // "1 large egg" names the food already.
      const what = name.split(' ').some((w) => f.serving.split(' ').includes(w))
        ? f.serving
        : `${f.serving} of ${name}`;
      return {
        text: `${tableName(f.source)} lists ${nutrientAmount(n, f.amount)} of ${inSentence(n.name)} for ${what}; my figures are from the USDA SR28 table. Samples, brands and cooking vary, so food tables don’t always agree.`,
        source: f.source,
      };
    });
}

/** "I counted a glass as 1 cup", "No amount given for banana: I used 1 medium (118 g)". */
function assumptions(portions: readonly FoodPortion[]): string[] {
  const out = new Set<string>();
  for (const p of portions) {
    if (p.assumption) out.add(p.assumption);
    if (p.assumedServing) out.add(`No amount given for ${foodWords(p.food)}: I used ${p.food.serving.label}.`);
  }
  return [...out];
}

/** Says which part of an amount was not understood, and what would work instead. */
export function problemText(p: PortionProblem): string {
  const food = foodWords(p.food);
  switch (p.kind) {
    case 'unknown-unit':
      return `I’m not sure what you mean by “${p.word}”: tell me the amount of ${food} in grams, ounces, cups or spoons.`;
    case 'no-weight':
      return p.unit === 'one'
        ? `I don’t have a weight for one ${food}: tell me in grams, ounces or cups.`
        : `I don’t have a weight for a ${p.unit} of ${food}: tell me in grams, ounces or cups.`;
    case 'dose-unit':
      return `${p.unit} is a unit for a nutrient, not for ${food}: tell me the amount of ${food} in grams, ounces or cups.`;
    case 'too-much':
      return `That is more ${food} than I can reckon with (over 5 kg): please check the amount.`;
  }
}

export function notUnderstoodText(words: readonly string[]): string {
  const unique = [...new Set(words)];
  return `I’m not sure what you mean by ${joinWords(unique.map((w) => `“${w}”`))}, so I left ${unique.length > 1 ? 'them' : 'it'} out.`;
}

/** "Oat milk is not in my food table": a milk made from a food, named back with what to check instead. */
export function unlistedText(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return `${capitalise(joinWords(unique))} ${unique.length > 1 ? 'are' : 'is'} not in my food table. Plant milks vary by brand: many have calcium, vitamin D and vitamin B12 added and some have none, so check the label.`;
}

/** "a latte": a coffee made with milk, whose milk is not counted until its amount is told. */
export function milkDrinkText(drinks: readonly string[]): string {
  const unique = [...new Set(drinks)];
  const names = joinWords(unique.map((d) => `a ${d}`));
  const many = unique.length > 1;
  return `${capitalise(names)} ${many ? 'are' : 'is'} coffee with milk, and the amount of milk varies by cup, so I haven’t counted ${many ? 'them' : 'it'}. What ${many ? 'they give comes' : 'it gives comes'} from the milk: tell me how much milk (for example “a latte with 1 cup of 2% milk”) and I’ll add it in.`;
}

/** One food in the amount asked for: the nutrients named, or all five. */
export function amountReply(kb: KnowledgeBase, portion: FoodPortion, ids: readonly NutrientId[]): Reply {
  const nutrients = (ids.length ? ids : [...kb.data.nutrients.keys()]).map((id) => kb.nutrient(id));
  const food = foodWords(portion.food);
  const rows = nutrients.map((n) => ({ n, amount: nutrientIn(portion, n.id) }));
  const blocks: Block[] = [];
  const known = rows.filter((r) => r.amount !== undefined);
  if (known.length === 1 && nutrients.length === 1) {
    const { n, amount } = known[0]!;
    blocks.push(
      text(
        `${portion.label} of ${food} has about ${nutrientAmount(n, amount!)} of ${inSentence(n.name)}, ${formatDV(dvPercent(n, amount!))} (Daily Value ${formatAmount(n.dailyValue.amount, n.unit)}).`,
      ),
    );
    // "a pint of milk" in the UK is 568 ml, not the US 473 ml: both figures, so neither reader is misled.
    const alt = portion.alternative;
    if (alt)
      blocks.push(
        text(
          `If you mean ${alt.words}: about ${nutrientAmount(n, (amount! * alt.grams) / portion.grams)} of ${inSentence(n.name)}, ${formatDV(dvPercent(n, (amount! * alt.grams) / portion.grams))}.`,
        ),
      );
  } else {
    blocks.push(text(`In ${portion.label} of ${food}:`));
    blocks.push({
      type: 'table',
      columns: ['Nutrient', 'Amount', '%DV'],
      rows: rows.map(({ n, amount }) =>
        amount === undefined
          ? [n.name, 'no figure', '']
          : [n.name, nutrientAmount(n, amount), formatDV(dvPercent(n, amount))],
      ),
    });
    // "are beans good for both potassium and magnesium?": a verdict on each nutrient asked.
    if (ids.length >= 2)
      for (const { n, amount } of rows)
        if (amount !== undefined)
          blocks.push(
            text(sourceVerdict({ food: portion.food, nutrient: n, amount, percentDV: dvPercent(n, amount) }, food)),
          );
  }
  for (const r of rows)
    if (r.amount === undefined) blocks.push(text(`My food table has no ${inSentence(r.n.name)} figure for ${food}.`));
  blocks.push(text(`For reference, one serving is ${portion.food.serving.label}.`));
  const extra = assumptions([portion]);
  if (extra.length) blocks.push(note('info', extra.join(' ')));
  const beyond = beyondTheNumber(kb, [portion.food], nutrients);
  blocks.push(...beyond.notes);
  const first = nutrients[0]!;
  return reply('foodAmount', {
    title: `${nutrients.length === 1 ? first.name : 'Nutrients'} in ${portion.label} of ${food}`,
    blocks,
    suggestions: [suggest.foods(first.name), `How many ${food} for my ${inSentence(first.name)}?`, suggest.check],
    healthInfo: true,
    sources: [...new Set(['USDA_SR28', ...nutrients.map((n) => n.dailyValue.source), ...beyond.sources])],
  });
}

/** A meal or a day's foods, totalled per nutrient with the percent of the Daily Value. */
export function mealReply(
  kb: KnowledgeBase,
  portions: readonly FoodPortion[],
  ids: readonly NutrientId[],
  problems: readonly string[],
  targets: ReadonlyMap<NutrientId, readonly PersonalTarget[]> = new Map(),
): Reply {
  const nutrients = (ids.length ? ids : [...kb.data.nutrients.keys()]).map((id) => kb.nutrient(id));
  const totals = mealTotals(portions, nutrients);
  const targetSources: string[] = [];
  const blocks: Block[] = [];
  if (portions.length) {
    blocks.push(text(`Here is what I counted, per food and in total:`));
    blocks.push({
      type: 'table',
      columns: ['Food', 'Amount', ...nutrients.map((n) => n.name)],
      rows: [
        ...portions.map((p) => [
          countedWords(p.food),
          p.label,
          ...nutrients.map((n) => {
            const a = nutrientIn(p, n.id);
            return a === undefined ? '–' : formatAmount(a, n.unit);
          }),
        ]),
        ['Total', '', ...totals.map((t) => `${formatAmount(t.amount, t.nutrient.unit)} (${formatDV(t.percentDV)})`)],
      ],
    });
    blocks.push(
      text(
        `In total: ${joinWords(totals.map((t) => `${nutrientAmount(t.nutrient, t.amount)} of ${inSentence(t.nutrient.name)}, ${formatDV(t.percentDV)}`))} (Daily Values: ${joinWords(nutrients.map((n) => `${inSentence(n.name)} ${formatAmount(n.dailyValue.amount, n.unit)}`))}).`,
      ),
    );
    // "Is that enough?": the total said against the need in words, not only as a percent of the label's value.
    for (const t of totals) {
      const goals = targets.get(t.nutrient.id) ?? [];
      const against = goals.length
        ? goals.map((g) => `${relation(t.amount, g.amount)} ${g.words}`)
        : [`${relation(t.amount, t.nutrient.dailyValue.amount)} the Daily Value`];
      targetSources.push(...goals.map((g) => g.source));
      blocks.push(text(`${totals.length > 1 ? `${t.nutrient.name}: that` : 'That'} is ${joinWords(against)}.`));
      // "Am I short on magnesium?": well below every need, so say where more comes from.
      const lowest = goals.length ? Math.min(...goals.map((g) => g.amount)) : t.nutrient.dailyValue.amount;
      if (relation(t.amount, lowest) === 'well below' && t.nutrient.documentFoods.names.length) {
        blocks.push(
          text(`Foods that add ${inSentence(t.nutrient.name)}: ${joinWords(t.nutrient.documentFoods.names)}.`),
        );
        targetSources.push(t.nutrient.documentFoods.source);
      }
    }
    for (const t of totals)
      if (t.missing.length)
        blocks.push(
          text(
            `My table has no ${inSentence(t.nutrient.name)} figure for ${joinWords(t.missing.map(foodWords))}, so it counts as none.`,
          ),
        );
  }
  if (problems.length) blocks.push(note('info', problems.join(' ')));
  const extra = assumptions(portions);
  if (extra.length) blocks.push(note('info', extra.join(' ')));
  const beyond = beyondTheNumber(
    kb,
    portions.map((p) => p.food),
    nutrients,
  );
  blocks.push(...beyond.notes);
  blocks.push(
    text('The Daily Value is a general target for adults; your own need depends on your age, sex and life stage.'),
  );
  return reply('mealTotal', {
    title: portions.length ? `Your foods in total` : 'I couldn’t total that',
    blocks,
    suggestions: [suggest.foods(nutrients[0]!.name), suggest.check],
    healthInfo: true,
    sources: [
      ...new Set(['USDA_SR28', ...nutrients.map((n) => n.dailyValue.source), ...targetSources, ...beyond.sources]),
    ],
  });
}

/** How a total compares with a need, in words: "well below", "below", "about", "above". */
function relation(amount: number, goal: number): string {
  const r = amount / goal;
  return r < 0.5 ? 'well below' : r < 0.9 ? 'below' : r <= 1.1 ? 'about' : 'above';
}

/** A count to a tenth below 10 ("2.6 oz", "8.7 sweet potatoes"), whole above. */
function roundCount(count: number): number {
  return count < 10 ? Math.round(count * 10) / 10 : Math.round(count);
}

/** "potatoes", "tomatoes", "bananas", "eggs". */
function plural(words: string): string {
  return /(potato|tomato)$/.test(words) ? `${words}es` : words.replace(/s?$/, 's');
}

/** How many of a food (one piece, one serving, or the unit asked for) reach the Daily Value. */
/** A person's own daily amount, in the nutrient's unit, said as "the 320 mg recommended for you (a woman aged 33)". */
export interface PersonalTarget {
  amount: number;
  words: string;
  source: string;
}

/** How many of a unit reach the Daily Value, or the person's own amount when one is given. */
export function howManyReply(
  kb: KnowledgeBase,
  unitPortion: FoodPortion,
  id: NutrientId,
  unitWords: string,
  personal?: PersonalTarget,
  alsoFor: readonly PersonalTarget[] = [],
): Reply {
  const n = kb.nutrient(id);
  const goal = personal?.amount ?? n.dailyValue.amount;
  const goalWords = personal?.words ?? `the Daily Value of ${formatAmount(n.dailyValue.amount, n.unit)}`;
  const food = foodWords(unitPortion.food);
  const each = nutrientIn(unitPortion, id);
  const blocks: Block[] = [];
  const sources = ['USDA_SR28', n.dailyValue.source, ...(personal ? [personal.source] : [])];
  if (each === undefined || each === 0) {
    blocks.push(
      text(
        `${capitalise(food)} has no ${inSentence(n.name)} to speak of in my food table, so no amount of it would reach ${personal ? 'your need' : 'the Daily Value'}.`,
      ),
    );
  } else {
    const count = goal / each;
    const rounded = roundCount(count);
    blocks.push(
      text(
        `${capitalise(unitPortion.label)} of ${food} has about ${amountAndDV(n, each)}. To reach ${goalWords} you would need about ${rounded} ${unitWords}${count < 1 ? ' (less than one)' : ''}.`,
      ),
    );
    // "how much salmon would I need?": counted in servings, so the weight too, from the per-100 g figure.
    const per100 = unitPortion.food.per100g[id];
    if (per100 && unitWords.startsWith('servings of'))
      blocks.push(
        text(
          `By weight that is about ${formatAmount(Math.round((goal / per100) * 100), 'g')} of ${food} (${precise(n, per100)} per 100 g).`,
        ),
      );
    // "my daily vitamin D" with nobody's age known: the adult recommendation too, which is not the label's.
    for (const t of alsoFor.filter((x) => x.amount !== goal)) {
      blocks.push(
        text(
          `For ${t.words}: about ${roundCount(t.amount / each)}${per100 && unitWords.startsWith('servings of') ? ` (about ${formatAmount(Math.round((t.amount / per100) * 100), 'g')})` : ''}.`,
        ),
      );
      sources.push(t.source);
    }
    // Two servings' weight or more is a lot of one food; "18 g of pumpkin seeds" counted in grams is not.
    if (count >= 2 && count * unitPortion.grams >= 2 * unitPortion.food.serving.grams)
      blocks.push(
        note(
          'info',
          `That is a lot of one food: it is easier, and better for you, to combine several foods rather than rely on one. A variety across the day adds up.`,
        ),
      );
    if (count < 1 && n.upperLimit) {
      blocks.push(note('caution', `More is not better: ${n.upperLimit.text}`));
      sources.push(n.upperLimit.source);
    }
  }
  if (!personal)
    blocks.push(
      text('The Daily Value is a general target for adults; your own need depends on your age, sex and life stage.'),
    );
  const beyond = beyondTheNumber(kb, [unitPortion.food], [n]);
  blocks.push(...beyond.notes);
  return reply('howMany', {
    title: `How much ${food} for your ${inSentence(n.name)}`,
    blocks,
    suggestions: [suggest.foods(n.name), suggest.check],
    healthInfo: true,
    sources: [...new Set([...sources, ...beyond.sources])],
  });
}

/** Two or more foods side by side for the nutrients asked (or all five), per serving and per 100 g. */
export function compareReply(
  kb: KnowledgeBase,
  foods: readonly Food[],
  ids: readonly NutrientId[],
  /** The same measure of each food, when one was asked for ("per cup cooked"). */
  perMeasure?: readonly FoodPortion[],
): Reply {
  const nutrients = (ids.length ? ids : [...kb.data.nutrients.keys()]).map((id) => kb.nutrient(id));
  const blocks: Block[] = [];
  for (const n of nutrients) {
    const measured = (perMeasure ?? [])
      .map((p) => ({ p, amount: nutrientIn(p, n.id) }))
      .filter((x): x is { p: FoodPortion; amount: number } => x.amount !== undefined);
    if (measured.length >= 2) {
      const top = [...measured].sort((a, b) => b.amount - a.amount);
      blocks.push(
        text(
          `${n.name} in ${joinWords(measured.map((x) => `${x.p.label} of ${foodWords(x.p.food)}: ${amountAndDV(n, x.amount)}`))}. ${capitalise(foodWords(top[0]!.p.food))} has more.`,
        ),
      );
    }
    const rows = foods.map((f) => ({ f, serving: f.perServing[n.id], per100: f.per100g[n.id] }));
    blocks.push(text(`${n.name}, per serving and per 100 g:`), {
      type: 'table',
      columns: ['Food', 'Serving', 'Per serving', 'Per 100 g'],
      rows: rows.map((r) => [
        foodWords(r.f),
        r.f.serving.label,
        r.serving === undefined ? 'no figure' : amountAndDV(n, r.serving),
        r.per100 === undefined ? 'no figure' : nutrientAmount(n, r.per100),
      ]),
    });
    const known = rows.filter((r) => r.serving !== undefined && r.per100 !== undefined);
    if (known.length >= 2)
      blocks.push(
        text(
          winnerLine(
            n,
            known.map((r) => ({ name: foodWords(r.f), serving: r.serving!, per100: r.per100! })),
          ),
        ),
      );
    const sameWeight = known.length >= 2 ? atTheSameWeight(n, known) : undefined;
    if (sameWeight) blocks.push(text(sameWeight));
  }
  for (const n of nutrients)
    for (const f of foods) {
      const line = fortifiedForm(kb, f, n);
      if (line) blocks.push(text(line));
    }
  const beyond = beyondTheNumber(kb, foods, nutrients);
  blocks.push(...beyond.notes);
  const drinks = foods.filter((f) => f.category === 'beverage');
  if (drinks.length >= 2 && nutrients.some((n) => n.id === 'potassium')) {
    blocks.push(
      text(
        `For drinks after sweating, sodium (salt) matters too: ${joinWords(drinks.map((f) => `${foodWords(f)} has ${f.dietFacts.sodiumMg} mg per ${f.serving.label}`))}.`,
      ),
    );
  }
  return reply('comparison', {
    title: `${joinWords(foods.map(foodWords).map(capitalise))} compared`,
    blocks,
    suggestions: [suggest.foods(nutrients[0]!.name), suggest.check],
    healthInfo: true,
    sources: [
      ...new Set([
        'USDA_SR28',
        ...nutrients.map((n) => n.dailyValue.source),
        ...beyond.sources,
        // IU beside mcg for vitamin D: 1 mcg is 40 IU.
        ...(nutrients.some((n) => n.id === 'vitaminD') ? ['ODS_D'] : []),
      ]),
    ],
  });
}

/** A per-100 g figure as SR28 gives it: mg whole, mcg to a tenth, vitamin D also in IU (1 mcg = 40 IU). */
function precise(n: Nutrient, amount: number): string {
  if (n.unit === 'mg') return formatAmount(amount, 'mg');
  const mcg = `${amount.toFixed(1)} mcg`;
  return n.id === 'vitaminD' ? `${mcg} (${formatAmount(amount * 40, 'mg').replace(' mg', ' IU')})` : mcg;
}

/**
 * "cheddar or part-skim mozzarella": foods of one kind served in different weights (1.5 oz and 1 oz) are also
 * compared at the larger serving's weight, so a smaller serving does not decide which has more.
 */
function atTheSameWeight(n: Nutrient, rows: readonly { f: Food; per100?: number }[]): string | undefined {
  const foods = rows.map((r) => r.f);
  if (new Set(foods.map((f) => f.category)).size > 1) return undefined;
  const largest = [...foods].sort((a, b) => b.serving.grams - a.serving.grams)[0]!;
  const smallest = Math.min(...foods.map((f) => f.serving.grams));
  if (largest.serving.grams < smallest * 1.2) return undefined;
  const at = rows.map((r) => ({ name: foodWords(r.f), amount: (r.per100! * largest.serving.grams) / 100 }));
  return `At the same weight (${largest.serving.label}): ${joinWords(at.map((x) => `${x.name} ${amountAndDV(n, x.amount)}`))}.`;
}

function winnerLine(n: Nutrient, rows: { name: string; serving: number; per100: number }[]): string {
  const best = (key: 'serving' | 'per100') => [...rows].sort((a, b) => b[key] - a[key]);
  const [s1, s2] = best('serving');
  const [g1, g2] = best('per100');
  const close = (a: number, b: number) => b > 0 && (a - b) / a < 0.1;
  const unit = (x: number) => formatAmount(x, n.unit);
  const unit100 = (x: number) => precise(n, x);
  // "almonds or cashews": neither has any vitamin D, so neither has more.
  if (rows.every((r) => r.serving === 0 && r.per100 === 0))
    return `${rows.length > 2 ? 'None of them has' : 'Neither has'} any ${inSentence(n.name)} to speak of.`;
  const perServing = close(s1!.serving, s2!.serving)
    ? `Per serving they are about the same (${unit(s1!.serving)} and ${unit(s2!.serving)})`
    : `Per serving, ${s1!.name} has more ${inSentence(n.name)} (${unit(s1!.serving)} against ${unit(s2!.serving)})`;
  const per100 = close(g1!.per100, g2!.per100)
    ? `per 100 g they are similar (${unit100(g1!.per100)} and ${unit100(g2!.per100)})`
    : `per 100 g, ${g1!.name} has more (${unit100(g1!.per100)} against ${unit100(g2!.per100)})`;
  return `${perServing}; ${per100}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The portion of one unit of a food for "how many": the unit asked for, else one piece, else one serving. */
const MEASURED_KINDS = new Set(['mass', 'volume']);
/** "3oz servings of", "100 g portions of": a weight said as the size of one serving. */
const SERVING_WORD = /\b(servings?|portions?|helpings?)\b/i;

export function unitPortion(
  kb: KnowledgeBase,
  food: Food,
  quantity?: QuantityMention,
): { portion: FoodPortion; words: string } | PortionProblem {
  // "how many 3oz servings of sardines": the serving is the amount said, counted whole.
  if (quantity?.unit && MEASURED_KINDS.has(quantity.unit.kind) && SERVING_WORD.test(quantity.text)) {
    const p = kb.portions.portion(food, quantity);
    if ('kind' in p) return p;
    return { portion: p, words: `servings of ${p.label} of ${foodWords(food)}` };
  }
  const one = quantity ? { ...quantity, value: 1 } : undefined;
  if (one?.unit) {
    const p = kb.portions.portion(food, one);
    if ('kind' in p) return p;
    return { portion: p, words: `${pluralUnit(one.unit.words[0]!)} of ${foodWords(food)}` };
  }
  const piece = food.measures.find((m) => m.unit === 'piece');
  if (piece) {
    const p = kb.portions.portion(food, { value: 1, start: 0, end: 0, text: '' });
    if (!('kind' in p)) return { portion: p, words: plural(foodWords(food)) };
  }
  return {
    portion: { food, grams: food.serving.grams, label: food.serving.label },
    words: `servings of ${food.serving.label} of ${foodWords(food)}`,
  };
}

function pluralUnit(word: string): string {
  if (/^(oz|g|mg|mcg|tbsp|tsp|ml|kg|lb|fl oz)$/.test(word)) return word;
  if (/(ch|sh|ss|x)$/.test(word)) return `${word}es`;
  return word.endsWith('s') ? word : word.replace(/y$/, 'ie') + 's';
}
