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
  /** Every leading run of words of every key ("baked", "baked potato"), so a scan stops as soon as no key can follow. */
  private readonly prefixes = new Set<string>();

  add(phrase: string, item: T): void {
    const key = matchKey(phrase);
    if (!key || this.entries.has(key)) return;
    this.entries.set(key, item);
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
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
      // Grow the phrase word by word while some key still starts with it; keep the longest exact key.
      let phrase = keys[start]!;
      for (let end = start + 1; this.prefixes.has(phrase); end++) {
        const item = this.entries.get(phrase);
        if (item !== undefined) found = { item, start, end, phrase };
        if (end >= keys.length) break;
        phrase = `${phrase} ${keys[end]}`;
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
