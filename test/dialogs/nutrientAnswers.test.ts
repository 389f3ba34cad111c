/**
 * The nutrient answers as whole replies: what each says, in which order, with which caution, which next
 * steps, and which sources. Expected values come from the knowledge data, so a data change does not
 * break them, but a change in how an answer is put together does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deficiencySigns,
  dietOverview,
  foodsForNutrient,
  nutrientRole,
  supplements,
  whoIsAtRisk,
} from '../../dialogs/answers/nutrientAnswers';
import { FOOD_TABLE_COLUMNS, foodAmountRow } from '../../dialogs/answers/format';
import type { Block, Reply } from '../../dialogs/replies/replyModel';
import { KnowledgeBase, inFoodGroup } from '../../knowledge/knowledgeBase';
import { type KnowledgeData, loadKnowledgeData } from '../../knowledge/loadKnowledge';
import { NUTRIENT_IDS, type DietTag, type Food, type NutrientId } from '../../knowledge/schema';
import { knowledgeBase } from '../support/knowledge';
import { say, suggestions, testBot, texts } from '../support/testBot';

let kb: KnowledgeBase;
beforeEach(() => {
  kb = knowledgeBase();
});

const table = (id: NutrientId, options: Parameters<KnowledgeBase['foodsRichIn']>[1]): Block => ({
  type: 'table',
  columns: FOOD_TABLE_COLUMNS,
  rows: kb.foodsRichIn(id, options).map(foodAmountRow),
});
let data: KnowledgeData | undefined;
/** A knowledge base from a copy of the data, changed by `edit` (within what the schema allows). */
function withData(edit: (copy: KnowledgeData) => KnowledgeData): KnowledgeBase {
  data ??= loadKnowledgeData();
  return new KnowledgeBase(edit(structuredClone(data)));
}
/** The knowledge base with no `id` figure for the foods `drop` picks (they stay: their names are known words). */
function withoutFigures(id: NutrientId, drop: (food: Food) => boolean): KnowledgeBase {
  return withData((copy) => ({
    ...copy,
    foods: copy.foods.map((f) => {
      if (!drop(f)) return f;
      const { [id]: _dropped, ...rest } = f.perServing;
      return { ...f, perServing: rest };
    }),
  }));
}
const notes = (r: Reply) => r.blocks.filter((b) => b.type === 'note');
const textOf = (r: Reply) => JSON.stringify(r.blocks);

