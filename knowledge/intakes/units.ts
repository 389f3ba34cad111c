/**
 * Amounts of a nutrient as people write them ("10,000 IU", "400mg", "50 µg", "1.5 g", "5k iu") and
 * conversion between units: g, mg and mcg by powers of 1000, IU only for vitamin D (40 IU per mcg).
 */

export const DOSE_UNITS = ['g', 'mg', 'mcg', 'IU'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

export interface Dose {
  amount: number;
  unit: DoseUnit;
  /** Where it was found in the text, to tell doses apart from other numbers. */
  index: number;
}

const MCG_PER: Record<Exclude<DoseUnit, 'IU'>, number> = { g: 1_000_000, mg: 1000, mcg: 1 };

/**
 * The amount in another unit, or undefined when the two cannot be compared (IU without a factor:
 * international units are defined per vitamin, and only vitamin D's is used here).
 */
export function convert(amount: number, from: DoseUnit, to: DoseUnit, iuPerMcg?: number): number | undefined {
  if (from === to) return amount;
  const mcg = from === 'IU' ? (iuPerMcg ? amount / iuPerMcg : undefined) : amount * MCG_PER[from];
  if (mcg === undefined) return undefined;
  if (to === 'IU') return iuPerMcg ? mcg * iuPerMcg : undefined;
  return mcg / MCG_PER[to];
}

/** The words that name each unit, longest first where one starts another. */
const UNIT_WORDS: readonly [RegExp, DoseUnit][] = [
  [/^(iu|i\.u\.?|ius|international units?)$/, 'IU'],
  [/^(mcg|mcgs|µg|μg|ug|micrograms?|microgrammes?)$/, 'mcg'],
  [/^(mg|mgs|milligrams?|milligrammes?)$/, 'mg'],
  [/^(g|grams?|grammes?)$/, 'g'],
];

/**
 * A number (with thousands separators, a decimal point or a "k" for thousands) and a unit after it,
 * with or without a space. "1,000" is a thousand; "1,5" (a decimal comma) is one and a half.
 */
const DOSE =
  /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)\s?(k)?\s?(international units?|i\.u\.?|ius|iu|mcgs?|µg|μg|ug|micrograms?|microgrammes?|mgs?|milligrams?|milligrammes?|grams?|grammes?|g)(?![a-zµμ])/giu;

export function parseNumber(digits: string): number {
  if (/^\d{1,3}(,\d{3})+$/.test(digits)) return Number(digits.replace(/,/g, ''));
  return Number(digits.replace(',', '.'));
}

export function unitOf(word: string): DoseUnit | undefined {
  const w = word.toLowerCase();
  return UNIT_WORDS.find(([pattern]) => pattern.test(w))?.[1];
}

/** Every amount with a unit in the text, in order. */
export function parseDoses(text: string): Dose[] {
  const doses: Dose[] = [];
  DOSE.lastIndex = 0;
  for (let m = DOSE.exec(text); m; m = DOSE.exec(text)) {
    const unit = unitOf(m[3]!);
    const amount = parseNumber(m[1]!) * (m[2] ? 1000 : 1);
    if (unit && Number.isFinite(amount) && amount > 0) doses.push({ amount, unit, index: m.index });
  }
  return doses;
}

/** 10000 -> "10,000"; 2.5 -> "2.5"; at most two decimals, none on whole numbers. */
export function formatNumber(amount: number): string {
  const rounded = amount >= 100 ? Math.round(amount) : Math.round(amount * 100) / 100;
  const [whole, fraction] = String(rounded).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export function formatDose(amount: number, unit: DoseUnit): string {
  return `${formatNumber(amount)} ${unit}`;
}
