/**
 * Turns the amounts in a message into grams of the foods they go with ("2 cups of cooked spinach",
 * "half an avocado", "100 g salmon"), with SR28's household gram weights, and totals a meal per nutrient.
 * Pure functions over the knowledge data; every assumption is returned so the answer can say it.
 */
import type { Food, Nutrient, NutrientId, Unit } from '../schema';
import type { QuantityMention } from './parseQuantities';

/** An amount of one food, in grams, with how it was read. */
export interface FoodPortion {
  food: Food;
  grams: number;
  /** How the amount reads in an answer: "2 cups (360 g)", "1 medium (118 g)". */
  label: string;
  /** No amount was given, so one serving was assumed. */
  assumedServing?: boolean;
  /** Something assumed on the way ("a glass as 1 cup (237 ml)"). */
  assumption?: string;
  /** The same amount in the other measure its word names ("a UK pint (568 ml)"), in grams. */
  alternative?: { grams: number; words: string };
  /** Amounts the person read off the food's label ("fortified with 25% DV b12"), used over the table's. */
  labelAmounts?: Partial<Record<NutrientId, number>>;
}

export type PortionProblem =
  | { kind: 'unknown-unit'; food: Food; word: string }
  | { kind: 'no-weight'; food: Food; unit: string }
  | { kind: 'dose-unit'; food: Food; unit: string }
  | { kind: 'too-much'; food: Food; grams: number };

/** No single food amount over this is read as meant (5 kg): a typo or a test, never a meal. */
export const MAX_GRAMS = 5000;
const VOLUME_UNITS = new Set(['cup', 'tbsp', 'tsp', 'fl-oz', 'pint', 'quart']);

function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const fractions: Record<string, string> = {
    '0.5': '1/2',
    '0.25': '1/4',
    '0.75': '3/4',
    '0.33': '1/3',
    '0.67': '2/3',
  };
  if (rounded < 1 && fractions[String(rounded)]) return fractions[String(rounded)]!;
  return Number.isInteger(rounded) ? String(rounded) : String(Math.round(n * 10) / 10);
}

function unitName(unit: string, count: number): string {
  const names: Record<string, [string, string]> = {
    cup: ['cup', 'cups'],
    tbsp: ['tbsp', 'tbsp'],
    tsp: ['tsp', 'tsp'],
    'fl-oz': ['fl oz', 'fl oz'],
    oz: ['oz', 'oz'],
    g: ['g', 'g'],
    kg: ['kg', 'kg'],
    lb: ['lb', 'lb'],
    ml: ['ml', 'ml'],
    l: ['litre', 'litres'],
    patty: ['patty', 'patties'],
    leaf: ['leaf', 'leaves'],
    bunch: ['bunch', 'bunches'],
    glass: ['glass', 'glasses'],
    handful: ['handful', 'handfuls'],
    serving: ['serving', 'servings'],
  };
  const [one, many] = names[unit] ?? [unit, `${unit}s`];
  return count > 1 ? many : one;
}

const grams = (n: number) => `${n >= 10 ? Math.round(n) : Math.round(n * 10) / 10} g`;

/** The food's measure for a unit, preferring the size asked for ("a large banana"), then the serving's own. */
function measureFor(food: Food, unit: string, size?: string) {
  const all = food.measures.filter((m) => m.unit === unit);
  return (
    (size && all.find((m) => m.size === size)) ||
    all.find((m) => m.label === food.serving.label) ||
    all.find((m) => m.size === 'medium') ||
    all[0]
  );
}

/** Grams per millilitre of a food, from any of its volume measures. */
function density(food: Food, volumeUnits: ReadonlyMap<string, number>): number | undefined {
  const m = food.measures.find((x) => VOLUME_UNITS.has(x.unit) && volumeUnits.has(x.unit));
  return m ? m.grams / (m.amount * volumeUnits.get(m.unit)!) : undefined;
}

export class PortionReader {
  private readonly volumeMl: ReadonlyMap<string, number>;

  constructor(units: readonly Unit[]) {
    this.volumeMl = new Map(units.filter((u) => u.kind === 'volume').map((u) => [u.id, u.ml]));
  }

