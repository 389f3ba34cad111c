/** Text helpers shared by every matcher: one normal form for what people type and what the data holds. */

/** Messages longer than this are matched on their first part only, so a pasted essay costs no more than a sentence. */
export const MATCH_PREFIX_CHARS = 500;

const NON_ASCII = /[^\p{ASCII}]/u;

/** Lowercase, strip accents, punctuation and control characters, collapse spaces; keeps letters, digits and spaces. */
export function normalize(input: string): string {
  const prefix = input.slice(0, MATCH_PREFIX_CHARS);
  // Accents only exist outside ASCII; most messages skip the Unicode decomposition.
  const plain = NON_ASCII.test(prefix) ? prefix.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : prefix;
  return plain
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokenize(input: string): string[] {
  const normal = normalize(input);
  return normal ? normal.split(' ') : [];
}

/** A capitalised word that does not start a sentence: "Kate from work", "a trip to Devon". */
const MID_SENTENCE_CAPITAL = /(?<![.!?:\n]\s*)(?<=\S\s+)\b([A-Z][a-z]{2,})\b/g;
/** A capital that starts a sentence is a name too when someone's words or deeds follow ("Kate says…"). */
const NAME_THEN_TOLD =
  /(?:^|[.!?:\n]\s*)([A-Z][a-z]{2,})(?= (?:says|said|told|tells|thinks|thought|reckons|reckoned|swears|swore|recommended|recommends|suggested|suggests|mentioned|keeps saying|and (?:I|me))\b)/g;
const WORD = /[A-Za-z]+/g;

/**
 * The words a message spells with a capital in mid-sentence, or at the start of one before what the person
 * said or did, lower-cased: most likely names, never to be corrected into a domain word ("Kate" is not
 * "kale"). None when most words are capitalised (a message typed in Title Case or in capitals), where a
 * capital says nothing.
 */
export function namesIn(input: string): Set<string> {
  const prefix = input.slice(0, MATCH_PREFIX_CHARS);
  const words = prefix.match(WORD) ?? [];
  const capitalised = words.filter((w) => w.charCodeAt(0) < 97).length;
  if (capitalised * 2 > words.length) return new Set();
  return new Set(
    [...prefix.matchAll(MID_SENTENCE_CAPITAL), ...prefix.matchAll(NAME_THEN_TOLD)].map((m) => m[1]!.toLowerCase()),
  );
}

/** A word as typed, apostrophes and accents included: one token of tokenize() each. */
const TYPED_WORD = /[\p{L}\p{N}'’]+/gu;

/**
 * The message with each misspelt word replaced by its correction, everything else as typed: the
 * punctuation that ends a statement and the decimal point of a blood result ("potasium 6.8") stay.
 */
export function withCorrections(input: string, corrections: ReadonlyMap<string, string>): string {
  if (!corrections.size) return input;
  return input.replace(TYPED_WORD, (typed) => corrections.get(normalize(typed)) ?? typed);
}

/** Punctuation that ends a clause: a negation before it does not reach past it ("No, my calf twitches"). */
const CLAUSE_BREAK = /[.,;:!?()\n]+|\s[-–—]+\s/;

/** For each token of tokenize(input), the number of the clause it is in; empty when it is all one clause. */
export function clauseOfTokens(input: string): number[] {
  return partOfTokens(input.slice(0, MATCH_PREFIX_CHARS), CLAUSE_BREAK);
}

/** For each token of tokenize(prefix), the number of the part between `breaks` it is in; empty when no break. */
function partOfTokens(prefix: string, breaks: RegExp): number[] {
  // Most messages have no break: no second pass over them.
  if (!breaks.test(prefix)) return [];
  const parts: number[] = [];
  prefix.split(breaks).forEach((part, number) => {
    for (let i = tokenize(part).length; i > 0; i--) parts.push(number);
  });
  return parts;
}

/** Where a sentence ends: ".", "!" or "?" (not a decimal point) or a new line. */
const SENTENCE_END = /(?:[!?\n]|\.(?!\d))+/;

/** For each token of tokenize(input), the number of the sentence it is in; empty when it is all one sentence. */
export function sentenceOfTokens(input: string): number[] {
  const sentences = partOfTokens(input.slice(0, MATCH_PREFIX_CHARS), SENTENCE_END);
  // A break with words on one side only ("how much potassium?") leaves one sentence.
  return sentences.length && sentences[0] !== sentences.at(-1) ? sentences : [];
}

/** Naive English singular for matching ("beans" -> "bean", "berries" -> "berry", "potatoes" -> "potato"). */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('oes')) return word.slice(0, -2);
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Normal form plus singular of each word, for dictionary keys. */
export function matchKey(input: string): string {
  return tokenize(input).map(singular).join(' ');
}

/** A crude English stem, applied to both sides of a comparison so "tingly", "tingling" and "tingles" meet. */
export function stem(word: string): string {
  let w = singular(word);
  if (w.length > 6 && w.endsWith('ness')) w = w.slice(0, -4);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('y')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * A message that is only a number picks a choice by it ("2": the second, counting from 1), on every
 * channel and at every step. Undefined when the message is not a number; { choice: undefined } when
 * no choice has that number, so the number is never read as anything else.
 */
export function numberedChoice<T>(message: string, choices: readonly T[]): { choice: T | undefined } | undefined {
  const number = /^\s*(\d{1,2})\s*$/.exec(message);
  return number ? { choice: choices[Number(number[1]) - 1] } : undefined;
}
