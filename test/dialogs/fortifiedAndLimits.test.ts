/**
 * The fortified form of a food beside the plain one ("is OJ as good as milk for calcium?"), and whether food can
 * give too much of a nutrient ("I eat tons of spinach, can I get too much magnesium from food?").
 */
import { describe, expect, it } from 'vitest';
import { compareReply, fortifiedForm } from '../../dialogs/answers/amountAnswers';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { lastReply } from '../support/testBot';

const kb = knowledgeBase();
const recognizer = new Recognizer(kb);

describe('the fortified form of a food', () => {
  it('is found by its name: "fortified orange juice" for orange juice, none for a fortified food', () => {
    expect(kb.fortifiedFormOf(kb.food('orange-juice')!)?.id).toBe('orange-juice-fortified');
    expect(kb.fortifiedFormOf(kb.food('orange-juice-fortified')!)).toBeUndefined();
    expect(kb.fortifiedFormOf(kb.food('banana')!)).toBeUndefined();
  });

  it('is named when it has far more of the nutrient, not otherwise', () => {
    const oj = kb.food('orange-juice')!;
    expect(fortifiedForm(kb, oj, kb.nutrient('calcium'))).toBe(
      'Orange juice, fortified with calcium and vitamin D has far more calcium: 349 mg (27% DV) per 1 cup (249 g). Fortified products vary by brand: check the label.',
    );
    expect(fortifiedForm(kb, oj, kb.nutrient('potassium'))).toBeUndefined();
  });

  it('is said in a comparison with milk', async () => {
    const r = compareReply(kb, [kb.food('orange-juice')!, kb.food('milk-1')!], ['calcium']);
    expect(JSON.stringify(r.blocks)).toContain('fortified with calcium and vitamin D has far more calcium');
    expect(await lastReply('is oj as good as milk for calcium')).toContain('fortified');
  });
});

describe('figures of the NIH fact sheet beside the food table', () => {
  it('gives Atlantic salmon’s 2.6 mcg of B12 beside ground beef’s 2.4', async () => {
    const reply = await lastReply('beef mince vs salmon for b12');
    expect(reply).toContain('2.4 mcg');
    expect(reply).toContain('lists 2.6 mcg of vitamin B12 for 3 oz of cooked Atlantic salmon');
  });
});

describe('too much of a nutrient from food', () => {
  it.each([
    'i eat tons of spinach and nuts, can i get too much magnesium from food?',
    'i eat loads of spinach, can i get too much magnesium?',
  ])('"%s" asks about the upper limit, not the foods totalled', (text) => {
    expect(recognizer.recognize(text).intent).toBe('supplements');
  });

  it('says the limit is for supplements, not food', async () => {
    const reply = await lastReply('i eat tons of spinach and nuts, can i get too much magnesium from food?');
    expect(reply).toMatch(/350 mg a day from supplements and medicines \(not food\)/);
  });

  it('is no limit question when amounts eaten are told, or no "too much" asked', () => {
    expect(
      recognizer.recognize('i had 2 cups of spinach and 1 oz almonds, can i get too much magnesium?').intent,
    ).not.toBe('supplements');
    expect(recognizer.recognize('i eat tons of spinach and nuts, how much magnesium is that?').intent).not.toBe(
      'supplements',
    );
  });
});