  /** The grams of a food an amount means, or what stops it being read. Without an amount, one serving. */
  portion(food: Food, q?: QuantityMention): FoodPortion | PortionProblem {
    if (!q) return { food, grams: food.serving.grams, label: food.serving.label, assumedServing: true };
    if (q.unknownUnit) return { kind: 'unknown-unit', food, word: q.unknownUnit };
    const value = q.value;
    if (value === undefined) {
      return { food, grams: food.serving.grams, label: food.serving.label, assumedServing: true };
    }
    const unit = q.unit;
    let result: FoodPortion | PortionProblem;
    if (!unit || unit.id === 'piece') {
      const m = measureFor(food, 'piece', q.size);
      if (!m) {
        // "2 slices of bread", "3 eggs": a food counted in its own household unit.
        const own = food.measures.find((x) => x.unit !== 'piece' && !VOLUME_UNITS.has(x.unit) && x.unit !== 'oz');
        if (!unit && own && own.amount === 1 && own.unit === 'slice') {
          result = {
            food,
            grams: value * own.grams,
            label: `${formatNumber(value)} ${unitName('slice', value)} (${grams(value * own.grams)})`,
          };
        } else if (!unit && q.article && value === 1) {
          // "a tuna sandwich", "a salmon salad": the article is the dish's, so one serving of the food.
          return { food, grams: food.serving.grams, label: food.serving.label, assumedServing: true };
        } else return { kind: 'no-weight', food, unit: 'one' };
      } else {
        const g = (value * m.grams) / m.amount;
        const size = m.size ? `${m.size} ` : '';
        const label = `${formatNumber(value)} ${size}(${grams(g)})`.replace(/ \(/, ' (');
        // "a large banana" when SR28 weighed only a medium one: say which size was used.
        const otherSize = q.size && m.size !== q.size;
        result = {
          food,
          grams: g,
          label,
          ...(otherSize ? { assumption: `I have no weight for a ${q.size} one, so I used ${label}.` } : {}),
        };
      }
    } else if (unit.kind === 'dose') {
      return { kind: 'dose-unit', food, unit: unit.words[0]! };
    } else if (unit.kind === 'mass') {
      const g = value * unit.grams;
      result = {
        food,
        grams: g,
        label: `${formatNumber(value)} ${unitName(unit.id, value)}${unit.id === 'g' ? '' : ` (${grams(g)})`}`,
      };
    } else if (unit.kind === 'volume' && measureFor(food, unit.id)) {
      // SR28 weighed this very measure ("1 tbsp"): no density needed.
      const m = measureFor(food, unit.id)!;
      const g = (value * m.grams) / m.amount;
      result = { food, grams: g, label: `${formatNumber(value)} ${unitName(unit.id, value)} (${grams(g)})` };
    } else if (unit.kind === 'volume') {
      const d = density(food, this.volumeMl);
      if (d === undefined) return { kind: 'no-weight', food, unit: unit.words[0]! };
      const g = value * unit.ml * d;
      result = {
        food,
        grams: g,
        label: `${formatNumber(value)} ${unitName(unit.id, value)} (${grams(g)})`,
        ...(unit.assumption ? { assumption: `I counted ${unit.assumption}.` } : {}),
        ...(unit.alternative
          ? {
              alternative: {
                grams: value * unit.alternative.ml * d,
                words: `${value === 1 ? 'a' : formatNumber(value)} ${unit.alternative.name}${value > 1 ? 's' : ''} (${Math.round(value * unit.alternative.ml).toLocaleString('en-US')} ml)`,
              },
            }
          : {}),
      };
    } else if (unit.kind === 'serving') {
      const g = value * food.serving.grams;
      result = {
        food,
        grams: g,
        label: `${formatNumber(value)} ${unitName('serving', value)} of ${food.serving.label}`,
      };
    } else if (unit.grams !== undefined && !measureFor(food, unit.id, q.size)) {
      // A fixed household amount (a handful, a slice of cheese), only for the foods it is defined for and
      // only where SR28 weighed no such measure of the food itself (a slice of bread).
      if (unit.forCategories && !unit.forCategories.includes(food.category))
        return { kind: 'no-weight', food, unit: unit.words[0]! };
      const g = value * unit.grams;
      result = {
        food,
        grams: g,
        label: `${formatNumber(value)} ${unitName(unit.id, value)} (${grams(g)})`,
        ...(unit.assumption ? { assumption: `I counted ${unit.assumption}.` } : {}),
      };
    } else {
      const m = measureFor(food, unit.id, q.size);
      if (!m) return { kind: 'no-weight', food, unit: unit.words[0]! };
      const g = (value * m.grams) / m.amount;
      result = { food, grams: g, label: `${formatNumber(value)} ${unitName(unit.id, value)} (${grams(g)})` };
    }
    if ('grams' in result && result.grams > MAX_GRAMS) return { kind: 'too-much', food, grams: result.grams };
    return result;
  }
}

export function isProblem(p: FoodPortion | PortionProblem): p is PortionProblem {
  return 'kind' in p;
}

/** A nutrient in a portion, from SR28's per-100 g figure; undefined when SR28 has none. */
export function nutrientIn(portion: FoodPortion, id: NutrientId): number | undefined {
  const label = portion.labelAmounts?.[id];
  if (label !== undefined) return label;
  const per100 = portion.food.per100g[id];
  return per100 === undefined ? undefined : (per100 * portion.grams) / 100;
}

export interface NutrientTotal {
  nutrient: Nutrient;
  amount: number;
  percentDV: number;
  /** Foods of the meal with no figure for this nutrient (counted as none). */
  missing: Food[];
}

/** A meal's total per nutrient, with the percent of the Daily Value. */
export function mealTotals(portions: readonly FoodPortion[], nutrients: readonly Nutrient[]): NutrientTotal[] {
  return nutrients.map((nutrient) => {
    let amount = 0;
    const missing: Food[] = [];
    for (const p of portions) {
      const a = nutrientIn(p, nutrient.id);
      if (a === undefined) missing.push(p.food);
      else amount += a;
    }
    return { nutrient, amount, percentDV: Math.round((amount / nutrient.dailyValue.amount) * 100), missing };
  });
}