describe('foods for a nutrient', () => {
  it('with a diet whose name differs from its tag: the diet’s name, its filter note, no diet note of another diet', () => {
    const r = foodsForNutrient(kb, 'magnesium', 'low-carb');
    const filter = kb.diets.get('low-carb')!;
    expect(filter.label).not.toBe('low-carb');
    expect(r.title).toBe(`Magnesium: best food sources (${filter.label})`);
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: `Top ${filter.label} foods for magnesium, per serving (Daily Value: 420 mg):`,
    });
    expect(r.blocks[1]).toEqual(table('magnesium', { diets: ['low-carb'], limit: 8 }));
    expect(notes(r)).toEqual([{ type: 'note', tone: 'info', text: filter.note!.text }]);
    expect(r.sources).toEqual(
      ['USDA_SR28', 'FDA_DV_COPY', kb.nutrient('magnesium').documentFoods.source, filter.note!.source].filter(
        (s, i, all) => all.indexOf(s) === i,
      ),
    );
    expect(r.sources).toContain(filter.note!.source);
  });

  it('a diet with no note of its own (vegan magnesium) adds no note and no source', () => {
    expect(kb.diets.get('vegan')!.note).toBeUndefined();
    const m = kb.nutrient('magnesium');
    expect(m.dietNotes).toEqual([]);
    const r = foodsForNutrient(kb, 'magnesium', 'vegan');
    const fortified = kb.foodsRichIn('magnesium', { diets: ['vegan'] }).some((f) => f.food.tags.includes('fortified'));
    expect(notes(r)).toEqual(
      fortified ? [{ type: 'note', tone: 'info', text: 'Fortified products vary by brand: check the label.' }] : [],
    );
    expect(r.sources).toEqual([...new Set(['USDA_SR28', m.dailyValue.source, m.documentFoods.source])]);
  });

  it('lactose-free: its own note and the dairy-free note, never the vegan one', () => {
    const n = kb.nutrient('calcium');
    const dairyFree = n.dietNotes.find((d) => d.diet === 'dairy-free')!;
    const vegan = n.dietNotes.find((d) => d.diet === 'vegan')!;
    const filter = kb.diets.get('lactose-free')!.note!;
    const r = foodsForNutrient(kb, 'calcium', 'lactose-free');
    // The filter's note first, then the nutrient's diet note, then the fortified-label note.
    expect(notes(r)).toEqual([
      { type: 'note', tone: 'info', text: filter.text },
      { type: 'note', tone: 'info', text: dairyFree.text },
      { type: 'note', tone: 'info', text: 'Fortified products vary by brand: check the label.' },
    ]);
    expect(textOf(r)).not.toContain(vegan.text);
    expect(r.sources).toEqual(expect.arrayContaining([dairyFree.source, filter.source]));
    expect(r.sources).not.toContain(vegan.source === dairyFree.source ? 'none' : vegan.source);
  });

  it('a diet note for one diet is not given for another', () => {
    const n = kb.nutrient('calcium');
    const r = foodsForNutrient(kb, 'calcium', 'vegan');
    expect(textOf(r)).toContain(n.dietNotes.find((d) => d.diet === 'vegan')!.text);
    expect(textOf(r)).not.toContain(n.dietNotes.find((d) => d.diet === 'dairy-free')!.text);
  });

  it('no everyday foods line when none of the named foods fits the diet', () => {
    expect(kb.documentFoods('vitaminB12', ['vegan'])).toEqual([]);
    expect(textOf(foodsForNutrient(kb, 'vitaminB12', 'vegan'))).not.toContain('Everyday foods');
    expect(textOf(foodsForNutrient(kb, 'vitaminB12'))).toContain('Everyday foods often recommended for it: ');
  });

  it('other sources (sunlight for vitamin D) as a list, and no list where there are none', () => {
    const d = kb.nutrient('vitaminD');
    expect(d.otherSources.length).toBeGreaterThan(0);
    expect(foodsForNutrient(kb, 'vitaminD').blocks).toContainEqual({
      type: 'list',
      items: d.otherSources.map((f) => f.text),
    });
    expect(kb.nutrient('magnesium').otherSources).toEqual([]);
    expect(foodsForNutrient(kb, 'magnesium').blocks.filter((b) => b.type === 'list')).toEqual([]);
  });

  it('is health information of its own kind', () => {
    for (const id of NUTRIENT_IDS) {
      const r = foodsForNutrient(kb, id);
      expect(r.kind).toBe('foodList');
      expect(r.healthInfo).toBe(true);
    }
  });

  describe('when a diet leaves few foods in the table', () => {
    /** A knowledge base whose table gives a vitamin B12 figure for only `keep` of its vegan foods. */
    const thin = (keep: number) => {
      const vegan = kb.foodsRichIn('vitaminB12', { diets: ['vegan'], limit: 1000 }).map((r) => r.food.id);
      const dropped = new Set(vegan.slice(keep));
      return withoutFigures('vitaminB12', (f) => dropped.has(f.id));
    };
    const few = 'Few vegan foods in my table are good sources of vitamin B12.';

    it.each([0, 2])('%i foods: a caution says so', (keep) => {
      const small = thin(keep);
      const r = foodsForNutrient(small, 'vitaminB12', 'vegan');
      expect(r.blocks.filter((b) => b.type === 'table')).toEqual(
        keep
          ? [
              {
                type: 'table',
                columns: FOOD_TABLE_COLUMNS,
                rows: small.foodsRichIn('vitaminB12', { diets: ['vegan'] }).map(foodAmountRow),
              },
            ]
          : [],
      );
      expect(r.blocks).toContainEqual({ type: 'note', tone: 'caution', text: few });
      expect(small.foodsRichIn('vitaminB12', { diets: ['vegan'] })).toHaveLength(keep);
    });

    it('3 foods: no such caution, and none without a diet', () => {
      const small = thin(3);
      expect(textOf(foodsForNutrient(small, 'vitaminB12', 'vegan'))).not.toContain('Few vegan foods');
      expect(textOf(foodsForNutrient(thin(0), 'vitaminB12'))).not.toContain('Few ');
    });
  });
});

