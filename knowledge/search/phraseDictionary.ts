/**
 * Finds known phrases (names, aliases) in a tokenised message: the longest phrase wins at each position
 * and hits never overlap. Keys are compared in matchKey form (normalised, singular).
 */
import { matchKey } from '../text';

export interface PhraseHit<T> {
  item: T;
  /** Token positions [start, end) in the message. */
  start: number;
  end: number;
  phrase: string;
}

export class PhraseDictionary<T> {
  private readonly entries = new Map<string, T>();
  private maxWords = 1;

  add(phrase: string, item: T): void {
    const key = matchKey(phrase);
    if (!key || this.entries.has(key)) return;
    this.entries.set(key, item);
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }

  get(phrase: string): T | undefined {
    return this.entries.get(matchKey(phrase));
  }

  phrases(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** keys: the message's tokens already in matchKey form (singular). */
  findAll(keys: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let start = 0;
    while (start < keys.length) {
      let found: PhraseHit<T> | undefined;
      for (let length = Math.min(this.maxWords, keys.length - start); length >= 1 && !found; length--) {
        const phrase = keys.slice(start, start + length).join(' ');
        const item = this.entries.get(phrase);
        if (item !== undefined) found = { item, start, end: start + length, phrase };
      }
      if (found) {
        hits.push(found);
        start = found.end;
      } else {
        start++;
      }
    }
    return hits;
  }
}
