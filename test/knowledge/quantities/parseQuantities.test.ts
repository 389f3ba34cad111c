import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWordNumber } from '../../../knowledge/quantities/numberWords';
import { QuantityParser, prepare } from '../../../knowledge/quantities/parseQuantities';
import { tokenize } from '../../../knowledge/text';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const parser = new QuantityParser(kb.data.units);
const first = (text: string) => parser.parse(text)[0];

/** Numbers in English words, written independently of the parser's tables. */
const ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function inWords(n: number, hyphen: boolean): string {
  if (n >= 1000)
    return [inWords(Math.floor(n / 1000), hyphen), 'thousand', n % 1000 ? inWords(n % 1000, hyphen) : '']
      .filter(Boolean)
      .join(' ');
  if (n >= 100)
    return [ONES[Math.floor(n / 100)], 'hundred', n % 100 ? `and ${inWords(n % 100, hyphen)}` : '']
      .filter(Boolean)
      .join(' ');
  if (n >= 20) return n % 10 ? `${TENS[Math.floor(n / 10)]}${hyphen ? '-' : ' '}${ONES[n % 10]}` : TENS[n / 10]!;
  return ONES[n]!;
}

describe('quantity parser: the amounts people write', () => {
  it.each([
    ['2 cups of cooked spinach', 2, 'cup'],
    ['half an avocado', 0.5, undefined],
    ['a handful of almonds', 1, 'handful'],
    ['100 g', 100, 'g'],
    ['100g of dark chocolate', 100, 'g'],
    ['3 oz salmon', 3, 'oz'],
    ['two bananas', 2, undefined],
    ['10,000 IU', 10000, 'iu'],
    ['1 1/2 cups milk', 1.5, 'cup'],
    ['½ cup yogurt', 0.5, 'cup'],
    ['one and a half cups of milk', 1.5, 'cup'],
    ['twenty-five almonds', 25, undefined],
    ['a dozen eggs', 12, undefined],
    ['half a dozen eggs', 6, undefined],
    ['three quarters of a cup', 0.75, 'cup'],
    ['1.5 tbsp', 1.5, 'tbsp'],
    ['2 fl oz', 2, 'fl-oz'],
    ['500 µg of b12', 500, 'mcg'],
    ['a pot of yogurt', 1, 'container'],
  ])('%s', (text, value, unit) => {
    const m = first(text)!;
    expect(m.value).toBeCloseTo(value, 6);
    expect(m.unit?.id).toBe(unit);
  });

  it('reads a word it does not know as a measure only before "of", and says so', () => {
    expect(first('2 glugs of milk')).toMatchObject({ value: 2, unknownUnit: 'glugs' });
    expect(first('2 glugs')?.unknownUnit).toBeUndefined();
  });

  it('reads "a" only before a unit, a size or a food, and vague amounts as no number', () => {
    expect(parser.parse('I have a question')).toEqual([]);
    expect(first('a large banana')).toMatchObject({ value: 1, size: 'large', article: true });
    expect(first('a lot of coffee')?.value).toBeUndefined();
    expect(parser.parse('2% milk')).toEqual([]);
    expect(parser.parse('vitamin b12 and d3')).toEqual([]);
  });

  it('property: any number in digits, with or without thousands separators, reads back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.boolean(),
        fc.constantFrom('g', 'cups', 'mg', 'IU', 'oz'),
        (n, grouped, unit) => {
          const written = grouped ? n.toLocaleString('en-US') : String(n);
          const m = first(`${written} ${unit} of milk`)!;
          expect(m.value).toBe(n);
        },
      ),
    );
  });

  it('property: decimals and fractions read back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 2, max: 16 }),
        (whole, num, den) => {
          expect(first(`${whole}.${String(num).padStart(2, '0')} cups`)!.value).toBeCloseTo(whole + num / 100, 9);
          const fraction = whole ? `${whole} ${num}/${den}` : `${num}/${den}`;
          expect(first(`${fraction} cup of oats`)!.value).toBeCloseTo(whole + num / den, 9);
        },
      ),
    );
  });

  it('property: numbers in words (up to 999,999, with or without hyphens) read back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.boolean(), (n, hyphen) => {
        const words = inWords(n, hyphen);
        const read = readWordNumber(tokenize(words), 0);
        expect(read?.value, words).toBe(n);
        expect(read?.length).toBe(tokenize(words).length);
      }),
    );
  });

  it('property: "N and a half" and "a quarter" read as fractions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19 }), (n) => {
        expect(first(`${inWords(n, false)} and a half cups of rice`)!.value).toBe(n + 0.5);
      }),
    );
    expect(first('a quarter cup of almonds')!.value).toBe(0.25);
  });

  it('property: any text parses without throwing, and every amount spans tokens of tokenize()', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const tokens = tokenize(text);
        expect(prepare(text).match(/[a-z0-9]+/g) ?? []).toHaveLength(tokens.length);
        for (const m of parser.parse(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(tokens.length);
          expect(m.start).toBeLessThan(m.end);
          if (m.value !== undefined) expect(m.value).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: numbers and units in random sentences keep tokenize() numbering', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'I',
            'had',
            '2',
            'cups',
            'of',
            'milk',
            '1/2',
            'an',
            'avocado',
            '10,000',
            'IU',
            '½',
            'µg',
            'and',
            'three',
            'eggs',
          ),
          { maxLength: 12 },
        ),
        (words) => {
          const text = words.join(' ');
          // The same tokens, except that "µg" stays a microgram ("mcg") where tokenize() keeps only "g".
          expect((prepare(text).match(/[a-z0-9]+/g) ?? []).map((t) => (t === 'mcg' ? 'g' : t))).toEqual(
            tokenize(text).map((t) => (t === 'mcg' ? 'g' : t)),
          );
        },
      ),
    );
  });
});