describe('foods of one kind ("which nuts have the most magnesium?")', () => {
  it('the richest of that kind in a table, with next steps and sources', () => {
    const r = foodsForNutrient(kb, 'magnesium', [], 'nuts');
    const nuts = kb.data.foodGroups.find((g) => g.id === 'nuts')!;
    expect(r).toEqual({
      kind: 'foodList',
      title: `Magnesium: ${nuts.label}`,
      blocks: [
        {
          type: 'text',
          text: `The ${nuts.label} in my table richest in magnesium, per serving (Daily Value: 420 mg):`,
        },
        table('magnesium', { group: nuts, limit: 8 }),
      ],
      suggestions: ['Foods for magnesium', 'What does magnesium do?', 'Check my symptoms'],
      healthInfo: true,
      sources: ['USDA_SR28', kb.nutrient('magnesium').dailyValue.source],
    });
    // Without a kind, the list of every kind.
    expect(foodsForNutrient(kb, 'magnesium', [], undefined).title).toBe('Magnesium: best food sources');
    expect(foodsForNutrient(kb, 'magnesium', [], 'no-such-kind').title).toBe('Magnesium: best food sources');
  });

  const group = (id: string) => kb.data.foodGroups.find((g) => g.id === id)!;
  // The richest gram for gram, when another food than the first of the list (foodKinds.test.ts).
  const withoutGramForGram = (r: Reply) =>
    r.blocks.filter((b) => !(b.type === 'text' && b.text.startsWith('Gram for gram, ')));
  const richer = (r: Reply) =>
    r.blocks.filter((b) => b.type === 'text' && b.text.startsWith('Richer sources of other kinds: '));

  it('a modest kind (under 20% of the Daily Value) points to the three richest foods of other kinds', () => {
    const r = foodsForNutrient(kb, 'magnesium', [], 'fruit');
    expect(kb.foodsRichIn('magnesium', { group: group('fruit') })[0]!.percentDV).toBeLessThan(20);
    const others = kb
      .foodsRichIn('magnesium', { limit: 100 })
      .filter((f) => !inFoodGroup(f.food, group('fruit')))
      .slice(0, 3)
      .map(
        (f) =>
          `${f.food.name.charAt(0).toLowerCase()}${f.food.name.slice(1)} (${f.amount} mg per ${f.food.serving.label})`,
      );
    const blocks = withoutGramForGram(r);
    expect(blocks).toHaveLength(3);
    expect(blocks[2]).toEqual({
      type: 'text',
      text: `Richer sources of other kinds: ${others[0]}, ${others[1]} and ${others[2]}.`,
    });
    expect(r.title).toBe(`Magnesium: ${group('fruit').label}`);
  });

  it('a kind whose best gives 20% of the Daily Value needs no pointer elsewhere', () => {
    expect(kb.foodsRichIn('potassium', { group: group('vegetables') })[0]!.percentDV).toBe(20);
    expect(richer(foodsForNutrient(kb, 'potassium', [], 'vegetables'))).toEqual([]);
    expect(kb.foodsRichIn('magnesium', { group: group('vegetables') })[0]!.percentDV).toBe(19);
    expect(richer(foodsForNutrient(kb, 'magnesium', [], 'vegetables'))).toHaveLength(1);
  });

  it('the richer foods of other kinds fit the diet asked for', () => {
    const said = JSON.stringify(richer(foodsForNutrient(kb, 'vitaminB12', ['vegan'], 'fruit')));
    expect(said).not.toBe('[]');
    for (const f of kb.foodsRichIn('vitaminB12', { diets: ['vegan'], limit: 3 }))
      expect(said).toContain(f.food.name.slice(1));
    const richest = kb.foodsRichIn('vitaminB12', { limit: 1 })[0]!.food;
    expect(kb.diets.fits(richest, ['vegan'])).toBe(false);
    expect(said).not.toContain(richest.name.slice(1));
  });

  it('no pointer when no food of another kind has any', () => {
    const fruitOnly = withoutFigures('magnesium', (f) => !inFoodGroup(f, group('fruit')));
    const r = foodsForNutrient(fruitOnly, 'magnesium', [], 'fruit');
    expect(r.blocks.filter((b) => b.type === 'table')).toHaveLength(1);
    expect(richer(r)).toEqual([]);
    expect(withoutGramForGram(r)).toHaveLength(2);
  });

  it('with a diet: its name beside the kind; the caution and the label note where they apply', () => {
    const dairy = kb.data.foodGroups.find((g) => g.id === 'dairy')!;
    const label = kb.diets.get('low-carb')!.label;
    const p = kb.nutrient('potassium');
    const r = foodsForNutrient(kb, 'potassium', ['low-carb'], 'dairy');
    expect(r.title).toBe(`Potassium: ${label} ${dairy.label}`);
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: `The ${label} ${dairy.label} in my table richest in potassium, per serving (Daily Value: 4,700 mg):`,
    });
    expect(r.blocks[1]).toEqual(table('potassium', { diets: ['low-carb'], group: dairy, limit: 8 }));
    expect(notes(r)).toEqual([
      { type: 'note', tone: 'caution', text: p.foodCaution!.text },
      { type: 'note', tone: 'info', text: 'Fortified products vary by brand: check the label.' },
    ]);
    expect(r.sources).toEqual(['USDA_SR28', p.dailyValue.source, p.foodCaution!.source]);
  });

  it('none of that kind fits the diet: said plainly, no table, no label note', () => {
    const meat = kb.data.foodGroups.find((g) => g.id === 'meat')!;
    const r = foodsForNutrient(kb, 'magnesium', 'vegan', 'meat');
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: `None of the vegan ${meat.label} in my table has much magnesium.`,
    });
    expect(r.blocks.filter((b) => b.type === 'table')).toEqual([]);
    expect(notes(r)).toEqual([]);
    expect(r.sources).toEqual(['USDA_SR28', kb.nutrient('magnesium').dailyValue.source]);
  });

  it('in the chat: "which nuts have the most magnesium?"', async () => {
    const { adapter } = testBot();
    const said = texts(await say(adapter, 'which nuts have the most magnesium?'));
    expect(said).toMatch(/The nuts in my table richest in magnesium/);
    expect(said).toContain(
      kb.foodsRichIn('magnesium', { group: kb.data.foodGroups.find((g) => g.id === 'nuts')!, limit: 1 })[0]!.food.name,
    );
  });
});

