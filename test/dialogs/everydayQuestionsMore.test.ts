/**
 * More everyday phrasings of issue 10's kinds: new training and hangovers as causes, the lifestyle list, an
 * amount asked at the end of a message, vitamin D in IU for a food, two kinds of food at once, a nursing
 * mother's own need, foods and supplements for a child, a symptom to prevent, a diet told with symptoms.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { readPeople } from '../../knowledge/understanding/context';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { lastReply } from '../support/testBot';

const ask = lastReply;

const kb = createKnowledgeBase();
const recognizer = new Recognizer(kb);

describe('lifestyle causes', () => {
  it.each([
    ['week 2 of couch to 5k and my calves cramp every night', 'overuse'],
    ['started a 5k plan, first time in years, and my feet cramp', 'overuse'],
    ['took up hockey after years of doing nothing, calves twitch', 'overuse'],
    ['my triceps twitch for an hour after i train', 'intense-exercise'],
  ])('"%s" names %s', (message, factor) => {
    expect(recognizer.recognize(message).lifestyleFactors).toContain(factor);
  });

  it('lists the lifestyle causes when asked for them all', async () => {
    const reply = await ask('which lifestyle things can make muscles cramp? list them');
    expect(reply).toContain('Lifestyle factors and muscle cramps');
    for (const name of ['Caffeine and other stimulants', 'Stress', 'Poor sleep', 'Alcohol'])
      expect(reply).toContain(name);
  });

  it('says what helps and what each cause told does, in the order told', async () => {
    const reply = await ask('really hungover and then i played football, now both calves are cramping. what do i do?');
    expect(reply).toContain('What helps with muscle cramps');
    const alcohol = reply.indexOf('You mentioned alcohol');
    expect(alcohol).toBeGreaterThan(0);
    expect(reply.indexOf('You mentioned intense exercise')).toBeGreaterThan(alcohol);
  });

  it('answers how to prevent a symptom named after "so I don’t get"', async () => {
    const rec = recognizer.recognize('long flight tomorrow, what should I do so I dont get cramps?');
    expect(rec.symptoms).toEqual([expect.objectContaining({ id: 'cramps', negated: false })]);
    const reply = await ask('fasting for Yom Kippur next week, how do I get ready so I don’t get cramps?');
    expect(reply).toContain('What helps with muscle cramps');
    expect(reply).not.toMatch(/kipper/i);
  });

  it('does not take "a day" alone as a supplement question', async () => {
    const reply = await ask('I walk 25k steps a day delivering post and my calves are knotted by the evening');
    expect(reply).not.toContain('About supplements');
    expect(reply).toContain('So far I have: muscle cramps');
  });
});

describe('foods and amounts', () => {
  it('answers "is that a source" about the food named', async () => {
    const reply = await ask('tinned salmon with the bones, is that a calcium source at all?');
    expect(reply).toContain('3 oz (85 g) of salmon, pink, canned with bones has about 181 mg of calcium');
  });

  it('reads "a source of" as no amount', async () => {
    const rec = recognizer.recognize('are eggs a source of vitamin d?');
    expect(rec.notUnderstood).toEqual([]);
    expect(rec.portions).toEqual([{ food: 'egg' }]);
    expect(await ask('are eggs a source of vitamin d?')).not.toContain('not sure what you mean');
  });

  it('uses the amount asked at the end for the one food named', async () => {
    const reply = await ask('my gran swears by a spoon of cod liver oil daily, how much vitamin d in one tablespoon?');
    expect(reply).toContain('1 tbsp (14 g) of cod liver oil has about 34 mcg (1,360 IU) of vitamin D');
    expect(reply).not.toContain('not sure what you mean');
  });

  it('gives vitamin D in IU beside micrograms for a food and in a comparison', async () => {
    expect(await ask('does milk have vitamin D?')).toContain('2.9 mcg (115 IU) of vitamin D');
    expect(await ask('salmon or sardines for vitamin d?')).toMatch(/11\.1 mcg \(445 IU\), 55% DV/);
  });

  it('says the fact sheet figure beside the food table’s', async () => {
    expect(await ask('peanuts or almonds for magnesium?')).toContain(
      '63 mg of magnesium for 1/4 cup of oil-roasted peanuts',
    );
    expect(await ask('b12 in a cup of milk')).toContain('1.3 mcg of vitamin B12 for 1 cup of 2% milk');
  });

  it('lists nuts and seeds together when both are asked for', async () => {
    const reply = await ask('best seeds or nuts for magnesium?');
    expect(reply).toContain('The nuts and seeds in my table richest in magnesium');
    expect(reply).toContain('Pumpkin seeds');
    expect(reply).toContain('Brazil nuts');
  });

  it('knows instant noodles and wholemeal', () => {
    expect(recognizer.recognize('instant ramen and a boiled egg for tea, any calcium?').foods).toContain(
      'instant-noodles',
    );
    expect(recognizer.recognize('cheese on wholemeal toast, calcium?').foods).toContain('whole-wheat-bread');
  });
});

describe('life stages', () => {
  it('answers a nursing mother’s own need, not her baby’s', async () => {
    const reply = await ask('still breastfeeding my 6 month old, do I need more vitamin b12 now?');
    expect(reply).toContain('2.8 mcg of vitamin B12 a day');
    expect(reply).not.toContain('6 months old');
  });

  it('reads a baby in months as someone else', () => {
    expect(readPeople('I’m breastfeeding, how much vitamin d does my 3 month old need?').person?.who).toBe('other');
  });

  it('lists foods for children when foods are asked for', async () => {
    const reply = await ask('calcium foods for my kids, they are 5 and 8 and fussy');
    expect(reply).toContain('Calcium: best food sources');
    expect(reply).not.toMatch(/mg of calcium a day \(RDA/);
  });

  it('answers giving a child a supplement with who decides, no intakes and no dose', async () => {
    const reply = await ask('my 7 year old son gets cramps at night, should I give him magnesium?');
    expect(reply).toContain('About supplements and large doses');
    expect(reply).toContain('paediatrician or family doctor to decide');
    expect(reply).not.toMatch(/mg of magnesium a day|Adults 19/);
  });
});

describe('a diet told with symptoms', () => {
  it('answers a question after a comma with what the diet means for the nutrients the symptoms point to', async () => {
    const reply = await ask('vegan for a year and exhausted all the time, what could help');
    expect(reply).toContain('Vegans need B12-fortified foods');
  });
});

describe('more of the fresh questions’ kinds', () => {
  it('leaves every nut out for a tree nut allergy, and a lemon tree is still no question', async () => {
    const reply = await ask('I’m allergic to tree nuts - which foods give me calcium?');
    expect(reply).toContain('nut-free');
    expect(reply).not.toMatch(/almond|cashew|brazil|walnut|hazelnut|pistachio/i);
    expect(recognizer.recognize('can I grow an apple tree on a balcony').intent).toBe('outOfScope');
  });

  it('answers a medicine asked with a nutrient even with symptoms told', async () => {
    const reply = await ask('taking lisinopril and my calves cramp - are potassium tablets ok?');
    expect(reply).toContain('ACE inhibitors and your nutrients');
    expect(reply).toContain('never stop or change a medicine on your own');
  });

  it('gives an amount ending in "of" to the food after it, not the one before', () => {
    const rec = recognizer.recognize('lunch: an apple, a cup of nonfat yoghurt and a banana. calcium?');
    const yogurt = rec.portions.find((p) => p.food === 'yogurt-nonfat');
    expect(yogurt?.quantity?.text).toBe('a cup of');
    expect(rec.portions.find((p) => p.food === 'apple')?.quantity?.unit).toBeUndefined();
  });

  it('counts one food to a day’s need', async () => {
    const reply = await ask('how many bananas make my daily potassium? woman, 30');
    expect(reply).toMatch(/To reach the 2,600 mg recommended for you/);
  });

  it('leaves out every food set aside in a list, and never compares them', async () => {
    const reply = await ask('calcium foods please, no yogurt and no cheddar');
    expect(reply).toContain('best food sources');
    expect(reply).not.toContain('compared');
    expect(reply).not.toMatch(/^• (Yogurt|Cheddar)/m);
    expect(reply).toMatch(/Left out, as you asked/);
  });

  it('gives the fact sheet’s vitamin D for salmon and for tuna, which the food table lacks', async () => {
    expect(await ask('how much vitamin d in salmon')).toContain(
      '14.2 mcg (570 IU) of vitamin D for 3 oz of cooked sockeye salmon',
    );
    expect(await ask('is canned tuna a source of vitamin d?')).toContain('1 mcg (40 IU) of vitamin D for 3 oz');
  });

  it('says UV-exposed mushrooms have far more vitamin D', async () => {
    expect(await ask('vitamin d in mushrooms?')).toMatch(/Mushrooms exposed to UV light/);
  });

  it('tells a parent what is common in a child, beside a supplement question', async () => {
    const reply = await ask('my 6 year old daughter has cramps in her calves at night, can I give her calcium?');
    expect(reply).toMatch(/often a harmless reaction to tiredness/);
    expect(reply).toMatch(/See their paediatrician or family doctor if cramps are severe/);
  });

  it('names the label’s Daily Value when that is the amount asked about', async () => {
    expect(await ask('food labels count calcium against 1300mg, is that what I need?')).toMatch(
      /1,300 mg is the Daily Value food labels use for calcium/,
    );
  });

  it('leaves a food the person says to ignore out of a meal total', async () => {
    const reply = await ask('lunch: 2 slices of cheddar on toast and a glass of milk, calcium? not counting the toast');
    expect(reply).toMatch(/Left out, as you asked: white bread/);
    expect(reply).not.toMatch(/white bread · 1 slice/);
    // "no meat" sets aside only what follows it as a list.
    const counted = await ask('vegetarian so no meat - today 3 eggs and a cup of milk, enough b12?');
    expect(counted).toContain('whole egg · 3 large');
    expect(counted).not.toContain('Left out');
  });

  it('compares foods of one kind served in different weights at the same weight too', async () => {
    const reply = await ask('mozzarella part skim or cheddar for calcium?');
    expect(reply).toContain('At the same weight (1.5 oz (42 g)):');
    expect(reply).toContain('part-skim mozzarella 332 mg');
  });

  it('reads a doctor told as past context as no question about seeing one', async () => {
    const reply = await ask('saw my doctor on monday, all fine. is magnesium glycinate or oxide absorbed better?');
    expect(reply).toContain('forms in supplements');
    expect(recognizer.recognize('should I see a doctor about this twitch?').intent).toBe('seeDoctor');
    // A doctor who rang is no past context: "rang" is not "ran".
    const rang = await ask('my GP rang, potassium came back at 6.9 and she said go in, can I just eat fewer bananas?');
    expect(rang).not.toContain('Potassium in banana');
  });

  it('says when the need is the same for men and women', async () => {
    expect(await ask('do women need more b12 than men?')).toContain('the same for men and women');
  });
});

describe('questions round dev8', () => {
  it.each([
    ['heavy weekend on the drink, now shaky and twitchy on monday', 'alcohol'],
    ['cramps in my feet since I doubled my running mileage', 'overuse'],
  ])('"%s" names %s', (message, factor) => {
    expect(recognizer.recognize(message).lifestyleFactors).toContain(factor);
  });

  it('reads "dark choc" as dark chocolate', () => {
    expect(recognizer.recognize('is dark choc actually high in magnesium').foods).toEqual(['dark-chocolate']);
  });

  it('answers a salt substitute with its potassium caution, and names no salt as outside what it covers', async () => {
    const reply = await ask('low sodium diet, thinking of switching to a salt substitute?');
    expect(reply).toContain('Salt substitutes add potassium');
    expect(reply).toMatch(/kidney disease/);
    expect(reply).toMatch(/doctor or pharmacist/);
    expect(reply).not.toMatch(/isn’t one of the nutrients I cover/);
  });

  it('answers a salt substitute with a medicine from the medicine’s side', async () => {
    const reply = await ask('is lo salt ok with ramipril');
    expect(reply).toContain('ACE inhibitors');
    expect(reply).toMatch(/prescriber or pharmacist/);
  });

  it('declines a tax question by name instead of reading "deadline" as stress', async () => {
    const reply = await ask('whens the deadline for my tax return');
    expect(reply).toContain('tax return');
    expect(reply).not.toContain('Stress');
  });
});

describe('questions round dev8, continued', () => {
  it('tells an older parent what changes with age beside the foods', async () => {
    const reply = await ask('my dad is 80, does he absorb b12 ok from food?');
    expect(reply).toContain('Recommended for your parent (a man, aged 80)');
    expect(reply).toMatch(/After 50, the body absorbs less B12 from food/);
  });

  it('lists the foods for a nutrient with the ones set aside left out, not a comparison of them', async () => {
    const reply = await ask("good calcium foods that aren't milk or cheese?");
    expect(reply).toContain('Calcium: best food sources');
    expect(reply).not.toMatch(/compared/);
    expect(reply).not.toMatch(/Cheddar/);
  });

  it('still compares two foods asked as a choice', async () => {
    expect(await ask('banana or avocado for potassium')).toContain('Banana and Avocado compared');
  });
});

describe('questions round dev9', () => {
  it('answers whether two amounts are the same instead of adding them up', async () => {
    const same = await ask('is 25 mcg of vitamin D the same as 1000 IU? and is that safe to take every day');
    expect(same).toContain('Yes: 25 mcg and 1,000 IU are the same amount (1 mcg is 40 IU).');
    expect(same).not.toContain('Together');
    expect(same).toMatch(/below the upper limit for adults of 100 mcg \(4,000 IU\)/);
    const different = await ask('is 400 IU the same as 20 mcg of vitamin d');
    expect(different).toContain('No: 400 IU is 10 mcg and 20 mcg is 800 IU');
    // Two doses taken are still added up.
    expect(await ask('I take 1000 IU vitamin D and 25 mcg D3, is that too much')).toContain('Together that is 50 mcg');
  });

  it('reads "doxy" as doxycycline, with the spacing from magnesium', async () => {
    const reply = await ask('on doxy for my skin, can I still take my magnesium at night?');
    expect(reply).toContain('Tetracycline');
    expect(reply).toMatch(/2 hours before, or 4 to 6 hours after/);
    expect(reply).toMatch(/prescriber or pharmacist/);
  });

  it('lists foods for "snacks with magnesium"', async () => {
    expect(await ask('snacks with magnesium I can keep in my desk drawer')).toContain('Magnesium: snacks');
  });

  it('counts "cups of cooked lentils to hit 3400mg potassium"', async () => {
    expect(await ask('cups of cooked lentils to hit 3400mg potassium??')).toMatch(/about 4\.7 servings/);
  });

  it('answers a nursing mother who gives her own age for herself, not for the baby', async () => {
    const reply = await ask("breastfeeding my 4 month old, I'm 31. calcium target per day? and is there a max");
    expect(reply).toContain('Recommended for you (breastfeeding');
    expect(reply).toContain('1,000 mg');
    expect(reply).toContain('2,500 mg');
    expect(reply).not.toContain('4 months old');
  });

  it('reads "my lad is 17" as a son of 17, and "v" between two foods as a comparison', async () => {
    expect(await ask("my lad is 17 and plays rugby 4x a week, what's his potassium AI?")).toContain(
      'Recommended for your child (a boy, aged 17): 3,000 mg',
    );
    expect(await ask('pumpkin seeds v chia seeds for magnesium?')).toMatch(/compared/);
  });
});

describe('electrolytes and a racing heart at exercise', () => {
  it('says which electrolytes are covered instead of declining them all', async () => {
    const reply = await ask('should I be having electrolytes after training?');
    expect(reply).toContain('Of the electrolytes, I cover potassium, magnesium and calcium, not sodium or chloride.');
    expect(reply).not.toMatch(/can’t give figures for electrolytes/);
  });

  it('gives no doctor advice for a heart pounding at a spin class, and keeps it for one at night', async () => {
    const spin = await ask(
      'heart was pounding out of my chest at spin class. any potassium foods I can grab before class?',
    );
    expect(spin).not.toContain('Please see a doctor today');
    const night = await ask('my heart keeps pounding and skipping at night, any potassium foods?');
    expect(night).toContain('Please see a doctor today');
  });
});

describe('conversation basics (dev26)', () => {
  it('greets with what it covers', async () => {
    const reply = await ask('hiya 👋');
    expect(reply).toMatch(/magnesium, calcium, potassium, vitamin D and vitamin B12/);
  });

  it('answers "are you like chatgpt" honestly', async () => {
    expect(await ask('whats ur deal r u like chatgpt or summat')).toMatch(
      /a chatbot: a computer program, not a doctor/,
    );
  });
});

describe('allergies and everyday causes (questions dev10)', () => {
  it('leaves soy out for a soy allergy, notes included', async () => {
    const reply = await ask('soy allergy and vegan, need calcium sources');
    expect(reply).toContain('Calcium: best food sources (soy-free and vegan)');
    expect(reply).not.toMatch(/•[^\n]*(tofu|soy)/i);
    expect(reply).not.toMatch(/best calcium sources are tofu/);
  });

  it('leaves sesame and tahini out for a sesame allergy', async () => {
    const reply = await ask('sesame allergy, calcium foods?');
    expect(reply).toContain('(sesame-free)');
    expect(reply).not.toMatch(/•[^\n]*(tahini|sesame)/i);
  });

  it.each([
    ["I'm a lorry driver, sat in the cab 11 hrs a day, cramps in both legs most nights", 'inactivity'],
    ['pulled an all nighter with 3 red bulls and now my whole calf is fluttering', 'poor-sleep'],
    ["I'm 72, hardly get out of the house since my hip op in spring", 'little-sunlight'],
  ])('"%s" names %s', (message, factor) => {
    expect(recognizer.recognize(message).lifestyleFactors).toContain(factor);
  });
});

describe('texting shorthand (dev26)', () => {
  it('reads "wat fud has da most b12" as a foods question', async () => {
    expect(await ask('wat fud has da most b12 in it m8')).toContain('Vitamin B12: best food sources');
  });

  it('never reads "shud" as a food', async () => {
    const reply = await ask('how much mag shud i take 4 sleep, im a grown ass man lol');
    expect(reply).not.toMatch(/spud|potato/i);
    expect(reply).toMatch(/350 mg/);
  });

  it('reads no blood result in "vit d wot dose 4 a 6yo", and sends a child’s dose to the paediatrician', async () => {
    const reply = await ask('vit d wot dose 4 a 6yo pls');
    expect(reply).not.toMatch(/result of 4/);
    expect(reply).toMatch(/paediatrician/);
  });
});

describe('aliases do not make ordinary words known', () => {
  it.each(['how do i grow a lemon tree indoors', 'stuck in a traffic jam on the m25 for two hours'])(
    '"%s" is still about something else',
    (message) => {
      expect(recognizer.recognize(message).intent).toBe('outOfScope');
    },
  );
});
