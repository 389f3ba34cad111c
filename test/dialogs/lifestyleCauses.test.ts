/**
 * Lifestyle causes people ask about that the earlier sets did not (dev12): screens and eye strain, pressure on
 * a nerve from how one sits, periods, sugar, salt, fasting and strict diets; "sleep" that only tells when a
 * cramp comes; "the best thing to do"; meal ideas for a nutrient; night cramps and the medicines taken.
 */
import { describe, expect, it } from 'vitest';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { lastReply } from '../support/testBot';

// The knowledge base the other tests share, built once per process.
const kb = knowledgeBase();
const recognizer = new Recognizer(kb);

describe('causes the bot knows by their everyday names', () => {
  it.each([
    ['my eyelid flickers after long days staring at a screen', 'screen-eye-strain'],
    ['eye strain from work and now my eye twitches', 'screen-eye-strain'],
    ['my leg goes to sleep when i sit cross legged on the floor', 'nerve-pressure'],
    ['woke up with a dead arm after sleeping on my arm', 'nerve-pressure'],
    ['bad period pains and my legs ache', 'period'],
    ['i get twitchy around the time of the month', 'period'],
    ['i have a sweet tooth and my eye twitches', 'sugar'],
    ['i eat too much salt and get cramps', 'salt'],
    ['doing intermittent fasting, cramps in the evening', 'fasting'],
    ['on a crash diet and twitching a lot', 'low-calorie-diet'],
    ['does whisky make your legs cramp', 'alcohol'],
    ['my eye has twitched ever since the bereavement', 'stress'],
    ['why does my eyelid twitch when i am tired', 'poor-sleep'],
    ['i play squash and my calves cramp', 'intense-exercise'],
    ['i never drink water and my legs cramp', 'dehydration'],
    ['on 12 hour shifts and my eye twitches, could it be the tiredness', 'poor-sleep'],
    ['my feet cramp after swimming', 'intense-exercise'],
    ['pins and needles after kneeling to garden', 'nerve-pressure'],
    ['why do i cramp more in summer', 'endurance-sweating'],
  ])('"%s" names %s', (message, factor) => {
    expect(recognizer.recognize(message).lifestyleFactors).toContain(factor);
  });

  it.each(['my calf cramps in my sleep', 'twitches during sleep', 'my foot cramps mid-sleep'])(
    '"%s" tells when, not that sleep is poor',
    (message) => {
      expect(recognizer.recognize(message).lifestyleFactors).not.toContain('poor-sleep');
    },
  );

  it('reads no alcohol in "drinking" a drink without it', () => {
    expect(recognizer.recognize('cramps after drinking lots of coffee').lifestyleFactors).not.toContain('alcohol');
    expect(recognizer.recognize('my legs cramp after drinking, why').lifestyleFactors).toContain('alcohol');
  });

  it('still reads poor sleep when it is told', () => {
    expect(recognizer.recognize('cramps in my sleep and i get no sleep at all').lifestyleFactors).toContain(
      'poor-sleep',
    );
  });
});

