/** The warnings told so far, in a conversation or an interview: one way to add what a message raised. */
import type { TriageModel } from './triageSchema';
import type { Warning } from './warningScreen';

export interface ToldSoFar {
  /** Warning-sign ids (triage.json). */
  signs: readonly string[];
  /** Blood results outside the usual range, as read. */
  labs: readonly Warning[];
}

/**
 * Adds a message's warnings: each sign once, and for each blood test its latest result. Nothing told is
 * taken away, so the level they set only goes up. The labs come back unchanged (the same array) when
 * the message raised none.
 */
export function addWarnings(
  model: TriageModel,
  told: ToldSoFar,
  warnings: readonly Warning[],
): { signs: string[]; labs: readonly Warning[] } {
  const signIds = new Set(model.signs.map((s) => s.id));
  const signs = [...new Set([...told.signs, ...warnings.filter((w) => signIds.has(w.id)).map((w) => w.id)])];
  const newLabs = warnings.filter((w) => !signIds.has(w.id));
  const labs = newLabs.length
    ? [...told.labs.filter((l) => !newLabs.some((n) => n.id === l.id)), ...newLabs]
    : told.labs;
  return { signs, labs };
}
