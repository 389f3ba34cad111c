/**
 * Lifestyle questions in everyday words (dev11): help or a check asked for with a symptom and its cause, a
 * sport told by its format, "mg" asked for at the end, two foods compared by "or", a medicine told by its kind.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { lastReply } from '../support/testBot';

const kb = createKnowledgeBase();
const recognizer = new Recognizer(kb);
const intent = (text: string) => recognizer.recognize(text).intent;

describe('help or a check asked for, with a symptom and its cause', () => {
  it.each([
    'play 5-a-side twice a week and get cramp in my calves every time. what should i have before the game',
    'ppl keep telling me to take magnesium for stress twitches, legit or nah',
    'get cramp every match playing football. what should i be drinking',
  ])('"%s" is a lifestyle question', (text) => {
    expect(intent(text)).toBe('lifestyle');
  });

  it('gives what helps (stretching) and what standing does when tips are asked for cramps after long shifts', async () => {
    const text = 'nurse here, 12h shifts on my feet, my calves cramp at night after every long day. tips??';
    expect(intent(text)).toBe('selfCare');
    const reply = await lastReply(text);
    expect(reply).toContain('What helps with muscle cramps');
    expect(reply).toMatch(/stretch/i);
    expect(reply).toContain('You mentioned sitting or standing for long periods');
  });

  it('titles a lifestyle answer about cramps by the cramps', async () => {
    const reply = await lastReply('5-a-side twice a week, cramp in my calves every game. what should i drink?');
    expect(reply).toContain('Intense exercise and muscle cramps');
  });

  it('answers the magnesium-for-stress question with both', async () => {
    const reply = await lastReply('ppl keep telling me to take magnesium for stress twitches, legit or nah');
    expect(reply).toMatch(/magnesium/i);
    expect(reply).toMatch(/stress/i);
  });

  it('still starts the check for a symptom with a cause and no question', () => {
    expect(intent('on my feet all day and my calves cramp at night')).not.toBe('lifestyle');
  });

  it('reads no sport in "the second half of my life"', () => {
    expect(recognizer.recognize('the second half of my life').lifestyleFactors).toEqual([]);
  });
});

describe('"mg" asked for as a nutrient, and two foods compared by "or"', () => {
  it('reads "for mg" at the end and "mg needs" as magnesium, never "ca" after "for"', () => {
    expect(recognizer.recognize('pumpkin seeds vs chia seeds for mg').nutrients).toEqual(['magnesium']);
    expect(recognizer.recognize('mg needs for a 16 yo girl').nutrients).toEqual(['magnesium']);
    expect(recognizer.recognize('cheap flights for ca').nutrients).toEqual([]);
  });

  it('gives a 16-year-old girl’s magnesium (360 mg)', async () => {
    expect(await lastReply('mg needs for a 16 yo girl')).toContain('360 mg');
  });

  it('compares tofu and cheese when asked "tofu or cheese for calcium"', () => {
    const r = recognizer.recognize('tofu or cheese for calcium');
    expect(r.intent).toBe('compareFoods');
    expect(r.foods).toEqual(['tofu-regular-calcium', 'cheddar']);
    expect(recognizer.recognize('which cheese for calcium').foodGroup).toBe('cheese');
  });
});

describe('vague amounts', () => {
  it('reads "a load of supplements" as no amount of anything', () => {
    expect(
      recognizer.recognize("don't really want to buy a load of supplements, do I need potassium or just more water?")
        .notUnderstood,
    ).toEqual([]);
  });
});

describe('causes asked about mid-sentence, and races by distance', () => {
  it.each([
    'I vape a lot, could that be why my muscles twitch',
    'i drink 6 coffees a day and my eyelid twitches, is it the coffee',
  ])('"%s" asks about the cause', (text) => {
    expect(intent(text)).toBe('lifestyle');
  });

  it('reads a 10k as exercise, but not "10k a month"', () => {
    expect(recognizer.recognize('ran a 10k yesterday and my calves cramped').lifestyleFactors).toContain(
      'intense-exercise',
    );
    expect(recognizer.recognize('i earn 10k a month').lifestyleFactors).toEqual([]);
  });

  it('answers electrolytes for a 10k from what exercise does, not as a nutrient it does not cover', async () => {
    const reply = await lastReply('do I need electrolytes for a 10k');
    expect(reply).toContain('Intense exercise');
    expect(reply).toMatch(/water/i);
  });
});

describe('drinking told plainly is not a sign', () => {
  it('reads no coordination problem in "my legs cramp after a few pints"', () => {
    const ids = recognizer.recognize('my legs cramp after a few pints, why').symptoms.map((s) => s.id);
    expect(ids).toEqual(['cramps']);
  });

  it('still reads "walking like I’ve had a few pints" as poor coordination', () => {
    const ids = recognizer.recognize('walking like ive had a few pints but i havent').symptoms.map((s) => s.id);
    expect(ids).toContain('poor-coordination');
  });
});

describe('comparisons', () => {
  it('reads "mg" right after the foods compared as magnesium', () => {
    expect(recognizer.recognize('almonds v cashews mg').nutrients).toEqual(['magnesium']);
  });
});

describe('everyday questions and statements (dev10)', () => {
  it('reads "cheapest ways to get potassium in" as a foods question', async () => {
    expect(recognizer.recognize('skint student, cheapest ways to get potassium in?').intent).toBe('foodsForNutrient');
    expect(recognizer.recognize('how to get rid of cramps in my leg').intent).not.toBe('foodsForNutrient');
  });

  it('reads a fluttering calf as twitching, and names the caffeine and the lost sleep', async () => {
    const reply = await lastReply('pulled an all nighter with 3 red bulls and now my whole calf is fluttering');
    expect(reply).toMatch(/muscle twitching/i);
    expect(reply).toMatch(/caffeine/i);
    expect(reply).toMatch(/sleep/i);
  });

  it('answers "what should I be drinking" for cramps with fluids', async () => {
    const reply = await lastReply('get cramp every second half of football. what should i be drinking');
    expect(reply).toMatch(/water/i);
  });
});

describe('what helps, asked with a supplement the bot does not cover in passing', () => {
  it('answers "any tips for cramps, i take protein shakes" with what helps, not a decline about protein', async () => {
    const reply = await lastReply('any tips for cramps, i take protein shakes');
    expect(reply).toContain('What helps with muscle cramps');
    expect(await lastReply('does creatine cause cramps?')).toMatch(/don’t have information about creatine/);
  });

  it('still declines when that supplement is told as the cause', async () => {
    for (const q of [
      'my iron tablets are making me constipated, what should i do',
      'what helps with cramps from creatine',
    ])
      expect(await lastReply(q)).toMatch(/don’t have information about (iron|creatine)/);
  });
});

describe('tips asked for a nutrient, not for a symptom', () => {
  it('answers "tips for staying topped up on potassium" about potassium, without a clarifying question', async () => {
    const reply = await lastReply(
      "Our band is called The Palpitations and we're touring in July. Tips for staying topped up on potassium and salt when you sweat buckets on stage?",
    );
    expect(reply).toMatch(/potassium/i);
    expect(reply).not.toMatch(/did you mean one of these/i);
  });
});
