import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FoodPortion, isProblem, mealTotals, nutrientIn } from '../../../knowledge/quantities/foodAmounts';
import type { QuantityMention } from '../../../knowledge/quantities/parseQuantities';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const food = (id: string) => kb.food(id)!;
const unit = (id: string) => kb.data.units.units.find((u) => u.id === id)!;
const q = (value: number | undefined, unitId?: string, extra: Partial<QuantityMention> = {}): QuantityMention => ({
  ...(value !== undefined ? { value } : {}),
  ...(unitId ? { unit: unit(unitId) } : {}),
  start: 0,
  end: 1,
  text: '',
  ...extra,
});
const grams = (id: string, mention?: QuantityMention) => {
  const p = kb.portions.portion(food(id), mention);
  if (isProblem(p)) throw new Error(p.kind);
  return p.grams;
};

describe('amounts of a food in grams (SR28 household weights)', () => {
  it('reads cups, counts, halves, ounces and grams', () => {
    expect(grams('spinach-cooked', q(2, 'cup'))).toBeCloseTo(360, 6); // SR28: 1 cup = 180 g
    expect(grams('avocado', q(0.5))).toBeCloseTo(100, 6); // 1/2 fruit = 100 g
    expect(grams('banana', q(2))).toBeCloseTo(236, 6); // 1 medium = 118 g
    expect(grams('salmon-farmed', q(3, 'oz'))).toBeCloseTo(85.05, 2);
    expect(grams('milk-1', q(100, 'g'))).toBe(100);
    expect(grams('almonds', q(1, 'handful'))).toBe(30);
    expect(grams('whole-wheat-bread', q(2, 'slice'))).toBe(64);
    expect(grams('yogurt-plain', q(1, 'container'))).toBe(170);
  });

  it('converts a volume with the food’s own weight per cup, and says what a glass is taken to be', () => {
    // 1 cup of milk weighs 244 g in SR28, so a tablespoon is 244/16.
    expect(grams('milk-1', q(1, 'tbsp'))).toBeCloseTo((244 * 14.78676) / 236.5882, 3);
    const glass = kb.portions.portion(food('milk-1'), q(1, 'glass'));
    expect(glass).toMatchObject({ grams: 244, assumption: 'I counted a glass as 1 cup (237 ml).' });
  });

  it('uses one serving when no amount is given, and says so', () => {
    expect(kb.portions.portion(food('banana'))).toMatchObject({ grams: 118, assumedServing: true });
  });

  it('uses the size asked for when SR28 weighed it, and says which size it used when not', () => {
    expect(kb.portions.portion(food('egg'), q(1, undefined, { size: 'extra large' }))).toMatchObject({ grams: 56 });
    expect(kb.portions.portion(food('egg'), q(1, undefined, { size: 'large' }))).not.toHaveProperty('assumption');
    expect(kb.portions.portion(food('banana'), q(1, undefined, { size: 'large' }))).toMatchObject({
      grams: 118,
      assumption: 'I have no weight for a large one, so I used 1 medium (118 g).',
    });
  });

  it('takes "a" before a food with no count of its own as one serving ("a tuna sandwich")', () => {
    expect(kb.portions.portion(food('tuna-canned'), q(1, undefined, { article: true }))).toMatchObject({
      grams: 85,
      assumedServing: true,
    });
  });

  it('says what stops an amount being read', () => {
    expect(kb.portions.portion(food('milk-1'), q(2, undefined, { unknownUnit: 'glugs' }))).toMatchObject({
      kind: 'unknown-unit',
      word: 'glugs',
    });
    expect(kb.portions.portion(food('spinach-raw'), q(1, 'handful'))).toMatchObject({ kind: 'no-weight' });
    expect(kb.portions.portion(food('salmon-farmed'), q(10000, 'iu'))).toMatchObject({ kind: 'dose-unit' });
    expect(kb.portions.portion(food('milk-1'), q(9999, 'cup'))).toMatchObject({ kind: 'too-much' });
    expect(kb.portions.portion(food('almonds'), q(2))).toMatchObject({ kind: 'no-weight', unit: 'one' });
  });

  it('property: amounts scale linearly and unit conversions round-trip', () => {
    const massUnits = ['g', 'kg', 'oz', 'lb'];
    const volumeUnits = ['cup', 'tbsp', 'tsp', 'ml', 'l', 'fl-oz'];
    fc.assert(
      fc.property(
        fc.constantFrom('milk-1', 'orange-juice', 'spinach-cooked', 'brown-rice', 'yogurt-plain', 'peanut-butter'),
        fc.constantFrom(...massUnits, ...volumeUnits),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (id, u, amount) => {
          const one = grams(id, q(1, u));
          const some = kb.portions.portion(food(id), q(amount, u));
          if (isProblem(some)) return; // over 5 kg
          expect(some.grams).toBeCloseTo(amount * one, 6);
          // grams back to the unit give the amount again
          expect(some.grams / one).toBeCloseTo(amount, 9);
        },
      ),
    );
  });

  it('property: a mass unit means the same grams for every food', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kb.data.foods.map((f) => f.id)),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (id, oz) => {
          expect(grams(id, q(oz, 'oz'))).toBeCloseTo(oz * 28.349523, 6);
        },
      ),
    );
  });

  it('scales nutrients from SR28 per 100 g and totals a meal with the %DV', () => {
    const portions = [
      kb.portions.portion(food('dark-chocolate'), q(100, 'g')),
      kb.portions.portion(food('banana'), q(2)),
    ] as FoodPortion[];
    expect(nutrientIn(portions[0]!, 'magnesium')).toBe(228);
    const [mg] = mealTotals(portions, [kb.nutrient('magnesium')]);
    expect(mg!.amount).toBeCloseTo(228 + 27 * 2.36, 6);
    expect(mg!.percentDV).toBe(Math.round((mg!.amount / 420) * 100));
    expect(mg!.missing).toEqual([]);
  });

  it('counts a food with no figure as none and names it', () => {
    const oil = kb.portions.portion(food('cod-liver-oil'), q(1, 'tbsp')) as FoodPortion;
    const [b12] = mealTotals([oil], [kb.nutrient('vitaminB12')]);
    expect(b12!.amount).toBe(0);
  });
});
