import { describe, expect, it } from 'vitest';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { UTTERANCES } from './recognizerUtterances';

const kb = knowledgeBase();
const recognizer = new Recognizer(kb);

describe('recogniser utterance table', () => {
  it('has at least 150 varied utterances', () => {
    expect(UTTERANCES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(UTTERANCES.map((u) => u.text)).size).toBe(UTTERANCES.length);
  });

  it.each(UTTERANCES.map((u) => [u.text, u] as const))('"%s"', (_text, u) => {
    const rec = recognizer.recognize(u.text, { previousIntent: u.previous });
    expect(rec.intent).toBe(u.intent);
    if (u.nutrient) expect(rec.nutrients[0]).toBe(u.nutrient);
    if (u.food) {
      const food = rec.foods[0] ? kb.food(rec.foods[0]) : undefined;
      expect(food?.name.toLowerCase()).toContain(u.food.toLowerCase());
    }
    if (u.diet) expect(rec.diet).toBe(u.diet);
  });
});

describe('recogniser entities', () => {
  it('reports red flags in any message, most urgent first', () => {
    // Listed in the message least urgent first, so only sorting puts the emergency at the head.
    const warnings = kb.screenRedFlags('my pulse is all over the place, my weakness is getting worse and chest pain');
    expect(warnings.map((w) => w.level)).toEqual(['emergency', 'today', 'today']);
    expect(warnings[0]?.id).toBe('chest-pain');
    // Blood results are read after the signs: an emergency result still comes first.
    const withLab = kb.screenRedFlags('my pulse is all over the place and my potassium came back 2.3');
    expect(withLab.map((w) => `${w.id} ${w.level}`)).toEqual([
      'lab-potassium-low emergency',
      'irregular-heartbeat today',
    ]);
    expect(kb.screenRedFlags('what foods have potassium')).toEqual([]);
  });

  it('marks denied symptoms as negated', () => {
    const rec = recognizer.recognize('no, not numbness');
    expect(rec.symptoms.length).toBeGreaterThan(0);
    expect(rec.symptoms.every((s) => s.negated)).toBe(true);
  });

  it('matches only a bounded prefix of a very long message, quickly', () => {
    const long = 'what foods have potassium ' + 'blah '.repeat(2_000);
    const rec = recognizer.recognize(long);
    expect(rec.intent).toBe('foodsForNutrient');
    expect(rec.analysis.tokens.length).toBeLessThan(120);
  });

  it('gives a confidence between 0 and 1', () => {
    for (const u of UTTERANCES.slice(0, 30)) {
      const { confidence } = recognizer.recognize(u.text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('another subject is no question for us', () => {
  const recognizer = new Recognizer(knowledgeBase());
  it.each([
    'banana bread recipe pls',
    'how do I remove calcium deposits from my shower head',
    'is potassium sorbate in wine bad for you',
  ])('"%s" is out of scope', (text) => expect(recognizer.recognize(text).intent).toBe('outOfScope'));
  it.each([
    ['I ran for the bus and my calf cramped', 'symptomCheck'],
    ['plant based diet, what foods have b12', 'foodsForNutrient'],
    ['charley horse in my calf every night', 'symptomCheck'],
    ['my calf cramps in the shower', 'symptomCheck'],
  ])('"%s" stays %s', (text, intent) => expect(recognizer.recognize(text).intent).toBe(intent));

  // An animal or another subject in one sentence, the writer's own question in another.
  it.each([
    [
      "my cat had a fainting spell at the vet but she's totally fine now! anyway, how much potassium do I need?",
      'dailyNeeds',
    ],
    ['I made banana bread yesterday. how much potassium in a banana?', 'foodNutrientAmount'],
    // The story names the nutrient too; the sentence that asks is the question.
    [
      'Mad week on the farm, one of the cows went down with milk fever and the vet gave her calcium. Made me think, I am breastfeeding, how much calcium do I need?',
      'dailyNeeds',
    ],
    [
      'My cat has kidney disease and the vet put her on a potassium supplement. For me, is a potassium supplement safe?',
      'supplements',
    ],
    // A long story before a short question: the question's own words decide whether it is about something else.
    [
      "I'm in bits after my cousin's wedding, was dancing till 3 and me calves are wrecked today. Grand otherwise. Would a banana sort me out?",
      'nutrientsInFood',
    ],
    ['my grandad had lockjaw in the war, family legend. do sardines have calcium', 'foodNutrientAmount'],
    // A snack, a breakfast or staples asked for with a nutrient: foods for it.
    ["what's a good snack with magnesium to keep in the glovebox?", 'foodsForNutrient'],
    ["What's a decent brekkie with magnesium in it for recovery?", 'foodsForNutrient'],
    ['What cupboard staples are decent for magnesium?', 'foodsForNutrient'],
    ['breakfast was a banana and milk, how much potassium did i get', 'mealTotal'],
  ])('"%s" asks %s', (text, intent) => expect(recognizer.recognize(text).intent).toBe(intent));
  it.each([
    // A pronoun carries the animal into the question; one sentence about the animal.
    'my dog is lethargic. how much potassium does he need?',
    'my dog ate a banana. is that ok?',
    'how much calcium does my dog need',
  ])('"%s" stays out of scope', (text) => expect(recognizer.recognize(text).intent).toBe('outOfScope'));
});

describe('a nutrient word as the name of something else (dev29)', () => {
  it.each([
    // Cars, games, films, model kits, names for things, timetables, exercise volume.
    'My MG car keeps stalling on hills, what is wrong with it?',
    "I'm taking D3 in Battlefield, which map is best?",
    'is a potassium build any good in minecraft',
    'Calcium Kid is such a funny movie, have you seen it?',
    'Can you recommend a good B12 bomber model kit?',
    'Is Potassium a good name for a band?',
    'Would Magnesium be a cool name for my cat?',
    "What does B12 stand for in my gym's class schedule?",
    'I walked 12,000 steps today, is that enough exercise?',
    'is 8k steps a day good for a 60 year old',
  ])('"%s" is out of scope', (text) => expect(recognizer.recognize(text).intent).toBe('outOfScope'));

  it.each([
    ['Does Kate Middleton take vitamin supplements?', 'Kate Middleton'],
    ['what diet does Tom Brady follow for potassium', 'Tom Brady'],
    ['Is it true that Cristiano Ronaldo takes magnesium?', 'Cristiano Ronaldo'],
  ])('"%s" asks what a named person takes: out of scope', (text, name) => {
    const rec = recognizer.recognize(text);
    expect(rec.intent).toBe('outOfScope');
    expect(rec.offTopic).toBe(name);
  });

  it.each([
    ['Does Vitamin D help with cramps?', 'outOfScope'],
    ['Does Greek Yogurt have calcium?', 'outOfScope'],
    ['can I take magnesium before a long drive', 'outOfScope'],
    ['What does Public Health England recommend for vitamin D?', 'outOfScope'],
    ['What does My Doctor mean by low magnesium?', 'outOfScope'],
    ['does walking count as enough exercise for magnesium loss through sweat?', 'outOfScope'],
  ])('"%s" is still a question for us', (text, not) => expect(recognizer.recognize(text).intent).not.toBe(not));
});

describe('a question for us among other words', () => {
  const recognizer = new Recognizer(knowledgeBase());
  it.each([
    // A medicine of ours named with a nutrient, in slang and with another subject in brackets.
    ['is it ok 2 tke magnesium wiv my doxy (acne) tabs', 'medicine'],
    // Whether a supplement is worth taking, after a story.
    [
      'my legs are killing me after leg day at the gym, is magnesium actually worth taking for recovery?',
      'supplements',
    ],
    ['any point taking vitamin d in summer?', 'supplements'],
    // More of a food named: what it gives.
    ['My calves cramped on the way down though. Is it worth eating more bananas?', 'nutrientsInFood'],
    ['should I eat more bananas for potassium', 'foodsForNutrient'],
    // The apple of my eye is no apple.
    ["My daughter's the apple of my eye. She's 15 and vegetarian, is she getting enough B12?", 'foodsForNutrient'],
    // Which nutrient a doctor would check: the nutrient is asked.
    [
      "Hypothetically, if someone's hands cramped into a claw shape, which mineral would a doctor check first?",
      'deficiencySigns',
    ],
    // Baking is another subject.
    ['Which is better for banana bread, ripe or really overripe bananas?', 'outOfScope'],
  ])('"%s" asks about %s', (text, intent) => expect(recognizer.recognize(text).intent).toBe(intent));
});

describe('figures of speech name no food', () => {
  const recognizer = new Recognizer(knowledgeBase());
  it.each([
    "My daughter's the apple of my eye, is she getting enough B12?",
    'my boss will go bananas if I am late, how much magnesium do I need?',
    'take it with a pinch of salt, but is potassium good for cramps?',
  ])('"%s" names no food', (text) => expect(recognizer.recognize(text).foods).toEqual([]));
});

describe('a holiday or a team sport named with a food or a cause is another subject', () => {
  it.each([
    ['turkey or greece for a summer holiday?'],
    ['my cricket team keeps collapsing in the middle order, batting tips'],
  ])('"%s" is declined', (text) => {
    expect(recognizer.recognize(text).intent).toBe('outOfScope');
  });

  it('while a food question with the same food, or cramps while batting, is answered', () => {
    expect(recognizer.recognize('turkey or chicken for b12?').intent).toBe('compareFoods');
    expect(recognizer.recognize('my calves cramp when batting, tips?').intent).not.toBe('outOfScope');
  });
});

describe('dev14 wordings of everyday questions', () => {
  it.each([
    ['egg allergy in our house, whats good for vitamin d', 'foodsForNutrient'],
    ['i dont like leafy greens at all, where else can i get magnesium', 'foodsForNutrient'],
    ['how many grams of pumpkin seeds for 100mg of magnesium', 'howMany'],
    ['just did a 14 hr flight to london and my calves cramped after, was that from sitting so long?', 'lifestyle'],
    ['smoker, my calves cramp up when i walk uphill. is that the smoking?', 'lifestyle'],
    ['can u help me write a sick note for work lol', 'outOfScope'],
  ])('"%s" is %s', (text, intent) => {
    expect(recognizer.recognize(text).intent).toBe(intent);
  });

  it.each([
    // Near misses: what the nutrient is good for, grams of a nutrient in a food, a story without a question.
    ['whats vitamin d good for', 'nutrientRole'],
    ['how many grams of magnesium in pumpkin seeds', 'foodNutrientAmount'],
  ])('"%s" stays %s', (text, intent) => {
    expect(recognizer.recognize(text).intent).toBe(intent);
  });

  it('reads a long flight, and a tablespoon said alone, as what they are', () => {
    expect(recognizer.recognize('my calves cramped after a 9 hour flight').lifestyleFactors).toContain('inactivity');
    const rec = recognizer.recognize('tablespoon of cod liver oil and a boiled egg, how much vitamin d is that');
    expect(rec.portions.find((p) => p.food === 'cod-liver-oil')?.quantity?.unit?.id).toBe('tbsp');
  });

  it('counts a food named twice where its amount is', () => {
    const rec = recognizer.recognize('tofu stir fry with half a cup of calcium-set tofu and a cup of cooked bok choy');
    expect(rec.notUnderstood).toEqual([]);
    expect(rec.portions.find((p) => p.food === 'tofu-regular-calcium')?.quantity?.value).toBe(0.5);
  });
});
