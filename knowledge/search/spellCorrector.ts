/**
 * Fixes typos in single words against the knowledge base's own vocabulary with fuse.js, so every
 * matcher after it can work on exact words. Only words the vocabulary does not know are looked at.
 */
import Fuse from 'fuse.js';

const MIN_WORD_LENGTH = 4;
const MAX_SCORE = 0.34;

export class SpellCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, string | null>();

  /** vocabulary: words that may be corrected to; alsoKnown: words accepted as they are but never suggested. */
  constructor(vocabulary: Iterable<string>, alsoKnown: Iterable<string>) {
    const candidates = [...new Set(vocabulary)].filter((w) => w.length >= MIN_WORD_LENGTH - 1);
    this.known = new Set([...candidates, ...alsoKnown]);
    this.fuse = new Fuse(candidates, {
      includeScore: true,
      threshold: MAX_SCORE,
      ignoreLocation: true,
      minMatchCharLength: 3,
    });
  }

  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  /** The closest vocabulary word, or the word itself when it is known, short, or nothing is close enough. */
  correct(word: string): string {
    if (word.length < MIN_WORD_LENGTH || this.known.has(word) || /\d/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? word;
    const best = this.fuse
      .search(word, { limit: 5 })
      // Fuse also scores substrings well; a correction must be about as long as the typo.
      .filter((r) => Math.abs(r.item.length - word.length) <= Math.max(1, Math.floor(word.length / 4)))
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))[0];
    const corrected = best && (best.score ?? 1) <= MAX_SCORE ? best.item : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected ?? word;
  }
}
