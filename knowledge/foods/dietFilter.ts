/**
 * Diet filters as rules over a food's tags, ingredients and per-serving figures (diets.json). Pure, so a
 * test can prove, for every food and every combination of filters, what may and may not pass.
 */
import type { DietFilter, DietRule, DietTag, Food } from '../schema';

/** Whether a food meets one rule: a tag it needs, no excluded ingredient, figures under the limits. */
export function meetsRule(food: Food, rule: DietRule): boolean {
  if (rule.anyTag && !rule.anyTag.some((t) => food.tags.includes(t))) return false;
  if (rule.excludes) {
    const traces = rule.excludeMayContain ? (food.mayContain ?? []) : [];
    if (rule.excludes.some((x) => food.contains.includes(x) || traces.includes(x))) return false;
  }
  const max = rule.max;
  if (max?.netCarbsG !== undefined && food.dietFacts.netCarbsG > max.netCarbsG) return false;
  if (max?.sodiumMg !== undefined && food.dietFacts.sodiumMg > max.sodiumMg) return false;
  return true;
}

export class DietFilters {
  private readonly byId: ReadonlyMap<DietTag, DietFilter>;

  constructor(diets: readonly DietFilter[]) {
    this.byId = new Map(diets.map((d) => [d.id, d]));
  }

  get(id: DietTag): DietFilter | undefined {
    return this.byId.get(id);
  }

  /** The ingredients a set of diets leaves out ("soy-free": soy). */
  excludedIngredients(diets: readonly DietTag[]): Set<string> {
    return new Set(diets.flatMap((id) => this.byId.get(id)?.rule.excludes ?? []));
  }

  /** A food fits a set of diets when it fits each one; a diet without a rule fits by the food's own tag. */
  fits(food: Food, diets: readonly DietTag[]): boolean {
    return diets.every((id) => {
      const diet = this.byId.get(id);
      return diet ? meetsRule(food, diet.rule) : (food.tags as readonly string[]).includes(id);
    });
  }
}
