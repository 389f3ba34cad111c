/**
 * How a meal is read when it is told the way people write it down: the dish named before a dash or "is",
 * a food named again after a heading, a weight given for its pot, a percentage and a describing word before
 * the food, and the preparation said ("wild", "canned") chosen over the everyday default.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { lastReply } from '../support/testBot';

const kb = createKnowledgeBase();
const recognizer = new Recognizer(kb);
const portions = (text: string) =>
  recognizer.recognize(text).portions.map((p) => [p.food, p.quantity?.text ?? null] as const);

describe('the name of a dish made of the foods listed after it', () => {
  it.each([
    'lentil soup – 1 cup cooked lentils and a medium tomato in it. how much potassium',
    'lentil soup - 1 cup cooked lentils and a medium tomato in it. how much potassium',
    'my lentil soup is 1 cup cooked lentils and a medium tomato, potassium?',
  ])('"%s" counts the lentils and the tomato, not a canned soup too', (text) => {
    expect(portions(text).map(([f]) => f)).toEqual(['lentils', 'tomato']);
  });

  it.each([
    'big bowl of lentil soup (about 1 cup lentils) and a baked sweet potato - potassium?',
    'lentil soup (1 cup cooked lentils) and a baked sweet potato, potassium?',
  ])('"%s" counts the lentils in the brackets, not a canned soup too', (text) => {
    expect(portions(text)).toEqual([
      ['lentils', '1 cup'],
      ['sweet-potato', 'a'],
    ]);
  });

  it('keeps an amount in brackets after a food as that food\'s ("oatmeal (1 cup) and a banana")', () => {
    expect(portions('oatmeal (1 cup) and a banana, magnesium?').map(([f]) => f)).toEqual(['oatmeal', 'banana']);
  });

  it('still counts a soup named with its own amount ("a cup of lentil soup - and 2 slices of bread")', () => {
    const foods = portions('a cup of lentil soup - and 2 slices of bread and a banana').map(([f]) => f);
    expect(foods).toContain('lentil-soup');
  });

  it('totals "my trail mix is 1 oz almonds, 1 oz cashews and 1 oz pumpkin seeds" without the trail mix', async () => {
    const reply = await lastReply(
      'my trail mix is 1 oz almonds, 1 oz cashews and 1 oz pumpkin seeds. how much magnesium in that',
    );
    expect(reply).not.toContain('trail mix ·');
    expect(reply).toMatch(/Total · 309 mg/); // SR28: 79 + 74 + 156
  });
});

describe('a food named in a heading and again after it', () => {
  it('takes the amount after the heading ("tofu dinner: half cup calcium set tofu")', () => {
    expect(portions('tofu dinner: half cup calcium set tofu and a cup of cooked collard greens. calcium?')).toEqual([
      ['tofu-regular-calcium', 'half cup'],
      ['collards', 'a cup of'],
    ]);
  });

  it('reads "3 oz" before "85% lean beef patty" after "burger night:"', () => {
    expect(portions('burger night: 3 oz 85% lean beef patty + 1.5 oz cheddar slice. b12?')[0]).toEqual([
      'ground-beef',
      '3 oz',
    ]);
  });
});

describe('the food as said', () => {
  it('reads a weight given for its pot ("a 6 oz pot of fat free yoghurt")', async () => {
    const reply = await lastReply('calcium in a 6 oz pot of fat free yoghurt');
    expect(reply).toContain('6 oz (170 g)');
    expect(reply).not.toMatch(/not sure what you mean by “pot”/);
  });

  it('counts wild Atlantic salmon as wild, and canned white beans as canned', () => {
    expect(portions('3 oz wild atlantic salmon and a banana')[0]![0]).toBe('salmon-wild');
    expect(portions('half a cup of canned white beans')[0]![0]).toBe('white-beans-canned');
    expect(portions('half a cup of white beans')[0]![0]).toBe('white-beans');
  });

  it('reads calcium-set tofu as the regular kind unless it is said to be firm', () => {
    expect(portions('half a cup of calcium-set tofu')[0]![0]).toBe('tofu-regular-calcium');
    expect(portions('half a cup of firm calcium-set tofu')[0]![0]).toBe('tofu-firm-calcium');
  });
});

describe('what a meal row assumes', () => {
  it('names the preparation the table’s entry is for, so a different one can be spotted', async () => {
    const reply = await lastReply('3 oz atlantic salmon, a cup of nonfat yogurt and 3 oz ground beef, b12 total?');
    expect(reply).toContain('atlantic salmon (farmed, cooked) · 3 oz');
    expect(reply).toContain('plain yogurt (nonfat) · 1 cup');
    expect(reply).toContain('ground beef (85% lean, cooked) · 3 oz');
  });
});

describe('a figure read off the label', () => {
  it('counts "cereal fortified with 25% DV b12" as 25% of the Daily Value per serving, and says so', async () => {
    const reply = await lastReply(
      'vegetarian day: 2 eggs, a 6 oz pot of fat free yoghurt, bowl of cereal fortified with 25% DV b12. total b12?',
    );
    expect(reply).toContain('(fortified oat cereal) · 1 cup (28 g) · 0.6 mcg');
    expect(reply).toContain('I used its label’s 25% DV of vitamin B12 per serving (0.6 mcg), as you said.');
  });

  it('reads "a cup of cereal with 30% of the daily value of vitamin d" as the cereal, with its label figure', () => {
    const p = recognizer.recognize(
      'a cup of cereal with 30% of the daily value of vitamin d and a glass of milk, vit d total?',
    ).portions;
    expect(p[0]).toMatchObject({ food: 'cheerios', labelPercentDV: { nutrient: 'vitaminD', percent: 30 } });
    expect(p[1]).not.toHaveProperty('labelPercentDV');
  });

  it('takes no label figure without the words of one ("cereal with 25 raisins")', () => {
    const p = recognizer.recognize('a cup of cereal with 25 raisins, b12?').portions;
    expect(p.every((x) => x.labelPercentDV === undefined)).toBe(true);
  });
});

describe('a burger', () => {
  it('is ground beef as the NIH fact sheet gives it: 3 oz of 85% lean has about 2.4 mcg of vitamin B12', async () => {
    const beef = kb.food('ground-beef')!;
    expect(beef.perServing.vitaminB12).toBe(2.4);
    const reply = await lastReply('3 oz beef burger and a glass of 2% milk - total b12?');
    expect(reply).toContain('In total: 3.7 mcg of vitamin B12');
  });
});
