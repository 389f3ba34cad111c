import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../../knowledge/search/englishWords';
import {
  SpellCorrector,
  allowedEdits,
  editDistance,
  kindsApart,
  letterBits,
  lettersApart,
} from '../../knowledge/search/spellCorrector';
import { namesIn, tokenize } from '../../knowledge/text';
import { knowledgeBase } from '../support/knowledge';

const kb = knowledgeBase();
const english = englishWords();
/** The list's words as the bot sees them (a few have accents or capitals). */
const ENGLISH = [...new Set([...english.words()].map((w) => tokenize(w).join(' ')))];

describe('spelling correction never changes a real word', () => {
  // Ordinary words one or two edits from a food, a nutrient or a symptom word.
  it.each([
    'pregnant',
    'pregnancy',
    'better',
    'bitter',
    'sister',
    'choose',
    'means',
    'half',
    'tune',
    'mile',
    'later',
    'taste',
    'meat',
    'beat',
    'bean',
    'mean',
    'calm',
    'hell',
    'mild',
    'nuts',
    'wheat',
    'what',
    'cheese',
    'butter',
    'beans',
    'calf',
    'tuna',
    'milk',
  ])('"%s" stays as typed', (word) => {
    const analysis = kb.analyze(`I think ${word} is fine`);
    expect(analysis.corrected).toEqual(analysis.tokens);
    expect(analysis.corrections).toEqual([]);
  });

  it('no word of the English list is ever corrected (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENGLISH), (word) => {
        expect(kb.analyze(word).corrected).toEqual([word]);
      }),
      { numRuns: 3_000 },
    );
  });

  // 70,000 analyses: a second here, minutes on Stryker's instrumented code, where the property tests
  // around it exercise the same paths (npm run mutation; README, "Mutation testing").
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)('not one word of the whole list is corrected', () => {
    const changed = ENGLISH.filter((word) => kb.analyze(word).corrections.length > 0);
    expect(changed).toEqual([]);
  });

  it('no sentence made of English words has a correction (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ENGLISH), { minLength: 2, maxLength: 12 }), (words) => {
        expect(kb.analyze(words.join(' ')).corrections).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('the pregnancy sentence no longer becomes salted butter', () => {
    const analysis = kb.analyze('I am pregnant and everything tastes bitter, what should I eat?');
    expect(kb.findFoods(analysis)).toEqual([]);
    expect(analysis.corrections).toEqual([]);
  });
});

describe('typos are still corrected and reported', () => {
  it.each([
    ['magnesiam', 'magnesium'],
    ['potasium', 'potassium'],
    ['potaasium', 'potassium'],
    ['calcuim', 'calcium'],
    ['spinich', 'spinach'],
    ['bananna', 'banana'],
    ['vitamn', 'vitamin'],
    ['brocoli', 'broccoli'],
  ])('"%s" is read as "%s"', (typo, word) => {
    const analysis = kb.analyze(`foods with ${typo}`);
    expect(analysis.corrected).toContain(word);
    expect(analysis.corrections).toEqual([{ from: typo, to: word }]);
  });

  it('a dropped g is read as the -ing word, even with another word one letter away ("goin" is no "gin")', () => {
    const analysis = kb.analyze('wekness goin up frm my feet, feelin rough');
    expect(analysis.corrected).toEqual(expect.arrayContaining(['weakness', 'going', 'feeling']));
    expect(analysis.unclear).toEqual([]);
    expect(kb.screenRedFlags('cant feel my legs proper, wekness goin up frm my feet since yday, hands now 2')).toEqual([
      expect.objectContaining({ id: 'progressive-weakness' }),
    ]);
  });

  it('corrections are bounded by word length', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(6)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
    // Two edits in a six-letter word is too far to be sure of.
    expect(kb.analyze('calcom').corrections).toEqual([]);
    // Short words are left alone.
    expect(kb.analyze('tun').corrected).toEqual(['tun']);
  });
});

