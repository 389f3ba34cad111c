import { describe, expect, it } from 'vitest';
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
