/**
 * Patterns filed under the prefixes their matches start with (wordStartPrefixes.ts), so that a text's
 * word starts tell, with a map look-up each, where each pattern could match at all. A pattern whose
 * start is not pinned down is unfiled and may match anywhere. Used by the intent cues and the warning
 * screen: a message matches a few of their hundreds of patterns, and scanning the message with each of
 * them, or with one expression of them all, was most of their cost.
 */
import { forEachWordStartKey, keyNumber, wordStartPrefixes } from './wordStartPrefixes';

/**
 * Where the filed patterns that may match a text may start: by pattern index, the word starts, in order,
 * that begin with one of its prefixes. A filed pattern not in it cannot match; an unfiled one (see
 * `filed`) may start anywhere.
 */
export type PatternStarts = ReadonlyMap<number, readonly number[]>;

export class PatternFiling {
  /** Pattern indexes by a prefix their matches start with (its keyNumber). */
  private readonly byPrefix = new Map<number, number[]>();
  /** Whether each pattern was filed (has prefixes), by index. */
  readonly filed: readonly boolean[];

  constructor(patterns: readonly string[]) {
    this.filed = patterns.map((pattern, index) => {
      const prefixes = wordStartPrefixes(pattern)?.map(keyNumber);
      // A prefix with a character no key can hold leaves the pattern unfiled: searched for everywhere.
      if (!prefixes || prefixes.includes(undefined)) return false;
      for (const p of prefixes as number[]) {
        const list = this.byPrefix.get(p);
        if (list) list.push(index);
        else this.byPrefix.set(p, [index]);
      }
      return true;
    });
  }

  /** Where the filed patterns may start in the text (see PatternStarts). */
  startsIn(text: string): PatternStarts {
    const starts = new Map<number, number[]>();
    forEachWordStartKey(text, (key, at) => {
      const list = this.byPrefix.get(key);
      if (!list) return;
      for (const i of list) {
        const found = starts.get(i);
        if (!found) starts.set(i, [at]);
        // A word start with two keys of the pattern ("c" and "ch") is one place to try.
        else if (found[found.length - 1] !== at) found.push(at);
      }
    });
    return starts;
  }
}

/**
 * The match a global search from `from` would find, tried only where the pattern may start: `sticky`
 * (the pattern with the y flag) at each of `starts` from `from` on. Every match starts at one of them,
 * so the first place it matches is the leftmost match, and the match there is the same.
 */
export function matchFrom(sticky: RegExp, text: string, starts: readonly number[], from = 0): RegExpExecArray | null {
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) return match;
  }
  return null;
}
