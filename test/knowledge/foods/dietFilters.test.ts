import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../../knowledge/knowledgeBase';
import { type DietTag, NUTRIENT_IDS } from '../../../knowledge/schema';
import { foodsForNutrient } from '../../../dialogs/answers/nutrientAnswers';
import { renderText } from '../../../dialogs/rendering/renderText';

const kb = createKnowledgeBase();
const FILTERS = kb.data.diets.map((d) => d.id);
const ALL = 10_000;

/**
 * Nut words written here independently of the data, so a food the data forgot to mark still fails:
 * nuts by name, nut products (milks, butters, spreads, marzipan, pesto, trail mix) and coconut.
 */
const NUT_WORDS =
  /\b(nuts?|almonds?|cashews?|walnuts?|pecans?|pistachios?|hazelnuts?|filberts?|macadamias?|brazil|pine nuts?|peanuts?|chestnuts?|praline|nutella|marzipan|pesto|trail mix|coconut|reese'?s|peanut butter)\b/i;
const NUT_INGREDIENTS: readonly string[] = ['tree-nut', 'peanut', 'coconut'];
const nutty = (f: { name: string; aliases: string[] }) => [f.name, ...f.aliases].some((n) => NUT_WORDS.test(n));

describe('diet filters', () => {
  it('marks every food whose name says nut as containing a nut (the data cannot forget one)', () => {
    const unmarked = kb.data.foods.filter(
      (f) => nutty(f) && !f.contains.some((c) => c === 'tree-nut' || c === 'peanut' || c === 'coconut'),
    );
    expect(unmarked.map((f) => f.id)).toEqual([]);
  });

  it('nut allergy: no nut or nut product can appear, for any nutrient, with any other filters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUTRIENT_IDS),
        fc.subarray(FILTERS),
        fc.integer({ min: 1, max: ALL }),
        (nutrient, others, limit) => {
          const diets: DietTag[] = [...others, 'nut-free'];
          const nuts = kb
            .foodsRichIn(nutrient, { diets, limit })
            .filter(
              ({ food }) =>
                nutty(food) || [...food.contains, ...(food.mayContain ?? [])].some((c) => NUT_INGREDIENTS.includes(c)),
            );
          expect(nuts.map((r) => r.food.id)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nut allergy: the whole answer names no nut, the everyday-foods line included', () => {
    for (const nutrient of NUTRIENT_IDS) {
      const text = renderText(foodsForNutrient(kb, nutrient, ['nut-free']));
      // The filter's own note names what it leaves out; everything else must not.
      const rest = text.replace(kb.diets.get('nut-free')!.note!.text, '').replace(/nut-free/g, '');
      expect(rest, nutrient).not.toMatch(NUT_WORDS);
    }
  });

  it('the same foods without the filter do include nuts, so the test above can fail', () => {
    const magnesium = kb.foodsRichIn('magnesium', { limit: ALL });
    expect(magnesium.some((r) => nutty(r.food))).toBe(true);
  });

  it('several filters at once: every food shown passes each one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUTRIENT_IDS), fc.subarray(FILTERS, { minLength: 2 }), (nutrient, diets) => {
        const misfits = kb
          .foodsRichIn(nutrient, { diets, limit: ALL })
          .flatMap((row) => diets.filter((d) => !kb.diets.fits(row.food, [d])).map((d) => `${row.food.id} ${d}`));
        expect(misfits).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('each filter keeps what its rule says and drops the rest', () => {
    const kept = (d: DietTag) => kb.data.foods.filter((f) => kb.diets.fits(f, [d]));
    for (const f of kept('low-carb')) expect(f.dietFacts.netCarbsG, f.id).toBeLessThanOrEqual(5);
    for (const f of kept('low-sodium')) expect(f.dietFacts.sodiumMg, f.id).toBeLessThanOrEqual(140);
    for (const f of kept('egg-free')) expect(f.contains, f.id).not.toContain('egg');
    for (const f of kept('lactose-free')) expect(f.contains, f.id).not.toContain('milk');
    for (const f of kept('gluten-free')) expect(f.contains, f.id).not.toContain('gluten');
    for (const f of kept('vegan'))
      expect(f.contains.filter((c) => ['milk', 'egg', 'fish', 'shellfish', 'meat'].includes(c))).toEqual([]);
    // Each filter drops something and keeps something.
    for (const d of FILTERS) {
      expect(kept(d).length, d).toBeGreaterThan(0);
      expect(kept(d).length, d).toBeLessThan(kb.data.foods.length);
    }
    expect(kept('low-carb').map((f) => f.id)).not.toContain('banana');
    expect(kept('low-sodium').map((f) => f.id)).not.toContain('soy-sauce');
    expect(kept('egg-free').map((f) => f.id)).not.toContain('pancakes');
    expect(kept('lactose-free').map((f) => f.id)).not.toContain('cheddar');
  });

  it('keto magnesium lists low-carb foods only (no beans, no grains)', () => {
    const rows = kb.foodsRichIn('magnesium', { diets: ['low-carb'], limit: 8 });
    expect(rows.length).toBe(8);
    for (const r of rows) expect(r.food.dietFacts.netCarbsG).toBeLessThanOrEqual(5);
    expect(rows.map((r) => r.food.category)).not.toContain('grain');
  });
});
