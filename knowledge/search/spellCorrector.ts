/**
 * Fixes typos in single words against the knowledge base's own vocabulary with fuse.js, so every
 * matcher after it can work on exact words. Precision first: a word the vocabulary knows, or that is
 * ordinary English ("bitter", "mile", "tune"), is never changed; a correction keeps the first letter
 * and is at most one edit away (two for words of seven letters or more); and when two vocabulary
 * words are equally close the word is left alone, with both readings offered to ask about.
 */
import Fuse from 'fuse.js';
import { singular } from '../text';

const MIN_WORD_LENGTH = 4;
const MAX_SCORE = 0.34;
const MAX_CACHE = 10_000;

/** A word read as another: what the person typed and what the bot understood. */
export interface Correction {
  from: string;
  to: string;
}

/** What the speller makes of one unknown word. */
export interface Reading {
  /** The one correction, when there is a clear one. */
  to?: string;
  /** Equally likely readings when there is no clear one (two or three), to ask which is meant. */
  options?: string[];
}

export interface SpellerOptions {
  /** Real words that are never corrected. */
  isEnglish: (word: string) => boolean;
  /** Known misspellings and what they stand for ("potaasium" -> "potassium"), beyond the edit bound. */
  misspellings?: ReadonlyMap<string, string>;
}

/** How many edits a correction may make: more for long words, where a slip is likelier and still clear. */
export function allowedEdits(length: number): number {
  if (length < MIN_WORD_LENGTH) return 0;
  return length >= 7 ? 2 : 1;
}

export class SpellCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, Reading>();

  /** vocabulary: words that may be corrected to; alsoKnown: words accepted as they are but never suggested. */
  constructor(
    vocabulary: Iterable<string>,
    alsoKnown: Iterable<string>,
    private readonly options: SpellerOptions,
  ) {
    const candidates = [...new Set(vocabulary)].filter((w) => w.length >= MIN_WORD_LENGTH - 1);
    this.known = new Set([...candidates, ...alsoKnown]);
    this.fuse = new Fuse(candidates, {
      includeScore: true,
      threshold: MAX_SCORE,
      ignoreLocation: true,
      minMatchCharLength: 3,
    });
    for (const [from, to] of options.misspellings ?? []) {
      if (!this.known.has(to) && !this.known.has(singular(to)))
        throw new Error(`misspelling "${from}" stands for "${to}", which is not a known word`);
    }
  }

  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  /** The clear correction of a word, or the word itself. */
  correct(word: string): string {
    return this.read(word).to ?? word;
  }

  /** What an unknown word most likely is: one correction, several equally likely readings, or nothing. */
  read(word: string): Reading {
    const misspelt = this.options.misspellings?.get(word);
    if (misspelt) return { to: misspelt };
    if (word.length < MIN_WORD_LENGTH || this.known.has(word) || /\d/.test(word)) return {};
    const cached = this.cache.get(word);
    if (cached) return cached;
    const reading = this.options.isEnglish(word) ? {} : this.closest(word);
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(word, reading);
    return reading;
  }

  private closest(word: string): Reading {
    // Fuse finds candidates; a correction must also be a small edit away (fuse scores substrings well too).
    const allowed = allowedEdits(word.length);
    const close = this.fuse
      .search(word, { limit: 8 })
      .filter((r) => r.item[0] === word[0])
      .map((r) => ({ item: r.item, edits: editDistance(word, r.item), score: r.score ?? 1 }))
      .filter((r) => r.edits <= allowed)
      .sort((a, b) => a.edits - b.edits || a.score - b.score);
    const best = close[0];
    if (!best) return {};
    // Forms of one word ("cramp", "cramps") are one reading, not a choice to ask about.
    const tied = [...new Set(close.filter((r) => r.edits === best.edits).map((r) => singular(r.item)))];
    return tied.length === 1 ? { to: best.item } : { options: tied.slice(0, 3) };
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
