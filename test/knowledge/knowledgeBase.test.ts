import { describe, expect, it } from 'vitest';
import { inFoodGroup } from '../../knowledge/knowledgeBase';
import { DIET_TAGS, type Food, NUTRIENT_IDS } from '../../knowledge/schema';
import { knowledgeBase } from '../support/knowledge';

const kb = knowledgeBase();

describe('findNutrient', () => {
  it.each([
    ['potassium', 'potassium'],
    ['Potasium', 'potassium'],
    ['K', 'potassium'],
    ['hypokalemia', 'potassium'],
    ['magnesum', 'magnesium'],
    ['Mg', 'magnesium'],
    ['calcuim', 'calcium'],
    ['vit d', 'vitaminD'],
    ['vitamin D3', 'vitaminD'],
    ['cobalamin', 'vitaminB12'],
    ['B-12', 'vitaminB12'],
    ['b12', 'vitaminB12'],
  ])('finds %s as %s', (text, id) => {
    expect(kb.findNutrient(text)?.id).toBe(id);
  });

  it('finds nothing in unrelated text', () => {
    expect(kb.findNutrient('what is the weather like')).toBeUndefined();
    expect(kb.findNutrient('tell me a joke')).toBeUndefined();
  });
});

describe('findFood', () => {
  it.each([
    ['baked potato', 'potato'],
    ['bananas', 'banana'],
    ['garbanzo beans', 'chickpea'],
    ['lentils', 'lentil'],
    ['bananna', 'banana'],
    ['almonds', 'almond'],
  ])('finds %s', (text, nameContains) => {
    expect(kb.findFood(text)?.name.toLowerCase()).toContain(nameContains);
  });
});

describe('foodsRichIn', () => {
  it('ranks foods by amount per serving times their commonness, with the percent Daily Value', () => {
    const weights = kb.data.commonness.weights;
    const score = (r: { amount: number; food: { commonness: 1 | 2 | 3 } }) => r.amount * weights[r.food.commonness];
    const rows = kb.foodsRichIn('potassium', { limit: 10 });
    expect(rows).toHaveLength(10);
    for (let i = 1; i < rows.length; i++) expect(score(rows[i - 1]!)).toBeGreaterThanOrEqual(score(rows[i]!));
    const first = rows[0]!;
    expect(first.percentDV).toBe(Math.round((first.amount / 4700) * 100));
  });

  it('puts an everyday food before a rare one with a similar amount, but not before one with far more', () => {
    const names = (id: 'potassium' | 'magnesium' | 'vitaminB12') =>
      kb.foodsRichIn(id, { limit: 40 }).map((r) => r.food.id);
    // Baked potato (926 mg, everyday) before acorn squash (896 mg, rare).
    expect(names('potassium').indexOf('baked-potato')).toBeLessThan(names('potassium').indexOf('acorn-squash'));
    // Pumpkin seeds (168 mg, common) before amaranth (160 mg, rare), though amaranth was listed first by amount alone.
    expect(names('magnesium').indexOf('pumpkin-seeds')).toBeLessThan(names('magnesium').indexOf('amaranth'));
    // Clams carry many times more B12 than any everyday food: still first.
    expect(names('vitaminB12')[0]).toBe('clams');
  });

  it('filters by diet: vegan B12 gives only vegan foods, and few of them', () => {
    const vegan = kb.foodsRichIn('vitaminB12', { diet: 'vegan', limit: 20 });
    for (const row of vegan) expect(row.food.tags).toContain('vegan');
    const all = kb.foodsRichIn('vitaminB12', { limit: 20 });
    expect(all.some((r) => !r.food.tags.includes('vegan'))).toBe(true);
  });

  it('calcium without dairy gives no dairy food', () => {
    const rows = kb.foodsRichIn('calcium', { diet: 'dairy-free', limit: 15 });
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.food.tags).not.toContain('dairy');
  });

  it('vegetarian accepts vegan foods but not fish or meat', () => {
    const rows = kb.foodsRichIn('vitaminD', { diet: 'vegetarian', limit: 15 });
    for (const row of rows) {
      expect(row.food.tags).not.toContain('fish');
      expect(row.food.tags).not.toContain('meat');
    }
  });
});

describe('nutrientsIn and documentFoods', () => {
  it('lists the five nutrients of a food, largest share of the Daily Value first', () => {
    const lentils = kb.findFood('lentils')!;
    const rows = kb.nutrientsIn(lentils);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.percentDV).toBeGreaterThanOrEqual(rows[i]!.percentDV);
  });

  it('has figures for most foods the source document names for potassium', () => {
    const named = kb.documentFoods('potassium');
    expect(named.map((d) => d.name.toLowerCase())).toEqual(
      expect.arrayContaining(['bananas', 'sweet potatoes', 'spinach', 'avocado', 'beans']),
    );
    expect(named.filter((d) => d.figures).length).toBeGreaterThanOrEqual(4);
  });
});

