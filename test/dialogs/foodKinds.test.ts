/**
 * Kinds of food asked for in a list: "high potassium fruits", "magnesium rich breakfast ideas", "good potassium
 * snacks", a pescatarian's fish, and the richest cheese gram for gram.
 */
import { describe, expect, it } from 'vitest';
import { foodsForNutrient } from '../../dialogs/answers/nutrientAnswers';
import { inFoodGroup } from '../../knowledge/knowledgeBase';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

const kb = knowledgeBase();
const recognizer = new Recognizer(kb);
const group = (id: string) => kb.data.foodGroups.find((g) => g.id === id)!;
const said = (r: ReturnType<typeof foodsForNutrient>) => JSON.stringify(r.blocks);

describe('a kind of food named after a nutrient', () => {
  it.each([
    ['high potassium fruits pls', 'fruit', 'potassium'],
    ['potassium rich fruits', 'fruit', 'potassium'],
    ['good potassium snacks for work?', 'snacks', 'potassium'],
    ['magnesium rich breakfast ideas?', 'breakfast', 'magnesium'],
    ['high calcium snacks', 'snacks', 'calcium'],
  ])('"%s" asks for %s rich in %s', (text, kind, nutrient) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('foodsForNutrient');
    expect(r.foodGroup).toBe(kind);
    expect(r.nutrients).toEqual([nutrient]);
  });

  it('a food eaten at breakfast is no kind asked for', () => {
    const r = recognizer.recognize('i had eggs for breakfast, how much b12');
    expect(r.foodGroup).toBeUndefined();
    expect(r.foods).toEqual(['egg']);
  });
});

describe('snacks and breakfast foods: kinds that are a use, not a category', () => {
  it('hold only the foods listed', () => {
    expect(inFoodGroup(kb.food('dried-apricots')!, group('snacks'))).toBe(true);
    expect(inFoodGroup(kb.food('pistachios')!, group('snacks'))).toBe(true);
    expect(inFoodGroup(kb.food('baked-potato')!, group('snacks'))).toBe(false);
    expect(inFoodGroup(kb.food('shredded-wheat')!, group('breakfast'))).toBe(true);
    expect(inFoodGroup(kb.food('oatmeal')!, group('breakfast'))).toBe(true);
    expect(inFoodGroup(kb.food('brown-rice')!, group('breakfast'))).toBe(false);
  });

  it('list the snacks richest in potassium, and the breakfast foods richest in magnesium', () => {
    const snacks = said(foodsForNutrient(kb, 'potassium', [], 'snacks'));
    expect(snacks).toContain('The snacks in my table richest in potassium');
    expect(snacks).toContain('Apricots, dried');
    expect(snacks).not.toContain('Potato, baked');
    const breakfast = said(foodsForNutrient(kb, 'magnesium', [], 'breakfast'));
    expect(breakfast).toContain('The breakfast foods in my table richest in magnesium');
    expect(breakfast).toContain('Chia seeds');
  });
});

describe('a pescatarian asking which fish', () => {
  it('reads "I don\'t eat meat but I eat fish" as pescatarian, not vegetarian, and no loss of appetite', () => {
    const r = recognizer.recognize("i don't eat meat but i eat fish, what fish has b12");
    expect(r.diets).toEqual(['pescatarian']);
    expect(r.foodGroup).toBe('fish');
    expect(r.symptoms).toEqual([]);
    expect(recognizer.recognize('im vegetarian but i eat fish').diets).toEqual(['pescatarian']);
    expect(recognizer.recognize("i don't eat eggs").symptoms).toEqual([]);
    expect(recognizer.recognize("i don't feel like eating").symptoms.map((s) => s.id)).toEqual(['loss-of-appetite']);
  });

  it('does not call the fish "pescatarian fish": every fish fits that diet', () => {
    const r = foodsForNutrient(kb, 'vitaminB12', ['pescatarian'], 'fish');
    expect(r.title).toBe(`Vitamin B12: ${group('fish').label}`);
    expect(foodsForNutrient(kb, 'vitaminB12', ['vegan'], 'fish').title).toBe(
      `Vitamin B12: vegan ${group('fish').label}`,
    );
  });

  it('lists fish rich in B12 in the chat, with no beef liver', async () => {
    const { adapter } = testBot();
    const reply = texts(await say(adapter, 'i dont eat meat but i eat fish, what fish has b12'));
    expect(reply).toContain('Clams');
    expect(reply).not.toMatch(/beef liver|loss of appetite/i);
  });
});

describe('the richest of a kind gram for gram', () => {
  it('names hard parmesan for calcium among the cheeses, whose servings differ', () => {
    const r = foodsForNutrient(kb, 'calcium', [], 'cheese');
    const first = kb.foodsRichIn('calcium', { group: group('cheese'), limit: 1 })[0]!.food;
    expect(first.id).not.toBe('parmesan-hard');
    expect(said(r)).toContain(
      `Gram for gram, the richest is parmesan cheese, hard: 1,184 mg per 100 g, against ${first.per100g.calcium} mg for`,
    );
  });

  it('says nothing more when the first of the list is also the richest gram for gram', () => {
    const r = foodsForNutrient(kb, 'vitaminB12', [], 'fish');
    const first = kb.foodsRichIn('vitaminB12', { group: group('fish'), limit: 1 })[0]!.food;
    const most = Math.max(
      ...kb.data.foods.filter((f) => inFoodGroup(f, group('fish'))).map((f) => f.per100g.vitaminB12 ?? 0),
    );
    expect(first.per100g.vitaminB12).toBe(most);
    expect(said(r)).not.toContain('Gram for gram');
  });
});
