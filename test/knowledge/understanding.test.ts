/** Precision-first understanding: symbols, abbreviations, negation, uncovered nutrients, what was assumed. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../dialogs/answers/answerQuestion';
import { deepFreeze } from '../../dialogs/replies/sharedReplies';
import type { Reply } from '../../dialogs/replies/replyModel';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase, recognizeQuestion } from '../support/knowledge';

const kb = knowledgeBase();
const recognizer = new Recognizer(kb);
const nutrientsIn = (text: string) => recognizer.recognize(text).nutrients;
const symptomsIn = (text: string) =>
  Object.fromEntries(recognizer.recognize(text).symptoms.map((s) => [s.id, s.negated ? 'denied' : 'reported']));
const textOf = (reply: Reply) =>
  reply.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join(' ') : '')).join('\n');

describe('chemical symbols name a nutrient only in a nutrient’s context', () => {
  it.each([
    ['low k', 'potassium'],
    ['k levels', 'potassium'],
    ['foods with k', 'potassium'],
    ['is my k low?', 'potassium'],
    ['foods high in K', 'potassium'],
    ['Mg sources', 'magnesium'],
    ['low mg and ca', 'magnesium'],
    ['ca and potassium', 'calcium'],
  ])('"%s" names %s', (text, id) => {
    expect(nutrientsIn(text)).toContain(id);
  });

  it.each([
    'I ran 5 k today',
    'k',
    'ok k thanks',
    'I live in CA and have cramps',
    'vitamin k foods',
    'I took 400 mg of it',
  ])('"%s" names no nutrient of ours', (text) => {
    expect(nutrientsIn(text)).toEqual([]);
  });

  it('"mg" as a unit next to a named nutrient is not magnesium', () => {
    expect(nutrientsIn('how many mg of potassium in a banana')).toEqual(['potassium']);
  });
});

describe('abbreviations and slang', () => {
  it.each([
    ['vit d', 'vitaminD'],
    ['vit. d3 foods', 'vitaminD'],
    ['vitamin D-3', 'vitaminD'],
    ['b-12', 'vitaminB12'],
    ['b 12 sources', 'vitaminB12'],
    ['vit b12', 'vitaminB12'],
    ['cobalamin', 'vitaminB12'],
    ['mag glycinate before bed?', 'magnesium'],
    ['epsom salt bath for cramps', 'magnesium'],
  ])('"%s" names %s', (text, id) => {
    expect(nutrientsIn(text)[0]).toBe(id);
  });

  it.each([
    ['r u a real doctor', 'aboutBot'],
    ['is this medical advice?', 'aboutBot'],
    ['what fish has the most vit d', 'foodsForNutrient'],
    ['how much vit d should i take in winter', 'supplements'],
  ])('"%s" is %s', (text, intent) => {
    expect(recognizer.recognize(text).intent).toBe(intent);
  });
});

describe('negation in symptom matching', () => {
  it.each([
    ['no cramps', { cramps: 'denied' }],
    ['not numb at all', { 'tingling-hands-feet': 'denied' }],
    ['never had cramps', { cramps: 'denied' }],
    ['without tingling', { 'tingling-hands-feet': 'denied' }],
    ['no cramps or tingling', { cramps: 'denied', 'tingling-hands-feet': 'denied' }],
    ['neither cramps nor tingling in my fingers', { cramps: 'denied', 'tingling-fingers': 'denied' }],
    ['no cramps, tingling or numbness in my fingers', { cramps: 'denied', 'tingling-fingers': 'denied' }],
  ])('"%s"', (text, expected) => {
    expect(symptomsIn(text)).toEqual(expected);
  });

  it.each([
    ['No, my calf keeps twitching', { twitching: 'reported' }],
    ['no cramps but my fingers tingle', { cramps: 'denied', 'tingling-fingers': 'reported' }],
    ['not tired, but cramps at night', { fatigue: 'denied', cramps: 'reported' }],
    ['I have cramps and no tingling', { cramps: 'reported', 'tingling-hands-feet': 'denied' }],
    ['I don’t know why my calf keeps jumping', { twitching: 'reported' }],
    ['no idea why, cramps every night', { cramps: 'reported' }],
  ])('"%s": a denial stays in its clause and stops at “but”', (text, expected) => {
    expect(symptomsIn(text)).toEqual(expected);
  });
});

describe('several facts in one long message', () => {
  it('finds every nutrient, food, symptom and the diet, and keeps denials apart', () => {
    const rec = recognizer.recognize(
      'I’m vegan, my calves cramp most nights and my eyelid twitches, no tingling though. Is it low magnesium or B12? I eat lots of spinach and almonds.',
    );
    expect(rec.nutrients).toEqual(['magnesium', 'vitaminB12']);
    expect(rec.foods.map((id) => kb.food(id)!.name.toLowerCase()).join(' ')).toMatch(/spinach.*almond/);
    expect(rec.diet).toBe('vegan');
    const s = Object.fromEntries(rec.symptoms.map((m) => [m.id, m.negated]));
    expect(s).toMatchObject({ cramps: false, twitching: false, 'tingling-hands-feet': true });
  });
});

describe('precision traps', () => {
  it.each([
    'I am pregnant and everything tastes bitter',
    'can I choose what to eat',
    'I will tune in later',
    'it is a mile away',
    'my sister is pregnant',
    'I have a question',
  ])('"%s" names no food, nutrient or symptom', (text) => {
    const rec = recognizer.recognize(text);
    expect([...rec.foods, ...rec.nutrients, ...rec.symptoms.map((s) => s.id)]).toEqual([]);
    expect(rec.intent).not.toBe('symptomCheck');
  });
});

describe('nutrients the bot does not cover', () => {
  it.each([
    ['what foods have iron', 'iron'],
    ['how much zinc is in spinach', 'zinc'],
    ['tell me about vitamin c', 'vitamin c'],
    ['omega-3 foods', 'omega 3'],
  ])('"%s" names %s, says it is not covered, and lists no table of ours', (text, name) => {
    const reply = answerQuestion(kb, recognizeQuestion(recognizer, text)).reply;
    const all = textOf(reply);
    expect(all).toContain(`information about ${name}`);
    expect(all).toMatch(/magnesium, calcium, potassium, vitamin D and vitamin B12/);
    expect(reply.blocks.some((b) => b.type === 'table')).toBe(false);
  });

  it('"vitamin k" is vitamin K, not potassium', () => {
    const rec = recognizeQuestion(recognizer, 'vitamin k foods');
    expect(rec.otherNutrients).toEqual(['vitamin k']);
    expect(textOf(answerQuestion(kb, rec).reply)).not.toMatch(/Potassium/);
  });
});

describe('saying what was assumed', () => {
  it('an answer resting on a corrected word says how it read it', () => {
    const rec = recognizeQuestion(recognizer, 'foods with magnesiam');
    expect(rec.assumed).toEqual([{ from: 'magnesiam', to: 'magnesium' }]);
    const reply = answerQuestion(kb, rec).reply;
    expect(reply.blocks[0]).toEqual({ type: 'note', tone: 'info', text: 'I read “magnesiam” as magnesium.' });
  });

  it('names each correction', () => {
    const reply = answerQuestion(kb, recognizeQuestion(recognizer, 'how much potasium in spinich')).reply;
    expect(textOf(reply)).toContain('I read “potasium” as potassium and “spinich” as spinach.');
  });

  it('adds the note around the shared answer without changing it', () => {
    const plain = answerQuestion(kb, recognizeQuestion(recognizer, 'foods with magnesium')).reply;
    expect(Object.isFrozen(plain)).toBe(true);
    const noted = answerQuestion(kb, recognizeQuestion(recognizer, 'foods with magnesiam')).reply;
    expect(noted.blocks.length).toBe(plain.blocks.length + 1);
    expect(answerQuestion(kb, recognizeQuestion(recognizer, 'foods with magnesium')).reply).toBe(plain);
    expect(textOf(plain)).not.toMatch(/I read/);
  });

  it('no note when nothing was corrected', () => {
    expect(textOf(answerQuestion(kb, recognizeQuestion(recognizer, 'foods with magnesium')).reply)).not.toMatch(
      /I read/,
    );
  });

  it('asks which word was meant when a word has two equally likely readings', () => {
    const rec = recognizer.recognize('kalp');
    const unclear = {
      ...rec,
      intent: 'outOfScope' as const,
      foods: [],
      analysis: { ...rec.analysis, unclear: [{ word: 'kalp', options: ['kale', 'kelp'] }] },
    };
    const reply = answerQuestion(kb, deepFreeze(unclear)).reply;
    expect(reply.kind).toBe('clarify');
    expect(textOf(reply)).toContain('“kalp”');
    expect(reply.suggestions).toEqual(['kale', 'kelp']);
  });
});

describe('a food or nutrient among words about something else', () => {
  it.each([
    'how do i grow a lemon tree indoors',
    'orange is the new black, season 2 worth a rewatch?',
    'couch potato weekend, what should i binge watch',
    'my cat keeps twitching in her sleep',
    'twitch streaming setup help, which mic',
    // A symptom word belonging to another subject: nothing puts it in a body.
    'my chest freezer keeps tripping the fuse',
    'my car engine has a tremor at idle, is it the spark plugs',
    'my sourdough starter is weak and not rising, what do i feed it',
    'best barbarian build for d3 this season',
    'which is comfier in a cramped studio, a sofa bed or a futon',
    'my second screen keeps flickering and twitching, is the graphics card going',
  ])('"%s" is no question for the bot', (text) => {
    expect(recognizer.recognize(text).intent).toBe('outOfScope');
  });

  it.each([
    ['how much potassium in a baked potato', 'foodNutrientAmount'],
    ['is magnesium glycinate better than citrate', 'supplements'],
    ['what does a banana give me', 'nutrientsInFood'],
    ['I get cramp in my hand when I play guitar', 'symptomCheck'],
    ['how much calcium in a tin of sardines on sourdough', 'foodNutrientAmount'],
    ['my calves cramp every night since I started sleeping on a futon', 'symptomCheck'],
  ])('"%s" still is', (text, intent) => {
    expect(recognizer.recognize(text).intent).not.toBe('outOfScope');
    expect(recognizer.recognize(text).intent).toBe(intent);
  });
});

describe('a denied list of symptoms', () => {
  it('denies every item, even after a word of one already denied', () => {
    expect(symptomsIn("No numbness, tingling or weakness at all, I'm just a vegan")).toEqual({
      'tingling-hands-feet': 'denied',
      weakness: 'denied',
    });
  });

  it('stops at a turn', () => {
    expect(symptomsIn('no numbness, tingling, but weakness').weakness).toBe('reported');
  });
});

describe('dev30 round: other B vitamins, bands, poisons and what goes with what', () => {
  it.each([
    ['is b6 good for nerve pain', 'b6'],
    ['how much b1 is in oats', 'b1'],
    ['does pyridoxine help morning sickness', 'pyridoxine'],
  ])('"%s" names %s as a nutrient the bot does not cover', (text, name) => {
    expect(recognizer.recognize(text).otherNutrients).toContain(name);
  });

  it('"b12" is still vitamin B12', () => {
    const rec = recognizer.recognize('how much b12 in eggs');
    expect(rec.nutrients).toEqual(['vitaminB12']);
    expect(rec.otherNutrients).toEqual([]);
  });

  it.each([
    'my mate has a band called Calcium Kid, any ideas for the band bio',
    'the B-52s did love shack, a proper banger',
    'that new track is such a banger',
    'how much cyanide is in apricot kernels compared to their potassium',
    'is arsenic in rice worse than its magnesium is good',
  ])('"%s" is no question for the bot', (text) => {
    expect(recognizer.recognize(text).intent).toBe('outOfScope');
  });

  it.each([
    ['do u need vit d w ur calcium', 'nutrientRole'],
    ['does magnesium need vitamin d', 'nutrientRole'],
    ['how much potassium in a banger', 'foodNutrientAmount'],
  ])('"%s" is %s', (text, intent) => {
    expect(recognizer.recognize(text).intent).toBe(intent);
  });
});

describe('tingly, said of the toes or fingers', () => {
  it.each(['my toes go tingly after long drives', 'just tingly toes after a long drive'])(
    '"%s" tells tingling',
    (text) => {
      expect(symptomsIn(text)['tingling-hands-feet']).toBe('reported');
    },
  );
});
