/**
 * The safety answers and the bot's red-flag memory, function by function: what a warning remembers,
 * who to ask in pregnancy or for a child, and the nutrient answers' cautions.
 */
import { describe, expect, it } from 'vitest';
import {
  deficiencySigns,
  foodsForNutrient,
  nutrientRole,
  supplements,
  whoIsAtRisk,
} from '../../dialogs/answers/nutrientAnswers';
import { contextAdvice, seeDoctor, warningBlocks } from '../../dialogs/answers/safetyAnswers';
import { EMERGENCY_NUMBER_LINE } from '../../dialogs/answers/urgency';
import { rememberWarnings } from '../../dialogs/nutritionBot';
import type { Reply } from '../../dialogs/replies/replyModel';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

const kb = knowledgeBase();
const all = (r: Reply) =>
  [r.title ?? '', ...r.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : ''))].join('\n');

describe('what the conversation remembers of warnings', () => {
  const lab = (text: string) => kb.screenRedFlags(text);

  it('keeps each sign once and the latest result per test, at most four results', () => {
    let told = rememberWarnings(kb, undefined, lab('chest pain'));
    expect(told).toEqual({ signs: ['chest-pain'] });
    told = rememberWarnings(kb, told, lab('chest pain and my potassium came back 2.9'));
    expect(told.signs).toEqual(['chest-pain']);
    expect(told.labs?.map((l) => l.label)).toEqual([expect.stringMatching(/potassium result of 2\.9/)]);
    told = rememberWarnings(kb, told, lab('potassium 2.7'));
    expect(told.labs?.map((l) => l.label)).toEqual([expect.stringMatching(/potassium result of 2\.7/)]);
    for (const text of ['calcium 7.0', 'vit d 5', 'b12 100', 'magnesium 1.0'])
      told = rememberWarnings(kb, told, lab(text));
    expect(told.labs?.map((l) => l.id)).toEqual([
      'lab-calcium-low',
      'lab-vitamind-low',
      'lab-vitaminb12-low',
      'lab-magnesium-low',
    ]);
    expect(told.signs).toEqual(['chest-pain']);
  });

  it('a warning told before the check is not asked again in its safety list', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my heart keeps skipping beats');
    await say(adapter, 'check my symptoms');
    await say(adapter, 'my calves cramp');
    await say(adapter, 'that’s all');
    const later = texts(await say(adapter, 'none'));
    expect(later).toMatch(/You told me about an irregular, racing or skipping heartbeat/);
  });

  it('an emergency in the opening message comes before any check', async () => {
    const { adapter } = testBot();
    const replies = texts(await say(adapter, 'check my symptoms, I have chest pain'));
    expect(replies).toMatch(/This needs urgent medical care now/);
    expect(replies).toMatch(/Please get that help first/);
    expect(replies).not.toMatch(/What are you noticing/);
  });

  it('"2" picks the second choice offered', async () => {
    const { adapter } = testBot();
    await say(adapter, 'what foods have potassium');
    expect(texts(await say(adapter, '2'))).toMatch(/Signs of low potassium/);
    expect(texts(await say(adapter, '9'))).not.toMatch(/Signs of low potassium/);
  });
});