describe('what to watch on a diet', () => {
  it('lactose-free: the dairy-free notes, not the vegan ones', () => {
    const r = dietOverview(kb, ['lactose-free'])!;
    const calcium = kb.nutrient('calcium');
    const items = (r.blocks[1] as { items: string[] }).items;
    expect(items).toContain(`Calcium: ${calcium.dietNotes.find((d) => d.diet === 'dairy-free')!.text}`);
    expect(items).not.toContain(`Calcium: ${calcium.dietNotes.find((d) => d.diet === 'vegan')!.text}`);
    expect(r.title).toBe('On a lactose-free diet: what to watch');
  });

  it('says which diet it is about first, and names a diet tag that has no filter of its own by the tag', () => {
    const r = dietOverview(kb, ['vegan', 'fish'])!;
    expect(kb.diets.get('fish')).toBeUndefined();
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: 'Of the five nutrients I cover, these need some care on a vegan and fish diet:',
    });
    expect(foodsForNutrient(kb, 'magnesium', ['fish'], 'nuts').title).toBe('Magnesium: fish nuts');
  });

  it('a diet no note is about: no such answer', () => {
    expect(dietOverview(kb, ['gluten-free'])).toBeUndefined();
  });

  it('several diets: each by its name', () => {
    const r = dietOverview(kb, ['vegan', 'low-carb'])!;
    expect(r.title).toBe(`On a vegan and ${kb.diets.get('low-carb')!.label} diet: what to watch`);
  });

  it('each note that applies, by nutrient, with its sources and the first two nutrients offered', () => {
    const diets: DietTag[] = ['vegan'];
    const rows = NUTRIENT_IDS.flatMap((id) =>
      kb
        .nutrient(id)
        .dietNotes.filter((d) => d.diet === 'vegan')
        .map((d) => ({ n: kb.nutrient(id), d })),
    );
    const r = dietOverview(kb, diets)!;
    expect(r.kind).toBe('foodList');
    expect(r.healthInfo).toBe(true);
    expect(r.blocks[1]).toEqual({ type: 'list', items: rows.map(({ n, d }) => `${n.name}: ${d.text}`) });
    expect(r.suggestions).toEqual([
      ...rows.slice(0, 2).map(({ n }) => `Vegan ${n.name.charAt(0).toLowerCase()}${n.name.slice(1)} foods`),
      'Check my symptoms',
    ]);
    expect(r.sources).toEqual([...new Set(rows.map(({ d }) => d.source))]);
  });
});

