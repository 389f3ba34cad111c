/**
 * Everyday phrasings of issue 10's kinds: lifestyle causes named in passing, meals said against a need,
 * amounts after a dish, a dose with the foods eaten, the next age band, declines by name.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { lastReply } from '../support/testBot';

const ask = lastReply;

const kb = createKnowledgeBase();
const recognizer = new Recognizer(kb);

describe('lifestyle causes said in everyday words', () => {
  it.each([
    ['my bf jerks really hard right as hes falling asleep', 'sleep-starts'],
    ['cut out carbs completely last week (keto) and now leg cramps', 'low-carb-start'],
    ['i drink like 3 litres of water a day and still cramp', 'much-water'],
    ['pins and needles in my hands when i breathe really fast', 'over-breathing'],
    ['long haul flights, jet lagged and my eye keeps twitching', 'poor-sleep'],
    ['started lifting 2 weeks ago, my biceps twitch', 'overuse'],
  ])('"%s" names %s', (message, factor) => {
    expect(recognizer.recognize(message).lifestyleFactors).toContain(factor);
  });

  it('says a sleep start is common and harmless, not a deficiency', async () => {
    const reply = await ask('my bf jerks really hard right as hes falling asleep, is that a deficiency??');
    expect(reply).toMatch(/common and harmless/);
    expect(reply).not.toMatch(/definitely/i);
  });

  it('answers "should I be worried?" with the causes named first', async () => {
    const reply = await ask('calf twitches when im resting. i drink loads of coffee. should i be worried');
    expect(reply).toContain('Caffeine and other stimulants:');
    expect(reply).toContain('See a doctor');
  });

  it('says drinking after a night out dehydrates, first', async () => {
    const reply = await ask('massive night out, loads of pints, sunday my legs were cramping like mad');
    expect(reply).toMatch(/dehydrated/);
  });

  it('answers a symptom asked about in general with what may cause it, not an empty check', async () => {
    for (const question of [
      'what can cause muscle twitching',
      'why do muscles twitch',
      'what causes tingling in hands',
    ]) {
      const reply = await ask(question);
      expect(reply, question).toMatch(/twitching|tingling/i);
      expect(reply, question).toMatch(/linked to low levels of|Lifestyle factors|What helps/);
      expect(reply, question).not.toContain('What are you noticing');
    }
    // Told as the person's own, the check starts with it.
    expect(await ask('what could be causing my eyelid twitching?')).toContain('So far I have: muscle twitching');
    expect(await ask('check my symptoms')).toContain('What are you noticing');
    // Told, not asked: a symptom of the person's own that has passed still starts the check.
    expect(await ask('the eyelid twitch only lasted two days and went away')).not.toContain('can be linked to');
  });

  it('answers whether water helps and whether the heat is to blame, instead of starting a symptom check', async () => {
    const water = await ask('does drinking more water stop cramps');
    expect(water).toContain('Dehydration and muscle cramps');
    expect(water).not.toContain('What are you noticing');
    const heat = await ask('is the heat making my legs cramp');
    expect(heat).toContain('Heavy sweating');
    expect(heat).not.toContain('So far I have');
  });
});

describe('meals and amounts', () => {
  it('says a meal total against what adults are recommended', async () => {
    const reply = await ask(
      '2 eggs, 2 slices of white bread and a cup of white mushrooms. how much vitamin d did i get',
    );
    expect(reply).toMatch(/That is well below the 15 mcg \(600 IU\) a day recommended for adults/);
  });

  it('takes a measure said after a dish, and "a whole can"', async () => {
    const reply = await ask('lunch was a tuna sandwich (a whole can) and a glass of milk, how much b12');
    expect(reply).toContain('1 can (165 g)');
  });

  it('leaves out a mix named before a colon, and keeps "fat free" as part of the food', async () => {
    const mix = await ask('trail mix: 1oz almonds, 1oz cashews and 1.5oz raisins. magnesium total?');
    expect(mix).not.toContain('trail mix ·');
    const yogurt = await ask('calcium in 200g of fat free greek yogurt');
    expect(yogurt).toContain('200 g of plain greek yogurt'); // SR28 01256: 110 mg per 100 g
    expect(yogurt).toContain('220 mg');
    expect(yogurt).not.toContain('figures for fat');
  });

  it('counts a dish made with foods in amounts as those foods', async () => {
    const reply = await ask('for breakfast i had porridge made with 50g oats and 200ml milk, magnesium total?');
    expect(reply).toContain('rolled oats (dry) · 50 g');
    expect(reply).not.toContain('oatmeal ·');
  });

  it('reads dry oats by weight and a pint both ways', async () => {
    expect(await ask('potassium in 40g oats')).toContain('145 mg'); // SR28 08120: 362 mg per 100 g
    const pint = await ask('a pint of semi skimmed milk, how much calcium is that');
    expect(pint).toContain('US pint');
    expect(pint).toMatch(/If you mean a UK pint \(568 ml\): about 70\d mg/);
  });

  it('counts a food to a day’s need, with the weight', async () => {
    const reply = await ask('how much salmon would i need for a days vitamin d');
    expect(reply).toMatch(/By weight that is about \d+ g of atlantic salmon \(13\.1 mcg/);
  });

  it('compares by the measure asked for', async () => {
    const reply = await ask('lentils or chickpeas for potassium, per cup cooked');
    expect(reply).toContain('1 cup (164 g) of cooked chickpeas: 477 mg');
    expect(reply).toContain('Cooked lentils has more');
  });
});

describe('doses, needs and medicines', () => {
  it('adds a food eaten in an amount to a dose, when the limit counts food', async () => {
    const reply = await ask('4000 iu vitamin d capsule plus a tablespoon of cod liver oil each morning');
    expect(reply).toContain('the total is 134 mcg (5,360 IU) a day');
    expect(reply).toContain('1.34 times the upper limit');
  });

  it('doubles a dose taken twice a day, and adds the milk drunk', async () => {
    const reply = await ask('calcium 600mg twice a day + i drink about 2 glasses of milk. 55 yo woman');
    expect(reply).toContain('600 mg twice a day is 1,200 mg of calcium a day');
    expect(reply).toContain('close to, but below, the upper limit for adults of 2,000 mg');
  });

  it('counts the tablets taken at a time', async () => {
    expect(await ask('i take 2 calcium tablets of 500mg each a day')).toContain(
      '2 × 500 mg is 1,000 mg of calcium a day',
    );
    expect(await ask('two 500mg magnesium capsules twice a day')).toContain(
      '2 × 500 mg twice a day is 2,000 mg of magnesium a day',
    );
    expect(await ask('i take 1000 IU vitamin d')).toContain('1,000 IU is 25 mcg (1,000 IU).');
  });

  it('explains a supplement form named with a dose', async () => {
    const reply = await ask('i chew 3 calcium carbonate antacids a day (each 1000mg) and take a 500mg calcium tablet');
    expect(reply).toContain('40% calcium by weight');
    expect(reply).toContain('“elemental” amount');
  });

  it('gives the next age band when the person is in the last year of theirs', async () => {
    const reply = await ask('does a 30 year old woman need more magnesium than a 29 year old');
    expect(reply).toContain('310 mg of magnesium a day');
    expect(reply).toContain('From age 31 it is 320 mg.');
  });

  it('says where a vegan gets B12 beside the figure', async () => {
    expect(await ask('my 12 yr old daughter went vegan, how much b12 does she need')).toMatch(/fortified/);
  });

  it('answers a food question with a medicine from the medicine, then the food', async () => {
    const reply = await ask('on furosemide and getting cramps in my legs, should i eat more bananas');
    expect(reply).toContain('Loop diuretics (water pills) can lower potassium');
    expect(reply).toContain('422 mg');
  });
});

describe('a medicine with a food', () => {
  it('gives the food’s figures for what the medicine lowers', async () => {
    const reply = await ask('i take omeprazole, should i eat more almonds');
    expect(reply).toContain('can lower magnesium');
    expect(reply).toContain('Magnesium · 79 mg');
  });
});

describe('declines by name', () => {
  it('names a diet for a condition, a writing task and a season’s sport', async () => {
    expect(await ask('best diet for type 2 diabetes?')).toContain('“diabetes”');
    expect(await ask('can u write me a cover letter for a barista job')).toContain('“cover letter”');
    expect(await ask('who won the premier league last season')).toContain('“won premier league”');
  });
});

describe('a comparison with the daily need asked as well', () => {
  it('gives the comparison, then the need for the person told', async () => {
    const reply = await ask(
      "Which has more magnesium, almonds or pumpkin seeds? And how much do I need - I'm a 40 year old woman",
    );
    expect(reply).toContain('156 mg against 79 mg');
    expect(reply).toContain('320 mg of magnesium a day');
  });

  it('gives the comparison alone when no need is asked', async () => {
    const reply = await ask("Which has more magnesium, almonds or pumpkin seeds? I'm a 40 year old woman");
    expect(reply).toContain('156 mg against 79 mg');
    expect(reply).not.toContain('how much a day');
  });
});

describe('two children of different ages in one question', () => {
  it("gives each child's figure", async () => {
    const reply = await ask('How much vitamin D does my 10 month old need, and my 4 year old?');
    expect(reply).toContain('Recommended for your child (aged 4): 15 mcg');
    expect(reply).toContain('Recommended for your child (10 months old): 10 mcg');
  });

  it('gives one figure when only one person is asked about', async () => {
    const reply = await ask('How much vitamin D does my 4 year old need, and is the sun enough?');
    expect(reply).toContain('Recommended for your child (aged 4): 15 mcg');
    expect(reply.match(/Recommended for/g)).toHaveLength(1);
  });
});

describe('dev14 everyday questions', () => {
  it('keeps to a diet said in an earlier message when listing foods', async () => {
    const reply = await ask('hiya, im vegetarian btw – no fish either', 'ok so what can i eat for vit d then');
    expect(reply).toMatch(/vegetarian and fish-free/);
    expect(reply).not.toMatch(/trout|salmon/i);
    // Near miss: a diet said in the same message still wins, and none said lists fish.
    expect(await ask('what can i eat for vit d')).toMatch(/trout/i);
  });

  it('totals a stir fry without fries, with the tofu counted where its amount is', async () => {
    const reply = await ask(
      'tofu stir fry with half a cup of calcium-set tofu and a cup of cooked bok choy – how much calcium',
    );
    expect(reply).toContain('592 mg');
    expect(reply).not.toMatch(/fries|not sure what you mean/);
  });

  it('reads "tablespoon of" alone as one tablespoon in a meal', async () => {
    expect(await ask('tablespoon of cod liver oil and a boiled egg, how much vitamin d is that')).toContain('35.1 mcg');
  });

  it('counts servings of the size asked, and grams for a dose', async () => {
    expect(await ask('how many 3oz servings of sardines to get 1000mg calcium?')).toContain('about 3.1 servings');
    const grams = await ask('how many grams of pumpkin seeds for 100mg of magnesium');
    expect(grams).toContain('about 18 g');
    expect(grams).not.toContain('a lot of one food');
  });

  it('answers a medicine named with weight loss, and an upper limit by age with supplements', async () => {
    expect(await ask('taking orlistat (alli) to lose weight, does it mess with any vitamins?')).toContain(
      'can lower vitamin D',
    );
    expect(await ask('help me plan a diet to lose 10 kilos')).toContain('weight loss');
    expect(await ask('max calcium per day for a 60 yo woman including supplements?')).toContain(
      '2,000 mg a day at 51+ years',
    );
    // Near miss: with nobody's age, the general caution stays.
    expect(await ask('max calcium per day including supplements?')).toContain('I can’t recommend a supplement');
  });

  it('gives the adult upper limit with supplement forms when asked how much, never for a child', async () => {
    expect(await ask('magnesium glycinate or citrate, and how much should a grown man take?')).toContain(
      '350 mg a day',
    );
    expect(await ask('magnesium glycinate or citrate?')).not.toContain('350 mg');
    expect(await ask('magnesium glycinate or citrate, how much can i give my 8 year old?')).not.toContain('350 mg');
  });

  it('calls a baby a girl, not a woman', async () => {
    const reply = await ask('my baby is 4 months and breastfed, does she need vitamin d?');
    expect(reply).not.toContain('a woman');
  });

  it('declines a sick note, and answers a smoker’s walking cramps with a doctor', async () => {
    expect(await ask('can u help me write a sick note for work lol')).toContain('“sick note”');
    const smoker = await ask(
      'smoker, 20 a day, my calves cramp up when i walk uphill and go away when i stop. is that the smoking?',
    );
    expect(smoker).toMatch(/poor circulation/);
    const flight = await ask(
      'just did a 14 hr flight to london and my calves cramped after, was that from sitting so long?',
    );
    expect(flight).toMatch(/swollen, warm, red or painful calf/);
    expect(flight).not.toMatch(/see a doctor today/i);
  });
});
