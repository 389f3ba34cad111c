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
    // Fuse finds candidates; a correction must also be a small edit away (it scores substrings well too).
    const allowed = word.length <= 5 ? 1 : 2;
    const best = this.fuse
      .search(word, { limit: 8 })
      .map((r) => ({ item: r.item, edits: editDistance(word, r.item), score: r.score ?? 1 }))
      .filter((r) => r.edits <= allowed)
      .sort((a, b) => a.edits - b.edits || a.score - b.score)[0];
    const corrected = best ? best.item : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected ?? word;
  }
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
