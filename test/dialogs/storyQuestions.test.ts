/**
 * A message that tells a story and asks a question is answered first, with what was told (causes, a diet)
 * said beside the answer and the symptom check offered as the next step; a plain symptom report still
 * begins the check, and the warning screen still answers a red flag first. Also: figures from other food
 * tables said beside SR28's with their source, and micrograms to SR28's tenth.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { Recognizer, asksInSomeSentence } from '../../knowledge/understanding/recognize';
import { nutrientAmount } from '../../dialogs/answers/format';
import { readPeople } from '../../knowledge/understanding/context';
import { say, testBot, texts } from '../support/testBot';

async function conversation(...messages: string[]): Promise<string[]> {
  const { adapter } = testBot('test');
  const replies: string[] = [];
  for (const m of messages) replies.push(texts(await say(adapter, m)));
  return replies;
}

const kb = createKnowledgeBase();
const recognizer = new Recognizer(kb);
const INTERVIEW = /So far I have:/;

describe('a question asked after a story', () => {
  it.each([
    ['my legs cramp. could it be magnesium?', true],
    ['new baby and my arms twitch. do i need more magnesium while nursing? I am 33', true],
    ['lately getting cramps and feel really flat. which supplement fixes that', true],
    ['my calves cramp every night', false],
    ['My calves cramp at night. It is worse after running.', false],
    ["my eye twitches. can't sleep either.", false],
  ])('"%s" asks something: %s', (message, asks) => {
    expect(asksInSomeSentence(message)).toBe(asks);
  });

  it('answers the question first, says what the cause told does, and offers the check rather than starting it', async () => {
    const [reply] = await conversation(
      "new baby, I get maybe 3 hrs broken sleep, breastfeeding, and my arm muscles keep twitching randomly. do i need more magnesium while nursing? I'm 33",
    );
    expect(reply).toContain('320 mg of magnesium a day');
    expect(reply).toMatch(/You mentioned poor sleep/);
    expect(reply).toMatch(/You also told me about muscle twitching\. If you’d like, a quick symptom check/);
    expect(reply).not.toMatch(INTERVIEW);
    // Never a supplement dose while breastfeeding.
    expect(reply).not.toMatch(/take \d+ ?mg/i);
  });

  it('begins the offered check with the symptoms of the story, without asking for them again', async () => {
    const [, check] = await conversation(
      'my legs cramp every night after football, could it be magnesium?',
      'Check my symptoms',
    );
    expect(check).toMatch(/So far I have: (leg |muscle )?cramps/);
  });

  it('forgets the story when the next message is something else', async () => {
    const [, , check] = await conversation(
      'my legs cramp every night after football, could it be magnesium?',
      'what foods have potassium?',
      'Check my symptoms',
    );
    expect(check).not.toMatch(/So far I have: (leg |muscle )?cramps/);
  });

  it('names the nutrients symptoms may point to when asked which could be low', async () => {
    const [reply] = await conversation(
      'remote worker in canada, barely go outside in winter. muscles ache and im tired constantly. which of your nutrients could be low',
    );
    expect(reply).toMatch(/can be linked to low levels of .*vitamin D/);
    expect(reply).toMatch(/vitamin B12/);
    expect(reply).toMatch(/You mentioned little sunlight/);
    expect(reply).not.toMatch(INTERVIEW);
  });

  it('still begins the check for a plain symptom report', async () => {
    const [reply] = await conversation('my calves cramp every night and my eyelid twitches');
    expect(reply).toMatch(INTERVIEW);
  });

  it('still answers a red flag first when the story asks a question', async () => {
    const [reply = ''] = await conversation('crushing chest pain and my arm is twitching, could it be magnesium?');
    expect(reply).toMatch(/^\*\*This needs urgent medical care now\*\*/);
  });

  it('does not offer the symptom check after emergency advice', async () => {
    const [reply] = await conversation(
      'took about 20 magnesium tablets for my cramps and now i feel really sick and dizzy',
    );
    expect(reply).toMatch(/This needs urgent medical care now/);
    expect(reply).not.toMatch(/a quick symptom check/);
  });

  it('says what a diet means for the nutrient asked about', async () => {
    const [reply] = await conversation('vegan 3 years, never taken b12, should i worry');
    expect(reply).toMatch(/Vegans need B12-fortified foods/);
    expect(reply).not.toMatch(/^\*\*When to see a doctor/);
  });

  it('says a cause told with a nutrient question when the cause bears on it', async () => {
    const [reply] = await conversation('28F, coder, sit inside all day, never go out. vitamin D?');
    expect(reply).toContain('15 mcg (600 IU)');
    expect(reply).toMatch(/You mentioned little sunlight: sunlight on the skin/);
  });
});

