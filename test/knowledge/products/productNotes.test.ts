import { describe, expect, it } from 'vitest';
import { loadProductNotes } from '../../../knowledge/products/productNotes';
import { tokenize } from '../../../knowledge/text';
import { knowledgeBase } from '../../support/knowledge';

const notes = loadProductNotes();
const find = (text: string, nutrients: Parameters<typeof notes.find>[1] = []) => {
  const found = notes.find(tokenize(text), nutrients);
  return { foods: found.foods.map((f) => f.id), forms: found.forms.map((f) => f.id) };
};

describe('product notes (foods without figures, forms of supplements)', () => {
  it('gives every fact a source the project lists', () => {
    const kb = knowledgeBase();
    const sources = [
      ...notes.data.foods.flatMap((f) => f.facts.map((x) => x.source)),
      ...notes.data.forms.map((f) => f.source),
    ];
    for (const s of sources) expect(kb.source(s), s).toBeDefined();
  });

  it('finds names as whole words, the longer name first', () => {
    expect(find('magnesium citrate vs magnesium oxide', ['magnesium']).forms).toEqual([
      'magnesium-citrate',
      'magnesium-oxide',
    ]);
    expect(find('potassium citrate', ['potassium']).forms).toEqual(['potassium-salts']);
    expect(find('d2 or d3').forms).toEqual(['vitamin-d2', 'vitamin-d3']);
    expect(find('does nutritional yeast have b12').foods).toEqual(['nutritional-yeast']);
    expect(find('a yeast infection').foods).toEqual([]);
    expect(find("how much calcium's in a flat white", ['calcium']).foods).toEqual(['milky-coffee']);
    expect(find('is a latte good for vitamin d', ['vitaminD']).foods).toEqual(['milky-coffee']);
    expect(find('citratex').forms).toEqual([]);
  });

  it('keeps only the forms of the nutrient named', () => {
    expect(find('calcium: citrate or carbonate?', ['calcium']).forms).toEqual(['calcium-citrate', 'calcium-carbonate']);
  });
});
