import { describe, expect, it } from 'vitest';
import { dosesByNutrient } from '../../knowledge/intakes/doseNutrients';
import { knowledgeBase } from '../support/knowledge';

const kb = knowledgeBase();
const grouped = (text: string, fallback?: Parameters<typeof dosesByNutrient>[2]) =>
  Object.fromEntries(
    [...dosesByNutrient(kb, text, fallback)].map(([id, doses]) => [id, doses.map((d) => `${d.amount} ${d.unit}`)]),
  );

describe('which nutrient each dose is of', () => {
  it.each([
    [
      'D3 1000 IU, magnesium 200 mg, B12 500 mcg',
      { vitaminD: ['1000 IU'], magnesium: ['200 mg'], vitaminB12: ['500 mcg'] },
    ],
    ['1000 IU of vitamin D and 400 mg of magnesium', { vitaminD: ['1000 IU'], magnesium: ['400 mg'] }],
    ['magnesium 250mg plus calcium 600 mg', { magnesium: ['250 mg'], calcium: ['600 mg'] }],
    ['25 mcg D3 and a multi with 1000 IU', { vitaminD: ['25 mcg', '1000 IU'] }],
  ])('"%s"', (text, expected) => {
    expect(grouped(text)).toEqual(expected);
  });

  it('a dose with no nutrient near it belongs to the one the question is about', () => {
    expect(grouped('is 2000 IU and another 2000 IU too much', 'vitaminD')).toEqual({
      vitaminD: ['2000 IU', '2000 IU'],
    });
    expect(grouped('is 2000 IU too much')).toEqual({});
  });
});