describe('figures that differ between food tables', () => {
  it('gives SR28’s figure and the fact sheet’s, each with its source', async () => {
    const [reply] = await conversation('are chia seeds good for magnesium');
    expect(reply).toContain('95 mg of magnesium');
    expect(reply).toMatch(
      /NIH Office of Dietary Supplements fact sheet lists 111 mg of magnesium for 1 oz of chia seeds; my figures are from the USDA SR28 table/,
    );
  });

  it('says the other figure in a comparison too', async () => {
    const [reply] = await conversation('clams or beef liver for B12, which has more?');
    expect(reply).toMatch(/lists 17 mcg of vitamin B12 for 3 oz of cooked clams/);
  });

  it('says nothing extra where the tables agree', async () => {
    const [reply] = await conversation('how much potassium in a banana');
    expect(reply).not.toMatch(/food tables don’t always agree/);
  });

  it('has a source listed for every other figure', () => {
    for (const food of kb.data.foods)
      for (const f of food.otherFigures ?? []) expect(kb.source(f.source), `${food.id} ${f.source}`).toBeDefined();
  });
});

describe('micrograms as SR28 gives them', () => {
  const vitaminD = kb.nutrient('vitaminD');
  it.each([
    [13.1, '13.1 mcg (525 IU)'],
    [16.1, '16.1 mcg (645 IU)'],
    [1, '1 mcg (40 IU)'],
    [250, '250 mcg (10,000 IU)'],
  ])('%s mcg of vitamin D reads "%s"', (amount, said) => {
    expect(nutrientAmount(vitaminD, amount)).toBe(said);
  });

  it('says 100 g of farmed salmon to a tenth', async () => {
    const [reply] = await conversation('vitamin d in 100 g of farmed salmon');
    expect(reply).toContain('13.1 mcg');
  });
});

describe('recognition of a story with a question', () => {
  it('does not take a story that asks about a nutrient as a symptom check', () => {
    expect(recognizer.recognize('my legs cramp every night after football, could it be magnesium?').intent).not.toBe(
      'symptomCheck',
    );
  });
});

describe('everyday questions around the story', () => {
  it('answers "am I getting enough calcium?" with the foods, not a supplement caution', async () => {
    const [reply] = await conversation('1200 calories a day on a GLP-1, am I getting enough calcium?');
    expect(reply).toMatch(/Calcium: best food sources/);
    expect(reply).not.toMatch(/1200 what of calcium/);
    expect(reply).not.toMatch(/About supplements and large doses/);
  });

  it('reads an age written after the person ("woman 35") for her own need', async () => {
    expect(readPeople('how many almonds to hit my magnesium, woman 35').person).toMatchObject({
      ageMonths: 35 * 12,
      sex: 'female',
    });
    expect(readPeople('a man 20 minutes ago collapsed').person?.ageMonths).toBeUndefined();
    const [reply] = await conversation('how many almonds to hit my magnesium, woman 35');
    expect(reply).toContain('320 mg recommended for you (a woman, aged 35)');
  });

  it('takes "for 9 months" as a length of time, not an amount it did not understand', async () => {
    const [reply] = await conversation(
      'long covid fatigue for 9 months. of the vitamins you cover, which are worth getting tested?',
    );
    expect(reply).not.toMatch(/not sure what you mean by “months”/);
    expect(reply).toMatch(/can be linked to low levels of/);
  });

  it('declines a pet’s diet by name and says who to ask', async () => {
    const [reply] = await conversation('what vitamins does my labrador need');
    expect(reply).toMatch(/I can’t help with “my labrador”/);
    expect(reply).toMatch(/a vet is the one to ask/);
    expect(reply).not.toMatch(/320 mg|2\.4 mcg/);
  });

  it('keeps "my lab results" a question about blood results, not an animal', async () => {
    const [reply] = await conversation('my lab results say potassium 3.3, is that low?');
    expect(reply).not.toMatch(/a vet/);
    expect(reply).toMatch(/3\.5/);
  });
});