describe('what a nutrient does, signs of a low level, who is at risk', () => {
  it.each(NUTRIENT_IDS)('%s: what it does, in order, with every source', (id) => {
    const n = kb.nutrient(id);
    const r = nutrientRole(kb, id);
    expect(r.kind).toBe('nutrientInfo');
    expect(r.healthInfo).toBe(true);
    expect(r.blocks.slice(0, n.muscleRole.length + 2)).toEqual([
      ...n.muscleRole.map((f) => ({ type: 'text', text: f.text })),
      { type: 'heading', text: `When it runs low (${n.deficiency.name})` },
      { type: 'text', text: n.deficiency.mechanism.text },
    ]);
    expect(r.sources).toEqual([
      ...new Set([...n.muscleRole.map((f) => f.source), n.deficiency.mechanism.source, n.recommendedIntake.source]),
    ]);
  });

  it.each(NUTRIENT_IDS)('%s: the signs, then when to see a doctor, with every source', (id) => {
    const n = kb.nutrient(id);
    const doctor = kb.data.guidance.whenToSeeADoctor[0]!;
    const r = deficiencySigns(kb, id);
    expect(r.kind).toBe('deficiencySigns');
    expect(r.healthInfo).toBe(true);
    expect(r.blocks).toEqual([
      { type: 'text', text: n.deficiency.mechanism.text },
      { type: 'heading', text: 'Symptoms that may appear' },
      { type: 'list', items: n.deficiency.symptoms.map((f) => f.text) },
      { type: 'note', tone: 'caution', text: doctor.text },
    ]);
    const name = n.name.replace(/^[A-Z](?![A-Z0-9])/, (c) => c.toLowerCase());
    expect(r.suggestions).toEqual([`Foods for ${name}`, `Who is at risk of low ${name}?`, 'Check my symptoms']);
    expect(r.sources).toEqual([
      ...new Set([n.deficiency.mechanism.source, ...n.deficiency.symptoms.map((f) => f.source), doctor.source]),
    ]);
  });

  it.each(NUTRIENT_IDS)('%s: who is at risk, the signs, the blood test, the foods, with every source', (id) => {
    const n = kb.nutrient(id);
    const test = kb.data.guidance.whenToSeeADoctor[1]!;
    const r = whoIsAtRisk(kb, id);
    expect(r.kind).toBe('riskGroups');
    expect(r.healthInfo).toBe(true);
    const foods = n.documentFoods.names;
    expect(r.blocks).toEqual([
      { type: 'list', items: n.deficiency.atRisk.map((f) => f.text) },
      { type: 'heading', text: 'Signs that may appear' },
      { type: 'list', items: n.deficiency.symptoms.map((f) => f.text) },
      { type: 'text', text: `${test.text} Ask yours if you think you may be low.` },
      {
        type: 'text',
        text: `Foods that supply it: ${foods.length > 1 ? `${foods.slice(0, -1).join(', ')} and ${foods.at(-1)}` : foods[0]}.`,
      },
      ...n.otherSources.map((f) => ({ type: 'text', text: f.text })),
    ]);
    expect(r.sources).toEqual([
      ...new Set([
        ...n.deficiency.atRisk.map((f) => f.source),
        ...n.deficiency.symptoms.map((f) => f.source),
        test.source,
        n.documentFoods.source,
        ...n.otherSources.map((f) => f.source),
      ]),
    ]);
  });

  it('who is at risk, when the guidance names no blood test: no such line and no source for it', () => {
    const one = withData((copy) => ({
      ...copy,
      guidance: { ...copy.guidance, whenToSeeADoctor: copy.guidance.whenToSeeADoctor.slice(0, 1) },
    }));
    const r = whoIsAtRisk(one, 'vitaminD');
    expect(JSON.stringify(r.blocks)).not.toContain('Ask yours if you think you may be low.');
    expect(r.blocks).toHaveLength(whoIsAtRisk(kb, 'vitaminD').blocks.length - 1);
    const d = one.nutrient('vitaminD');
    expect(r.sources).toEqual([
      ...new Set([
        ...d.deficiency.atRisk.map((f) => f.source),
        ...d.deficiency.symptoms.map((f) => f.source),
        d.documentFoods.source,
        ...d.otherSources.map((f) => f.source),
      ]),
    ]);
  });

  it('who is at risk: the blood test line’s own source', () => {
    const own = withData((copy) => ({
      ...copy,
      guidance: {
        ...copy.guidance,
        whenToSeeADoctor: copy.guidance.whenToSeeADoctor.map((w, i) => (i === 1 ? { ...w, source: 'OWN_SOURCE' } : w)),
      },
    }));
    expect(whoIsAtRisk(own, 'magnesium').sources).toContain('OWN_SOURCE');
  });
});

