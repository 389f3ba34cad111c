import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WholeWordPhrases } from '../../knowledge/search/wholeWordPhrases';
import { knowledgeBase } from '../support/knowledge';

/** The plain reading: every phrase, padded, looked for in the padded message. */
const naive = (phrases: readonly string[], tokens: readonly string[]) =>
  phrases.some((p) => ` ${tokens.join(' ')} `.includes(` ${p} `));
const naiveAll = (phrases: readonly string[], tokens: readonly string[]) =>
  phrases.filter((p) => ` ${tokens.join(' ')} `.includes(` ${p} `));

describe('WholeWordPhrases', () => {
  it('finds a phrase only as whole words', () => {
    const set = new WholeWordPhrases(['her cat', 'fish tank', 'kettle']);
    expect(set.foundIn(['my', 'calf', 'and', 'her', 'cat'])).toBe(true);
    expect(set.foundIn(['descale', 'the', 'kettle'])).toBe(true);
    expect(set.foundIn(['her', 'cats'])).toBe(false);
    expect(set.foundIn(['the', 'fish', 'tanks'])).toBe(false);
    expect(set.foundIn([])).toBe(false);
    expect(set.allIn(['kettle', 'fish', 'tank', 'kettle'])).toEqual(['fish tank', 'kettle']);
    expect(set.allIn(['her', 'cats'])).toEqual([]);
  });

  it('answers as comparing every phrase would, for any phrases and messages', () => {
    const word = fc.constantFrom('her', 'cat', 'my', 'dog', 'fish', 'tank', 'a', 'the', '');
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 6 }), fc.array(word, { maxLength: 8 }), (phrases, tokens) => {
        expect(new WholeWordPhrases(phrases).foundIn(tokens)).toBe(naive(phrases, tokens));
        expect(new WholeWordPhrases(phrases).allIn(tokens)).toEqual(naiveAll(phrases, tokens));
      }),
      { numRuns: 2_000 },
    );
  });

  it('answers as the plain reading on the recogniser’s own lists', () => {
    const cues = knowledgeBase().data.intentCues;
    const words = [...new Set([...cues.otherSubjects, ...cues.offTopicWords].flatMap((p) => p.split(' ')))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, 'my', 'calf', 'twitches'), { maxLength: 8 }), (tokens) => {
        expect(new WholeWordPhrases(cues.otherSubjects).foundIn(tokens)).toBe(naive(cues.otherSubjects, tokens));
        expect(new WholeWordPhrases(cues.offTopicWords).foundIn(tokens)).toBe(naive(cues.offTopicWords, tokens));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives every phrase found as the plain reading does, on the other nutrients and medicines lists', () => {
    const cues = knowledgeBase().data.intentCues;
    const lists = [cues.otherNutrients, cues.otherMedicines];
    const words = [...new Set(lists.flat().flatMap((p) => p.split(' ')))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, 'my', 'and'), { maxLength: 8 }), (tokens) => {
        for (const list of lists) expect(new WholeWordPhrases(list).allIn(tokens)).toEqual(naiveAll(list, tokens));
      }),
      { numRuns: 2_000 },
    );
  });
});
