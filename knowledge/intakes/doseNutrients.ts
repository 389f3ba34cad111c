/**
 * Which nutrient each dose in a message is of: "D3 1000 IU, magnesium 200 mg, B12 500 mcg" is three doses
 * of three nutrients, never one total. A dose belongs to the nutrient named right after it ("1000 IU of
 * vitamin D"), else to the last one named before it ("magnesium 200 mg"), else to the first one after it,
 * else to the nutrient the question is about.
 */
import type { KnowledgeBase } from '../knowledgeBase';
import type { NutrientId } from '../schema';
import { type Dose, parseDoses } from './units';

/** As far as the recogniser reads doses. */
const MAX_CHARS = 500;
/** How many words may sit between a dose and the name right after it ("1000 IU of vitamin D"). */
const NAMED_RIGHT_AFTER = 2;
/** Where a phrase ends: a name after this belongs to what follows. */
const PHRASE_END = /[,;.+&]|\band\b|\bplus\b|\bwith\b/;
/** A dose's own text: its number and unit ("1,000 IU", "200mg", "2.5 k iu"). */
const DOSE_TEXT =
  /^[\d.,\s]*k?\s*(?:iu|i\.u\.?|international units?|mg|mgs|milligrams?|mcg|mcgs|µg|ug|micrograms?|units?)\b/i;

export function dosesByNutrient(
  kb: KnowledgeBase,
  text: string,
  fallback: NutrientId | undefined,
): Map<NutrientId, Dose[]> {
  const doses = parseDoses(text.slice(0, MAX_CHARS));
  const byNutrient = new Map<NutrientId, Dose[]>();
  doses.forEach((dose, i) => {
    const ownLength = DOSE_TEXT.exec(text.slice(dose.index))?.[0].length ?? 0;
    const before = text.slice(i > 0 ? doses[i - 1]!.index : 0, dose.index);
    const after = text.slice(dose.index + ownLength, doses[i + 1]?.index ?? text.length);
    const id = nutrientOf(kb, before, after) ?? fallback;
    if (!id) return;
    byNutrient.set(id, [...(byNutrient.get(id) ?? []), dose]);
  });
  return byNutrient;
}

function nutrientOf(kb: KnowledgeBase, before: string, after: string): NutrientId | undefined {
  // "1000 IU of vitamin D": named in the same phrase, not after a comma or "and" ("1000 IU, magnesium 200 mg").
  const samePhrase = after.split(PHRASE_END)[0]!;
  const named = kb.findNutrients(kb.analyze(samePhrase), { everyMention: true })[0];
  if (named && named.start <= NAMED_RIGHT_AFTER) return named.item.id;
  const first = kb.findNutrients(kb.analyze(after), { everyMention: true })[0];
  // The previous dose's own text starts "before": a name in it belongs to that dose only when it comes first.
  const preceding = kb.findNutrients(kb.analyze(before.replace(DOSE_TEXT, ' ')), { everyMention: true });
  return preceding.at(-1)?.item.id ?? first?.item.id;
}
