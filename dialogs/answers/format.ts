/** Number and list formatting shared by the answers. */
import type { FoodAmount } from '../../knowledge/knowledgeBase';
import type { Nutrient } from '../../knowledge/schema';

/** 4700 -> "4,700": en-US grouping without building a locale formatter per call. */
function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatAmount(amount: number, unit: string): string {
  // "1 mcg", not "1.0 mcg": a tenth only when there is one. SR28 gives micrograms to a tenth, so "13.1 mcg"
  // is the table's own precision (rounding it to "13" lost the figure people look up on fact sheets).
  const value =
    unit === 'mg' ? groupThousands(Math.round(amount)) : amount.toFixed(amount >= 100 ? 0 : 1).replace(/\.0$/, '');
  return `${value} ${unit}`;
}

/** A nutrient's amount in its unit; vitamin D also in IU (1 mcg = 40 IU), the unit many labels still use. */
export function nutrientAmount(n: Pick<Nutrient, 'id' | 'unit'>, amount: number): string {
  const value = formatAmount(amount, n.unit);
  if (n.id !== 'vitaminD' || n.unit !== 'mcg') return value;
  // IU to the nearest 5 from 100 up: SR28 prints IU beside micrograms to a tenth, and the two differ by a few
  // IU (trout: 16.1 mcg, 645 IU), so a closer figure would be false precision.
  const iu = amount * 40;
  return `${value} (${groupThousands(iu >= 100 ? Math.round(iu / 5) * 5 : Math.round(iu))} IU)`;
}

export function formatDV(percent: number): string {
  return percent < 1 ? '<1% DV' : `${percent}% DV`;
}

/** "Potato, baked, with skin, 1 medium (173 g): 926 mg (20% DV)". */
export function foodAmountLine(row: FoodAmount): string {
  return `${row.food.name}, ${row.food.serving.label}: ${formatAmount(row.amount, row.nutrient.unit)} (${formatDV(row.percentDV)})`;
}

/** The compact table row every channel renders: food, serving, amount, %DV. */
export function foodAmountRow(row: FoodAmount): string[] {
  return [row.food.name, row.food.serving.label, formatAmount(row.amount, row.nutrient.unit), formatDV(row.percentDV)];
}

export const FOOD_TABLE_COLUMNS = ['Food', 'Serving', 'Amount', '%DV'];

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function dailyValueLine(n: Nutrient): string {
  return `Daily Value: ${formatAmount(n.dailyValue.amount, n.dailyValue.unit)}`;
}

/**
 * A name or label as it reads mid-sentence: "Vitamin B12" -> "vitamin B12", "A calf that ..." -> "a calf
 * that ...", but an abbreviation keeps its capitals ("B12 deficiency", "UV mushrooms").
 */
export function inSentence(name: string): string {
  return /^[A-Z](?![A-Z0-9])/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/**
 * A plain verdict on one serving, from its share of the Daily Value, for "does X have Y?", "is X good for
 * Y?". The bands are the project's own wording (10% or more is already called "a good source" in the food
 * profile); the figure itself is always said beside it.
 */
export function sourceVerdict(row: FoodAmount, foodName: string): string {
  const nutrient = inSentence(row.nutrient.name);
  if (formatAmount(row.amount, row.nutrient.unit).startsWith('0 '))
    return `No: there is essentially no ${nutrient} in ${foodName}.`;
  if (row.percentDV >= 20) return `Yes: a rich source of ${nutrient}.`;
  if (row.percentDV >= 10) return `Yes: a good source of ${nutrient}.`;
  if (row.percentDV >= 5) return `Some: a modest source of ${nutrient}.`;
  return `Only a little: not a meaningful source of ${nutrient}.`;
}
