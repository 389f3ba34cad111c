import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PatternFiling } from '../../knowledge/search/patternFiling';
import { knowledgeBase } from '../support/knowledge';

describe('PatternFiling', () => {
  it('leaves possible only the patterns a word of the text can start', () => {
    const filing = new PatternFiling(['\\bchest pain', "\\b(can'?t|cannot) breathe", 'short of breath']);
    expect([...filing.possible('my chest hurts')]).toEqual([1, 0, 1]);
    expect([...filing.possible('i cannot sleep')]).toEqual([0, 1, 1]);
    // The third has no anchor, so nothing rules it out.
    expect(filing.filed).toEqual([true, true, false]);
  });

  it('never rules out a warning sign that matches, on messages made of the signs’ own words', () => {
    const patterns = knowledgeBase().data.triage.signs.flatMap((s) => s.patterns ?? []);
    const compiled = patterns.map((p) => new RegExp(p));
    const filing = new PatternFiling(patterns);
    // Most signs are filed; the few that are not are always run.
    expect(filing.filed.filter(Boolean).length).toBeGreaterThan(patterns.length * 0.95);
    const words = [...new Set(patterns.flatMap((p) => p.match(/[a-z']+/g) ?? []))];
    const word = fc.constantFrom(...words, 'my', 'and', '2', '12', '?', ',', 'x');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (list) => {
        const text = list.join(' ');
        const possible = filing.possible(text);
        compiled.forEach((re, i) => {
          if (re.test(text)) expect(possible[i], `${patterns[i]} on "${text}"`).toBe(1);
        });
      }),
      { numRuns: 1_500 },
    );
  });
});
