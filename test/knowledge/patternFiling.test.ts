import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PatternFiling, matchFrom } from '../../knowledge/search/patternFiling';
import { keyNumber } from '../../knowledge/search/wordStartPrefixes';
import { knowledgeBase } from '../support/knowledge';

/** Every match of a global search, as [index, text]. */
function globalMatches(global: RegExp, text: string): [number, string][] {
  return [...text.matchAll(global)].map((m) => [m.index, m[0]]);
}

/** Every match found by trying the pattern only where the filing says it may start, as a global search goes on. */
function filedMatches(sticky: RegExp, text: string, starts: readonly number[]): [number, string][] {
  const found: [number, string][] = [];
  for (
    let m = matchFrom(sticky, text, starts);
    m;
    m = matchFrom(sticky, text, starts, m.index + Math.max(m[0].length, 1))
  )
    found.push([m.index, m[0]]);
  return found;
}

describe('PatternFiling', () => {
  it('gives each filed pattern the word starts of the text it may start at', () => {
    const filing = new PatternFiling(['\\bchest pain', "\\b(can'?t|cannot) breathe", 'short of breath']);
    expect([...filing.startsIn('my chest hurts, chest pain')]).toEqual([[0, [3, 16]]]);
    expect([...filing.startsIn('i cannot sleep, cant breathe')]).toEqual([[1, [2, 16]]]);
    // The third has no anchor, so nothing rules it out: it is unfiled and may match anywhere.
    expect(filing.filed).toEqual([true, true, false]);
    expect([...filing.startsIn('nothing here')]).toEqual([]);
  });

  it('counts a word start once when two of its keys belong to the pattern', () => {
    const filing = new PatternFiling(['\\b(c|ch)est']);
    expect([...filing.startsIn('chest')]).toEqual([[0, [0]]]);
  });

  it('leaves unfiled a pattern whose prefix holds a character no key can', () => {
    expect(keyNumber('ab')).toBe((2 << 24) | 97 | (98 << 8));
    expect(keyNumber('a😀')).toBeUndefined();
    expect(new PatternFiling(['\\bcafé']).filed).toEqual([true]);
    expect(new PatternFiling(['\\bxπ']).filed).toEqual([false]);
  });

  it('finds the matches a global search finds, on messages made of the signs’ own words', { timeout: 30_000 }, () => {
    const patterns = knowledgeBase().data.triage.signs.flatMap((s) => s.patterns ?? []);
    const filing = new PatternFiling(patterns);
    const compiled = patterns.map((p) => ({ global: new RegExp(p, 'g'), sticky: new RegExp(p, 'y') }));
    // Most signs are filed; the few that are not are searched for everywhere.
    expect(filing.filed.filter(Boolean).length).toBeGreaterThan(patterns.length * 0.95);
    const words = [...new Set(patterns.flatMap((p) => p.match(/[a-z']+/g) ?? []))];
    const word = fc.constantFrom(...words, 'my', 'and', '2', '12', '?', ',', 'x', 'é', '😀');
    let matched = 0;
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (list) => {
        const text = list.join(' ');
        const starts = filing.startsIn(text);
        compiled.forEach(({ global, sticky }, i) => {
          if (!filing.filed[i]) return;
          const expected = globalMatches(global, text);
          matched += expected.length;
          expect(filedMatches(sticky, text, starts.get(i) ?? []), `${patterns[i]} on "${text}"`).toEqual(expected);
        });
      }),
      // A fixed seed: the same messages every run, enough of which match.
      { numRuns: 600, seed: 20261130 },
    );
    // The property was put to the test: the messages matched patterns.
    expect(matched).toBeGreaterThan(30);
  });
});