describe('words before "of" that measure nothing', () => {
  it.each([["I'm a vegan of 3 years"], ['a mother of two'], ['after a run of night shifts'], ['a week of bad sleep']])(
    '"%s" has no unknown measure',
    (text) => {
      expect(parser.parse(text).filter((m) => m.unknownUnit)).toEqual([]);
    },
  );

  it('while a measure word we do not know is still one', () => {
    expect(first('2 glugs of milk')?.unknownUnit).toBe('glugs');
  });
});

describe('a weight or a volume given for the container it comes in', () => {
  it.each([
    ['a 6 oz pot of fat free yoghurt', 'oz', 6, 'a 6 oz pot of'.split(' ').length],
    ['a 400g tin of beans', 'g', 400, 4],
    ['a 250 ml carton of milk', 'ml', 250, 5],
  ])('"%s" reads the weight and takes the container word with it', (text, unit, value, end) => {
    const m = parser.parse(text).find((x) => x.value === value)!;
    expect(m.unit?.id).toBe(unit);
    expect(m.unknownUnit).toBeUndefined();
    expect(m.end).toBe(end);
  });

  it('leaves a container word that is not followed by "of" alone ("6 oz pot roast")', () => {
    const m = first('6 oz pot roast')!;
    expect(m.unit?.id).toBe('oz');
    expect(m.end).toBe(2);
  });

  it('reads a measure named alone at the start of a clause as one of it, never a plural or a counted one', () => {
    const spoon = first('tablespoon of cod liver oil and a boiled egg')!;
    expect([spoon.value, spoon.unit?.id, spoon.end]).toEqual([1, 'tbsp', 2]);
    const cup = parser.parse('2 eggs and cup of milk').find((m) => m.unit?.id === 'cup')!;
    expect(cup.value).toBe(1);
    expect(
      parser.parse('how many grams of pumpkin seeds for 100mg').some((m) => m.unit?.id === 'g' && m.value === 1),
    ).toBe(false);
    expect(parser.parse('how many cups of milk a day').some((m) => m.unit?.id === 'cup' && m.value === 1)).toBe(false);
    expect(parser.parse('the tablespoon of oil').some((m) => m.unit?.id === 'tbsp')).toBe(false);
  });
});
