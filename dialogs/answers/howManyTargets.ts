/**
 * What "how many" counts to besides the Daily Value: an amount the person states ("for 600 IU of vitamin D",
 * "give 400 mg magnesium"), or, when nobody's age or sex is known, what adults are recommended (the label's
 * Daily Value is often above it: 20 mcg of vitamin D against the adult 15 mcg).
 */
import { rowFor } from '../../knowledge/intakes/dailyNeeds';
import { type Dose, type DoseUnit, convert } from '../../knowledge/intakes/units';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { NutrientId } from '../../knowledge/schema';
import type { PersonalTarget } from './amountAnswers';
import { formatAmount } from './format';
import { amountText } from './needsAnswers';

/** Vitamin D's IU: 1 mcg is 40 IU (the only covered nutrient measured in IU). */
const IU_PER_MCG = 40;
/** The adult row the recommendation is read from (31-50 years: the middle of adult life). */
const ADULT_AGE_MONTHS = 35 * 12;

/** The first stated amount of the nutrient's kind, in its unit: "400 mg", "600 IU" of vitamin D. */
export function statedTarget(kb: KnowledgeBase, id: NutrientId, doses: readonly Dose[]): PersonalTarget | undefined {
  const n = kb.nutrient(id);
  for (const d of doses) {
    const amount = convert(d.amount, d.unit, n.unit as DoseUnit, id === 'vitaminD' ? IU_PER_MCG : undefined);
    if (amount !== undefined && amount > 0)
      return { amount, words: `the ${formatAmount(d.amount, d.unit)} you asked about`, source: kb.intakes(id).source };
  }
  return undefined;
}

/** Adults' recommended amounts (one figure, or men's and women's), when nothing is known about the person. */
export function adultTargets(kb: KnowledgeBase, id: NutrientId): PersonalTarget[] {
  const table = kb.intakes(id);
  const row = rowFor(table, ADULT_AGE_MONTHS);
  if (!row || table.unit !== kb.nutrient(id).unit) return [];
  const target = (amount: number, who: string) => ({
    amount,
    words: `the ${amountText(table, amount)} a day recommended for ${who} aged ${row.age.label.replace(/ years$/, '')}`,
    source: table.source,
  });
  return row.male === row.female
    ? [target(row.male, 'adults')]
    : [target(row.male, 'men'), target(row.female, 'women')];
}
