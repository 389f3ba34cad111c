/**
 * Answers that carry what a demanding person expects: a plain verdict on a food, who runs low with how to
 * find out, a list for each nutrient asked, a meal of several foods totalled, a breastfeeding need said
 * against other women's, a drink told as the cause answered as one.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { say, testBot, texts } from '../support/testBot';

async function ask(message: string): Promise<string> {
  const { adapter } = testBot('test');
  return texts(await say(adapter, message));
}

const kb = createKnowledgeBase();
const recognizer = new Recognizer(kb);

describe('a food and a nutrient: a verdict before the figure', () => {
  it('says yes, a good source, for 10% of the Daily Value or more', async () => {
    const reply = await ask('does dark chocolate actually have magnesium');
    expect(reply).toContain('Yes: a good source of magnesium.');
  });

  it('says essentially none, and where plant eaters get it, for B12 in spinach', async () => {
    const reply = await ask('is there any b12 in spinach?');
    expect(reply).toContain('No: there is essentially no vitamin B12 in spinach, raw.');
    expect(reply).toContain(kb.nutrient('vitaminB12').dietNotes.find((d) => d.diet === 'vegan')!.text);
  });

  it('gives a verdict on each nutrient asked of one food', async () => {
    const reply = await ask('r beans good for both potassium and magnesium?');
    expect(reply).toContain('Some: a modest source of potassium.');
    expect(reply).toContain('Yes: a good source of magnesium.');
  });

  it('says only a little for a poor source', async () => {
    expect(await ask('does coffee have magnesium?')).toContain('Only a little: ');
  });
});

describe('could I be low?', () => {
  it('names who runs low, the signs, a blood test and the foods', async () => {
    const reply = await ask('i work in an office all week and im always tired. could i be low in D');
    expect(reply).toContain('People who get little sunlight');
    expect(reply).toContain('Signs that may appear');
    expect(reply).toContain(kb.data.guidance.whenToSeeADoctor[1]!.text);
    expect(reply).toContain('Foods that supply it: salmon, egg yolks and fortified foods.');
  });

  it("gives an older man's own need with it", async () => {
    const reply = await ask('grandad is 85 in a care home and never goes outside. worried about his vitamin d');
    expect(reply).toContain('20 mcg (800 IU) of vitamin D a day');
  });
});

describe('more than one thing asked', () => {
  it('lists foods for each nutrient asked', async () => {
    const reply = await ask('vegan runner here. best magnesium and potassium foods for me?');
    expect(reply).toContain('Top vegan foods for magnesium');
    expect(reply).toContain('Top vegan foods for potassium');
  });

  it('totals three foods or more named without amounts', async () => {
    const reply = await ask('burrito bowl w/ black beans, brown rice, avocado and salsa. magnesium and potassium?');
    expect(reply).toContain('Your foods in total');
    expect(reply).toMatch(/avocado ·/);
  });

  it('says where more comes from when a day is well below the need', async () => {
    const reply = await ask(
      'typical day for me: coffee, croissant, ham sandwich, pasta for tea. am i short on magnesium?',
    );
    expect(reply).toContain('Foods that add magnesium: spinach, almonds');
  });

  it('reads palak as cooked spinach in a meal', async () => {
    expect(await ask('dal (1 cup), rice and palak sabzi for dinner, how much magnesium')).toContain('cooked spinach');
  });
});

describe('life stages and causes', () => {
  it('says a breastfeeding need is the same as other women of her age', async () => {
    const reply = await ask('breastfeeding, 28. do i need extra calcium now');
    expect(reply).toContain('That is the same as for other women of that age who are not breastfeeding');
  });

  it('answers "is it magnesium or the coffee?" with the causes, not the coffee\'s magnesium', async () => {
    const reply = await ask(
      'been having 5-6 coffees a day for deadlines and my eyelid wont stop twitching. is it a magnesium thing or just the coffee',
    );
    expect(reply).toContain('Caffeine and other stimulants');
    expect(reply).not.toContain('Magnesium in');
  });

  it('reads a hot day in degrees as heat and sweating', () => {
    expect(recognizer.recognize('was 38 degrees today, got cramps in my legs this arvo').lifestyleFactors).toContain(
      'endurance-sweating',
    );
    expect(recognizer.recognize('got cramps this arvo').foods).toEqual([]);
  });

  it('names the weather when it declines it', async () => {
    expect(await ask('whats the weather going to be like in london tomorrow')).toMatch(/weather/);
  });
});

describe('diets, products and foods set aside', () => {
  it('says what to watch on a diet when no nutrient is named', async () => {
    const reply = await ask('went vegan 6 months ago. out of the stuff you cover what do i need to watch');
    expect(reply).toContain('On a vegan diet: what to watch');
    expect(reply).toContain(kb.nutrient('vitaminB12').dietNotes.find((d) => d.diet === 'vegan')!.text);
    expect(reply).toContain(kb.nutrient('calcium').dietNotes.find((d) => d.diet === 'vegan')!.text);
  });

  it('says oat milk has calcium when fortified, and to check the label', async () => {
    const reply = await ask('does oat milk even have calcium');
    expect(reply).toMatch(/fortified/);
    expect(reply).toMatch(/check the label/);
  });

  it('leaves out a food said to be too pricey', async () => {
    const reply = await ask('cheap ways to get vitamin D from food in winter? salmon is pricey');
    expect(reply).toContain('Left out, as you asked: salmon.');
  });

  it('lists richer foods of other kinds beside a kind that is a modest source', async () => {
    expect(await ask('which fruits have magnesium?')).toContain('Richer sources of other kinds: ');
  });
});

describe('doses and limits', () => {
  it('checks a dose against its limit when foods are named beside it', async () => {
    const reply = await ask('i take magnesium oxide 500mg and eat tons of nuts, do the nuts count towards the limit?');
    expect(reply).toContain('350 mg a day from supplements and medicines');
    expect(reply).toContain('Food doesn’t count toward magnesium’s upper limit');
  });

  it('gives the recommended amount on the supplements card, never foods beside an overdose', async () => {
    expect(await ask('40 yo vegan, what b12 dose should I be taking')).toContain(
      'Vitamin B12, recommended a day from food and supplements together: ' +
        kb.nutrient('vitaminB12').recommendedIntake.text,
    );
    expect(await ask('took 30 of my magnesium pills cos the cramps were so bad')).not.toMatch(/pumpkin/i);
  });
});

describe('recognising how people say it', () => {
  it.each([
    ['uni exams, sleeping like 4-5 hrs and my eyelid twitches', 'poor-sleep'],
    ['got absolutely hammered at a wedding and my calves cramp', 'alcohol'],
  ])('"%s" names %s', (message, factor) => {
    expect(recognizer.recognize(message).lifestyleFactors).toContain(factor);
  });

  it('declines by name the side effect of another nutrient’s tablets', () => {
    const rec = recognizer.recognize('my iron tablets are making me constipated, what should i do');
    expect(rec.intent).toBe('outOfScope');
    expect(rec.otherNutrients).toContain('iron');
  });

  it('answers a worry about a child’s calcium with who runs low and the child’s need', async () => {
    const reply = await ask('toddler (2) refuses milk completely. should i worry about calcium');
    expect(reply).toContain('700 mg of calcium a day');
    expect(reply).toContain('People who avoid dairy');
  });
});

describe('little sunlight as a cause', () => {
  it('names it in everyday words and links it to vitamin D, foods and a blood test', async () => {
    expect(recognizer.recognize('i wear a niqab and barely go outside').lifestyleFactors).toContain('little-sunlight');
    const reply = await ask('i never go outside, could that make me tired and achy?');
    expect(reply).toContain('Little sunlight');
    expect(reply).toMatch(/vitamin D/);
    expect(reply).toMatch(/blood test/);
  });
});

describe('more everyday phrasings', () => {
  it('says who runs low on each of two nutrients asked', async () => {
    const reply = await ask('coeliac, strict gluten free. does that affect b12 or vitamin D?');
    expect(reply).toContain('Vitamin B12 and vitamin D: who is more likely to run low');
    expect(reply).toContain('Conditions that limit fat absorption');
  });

  it('takes "what should I be eating" with cramps as foods for them', () => {
    const rec = recognizer.recognize(
      'doing intermittent fasting, down 6kg, but getting night cramps. what should i be eating?',
    );
    expect(rec.intent).toBe('foodsForNutrient');
    expect(rec.notUnderstood).toEqual([]);
  });

  it('answers quitting coffee as a cause, with the withdrawal advice', async () => {
    const reply = await ask('quit coffee cold turkey 3 days ago. massive headache. should I take magnesium for it');
    expect(reply).toContain('Caffeine and other stimulants');
    expect(reply).toMatch(/withdrawal/);
  });
});

describe('notes for the diet named', () => {
  it('says where vitamin D comes from without fish', async () => {
    expect(await ask('foods with vitamin D that arent fish pls')).toContain(
      kb.nutrient('vitaminD').dietNotes.find((d) => d.diet === 'fish-free')!.text,
    );
  });

  it('adds the diet’s note to a supplement question', async () => {
    expect(await ask('pescatarian 10 yrs, do i need b12 supplements or is fish enough')).toContain(
      kb.nutrient('vitaminB12').dietNotes.find((d) => d.diet === 'pescatarian')!.text,
    );
    expect(await ask('40 yo vegan, what b12 dose should I be taking')).toContain(
      kb.nutrient('vitaminB12').dietNotes.find((d) => d.diet === 'vegan')!.text,
    );
  });
});