describe('SpellCorrector', () => {
  const speller = (isEnglish: (w: string) => boolean = () => false) =>
    new SpellCorrector(['banana', 'bandana', 'bean', 'bead', 'spinach', 'cramp', 'cramps'], [], { isEnglish });

  it('never suggests a word the English check accepts', () => {
    expect(speller().correct('bananas')).toBe('banana');
    expect(speller((w) => w === 'bananas').correct('bananas')).toBe('bananas');
  });

  it('keeps the first letter', () => {
    expect(speller().correct('xpinach')).toBe('xpinach');
  });

  it('offers the readings instead of guessing when two words are equally close', () => {
    expect(speller().read('beaq').options?.sort()).toEqual(['bead', 'bean']);
    // Forms of one word are not a choice.
    expect(speller().read('crampz').to).toMatch(/^cramps?$/);
  });

  it('refuses a misspelling that stands for an unknown word', () => {
    expect(
      () => new SpellCorrector(['banana'], [], { isEnglish: () => false, misspellings: new Map([['x', 'y']]) }),
    ).toThrow(/misspelling/);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('muscle', 'muscle')).toBe(0);
    expect(editDistance('msucle', 'muscle')).toBe(1);
    expect(editDistance('musle', 'muscle')).toBe(1);
    expect(editDistance('muscel', 'muscle')).toBe(1);
    expect(editDistance('mascle', 'muscle')).toBe(1);
    expect(editDistance('potasium', 'potassium')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('with a bound, gives the distance within it and bound + 1 beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, bound) => {
        const exact = editDistance(a, b);
        expect(editDistance(a, b, bound)).toBe(exact <= bound ? exact : bound + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('is symmetric', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === editDistance(b, a)));
  });
});

describe('lettersApart', () => {
  it('counts the letters one word has and the other lacks, the larger way', () => {
    expect(lettersApart('muscle', 'msucle')).toBe(0);
    expect(lettersApart('potasium', 'potassium')).toBe(1);
    expect(lettersApart('cramp', 'crump')).toBe(1);
    expect(lettersApart('spinach', 'sandwich')).toBe(2);
    expect(lettersApart('aab', 'abb')).toBe(1);
    expect(lettersApart('', 'abc')).toBe(3);
  });

  it('never exceeds the edit distance, so it can rule a candidate out but never in', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(lettersApart(a, b)).toBeLessThanOrEqual(editDistance(a, b));
        // Called again, the shared buffer starts from zero.
        expect(lettersApart(a, b)).toBe(lettersApart(b, a));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('kindsApart', () => {
  it('counts the kinds of letter one word has and the other lacks, the larger way', () => {
    expect(kindsApart(letterBits('muscle'), letterBits('msucle'))).toBe(0);
    expect(kindsApart(letterBits('potasium'), letterBits('potassium'))).toBe(0);
    expect(kindsApart(letterBits('cramp'), letterBits('crump'))).toBe(1);
    expect(kindsApart(letterBits('spinach'), letterBits('sandwich'))).toBe(2);
    expect(kindsApart(letterBits(''), letterBits('abc'))).toBe(3);
  });

  it('never exceeds the edit distance, even when characters share a bit (a and !)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'q', '1', '!', 'é'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(kindsApart(letterBits(a), letterBits(b))).toBeLessThanOrEqual(editDistance(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('englishWords', () => {
  it('holds ordinary words, accented ones as messages spell them, and no domain typos', () => {
    expect(english.has('bitter')).toBe(true);
    expect(english.has('mile')).toBe(true);
    expect(english.has('cafe')).toBe(true);
    expect(english.has('magnesiam')).toBe(false);
    expect(english.has('')).toBe(false);
  });
});

describe('names in a message', () => {
  it('finds the words capitalised in mid-sentence, and none in a message typed in capitals', () => {
    expect([...namesIn('I bet Kate from work that dark chocolate has magnesium')]).toEqual(['kate']);
    expect([...namesIn('Spinach has magnesium. Bananas too')]).toEqual([]);
    expect([...namesIn('Why Do I Get Leg Cramps After A Night Out')]).toEqual([]);
    expect([...namesIn('HOW MUCH MAGESIUM IN KALE')]).toEqual([]);
  });

  it('finds a name that starts a sentence when what the person said or did follows', () => {
    expect([...namesIn('Kate says magnesium helps cramps, is that true?')]).toEqual(['kate']);
    expect([...namesIn('My sister swears by it. Jen reckons bananas fix cramps')]).toEqual(['jen']);
    expect([...namesIn('Kale says nothing to me, how much calcium is in it')]).toEqual(['kale']);
    expect([...namesIn('Kale is good for calcium?')]).toEqual([]);
    expect([...namesIn('Spinach and kale, which has more iron')]).toEqual([]);
  });

  it('never corrects a name into a food, and still corrects a capitalised nutrient', () => {
    const kb = knowledgeBase();
    expect(kb.analyze('I bet Kate from work that dark chocolate has magnesium').corrected).toContain('kate');
    expect(kb.analyze('how much Magnesiam in spinach').corrected).toContain('magnesium');
    expect(kb.analyze('i bet kate from work').corrected).toContain('kale');
  });
});
