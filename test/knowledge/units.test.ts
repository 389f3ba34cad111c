/** Doses as people write them, and conversion between mg, mcg, g and vitamin D's IU (property-tested). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOSE_UNITS,
  type DoseUnit,
  convert,
  formatDose,
  formatNumber,
  parseDoses,
} from '../../knowledge/intakes/units';

const IU_PER_MCG = 40;
/** Amounts as a dose is written: whole numbers or up to two decimals, from 0.01 up to a million. */
const amount = fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 100);
const unit = fc.constantFrom(...DOSE_UNITS);

describe('unit conversion', () => {
  it('converts the everyday cases', () => {
    expect(convert(10_000, 'IU', 'mcg', IU_PER_MCG)).toBe(250);
    expect(convert(15, 'mcg', 'IU', IU_PER_MCG)).toBe(600);
    expect(convert(1.5, 'g', 'mg')).toBe(1500);
    expect(convert(2500, 'mcg', 'mg')).toBe(2.5);
    expect(convert(1, 'mg', 'IU', IU_PER_MCG)).toBe(40_000);
  });

  it('cannot convert IU without a factor (IU are defined per vitamin)', () => {
    expect(convert(400, 'IU', 'mg')).toBeUndefined();
    expect(convert(400, 'mg', 'IU')).toBeUndefined();
    expect(convert(400, 'IU', 'IU')).toBe(400);
  });

  it('round-trips any amount between any two units (property)', () => {
    fc.assert(
      fc.property(amount, unit, unit, (x, from, to) => {
        const there = convert(x, from, to, IU_PER_MCG)!;
        const back = convert(there, to, from, IU_PER_MCG)!;
        expect(back).toBeCloseTo(x, 6);
      }),
    );
  });

  it('is consistent through a third unit (property)', () => {
    fc.assert(
      fc.property(amount, unit, unit, unit, (x, a, b, c) => {
        const direct = convert(x, a, c, IU_PER_MCG)!;
        const via = convert(convert(x, a, b, IU_PER_MCG)!, b, c, IU_PER_MCG)!;
        expect(via / direct).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('reading doses in a message', () => {
  const read = (text: string) => parseDoses(text).map((d) => [d.amount, d.unit]);

  it.each([
    ['is 10,000 IU of vitamin D too much?', [[10_000, 'IU']]],
    ['I take 5000iu a day', [[5000, 'IU']]],
    ['50 mcg of D3', [[50, 'mcg']]],
    ['50 µg daily', [[50, 'mcg']]],
    ['1000ug b12', [[1000, 'mcg']]],
    ['400mg magnesium glycinate', [[400, 'mg']]],
    ['a 1.5 g calcium tablet', [[1.5, 'g']]],
    ['1,5 g', [[1.5, 'g']]],
    ['5k IU', [[5000, 'IU']]],
    [
      '2 milligrams and 600 international units',
      [
        [2, 'mg'],
        [600, 'IU'],
      ],
    ],
    ['250 micrograms', [[250, 'mcg']]],
    ['600 I.U. each morning', [[600, 'IU']]],
  ] as const)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'I take magnesium',
    'my mg is low',
    '3 times a day',
    'vitamin d3',
    'b12',
    'for 2 weeks',
    'I am 40',
    'k2 mk7',
  ])('finds no dose in "%s"', (text) => {
    expect(parseDoses(text)).toEqual([]);
  });

  it('reads back any dose it writes, in every unit (property)', () => {
    fc.assert(
      fc.property(
        amount,
        unit,
        fc.constantFrom('', 'I take ', 'is '),
        fc.constantFrom('', ' a day', '?'),
        (x, u, before, after) => {
          const written = formatDose(x, u as DoseUnit);
          const found = parseDoses(`${before}${written}${after}`);
          expect(found).toHaveLength(1);
          expect(found[0]!.unit).toBe(u);
          expect(found[0]!.amount).toBeCloseTo(Number(formatNumber(x).replace(/,/g, '')), 9);
        },
      ),
    );
  });

  it('groups thousands and keeps at most two decimals', () => {
    expect(formatNumber(10_000)).toBe('10,000');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0.125)).toBe('0.13');
    expect(formatNumber(1234.6)).toBe('1,235');
  });
});
