/** Reads an answer to the interview's safety lists: the signs it names, or a plain "none of these". */
import { normalize, numberedChoice } from '../text';
import type { TriageModel, WarningLevel, WarningSign } from './triageSchema';

export interface ChecklistMatch {
  ids: string[];
  /** The person said none of these apply. */
  none: boolean;
}

/** The first choice of a safety list, before its signs. */
const NONE = Symbol('none of these');

const containsPhrase = (haystack: string, phrase: string) => ` ${haystack} `.includes(` ${phrase} `);

/** The signs a safety list offers for these levels, leaving out those already told. */
export function checklistSigns(
  model: TriageModel,
  levels: readonly WarningLevel[],
  told: readonly string[] = [],
): WarningSign[] {
  return model.signs.filter((s) => s.checklist && levels.includes(s.level) && !told.includes(s.id));
}

/** "1" is "None of these" (the first button); "2" is the first sign, and so on. */
export function matchChecklist(
  text: string,
  signs: readonly WarningSign[],
  noneWords: readonly string[],
): ChecklistMatch {
  const answer = normalize(text);
  const numbered = numberedChoice<WarningSign | typeof NONE>(answer, [NONE, ...signs]);
  if (numbered) {
    const { choice } = numbered;
    if (choice === NONE) return { ids: [], none: true };
    return { ids: choice ? [choice.id] : [], none: false };
  }
  const phrases = (s: WarningSign) => [s.label, ...(s.checklist?.synonyms ?? [])].map(normalize);
  const ids = signs.filter((s) => phrases(s).some((p) => containsPhrase(answer, p))).map((s) => s.id);
  const none = !ids.length && noneWords.some((w) => answer === normalize(w) || answer.startsWith(`${normalize(w)} `));
  return { ids, none };
}