describe('supplements', () => {
  it('each caution, with the upper limit only where the caution does not state it, and its source', () => {
    const r = supplements(kb, []);
    expect(r.kind).toBe('supplements');
    expect(r.healthInfo).toBe(true);
    const items = NUTRIENT_IDS.map((id) => {
      const n = kb.nutrient(id);
      const add = n.upperLimit && !/upper limit/i.test(n.supplementCaution.text);
      return `${n.name}: ${n.supplementCaution.text}${add ? ` ${n.upperLimit!.text}` : ''}`;
    });
    expect(r.blocks[1]).toEqual({
      type: 'list',
      items: [...kb.data.nutrients.keys()].map((id) => items[NUTRIENT_IDS.indexOf(id)]),
    });
    // Some cautions state the limit themselves, some do not, some nutrients have none.
    expect(items.some((i) => / upper limit/i.test(i))).toBe(true);
    const sources = [...kb.data.nutrients.values()].flatMap((n) => [
      n.supplementCaution.source,
      ...(n.upperLimit && !/upper limit/i.test(n.supplementCaution.text) ? [n.upperLimit.source] : []),
    ]);
    expect(r.sources).toEqual([...new Set(sources)]);
  });

  it('the upper limit said beside a caution brings its own source', () => {
    const own = withData((copy) => {
      const magnesium = copy.nutrients.get('magnesium')!;
      const nutrients = new Map(copy.nutrients);
      nutrients.set('magnesium', { ...magnesium, upperLimit: { ...magnesium.upperLimit!, source: 'OWN_SOURCE' } });
      return { ...copy, nutrients };
    });
    expect(supplements(own, ['magnesium']).sources).toContain('OWN_SOURCE');
  });

  it('how much a day is recommended, only for one or two nutrients named', () => {
    const recommended = (r: Reply) =>
      r.blocks.filter((b) => b.type === 'text' && b.text.includes('recommended a day from food and supplements'));
    expect(recommended(supplements(kb, []))).toEqual([]);
    expect(recommended(supplements(kb, ['calcium']))).toHaveLength(1);
    expect(recommended(supplements(kb, ['calcium', 'magnesium']))).toHaveLength(2);
    expect(recommended(supplements(kb, ['calcium', 'magnesium', 'potassium']))).toEqual([]);
  });

  it('the caution, then the adults’ upper limit with its source; for a child, the caution alone', () => {
    const d = kb.nutrient('vitaminD');
    expect(d.supplementCaution.text).not.toMatch(/upper limit/i);
    const r = supplements(kb, ['vitaminD']);
    expect(r.blocks[1]).toEqual({
      type: 'list',
      items: [`${d.name}: ${d.supplementCaution.text} ${d.upperLimit!.text}`],
    });
    expect(r.sources).toEqual([
      ...new Set([d.supplementCaution.source, d.upperLimit!.source, d.recommendedIntake.source]),
    ]);
    const child = supplements(kb, ['vitaminD'], true);
    expect(child.blocks[1]).toEqual({ type: 'list', items: [`${d.name}: ${d.supplementCaution.text}`] });
    expect(child.sources).toEqual([d.supplementCaution.source]);
  });
});

describe('which nutrient?', () => {
  it('"how much do I need?" with no nutrient offers each nutrient’s question', async () => {
    const { adapter } = testBot();
    const replies = await say(adapter, 'how much do I need per day?');
    expect(suggestions(replies.at(-1))).toEqual(
      [...kb.data.nutrients.values()].map(
        (n) => `How much ${n.name.replace(/^[A-Z](?![A-Z0-9])/, (c) => c.toLowerCase())} do I need?`,
      ),
    );
  });
});