describe('who to ask', () => {
  // A plain question in a life stage or with a medicine is answered by its own reply, which says who to ask;
  // the doctor card comes only with symptoms told alongside, at the level the check would give.
  it.each([
    'I am pregnant, what foods have magnesium',
    'my 6 year old needs more calcium',
    'I am breastfeeding, foods with b12?',
    'I have kidney disease, foods with potassium',
    'I take water pills, foods with potassium',
    'what foods have potassium',
  ])('"%s" alone adds no doctor card', (message) => {
    expect(contextAdvice(kb, message, [])).toBeUndefined();
  });

  it.each([
    ['I am pregnant, what foods have magnesium', 'soon'],
    ['my 6 year old has cramps, foods with calcium?', 'soon'],
    ['I am breastfeeding, foods with b12?', 'soon'],
    ['I have kidney disease, foods with potassium', 'soon'],
    ['I take water pills, foods with potassium', 'soon'],
  ] as const)('"%s" with cramps told: %s', (message, level) => {
    const advice = contextAdvice(kb, message, ['cramps']);
    expect(advice?.title).toBe(kb.data.triage.headlines[level]);
    expect(advice?.kind).toBe('doctor');
    expect(advice?.sources.length).toBeGreaterThan(0);
  });

  it('symptoms told with a question raise the level as in the check', () => {
    expect(contextAdvice(kb, 'what helps', ['tingling-mouth'])?.title).toBe(kb.data.triage.headlines.today);
    expect(contextAdvice(kb, 'cramps for months, what helps', ['cramps'])?.title).toBe(kb.data.triage.headlines.soon);
  });

  it('when to see a doctor names the urgent signs and offers a check', () => {
    const r = seeDoctor(kb, []);
    expect(r.title).toBe('When to see a doctor');
    expect(all(r)).toMatch(/chest pain, trouble breathing, fainting or a seizure need emergency care/);
    expect(r.suggestions).toContain('Check my symptoms');
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('each advice is said once, and the emergency line only for an emergency', () => {
    const twice = [...kb.screenRedFlags('chest pain'), ...kb.screenRedFlags('chest pain')];
    const blocks = warningBlocks(twice);
    const advice = kb.data.triage.signs.find((s) => s.id === 'chest-pain')!.advice.text;
    expect(blocks.filter((b) => b.type === 'text' && b.text === advice)).toHaveLength(1);
    expect(blocks.at(-1)).toEqual({ type: 'text', text: EMERGENCY_NUMBER_LINE });
  });
});

describe('nutrient answers', () => {
  it('foods: the table, the caution, the document foods, suggestions and sources', () => {
    const r = foodsForNutrient(kb, 'potassium');
    expect(r.title).toBe('Potassium: best food sources');
    expect(all(r)).toMatch(/^Foods richest in potassium, per serving \(Daily Value: 4,700 mg\):/m);
    expect(r.blocks).toContainEqual({
      type: 'note',
      tone: 'caution',
      text: kb.nutrient('potassium').foodCaution!.text,
    });
    expect(all(r)).toMatch(/Everyday foods often recommended for it: .*bananas.* \(\d+ mg, \d+% DV per /);
    expect(r.suggestions).toEqual([
      'What does potassium do?',
      'Signs of low potassium',
      'Vegan potassium foods',
      'Check my symptoms',
    ]);
    expect(r.sources[0]).toBe('USDA_SR28');
    expect(r.healthInfo).toBe(true);
  });

  it('foods for a diet: the diet in the title and first line, no "vegan" suggestion, a note when few fit', () => {
    const r = foodsForNutrient(kb, 'vitaminB12', 'vegan');
    expect(r.title).toBe('Vitamin B12: best food sources (vegan)');
    expect(all(r)).toMatch(/Top vegan foods for vitamin B12, per serving/);
    expect(r.suggestions).not.toContain('Vegan vitamin B12 foods');
    const few = kb.foodsRichIn('vitaminB12', { diet: 'vegan', limit: 8 }).length < 3;
    expect(all(r).includes('Few vegan foods in my table are good sources of vitamin B12.')).toBe(few);
    const plenty = foodsForNutrient(kb, 'magnesium', 'vegan');
    expect(all(plenty)).not.toMatch(/Few vegan foods/);
  });

  it('fortified foods carry a note to check the label', () => {
    const fortified = foodsForNutrient(kb, 'vitaminD', 'vegan');
    const hasFortified = kb
      .foodsRichIn('vitaminD', { diet: 'vegan', limit: 8 })
      .some((f) => f.food.tags.includes('fortified'));
    expect(hasFortified).toBe(true);
    expect(all(fortified)).toMatch(/Fortified products vary by brand: check the label/);
    expect(all(foodsForNutrient(kb, 'potassium'))).not.toMatch(/Fortified products vary/);
  });

  it('what a nutrient does, signs of a low level and who is at risk', () => {
    const n = kb.nutrient('magnesium');
    const role = nutrientRole(kb, 'magnesium');
    expect(role.title).toBe('Magnesium and your muscles');
    expect(all(role)).toContain(n.deficiency.mechanism.text);
    expect(role.blocks).toContainEqual({
      type: 'facts',
      facts: [
        { label: 'Recommended', value: n.recommendedIntake.text },
        { label: 'Daily Value', value: '420 mg' },
      ],
    });
    expect(role.suggestions).toEqual([
      'Foods for magnesium',
      'Signs of low magnesium',
      'Who is at risk of low magnesium?',
    ]);
    const signs = deficiencySigns(kb, 'magnesium');
    expect(signs.title).toBe(`Signs of low magnesium (${n.deficiency.name})`);
    for (const s of n.deficiency.symptoms) expect(all(signs)).toContain(s.text);
    expect(signs.blocks).toContainEqual({
      type: 'note',
      tone: 'caution',
      text: kb.data.guidance.whenToSeeADoctor[0]!.text,
    });
    const risk = whoIsAtRisk(kb, 'magnesium');
    expect(risk.title).toBe('Who is more likely to run low on magnesium');
    for (const s of n.deficiency.atRisk) expect(all(risk)).toContain(s.text);
    expect(risk.suggestions).toEqual(['Foods for magnesium', 'Signs of low magnesium', 'Check my symptoms']);
  });

  it('supplements: never a dose, each caution, the upper limit where the caution lacks it', () => {
    const r = supplements(kb, []);
    expect(r.blocks[0]).toMatchObject({ type: 'note', tone: 'caution' });
    expect(all(r)).toMatch(/I can’t recommend a supplement or a dose/);
    for (const id of ['potassium', 'magnesium', 'calcium', 'vitaminD', 'vitaminB12'] as const)
      expect(all(r)).toContain(kb.nutrient(id).supplementCaution.text);
    expect(all(r)).toContain(kb.nutrient('magnesium').upperLimit!.text);
    expect(r.sources).toContain(kb.nutrient('magnesium').upperLimit!.source);
    expect(r.suggestions).toHaveLength(3);
    expect(r.suggestions.at(-1)).toBe('Check my symptoms');
    expect(supplements(kb, ['calcium']).suggestions).toEqual(['Foods for calcium', 'Check my symptoms']);
  });
});
