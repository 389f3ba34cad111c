/**
 * A low-confidence question as the team may read it (KEEP_UNANSWERED_TEXT=on only): e-mail addresses,
 * links and numbers replaced, and every word that is neither an ordinary English word nor one of the
 * bot's own (or that is capitalised in the middle of a sentence) replaced as a possible name. What is
 * left says what people ask, not who asked it.
 */

/** Longest scrubbed text kept. */
export const MAX_SCRUBBED = 300;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;
const NUMBER = /[+(]?\d[\d\s().,/:-]*\d|\d/gu;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

export function scrubText(text: string, isKnownWord: (word: string) => boolean): string {
  const masked = text
    .slice(0, MAX_SCRUBBED * 2)
    .replace(/\p{Cc}+/gu, ' ')
    .replace(EMAIL, '[email]')
    .replace(LINK, '[link]')
    .replace(NUMBER, '[number]');
  const scrubbed = masked.replace(WORD, (word, offset: number) => {
    if (offset > 0 && masked[offset - 1] === '[' && /^(email|link|number|name)$/.test(word)) return word;
    const lower = word.toLowerCase().replace(/['’]/g, '');
    const startsSentence = /^\s*$|[.!?]\s*$/.test(masked.slice(0, offset));
    const capitalised = /^\p{Lu}/u.test(word) && !/^I(['’]\p{L}+)?$/u.test(word) && !startsSentence;
    return !capitalised && isKnownWord(lower) ? word : '[name]';
  });
  return scrubbed.replace(/\s+/g, ' ').trim().slice(0, MAX_SCRUBBED);
}
