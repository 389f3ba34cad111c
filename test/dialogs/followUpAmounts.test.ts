/**
 * An amount asked for after a food's figure ("what about a 1/4 cup?"), and "per 100g" opening a comparison.
 */
import { describe, expect, it } from 'vitest';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

const kb = knowledgeBase();
const recognizer = new Recognizer(kb);

async function conversation(...messages: string[]): Promise<string> {
  const { adapter } = testBot();
  let reply = '';
  for (const m of messages) reply = texts(await say(adapter, m));
  return reply;
}

describe('an amount alone after a food’s figure', () => {
  it('reads the one measured amount of a message with no food', () => {
    expect(recognizer.recognize('what about a 1/4 cup').amountAlone?.text).toMatch(/1\/4 cup/);
    expect(recognizer.recognize('what about a 1/4 cup of almonds').amountAlone).toBeUndefined();
    expect(recognizer.recognize('what about a 1/4 cup', { previousIntent: 'foodNutrientAmount' }).intent).toBe(
      'foodNutrientAmount',
    );
  });

  it('gives the food of the question before in that amount', async () => {
    const reply = await conversation('how much magnesium is in almonds', 'what about a 1/4 cup');
    const almonds = kb.food('almonds')!;
    const cup = almonds.measures.find((m) => m.unit === 'cup')!;
    const mg = Math.round((almonds.per100g.magnesium! * cup.grams) / 4 / 100);
    expect(reply).toContain(`of almonds has about ${mg} mg of magnesium`);
    expect(await conversation('how much calcium in milk', 'and in 300 ml?')).toMatch(
      /300 ml \(\d+ g\) of milk has about/,
    );
  });

  it('is no answer with no food before it', async () => {
    expect(await conversation('what is magnesium', 'what about 2 cups')).not.toMatch(/has about/);
  });
});

describe('"per 100g" before the foods compared', () => {
  it('is the basis asked for, not an amount of the first food', () => {
    const r = recognizer.recognize('per 100g: dark chocolate or almonds for magnesium');
    expect(r.intent).toBe('compareFoods');
    expect(r.portions.every((p) => !p.quantity)).toBe(true);
  });

  it('"per 100g of pepitas" is still that amount of the food', () => {
    const r = recognizer.recognize('magnesium per 100g of pepitas (roasted pumpkin seeds)');
    expect(r.portions.map((p) => [p.food, p.quantity?.value])).toEqual([['pumpkin-seeds', 100]]);
  });
});
