/**
 * Patterns filed under the prefixes their matches start with (wordStartPrefixes.ts), so that a text's
 * word starts tell, with a set look-up each, which patterns could match it at all. A pattern whose start
 * is not pinned down is unfiled and always possible. Used by the intent cues and the warning screen: a
 * message matches a few of their hundreds of patterns, and running the rest is most of their cost.
 */
import { wordStartKeys, wordStartPrefixes } from './wordStartPrefixes';

export class PatternFiling {
  /** Pattern indexes by a prefix their matches start with. */
  private readonly byPrefix = new Map<string, number[]>();
  /** Patterns with no prefix to file them under. */
  private readonly unfiled: number[] = [];
  /** Whether each pattern was filed (has prefixes), by index. */
  readonly filed: readonly boolean[];

  constructor(patterns: readonly string[]) {
    this.filed = patterns.map((pattern, index) => {
      const prefixes = wordStartPrefixes(pattern);
      if (!prefixes) this.unfiled.push(index);
      for (const p of prefixes ?? []) {
        const list = this.byPrefix.get(p);
        if (list) list.push(index);
        else this.byPrefix.set(p, [index]);
      }
      return prefixes !== undefined;
    });
  }

  /** 1 for each pattern (by index) that may match the text, 0 for those that cannot. */
  possible(text: string): Uint8Array {
    return this.possibleFor(wordStartKeys(text));
  }

  /** possible() for a text's word-start keys already read (one reading serves several filings). */
  possibleFor(keys: ReadonlySet<string>): Uint8Array {
    const possible = new Uint8Array(this.filed.length);
    for (const i of this.unfiled) possible[i] = 1;
    for (const key of keys) {
      const list = this.byPrefix.get(key);
      if (list) for (const i of list) possible[i] = 1;
    }
    return possible;
  }
}
