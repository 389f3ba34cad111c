import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CueScorer } from '../../knowledge/understanding/cueScorer';
import { forEachWordStartKey, keyNumber, wordStartPrefixes } from '../../knowledge/search/wordStartPrefixes';
import type { Intent } from '../../knowledge/schema';
import { UTTERANCES } from './recognizerUtterances';
import { knowledgeBase } from '../support/knowledge';

/** The plain reading: every cue of every intent tested on the message. */
function naiveScores(intents: readonly { intent: Intent; cues: readonly { pattern: string; weight: number }[] }[]) {
  const compiled = intents.map((i) => ({
    intent: i.intent,
    cues: i.cues.map((c) => ({ pattern: new RegExp(c.pattern), weight: c.weight })),
  }));
  return (normal: string) => {
    const scores = new Map<Intent, number>();
    for (const { intent, cues } of compiled) {
      const total = cues.reduce((sum, c) => (c.pattern.test(normal) ? sum + c.weight : sum), 0);
      if (total > 0) scores.set(intent, total);
    }
    return scores;
  };
}

/** Whether a match of the pattern is allowed by the prefixes: one of them at a word start of the text. */
const allowed = (pattern: string, text: string) => {
  const prefixes = wordStartPrefixes(pattern);
  if (!prefixes) return true;
  const keys = new Set<number>();
  forEachWordStartKey(text, (key) => keys.add(key));
  return prefixes.some((p) => keys.has(keyNumber(p)!));
};

describe('wordStartPrefixes', () => {
  it('reads the characters a match anchored at a word starts with', () => {
    expect(wordStartPrefixes('\\b(a |an )?(foo|bar)s?\\b')?.sort()).toEqual(['a b', 'a f', 'an ', 'bar', 'foo']);
    expect(wordStartPrefixes('\\bi (want|need)')?.sort()).toEqual(['i n', 'i w']);
    expect(wordStartPrefixes('\\ba*bc')?.sort()).toEqual(['a', 'bc']);
    expect(wordStartPrefixes('\\b(?:x|y)\\b|^z')?.sort()).toEqual(['x', 'y', 'z']);
    expect(wordStartPrefixes('\\btake \\d+')).toEqual(['tak']);
    expect(wordStartPrefixes('\\b\\d+ ?mg')).toEqual([...'0123456789']);
    // At the start of the text any first character is among the keys, a word character or not.
    expect(wordStartPrefixes('^(\\?|help)$')?.sort()).toEqual(['?', 'hel']);
    // A lookbehind before \b consumes nothing: the \b still anchors the match.
    expect(wordStartPrefixes('(?<!food )\\bpoison')).toEqual(['poi']);
    // A group whose every alternative is anchored anchors the match.
    expect(wordStartPrefixes('(?:\\bab|^cd)e')?.sort()).toEqual(['abe', 'cde']);
    // A short class of letters or digits is its characters.
    expect(wordStartPrefixes('\\b(?:1[2-4]|[23]x)')?.sort()).toEqual(['12', '13', '14', '2x', '3x']);
  });

  it('gives nothing for a pattern whose start it cannot pin down, so it is always run', () => {
    // No anchor, a class first, a punctuation mark after \b, a backreference, an unfollowed group.
    for (const pattern of [
      'foo',
      '[ab]c',
      '\\b\\w+ing',
      '\\b(\\?|help)',
      '\\b(a)\\1',
      '\\b(?<n>a)',
      'a|\\bb',
      '\\b(a|',
      // A group that may be skipped, a group with an unanchored alternative, a class too wide to list.
      '(?:\\ba)?b',
      '(?:\\ba|b)c',
      '\\b[a-z]x',
    ])
      expect(wordStartPrefixes(pattern)).toBeUndefined();
  });

  it('never rules out a pattern that matches, for generated patterns and texts', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      'ab',
      ' ',
      'a?',
      'b*',
      '(a|b)',
      '(ab|)',
      '(a |b )?',
      '\\b',
      '.',
      '\\w+',
      'c{1,2}',
      '(?:b|ca)+',
      '$',
      '\\d',
      '\\d+',
      '\\?',
      '-',
      '(?<!a )',
      '(?<=b)',
      '[23]',
      '[a-c]',
      '[^a]',
      '(?:\\ba|^b)',
      '(\\bab|c)',
    );
    const pattern = fc
      .tuple(fc.constantFrom('\\b', '^'), fc.array(piece, { minLength: 1, maxLength: 5 }))
      .map(([anchor, pieces]) => anchor + pieces.join(''));
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', 'ab', 'ba', '-', '_', '1', '42', '?'), { maxLength: 10 })
      .map((t) => t.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        if (new RegExp(p).test(t)) expect(allowed(p, t)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('CueScorer', () => {
  const intents = knowledgeBase().data.intentCues.intents;
  const naive = naiveScores(intents);
  const scorer = new CueScorer(intents);
  const cueWords = [...new Set(intents.flatMap((i) => i.cues.flatMap((c) => c.pattern.match(/[a-z']+/g) ?? [])))];

  it('scores as testing every cue does, on the recogniser table', () => {
    for (const { text } of UTTERANCES) {
      const normal = knowledgeBase().analyze(text).corrected.join(' ');
      expect([...scorer.score(normal)]).toEqual([...naive(normal)]);
    }
  });

  it('scores as testing every cue does, on messages made of the cues’ own words', () => {
    const word = fc.constantFrom(...cueWords, '2', '500', 'mg', 'calcium', 'banana', '?');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 9 }), (words) => {
        const normal = words.join(' ');
        expect([...scorer.score(normal)]).toEqual([...naive(normal)]);
      }),
      { numRuns: 5_000 },
    );
  });

  it('files nearly every cue, so a message without their words runs none', () => {
    // A cue with no prefix is always run; the others only when a word of the message starts like them.
    const filed = intents.flatMap((i) => i.cues).filter((c) => wordStartPrefixes(c.pattern) !== undefined);
    expect(filed.length).toBeGreaterThan(intents.flatMap((i) => i.cues).length * 0.9);
    expect(scorer.score('zzz qqq').size).toBe(0);
  });
});