describe('matchSymptoms', () => {
  const match = (text: string) => kb.matchSymptoms(kb.analyze(text));
  it.each([
    ['my calf keeps jumping', 'twitching'],
    ['I wake up with cramps in my feet', 'cramps'],
    ['my lips feel tingly', 'tingling-mouth'],
    ['pins and needles in my hands and feet', 'tingling-hands-feet'],
    ['I am tired all the time', 'fatigue'],
    ['my eyelid keeps twitching', 'twitching'],
    ['i feel clumsy lately', 'poor-coordination'],
  ])('"%s" includes %s', (text, id) => {
    expect(match(text).map((h) => h.symptom.id)).toContain(id);
  });

  it('reads no symptom in a phrase where its word means something else', () => {
    expect(match('I have a protein shake after the gym')).toEqual([]);
    expect(match('should I have magnesium with my protein shake?')).toEqual([]);
    // The symptom told beside the drink still counts.
    expect(match('my hands shake when I hold a protein shake').map((h) => h.symptom.id)).toContain('tremors');
    // Word for word: "shaky hands" is no handshake, and a later "shaky" still counts after a shake.
    expect(match('shaky hands getting worse over months').map((h) => h.symptom.id)).toContain('tremors');
    expect(match('protein shakes make me shaky').map((h) => h.symptom.id)).toContain('tremors');
  });

  it('reads no nausea in a sick note, but still in feeling sick beside one', () => {
    expect(match('can u help me write a sick note for work lol')).toEqual([]);
    expect(match('i feel sick, do i need a sick note?').map((h) => h.symptom.id)).toContain('nausea');
  });

  it('marks a denied symptom', () => {
    const hits = match('I do not have cramps');
    expect(hits.find((h) => h.symptom.id === 'cramps')?.negated).toBe(true);
  });
});

describe('screenRedFlags', () => {
  it.each([
    ['I have chest pain', 'chest-pain'],
    ["I can't breathe properly", 'breathing-swallowing'],
    ['it is hard to swallow', 'breathing-swallowing'],
    ['I fainted yesterday', 'fainting'],
    ['I had a seizure', 'seizure'],
    ['my heart is skipping beats', 'irregular-heartbeat'],
  ])('"%s" is %s', (text, id) => {
    expect(kb.screenRedFlags(text).map((f) => f.id)).toContain(id);
  });

  it('does not fire on ordinary questions or plain denials', () => {
    expect(kb.screenRedFlags('what foods have potassium')).toEqual([]);
    expect(kb.screenRedFlags('no chest pain')).toEqual([]);
  });
});

describe('symptom phrases', () => {
  it('none is made of denial and filler words only, which would match any denial', () => {
    for (const word of kb.data.intentCues.negations)
      expect(kb.matchSymptoms(kb.analyze(`${word} thanks`)), word).toEqual([]);
  });
});

describe('diet filters', () => {
  // The diets read from a food's own tags (the rules over ingredients and figures: test/knowledge/foods/).
  const TAG_DIETS = DIET_TAGS.filter((d) => !kb.diets.get(d) || kb.diets.get(d)?.rule.anyTag);
  const food = (...tags: string[]) =>
    ({ tags, contains: [], dietFacts: { netCarbsG: 0, sodiumMg: 0 } }) as unknown as Food;
  const fits = (f: Food) => TAG_DIETS.filter((d) => kb.diets.fits(f, [d]));

  it.each([
    [['vegan'], ['vegan', 'vegetarian', 'dairy-free']],
    [
      ['vegetarian', 'dairy'],
      ['vegetarian', 'dairy'],
    ],
    [
      ['dairy-free', 'fish'],
      ['dairy-free', 'fish'],
    ],
    [
      ['gluten-free', 'meat'],
      ['gluten-free', 'meat'],
    ],
    [
      ['egg', 'fortified'],
      ['egg', 'fortified'],
    ],
    [[], []],
  ])('a food tagged %j fits %j', (tags, diets) => {
    expect(fits(food(...tags))).toEqual(TAG_DIETS.filter((d) => diets.includes(d)));
  });

  it('ranks the foods that fit, at most the limit (8 by default), by amount times commonness, then amount and name', () => {
    const vegan = kb.foodsRichIn('calcium', { diet: 'vegan' });
    expect(vegan).toHaveLength(8);
    expect(vegan.every((r) => r.food.tags.includes('vegan'))).toBe(true);
    expect(vegan).toEqual(
      kb
        .foodsRichIn('calcium', { limit: 500 })
        .filter((r) => r.food.tags.includes('vegan'))
        .slice(0, 8),
    );
    const all = kb.foodsRichIn('calcium', { limit: 500 });
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      const [wa, wb] = [a, b].map((r) => r.amount * kb.data.commonness.weights[r.food.commonness]);
      expect(
        wa! > wb! ||
          (wa === wb &&
            (a.amount > b.amount || (a.amount === b.amount && a.food.name.localeCompare(b.food.name) <= 0))),
      ).toBe(true);
    }
    expect(kb.foodsRichIn('calcium', { limit: 2 })).toHaveLength(2);
  });
});

