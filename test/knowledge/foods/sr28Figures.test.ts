import { describe, expect, it } from 'vitest';
import { loadKnowledgeData } from '../../../knowledge/loadKnowledge';
import type { NutrientId } from '../../../knowledge/schema';
import { readSr28Fixture } from './sr28';

const data = loadKnowledgeData();
const sr28 = readSr28Fixture();
const FIELD: Record<NutrientId, 'potassiumMg' | 'magnesiumMg' | 'calciumMg' | 'vitaminDMcg' | 'vitaminB12Mcg'> = {
  potassium: 'potassiumMg',
  magnesium: 'magnesiumMg',
  calcium: 'calciumMg',
  vitaminD: 'vitaminDMcg',
  vitaminB12: 'vitaminB12Mcg',
};
const ndbOf = (source: string) => /NDB (\d{5})$/.exec(source)![1]!;

describe('the food table against USDA SR28 (fixture copied from the reference file)', () => {
  it('has an SR28 record for every food', () => {
    for (const food of data.foods) expect(sr28.has(ndbOf(food.source)), food.id).toBe(true);
  });

  it('gives every per-serving figure as SR28 per 100 g times the serving grams', () => {
    for (const food of data.foods) {
      const rec = sr28.get(ndbOf(food.source))!;
      for (const [id, amount] of Object.entries(food.perServing) as [NutrientId, number][]) {
        const per100 = rec.per100g[FIELD[id]];
        expect(per100, `${food.id} ${id}: SR28 has no figure`).toBeDefined();
        const expected = (per100! * food.serving.grams) / 100;
        // mg figures are rounded to whole numbers, mcg to a tenth (a hundredth below 1)
        const tolerance = id === 'vitaminD' || id === 'vitaminB12' ? 0.051 : 0.51;
        expect(Math.abs(amount - expected), `${food.id} ${id}: ${amount} vs SR28 ${expected}`).toBeLessThanOrEqual(
          tolerance,
        );
      }
      // A nutrient SR28 has a figure for is never silently left out.
      for (const id of Object.keys(FIELD) as NutrientId[])
        if (rec.per100g[FIELD[id]] !== undefined) expect(food.perServing[id], `${food.id} ${id}`).toBeDefined();
    }
  });

  it('gives the per-100 g figures exactly as SR28, for the same nutrients as per serving', () => {
    for (const food of data.foods) {
      const rec = sr28.get(ndbOf(food.source))!;
      expect(Object.keys(food.per100g).sort(), food.id).toEqual(Object.keys(food.perServing).sort());
      for (const [id, amount] of Object.entries(food.per100g) as [NutrientId, number][])
        expect(amount, `${food.id} ${id}`).toBe(rec.per100g[FIELD[id]]);
    }
  });

  it('gives net carbohydrate and sodium per serving from SR28', () => {
    for (const food of data.foods) {
      const rec = sr28.get(ndbOf(food.source))!.per100g;
      const g = food.serving.grams / 100;
      const net = Math.max(0, (rec.carbohydrateG ?? 0) - (rec.fiberG ?? 0)) * g;
      expect(Math.abs(food.dietFacts.netCarbsG - net), food.id).toBeLessThanOrEqual(0.051);
      expect(Math.abs(food.dietFacts.sodiumMg - (rec.sodiumMg ?? 0) * g), food.id).toBeLessThanOrEqual(0.51);
    }
  });

  it("takes every household measure but the serving from SR28's gram weights", () => {
    for (const food of data.foods) {
      const rec = sr28.get(ndbOf(food.source))!;
      for (const m of food.measures) {
        if (m.label === food.serving.label) {
          expect(m.grams, food.id).toBe(food.serving.grams);
          continue;
        }
        const weight = rec.gramWeights.find((w) => w.description.replace(/\s+/g, ' ') === m.label.replace(/\s+/g, ' '));
        expect(weight, `${food.id}: measure "${m.label}" is not an SR28 gram weight`).toBeDefined();
        expect(m.grams, food.id).toBe(weight!.grams);
      }
    }
  });
});
