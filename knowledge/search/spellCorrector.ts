/**
 * Fixes typos in single words against the knowledge base's own vocabulary, so every matcher after it
 * can work on exact words. Precision first: a word the vocabulary knows, or that is ordinary English
 * ("bitter", "mile", "tune"), is never changed; a correction keeps the first letter and is at most one
 * edit away (two for words of seven letters or more); and when two vocabulary words are equally close
 * the word is left alone, with both readings offered to ask about.
 *
 * Because a correction must keep the first letter and stay within two edits, the only candidates are
 * vocabulary words with the same first letter and a length within the edit bound. They are indexed by
 * that key; the kinds of letter one has and the other lacks (one bit each, compared in a few integer
 * operations) rule out most of them, a count of those letters most of the rest (about 57 of 59 for the
 * bench's typos), and an edit distance, which stops as soon as it exceeds the bound, checks what is left:
 * a first-seen typo costs microseconds. (fuse.js did this by scoring the whole vocabulary with its Bitap
 * search, 1 to 25 ms per unknown word, and its ranking was then thrown away for the edit distance.)
 */
import { singular } from '../text';

const MIN_WORD_LENGTH = 4;
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
  /** Candidates by first letter and length ("b6" -> banana...), the only words a correction can reach. */
  private readonly byKey = new Map<string, Bucket>();
  private readonly cache = new Map<string, Reading>();

  /** vocabulary: words that may be corrected to; alsoKnown: words accepted as they are but never suggested. */
  constructor(
    vocabulary: Iterable<string>,
    alsoKnown: Iterable<string>,
    private readonly options: SpellerOptions,
  ) {
    const candidates = [...new Set(vocabulary)].filter((w) => w.length >= MIN_WORD_LENGTH - 1);
    this.known = new Set([...candidates, ...alsoKnown]);
    for (const word of candidates) {
      const key = word[0]! + word.length;
      const bucket = this.byKey.get(key) ?? { words: [], letters: [] };
      bucket.words.push(word);
      bucket.letters.push(letterBits(word));
      this.byKey.set(key, bucket);
    }
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
    // A dropped g, as texting spells it ("goin", "feelin"): the -ing word, whatever else is one letter away
    // ("goin" is no "gin").
    if (word.endsWith('in') && this.known.has(`${word}g`)) return { to: `${word}g` };
    const allowed = allowedEdits(word.length);
    const letters = letterBits(word);
    const close: { item: string; edits: number }[] = [];
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      const bucket = this.byKey.get(word[0]! + length);
      if (!bucket) continue;
      for (let k = 0; k < bucket.words.length; k++) {
        // Most candidates differ in more letters than the bound allows: ruled out without the distance,
        // most by their kinds of letter alone.
        if (kindsApart(letters, bucket.letters[k]!) > allowed) continue;
        const item = bucket.words[k]!;
        if (lettersApart(word, item) > allowed) continue;
        const edits = editDistance(word, item, allowed);
        if (edits <= allowed) close.push({ item, edits });
      }
    }
    if (close.length === 0) return {};
    const fewest = Math.min(...close.map((r) => r.edits));
    // Forms of one word ("cramp", "cramps") are one reading, not a choice to ask about; the form
    // nearest in length to what was typed stands for it.
    const best = close
      .filter((r) => r.edits === fewest)
      .sort(
        (a, b) =>
          Math.abs(a.item.length - word.length) - Math.abs(b.item.length - word.length) || (a.item < b.item ? -1 : 1),
      );
    const readings = [...new Set(best.map((r) => singular(r.item)))];
    return readings.length === 1 ? { to: best[0]!.item } : { options: readings.slice(0, 3) };
  }
}

/** Vocabulary words of one first letter and length, with letterBits of each. */
interface Bucket {
  words: string[];
  letters: number[];
}

/** A bit for each kind of character in the word (its code modulo 32: a-z have one each). */
export function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

/**
 * A lower bound of the edit distance from letterBits: how many kinds of character one word has and the
 * other lacks, the larger of the two ways. Each is missing from the other word, so each takes an edit.
 */
export function kindsApart(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Letter counts of the word being read, for lettersApart (one buffer: the speller is synchronous). */
const LETTER_COUNTS = new Int32Array(128);

/**
 * A lower bound of the edit distance: how many letters one word has that the other lacks (counting
 * repeats), the larger of the two ways. A substitution, insertion or deletion changes each count by at
 * most one and a swap by none, so two words this many letters apart are at least this many edits apart.
 */
export function lettersApart(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) LETTER_COUNTS[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) LETTER_COUNTS[b.charCodeAt(i) & 127]!--;
  let onlyInA = 0;
  let onlyInB = 0;
  // Read each letter's count once and clear it, so the buffer is all zeros again for the next call.
  for (let i = 0; i < a.length; i++) {
    const letter = a.charCodeAt(i) & 127;
    const count = LETTER_COUNTS[letter]!;
    if (count > 0) onlyInA += count;
    else onlyInB -= count;
    LETTER_COUNTS[letter] = 0;
  }
  // What is left is the letters only the second word has.
  for (let i = 0; i < b.length; i++) {
    const letter = b.charCodeAt(i) & 127;
    onlyInB -= LETTER_COUNTS[letter]!;
    LETTER_COUNTS[letter] = 0;
  }
  return Math.max(onlyInA, onlyInB);
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. With a
 * bound, it returns bound + 1 as soon as every alignment is already further than that.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    if (rowBest > bound) return bound + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, bound + 1);
}