describe('food groups', () => {
  it('lists only foods of the kind asked for, each group with foods for some nutrient', () => {
    for (const group of kb.data.foodGroups) {
      const listed = NUTRIENT_IDS.flatMap((id) => kb.foodsRichIn(id, { group, limit: 500 }));
      expect(listed.length, group.id).toBeGreaterThan(0);
      for (const r of listed) expect(inFoodGroup(r.food, group), `${group.id}: ${r.food.id}`).toBe(true);
    }
    const nuts = kb.data.foodGroups.find((g) => g.id === 'nuts')!;
    const seeds = kb.data.foodGroups.find((g) => g.id === 'seeds')!;
    expect(inFoodGroup(kb.food('almonds')!, nuts)).toBe(true);
    expect(inFoodGroup(kb.food('pumpkin-seeds')!, nuts)).toBe(false);
    expect(inFoodGroup(kb.food('pumpkin-seeds')!, seeds)).toBe(true);
  });
});

describe('look-ups', () => {
  it('reads a message: corrections, unclear words, singular keys and clauses', () => {
    const a = kb.analyze('Magnesiam in bananas, please');
    expect(a.tokens).toEqual(['magnesiam', 'in', 'bananas', 'please']);
    expect(a.corrected).toEqual(['magnesium', 'in', 'bananas', 'please']);
    expect(a.keys).toEqual(['magnesium', 'in', 'banana', 'please']);
    expect(a.corrections).toEqual([{ from: 'magnesiam', to: 'magnesium' }]);
    expect(a.clauses).toEqual([0, 0, 0, 1]);
    expect(kb.analyze('what about potasium').corrections).toEqual([{ from: 'potasium', to: 'potassium' }]);
  });

  it('finds each item once, and a diet', () => {
    expect(kb.findNutrients(kb.analyze('magnesium and more magnesium and mg')).map((h) => h.item.id)).toEqual([
      'magnesium',
    ]);
    expect(kb.findDiet(kb.analyze('plant based sources'))).toBe('vegan');
    expect(kb.findDiet(kb.analyze('what foods have iron'))).toBeUndefined();
    expect(kb.findLifestyleFactors(kb.analyze('stressed and not sleeping')).map((h) => h.item.id)).toEqual([
      'stress',
      'poor-sleep',
    ]);
  });

  it('reads no fries in a stir fry, and no dehydration in a drink other than water', () => {
    const foods = (t: string) => kb.findFoods(kb.analyze(t)).map((h) => h.item.id);
    expect(foods('tofu stir fry with bok choy')).not.toContain('french-fries');
    expect(foods('a stir fry and some fries')).toContain('french-fries');
    const factors = (t: string) => kb.findLifestyleFactors(kb.analyze(t)).map((h) => h.item.id);
    expect(factors('my 2yo barely drinks milk')).not.toContain('dehydration');
    expect(factors('i barely drink water')).toContain('dehydration');
    expect(factors('i barely drink, cramps every night')).toContain('dehydration');
  });

  it('answers amounts, and refuses an unknown nutrient', () => {
    const banana = kb.findFood('banana')!;
    const potassium = kb.amountIn(banana, 'potassium')!;
    expect(potassium.percentDV).toBe(Math.round((potassium.amount / kb.nutrient('potassium').dailyValue.amount) * 100));
    expect(kb.nutrientsIn(banana).map((r) => r.nutrient.id)).toContain('potassium');
    const withoutB12 = kb.data.foods.find((f) => f.perServing.vitaminB12 === undefined)!;
    expect(kb.amountIn(withoutB12, 'vitaminB12')).toBeUndefined();
    expect(kb.nutrientsIn(withoutB12).map((r) => r.nutrient.id)).not.toContain('vitaminB12');
    expect(kb.percentDV(kb.nutrient('potassium'), 4700)).toBe(100);
    expect(kb.percentDV(kb.nutrient('potassium'), 23)).toBe(0);
    expect(() => kb.nutrient('iron' as never)).toThrowError(/unknown nutrient iron/);
    expect(kb.food(banana.id)).toBe(banana);
    expect(kb.food('no-such-food')).toBeUndefined();
    expect(kb.source('USDA_SR28')?.id ?? kb.source('USDA_SR28')).toBeTruthy();
    expect(kb.source('NO_SUCH_SOURCE')).toBeUndefined();
  });
});
