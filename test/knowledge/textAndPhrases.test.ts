/** The text helpers every matcher shares, and the phrase dictionary built on them. */
import { describe, expect, it } from 'vitest';
import { PhraseDictionary } from '../../knowledge/search/phraseDictionary';
import {
  MATCH_PREFIX_CHARS,
  clauseOfTokens,
  matchKey,
  normalize,
  sentenceOfTokens,
  singular,
  stem,
  tokenize,
  withCorrections,
} from '../../knowledge/text';

describe('normal form', () => {
  it.each([
    ['Café  CRÈME!', 'cafe creme'],
    ['don’t', 'dont'],
    ["it's", 'its'],
    ['  vitamin-B12 / day ', 'vitamin b12 day'],
    ['\u0000\u0007', ''],
  ])('"%s" -> "%s"', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('reads only a bounded prefix', () => {
    expect(normalize('a'.repeat(MATCH_PREFIX_CHARS) + ' potassium')).toBe('a'.repeat(MATCH_PREFIX_CHARS));
    expect(tokenize('')).toEqual([]);
    expect(tokenize('Low K, please')).toEqual(['low', 'k', 'please']);
  });

  it('numbers each word’s clause, or nothing for one clause', () => {
    expect(clauseOfTokens('no cramps just tingling')).toEqual([]);
    expect(clauseOfTokens('No, my calf twitches')).toEqual([0, 1, 1, 1]);
    expect(clauseOfTokens('tired - really tired (always)')).toEqual([0, 1, 1, 2]);
  });
});

describe('sentences and corrections', () => {
  it('numbers each word’s sentence, or nothing for one sentence', () => {
    expect(sentenceOfTokens('potassium 4.5, is that ok?')).toEqual([]);
    expect(sentenceOfTokens('my cat fainted! how much potassium?')).toEqual([0, 0, 0, 1, 1, 1]);
    expect(sentenceOfTokens('fine now.\nand b12?')).toEqual([0, 0, 1, 1]);
  });

  it('puts each correction in place and keeps the rest as typed', () => {
    const corrections = new Map([
      ['potasium', 'potassium'],
      ['cant', 'can’t'],
    ]);
    expect(withCorrections('Potasium came back 6.8; I cant cope.', corrections)).toBe(
      'potassium came back 6.8; I can’t cope.',
    );
    expect(withCorrections('nothing to change', new Map())).toBe('nothing to change');
  });
});

describe('word forms', () => {
  it.each([
    ['bus', 'bus'],
    ['beans', 'bean'],
    ['berries', 'berry'],
    ['potatoes', 'potato'],
    ['peaches', 'peach'],
    ['dishes', 'dish'],
    ['glasses', 'glass'],
    ['grass', 'grass'],
    ['asparagus', 'asparagus'],
    ['milk', 'milk'],
  ])('singular("%s") is "%s"', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it.each([
    ['tingling', 'tingl'],
    ['tingles', 'tingl'],
    ['numbness', 'numb'],
    ['cramped', 'cramp'],
    ['achy', 'achy'],
    ['shaky', 'shak'],
    ['weekly', 'week'],
    ['sing', 'sing'],
    ['bed', 'bed'],
    ['fly', 'fly'],
  ])('stem("%s") is "%s"', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('keys are normal, singular words', () => {
    expect(matchKey('Baked Potatoes!')).toBe('baked potato');
  });
});

describe('phrase dictionary', () => {
  const dict = new PhraseDictionary<string>();
  dict.add('Baked potato', 'baked');
  dict.add('potatoes', 'potato');
  dict.add('sweet potato', 'sweet');
  dict.add('potato', 'ignored: already there');
  dict.add('  ', 'empty');
  const find = (text: string) => dict.findAll(tokenize(text).map(singular));

  it('finds the longest phrase at each position, never overlapping', () => {
    expect(find('a baked potato and sweet potatoes').map((h) => [h.item, h.start, h.end, h.phrase])).toEqual([
      ['baked', 1, 3, 'baked potato'],
      ['sweet', 4, 6, 'sweet potato'],
    ]);
    expect(find('potato').map((h) => h.item)).toEqual(['potato']);
    expect(find('baked beans')).toEqual([]);
    expect(find('baked')).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('keeps the first item for a phrase and skips empty ones', () => {
    expect([...dict.phrases()]).toEqual(['baked potato', 'potato', 'sweet potato']);
  });
});