describe('answers that name the cause asked about and what helps', () => {
  it('gives screen breaks for an eyelid twitch after screen work', async () => {
    const reply = await lastReply('my eyelid twitches after long days on the computer, what can I do');
    expect(reply).toMatch(/screen/i);
    expect(reply).toMatch(/20 minutes/);
  });

  it('tells period cramps apart from a leg cramp, with heat to help', async () => {
    const reply = await lastReply('are my cramps from my period or something else?');
    expect(reply).toMatch(/womb/);
    expect(reply).toMatch(/heat/i);
  });

  it('says salt is no usual cause of cramps, and what to keep it under', async () => {
    const reply = await lastReply('could too much salt be behind my leg cramps?');
    expect(reply).toMatch(/not a usual cause/);
    expect(reply).toMatch(/2,300 mg/);
    expect(reply).not.toMatch(/Sorry, I don’t have information/);
  });

  it('says sugar is no usual cause of twitching, and points to the caffeine in sweet drinks', async () => {
    const reply = await lastReply('is my twitching from all the sugary drinks i have?');
    expect(reply).toMatch(/not among the usual causes/);
    expect(reply).toMatch(/caffeine/);
  });

  it('answers fasting with fluids and mineral-rich foods', async () => {
    const reply = await lastReply("i've been doing intermittent fasting and my calves cramp, why?");
    expect(reply).toContain('Fasting and muscle cramps');
    expect(reply).toMatch(/Drink water/);
  });

  it('titles pins and needles from pressure by the tingling told, not by twitching', async () => {
    const reply = await lastReply('my hand tingles after i slept on my arm, normal?');
    expect(reply).toContain('Pressure on a nerve from how you sit or lie and tingling or numbness');
    expect(reply).toMatch(/Change position/);
  });

  it('still declines sugar and salt asked about on their own', async () => {
    expect(await lastReply('is sugar bad for you')).toMatch(/isn’t one of the nutrients I cover/);
    expect(await lastReply('how much salt should I eat a day')).toMatch(/isn’t one of the nutrients I cover/);
  });
});

describe('what helps, asked in other words', () => {
  it('reads "my thigh jumps" as twitching', () => {
    expect(recognizer.recognize('my thigh jumps after a few beers').symptoms.map((s) => s.id)).toContain('twitching');
  });

  it.each([
    ['what lifestyle changes help muscle twitching', 'What helps with muscle twitching'],
    ['does swimming help cramps', 'What helps with muscle cramps'],
    // About fluids: what dehydration does and what helps.
    ['will drinking more water help my twitching', 'Drink plenty of water'],
  ])('"%s" is answered with what helps', async (message, expected) => {
    expect(await lastReply(message)).toContain(expected);
  });
});

describe('a drink told as the cause', () => {
  it('answers "too much coffee, what helps" about caffeine, not about supplement doses', async () => {
    const reply = await lastReply('eye twitching from too much coffee, what helps');
    expect(reply).toMatch(/Cut down on caffeine/);
    expect(reply).not.toContain('About supplements');
  });

  it('answers "twitch after energy drinks, what do I do" instead of asking what is noticed', async () => {
    const reply = await lastReply('my legs twitch after i drink energy drinks, what do i do');
    expect(reply).toMatch(/caffeine/i);
    expect(reply).not.toContain('What are you noticing');
  });
});

describe('a cause the sources do not list', () => {
  it.each(['does cold weather give you cramps?', 'can wearing high heels cause calf cramps'])(
    '"%s" is told so, with the usual causes and what helps',
    async (message) => {
      const reply = await lastReply(message);
      expect(reply).toMatch(/My sources don’t list that as a cause/);
      expect(reply).toMatch(/caffeine/);
      expect(reply).toContain('What helps with muscle cramps');
    },
  );

  it('does not read a symptom asked about as a cause of another ("do cramps make you tired")', () => {
    expect(recognizer.recognize('do cramps make you tired').intent).not.toBe('selfCare');
  });
});

describe('what to do, meal ideas and night cramps', () => {
  it('reads "the best thing to do" for a cramp as what helps', async () => {
    const reply = await lastReply('what is the best thing to do when my foot cramps at night');
    expect(reply).toContain('What helps with muscle cramps');
    expect(reply).toMatch(/stretch/);
  });

  it.each([
    ['snack ideas for magnesium', 'Magnesium: best food sources'],
    ['lunch with calcium?', 'Calcium: best food sources'],
    ["what's rich in vitamin D", 'Vitamin D: best food sources'],
  ])('"%s" asks for foods', async (message, title) => {
    expect(await lastReply(message)).toContain(title);
  });

  it('asks for a look at the medicines taken when cramps wake someone at night', async () => {
    const reply = await lastReply('my mum is 81 and her calves cramp every night');
    expect(reply).toMatch(/medicines you take/);
  });
});
