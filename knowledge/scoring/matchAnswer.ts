/**
 * Reads free-text answers to the interview's questions: an option's label, value or synonym (whole
 * words, any case), its number in the list, or a close spelling (fuse.js); and the triage screen's
 * items or a plain "none".
 */
import Fuse from 'fuse.js';
import { normalize } from '../text';
import type { AssessmentModel, Question, QuestionOption, TriageItem, TriageLevel } from './assessmentSchema';

const containsPhrase = (haystack: string, phrase: string) => ` ${haystack} `.includes(` ${normalize(phrase)} `);

export function matchOption(question: Question, text: string): QuestionOption | undefined {
  const answer = normalize(text);
  if (!answer) return undefined;
  const number = /^(\d{1,2})$/.exec(answer);
  if (number) return question.options[Number(number[1]) - 1];
  const phrases = (o: QuestionOption) => [o.label, o.value.replace(/-/g, ' '), ...o.synonyms];
  const exact = question.options.find((o) => phrases(o).some((p) => normalize(p) === answer));
  if (exact) return exact;
  // The longest phrase found inside the answer wins ("no, I'm not vegan" must not pick "vegan" over "not vegan").
  let best: { option: QuestionOption; length: number } | undefined;
  for (const option of question.options) {
    for (const phrase of phrases(option)) {
      const p = normalize(phrase);
      if (p && containsPhrase(answer, p) && (!best || p.length > best.length)) best = { option, length: p.length };
    }
  }
  if (best) return best.option;
  const entries = question.options.flatMap((option) =>
    phrases(option).map((phrase) => ({ option, phrase: normalize(phrase) })),
  );
  const hit = new Fuse(entries, { keys: ['phrase'], includeScore: true, threshold: 0.3 }).search(answer, {
    limit: 1,
  })[0];
  return hit && Math.abs(hit.item.phrase.length - answer.length) <= 3 ? hit.item.option : undefined;
}

export interface TriageMatch {
  ids: string[];
  /** The person said none of these apply. */
  none: boolean;
}

export function matchTriageItems(text: string, model: AssessmentModel, levels: readonly TriageLevel[]): TriageMatch {
  const answer = normalize(text);
  const items = model.triage.filter((t) => levels.includes(t.level));
  const number = /^(\d{1,2})$/.exec(answer);
  if (number) {
    const item = items[Number(number[1]) - 2];
    return Number(number[1]) === 1 ? { ids: [], none: true } : { ids: item ? [item.id] : [], none: false };
  }
  const phrases = (t: TriageItem) => [t.label, ...t.synonyms];
  const ids = items.filter((t) => phrases(t).some((p) => containsPhrase(answer, normalize(p)))).map((t) => t.id);
  const none =
    !ids.length && model.noneWords.some((w) => answer === normalize(w) || answer.startsWith(`${normalize(w)} `));
  return { ids, none };
}
