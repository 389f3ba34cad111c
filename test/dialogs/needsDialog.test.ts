/**
 * Daily needs, doses and life stages through the real bot: the person's own row from anything said in the
 * conversation, follow-ups for someone else, a stated dose against the upper limit in both units, and
 * never a supplement dose for a child or a pregnancy.
 */
import { describe, expect, it } from 'vitest';
import { say, testBot, texts } from '../support/testBot';

type Adapter = ReturnType<typeof testBot>['adapter'];
const send = async (adapter: Adapter, text: string) => texts(await say(adapter, text));
const conversation = async (...messages: string[]) => {
  const { adapter } = testBot();
  let reply = '';
  for (const m of messages) reply = await send(adapter, m);
  return reply;
};
/** "Take 300 mg", "give her 400 IU": advice to take or give an amount, never said to a parent or in pregnancy. */
const DOSE_ADVICE = /\b(take|give|giving|taking)\b[^.]{0,30}\b\d[\d,.]*\s?(mg|mcg|iu|drops?)\b/i;

describe('daily needs', () => {
  it('gives the adult table (men, women, pregnancy, breastfeeding) when nothing says who', async () => {
    const reply = await conversation('how much magnesium do i need');
    expect(reply).toMatch(/19-30 years · Male: 400 mg · Female: 310 mg · Pregnancy: 350 mg · Breastfeeding: 310 mg/);
    expect(reply).toMatch(/31-50 years · Male: 420 mg · Female: 320 mg/);
    expect(reply).toMatch(/Upper limit from supplements and medicines \(food does not count\): 350 mg a day/);
    expect(reply).toMatch(/Daily Value of 420 mg/);
  });

  it('answers three nutrients asked at once, each for the person', async () => {
    const reply = await conversation(
      '13 year old girl, vegetarian. how much calcium, B12 and vitamin D does she need?',
    );
    expect(reply).toMatch(/Recommended for a girl aged 13: 1,300 mg of calcium a day/);
    expect(reply).toMatch(/Recommended for a girl aged 13: 1\.8 mcg of vitamin B12 a day/);
    expect(reply).toMatch(/Recommended for a girl aged 13: 15 mcg \(600 IU\) of vitamin D a day/);
    expect(reply).not.toMatch(DOSE_ADVICE);
  });

  it('gives each person’s row when the writer tells their own age beside another’s', async () => {
    const reply = await conversation(
      'my daughter is 2 and I’m a 40 year old woman, how much magnesium do we each need?',
    );
    expect(reply).toMatch(/Recommended for your child \(a girl, aged 2\): 80 mg of magnesium a day/);
    expect(reply).toMatch(/Recommended for you \(a woman, aged 40\): 320 mg of magnesium a day/);
    expect(reply.indexOf('aged 2)')).toBeLessThan(reply.indexOf('aged 40)'));
    expect(reply).not.toMatch(/child \(a woman/);
  });

  it('gives only the row of the person asked about when the writer’s age is said in passing', async () => {
    const reply = await conversation('how much vitamin d does my dad need, im 45 and he is 80');
    expect(reply).toMatch(/Recommended for your parent \(a man, aged 80\): 20 mcg \(800 IU\)/);
    expect(reply).not.toMatch(/Recommended for you \(/);
  });

  it('names a grandparent as one, with their row', async () => {
    const reply = await conversation('how much vitamin d does my grandma need? she is 82');
    expect(reply).toMatch(/Recommended for your grandparent \(a woman, aged 82\): 20 mcg \(800 IU\)/);
    expect(reply).not.toMatch(/your parent/);
  });

  it('gives a grown man, or a man in general, the adult men’s rows only', async () => {
    for (const text of ['how much magnesium does a grown man need', 'how much magnesium does a man need']) {
      const reply = await conversation(text);
      expect(reply).toMatch(/for adult men/);
      expect(reply).toMatch(/19-30 years · Male: 400 mg/);
      expect(reply).not.toMatch(/months · Male|Female/);
    }
    const self = await conversation('im a man how much magnesium do i need');
    expect(self).toMatch(/for you \(a man\)/);
    expect(self).not.toMatch(/months · Male/);
  });

  it('reads a baby’s age told without "old"', async () => {
    const reply = await conversation('my baby is 4 months, how much vitamin d does she need');
    expect(reply).toMatch(/your child \(a girl, 4 months old\): 10 mcg \(400 IU\)/);
    expect(reply).not.toMatch(/7-12 months/);
    expect(reply).not.toMatch(DOSE_ADVICE);
  });

  it('gives the person’s own row from what they said earlier in the conversation', async () => {
    expect(await conversation('I’m a 29 year old woman', 'how much potassium do I need')).toMatch(
      /Recommended for you \(a woman, aged 29\): 2,600 mg of potassium a day \(adequate intake, ages 19\+ years\)/,
    );
    expect(await conversation('im 52, female', 'calcium?')).toMatch(/1,200 mg of calcium a day/);
  });

  it('uses the pregnancy figure and says who to ask, with no dose', async () => {
    const reply = await conversation('I’m 27 and 20 weeks pregnant', 'how much potassium do I need');
    expect(reply).toMatch(/you \(pregnant, a woman, aged 27\): 2,900 mg/);
    expect(reply).toMatch(/midwife, obstetrician or doctor/);
    expect(reply).not.toMatch(DOSE_ADVICE);
    expect(reply).not.toMatch(/Please see a doctor/);
  });

  it('answers follow-ups for someone else: "and for kids?", "and my dad? he’s 78"', async () => {
    const kids = await conversation('how much calcium do I need', 'and for kids?');
    expect(kids).toMatch(/1-3 years · Per day: 700 mg/);
    expect(kids).toMatch(/4-8 years · Per day: 1,000 mg/);
    expect(kids).toMatch(/9-13 years · Per day: 1,300 mg/);
    expect(kids).toMatch(/paediatrician/);
    expect(await conversation('how much vitamin d should i be getting', 'and my dad? he’s 78')).toMatch(
      /your parent \(a man, aged 78\): 20 mcg \(800 IU\)/,
    );
  });

  it('answers for a child named earlier as a parent asking, with their paediatrician and no dose', async () => {
    const reply = await conversation('my son is 9', 'how much calcium does he need');
    expect(reply).toMatch(/your child \(a boy, aged 9\): 1,300 mg/);
    expect(reply).toMatch(/paediatrician or family doctor to decide/);
    expect(reply).not.toMatch(/Please see a doctor/);
  });

  it('puts who to ask first when a parent asks what to give, and gives no dose', async () => {
    const replies = await say(testBot().adapter, 'what dose of magnesium can I give my 8yo for cramps');
    const reply = texts(replies);
    expect(reply).toMatch(/paediatrician/);
    expect(reply).not.toMatch(DOSE_ADVICE);
    const baby = await conversation('how much vitamin d drops should i give my baby');
    expect(baby.indexOf('paediatrician')).toBeLessThan(baby.indexOf('Recommended'));
    expect(baby).not.toMatch(DOSE_ADVICE);
  });

  it('answers upper limits: by age, none set for B12 and potassium', async () => {
    expect(await conversation('calcium upper limit for someone over 50')).toMatch(/2,000 mg a day at 51\+ years/);
    expect(await conversation('whats the UL for calcium for a 15 yo')).toMatch(/3,000 mg a day at 9-18 years/);
    expect(await conversation('max safe b12 per day??')).toMatch(/No upper limit is set for vitamin B12/);
    const potassium = await conversation('is there a UL for potassium');
    expect(potassium).toMatch(/No upper limit is set for potassium from food/);
    expect(potassium).toMatch(/kidney disease/);
  });

  it('tells older adults what changes: B12 from fortified foods after 50, more vitamin D after 70', async () => {
    expect(await conversation('does b12 absorption change after 50')).toMatch(/fortified foods or a supplement/);
    expect(await conversation('Vit D requirement for a 71 yr old woman')).toMatch(/20 mcg \(800 IU\)/);
  });
});

describe('a stated dose against the upper limit', () => {
  it('says how many times the limit a large dose is, in both units, with the caution and no endorsement', async () => {
    const reply = await conversation('i take 10000 iu vitamin d daily is that ok');
    expect(reply).toMatch(/10,000 IU is 250 mcg \(10,000 IU\)/);
    expect(reply).toMatch(/2\.5 times the upper limit for adults of 100 mcg \(4,000 IU\) a day/);
    expect(reply).toMatch(/can’t recommend a supplement or a dose/);
    expect(reply).not.toMatch(/urgent medical care/);
  });

  it('says a small dose is below the limit, never "times the limit"', async () => {
    const reply = await conversation('is 50 mcg of D too much');
    expect(reply).toMatch(/50 mcg \(2,000 IU\)/);
    expect(reply).toMatch(/about half of the upper limit/);
    expect(reply).not.toMatch(/times the upper limit/);
  });

  it('adds doses up, and reads a weekly dose as a daily average', async () => {
    expect(await conversation('i take a 25 mcg D3 and my multi has 1000 IU, too much together?')).toMatch(
      /Together that is 50 mcg \(2,000 IU\) a day/,
    );
    expect(await conversation('I take 60,000 IU of vitamin D every week')).toMatch(
      /a week, about 214 mcg \(8,571 IU\) a day on average/,
    );
  });

  it('compares magnesium with its supplement-only limit and says what too much does', async () => {
    const reply = await conversation('I take 500mg magnesium citrate every day');
    expect(reply).toMatch(/1\.43 times the upper limit for adults of 350 mg a day from supplements and medicines/);
    expect(reply).toMatch(/diarrhoea/);
    expect(await conversation('1 gram magnesium/day for sleep')).toMatch(/1 g is 1,000 mg/);
  });

  it('uses a child’s own limit and sends the parent to their paediatrician', async () => {
    const reply = await conversation('can i give my 4 year old 5000 iu of vitamin d');
    expect(reply).toMatch(/upper limit for ages 4-8 years of 75 mcg \(3,000 IU\)/);
    expect(reply).toMatch(/paediatrician/);
    expect(reply).not.toMatch(/fine to give|safe to give/i);
  });

  it('says what a child needs a day beside a dose a parent asks about', async () => {
    const reply = await conversation('can I give my 4 year old one of my 1000 IU vitamin D tablets?');
    expect(reply).toContain('Recommended for your child (aged 4): 15 mcg (600 IU) of vitamin D a day.');
    expect(reply).toMatch(/paediatrician/);
  });

  it('a dose with foods eaten: the dose against the limit, and the food counting toward it', async () => {
    const reply = await conversation(
      "I'm a 60 year old woman taking 1200mg calcium tablets and I also have yoghurt and cheese daily. Too much?",
    );
    expect(reply).toContain('upper limit for adults of 2,000 mg a day from food and supplements together');
    expect(reply).toContain('counts toward that limit too');
  });

  it('a need asked of the nutrient, with a food only as context', async () => {
    const reply = await conversation('my 2 year old refuses milk, how much calcium does she actually need?');
    expect(reply).toContain('700 mg of calcium a day');
    expect(await conversation('Daily potassium target for a woman in her mid thirties?')).toContain('2,600 mg');
  });

  it('a food asked about for someone: their own need beside the amount', async () => {
    const reply = await conversation("can my toddler have cow's milk for calcium");
    expect(reply).toContain('Recommended for your child (aged 2): 700 mg of calcium a day.');
    expect(reply).toContain('305 mg of calcium');
  });

  it('converts units on request', async () => {
    expect(await conversation('convert 50 µg vitamin d to IU')).toMatch(/50 mcg \(2,000 IU\) of vitamin D/);
  });

  it('asks which nutrient and unit when a number has neither', async () => {
    expect(await conversation('is 5000 too much')).toMatch(/5000 of which nutrient, and in which unit/);
  });
});

describe('a child’s symptoms', () => {
  it('says what is common and harmless, the signs that need their paediatrician, and still checks', async () => {
    const reply = await conversation('my 8 year old has leg cramps at night');
    expect(reply).toMatch(/often a harmless reaction to tiredness, stress, hard exercise or not drinking enough/);
    expect(reply).toMatch(/See their paediatrician or family doctor if cramps are severe, keep coming back/);
    expect(reply).toMatch(/So far I have: muscle cramps/);
  });

  it('says nothing of children to an adult', async () => {
    expect(await conversation('my calves cramp at night')).not.toMatch(/paediatrician|children/);
  });
});
