/**
 * Safety behaviour as the person sees it: the most urgent warning heads the reply, a skipped kidney
 * question keeps the potassium caution, and diet notes reach the answer. Each of these once broke
 * without any test failing (issue 15); `npm run mutation:examples` re-applies those changes and checks
 * that this file catches them.
 */
import { describe, expect, it } from 'vitest';
import { foodsForNutrient } from '../../dialogs/answers/nutrientAnswers';
import { contextAdvice, seeDoctor, urgentCare } from '../../dialogs/answers/safetyAnswers';
import { DIET_TAGS, NUTRIENT_IDS } from '../../knowledge/schema';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

const kb = knowledgeBase();
const headlines = kb.data.triage.headlines;

describe('the most urgent warning heads the reply', () => {
  it.each([
    ['chest pain and my weakness is getting worse', 'emergency'],
    ['my weakness is getting worse and I have chest pain', 'emergency'],
    ['my pulse is all over the place and my potassium came back 2.3', 'emergency'],
    ['my calf is red, swollen and warm and my muscles are wasting away', 'today'],
    ['my muscles are wasting away', 'soon'],
  ] as const)('"%s" is headed "%s"', async (message, level) => {
    const { adapter } = testBot();
    const replies = await say(adapter, message);
    expect(replies[0]?.text?.split('\n')[0]).toContain(headlines[level]);
    expect(urgentCare(kb, kb.screenRedFlags(message)).title).toBe(headlines[level]);
  });

  it('names every warning and gives the emergency number only for an emergency', () => {
    const both = urgentCare(kb, kb.screenRedFlags('chest pain and my weakness is getting worse'));
    const said = JSON.stringify(both.blocks);
    expect(said).toMatch(/chest pain/i);
    expect(said).toMatch(/weakness/i);
    expect(said).toMatch(/call your local emergency number/);
    expect(both.blocks[0]).toMatchObject({ type: 'note', tone: 'urgent' });
    const later = urgentCare(kb, kb.screenRedFlags('my calf is red, swollen and warm'));
    expect(JSON.stringify(later.blocks)).not.toMatch(/emergency number/);
    expect(JSON.stringify(later.blocks)).toMatch(/A doctor can examine you/);
    expect(later.blocks[0]).toMatchObject({ type: 'note', tone: 'caution' });
  });

  it('ends a symptom check with the emergency advice when a later answer raises an emergency', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my legs cramp a lot');
    const replies = await say(adapter, 'chest pain and my weakness is getting worse');
    expect(replies[0]?.text?.split('\n')[0]).toContain(headlines.emergency);
    expect(texts(replies)).toMatch(/stopped the symptom check/);
  });
});

/** Plays a cramps check to its result: the kidney question gets `kidney`, every other question "skip". */
async function crampsResult(kidney: string): Promise<string> {
  const { adapter } = testBot();
  await say(adapter, 'I keep getting cramps');
  await say(adapter, 'that’s all');
  await say(adapter, 'none');
  let reply = texts(await say(adapter, 'none'));
  let askedKidney = false;
  for (let guard = 0; guard < 10 && !/Your result/.test(reply); guard++) {
    const isKidney = /kidney/i.test(reply);
    askedKidney ||= isKidney;
    reply = texts(await say(adapter, isKidney ? kidney : 'skip'));
  }
  expect(askedKidney).toBe(true);
  expect(reply).toMatch(/Your result/);
  return reply;
}

describe('the potassium caution', () => {
  const caution = /don’t add potassium-rich foods or supplements without your doctor/;

  it.each([
    ['skip', true],
    ['not sure', true],
    ['yes', true],
    ['no', false],
  ])('after "%s" to the kidney question: caution %s', async (answer, cautioned) => {
    const result = await crampsResult(answer);
    const potassium = result.slice(result.search(/\d\. Low potassium/));
    expect(potassium.length).toBeLessThan(result.length);
    if (cautioned) {
      expect(potassium).toMatch(caution);
      expect(potassium.split(/\d\. Low /)[1]).not.toMatch(/Good foods/);
    } else {
      expect(result).not.toMatch(caution);
      expect(potassium).toMatch(/Good foods/);
    }
  });
});

describe('diet notes', () => {
  const withNotes = NUTRIENT_IDS.flatMap((id) => kb.nutrient(id).dietNotes.map((d) => [id, d.diet, d.text] as const));

  it('every nutrient’s diet notes are tested', () => {
    expect(withNotes.map(([id, diet]) => `${id} ${diet}`)).toEqual(
      expect.arrayContaining(['vitaminB12 vegan', 'calcium vegan', 'vitaminD vegan']),
    );
  });

  it.each(withNotes)('%s for a %s diet carries its note', (id, diet, note) => {
    const reply = foodsForNutrient(kb, id, diet);
    expect(reply.blocks).toContainEqual({ type: 'note', tone: 'info', text: note });
    expect(reply.sources).toContain(kb.nutrient(id).dietNotes.find((d) => d.diet === diet)!.source);
    // Without a diet, no diet note.
    expect(JSON.stringify(foodsForNutrient(kb, id).blocks)).not.toContain(note);
  });

  it.each(NUTRIENT_IDS.flatMap((id) => DIET_TAGS.map((diet) => [id, diet] as const)))(
    '%s for a %s diet lists only foods that fit it',
    (id, diet) => {
      const reply = foodsForNutrient(kb, id, diet);
      const table = reply.blocks.find((b) => b.type === 'table');
      const fits = kb.foodsRichIn(id, { diet, limit: 8 }).map((r) => r.food.name);
      expect(table?.type === 'table' ? table.rows.map((r) => r[0]) : []).toEqual(fits);
    },
  );

  it('"vegan b12" in the chat shows the vegan note', async () => {
    const { adapter } = testBot();
    const note = kb.nutrient('vitaminB12').dietNotes.find((d) => d.diet === 'vegan')!.text;
    expect(texts(await say(adapter, 'vegan b12'))).toContain(note);
  });
});

describe('symptoms told with a question, but not as happening now', () => {
  it.each([
    'the numb lip was from the dental injection yesterday and its worn off now. which foods have calcium for my teeth',
    'my lips only tingled from the sichuan peppercorns at dinner and its gone now. are mushrooms a good vitamin d source',
  ])('"%s" gets the answer without a doctor headline', async (message) => {
    const { adapter } = testBot();
    const said = texts(await say(adapter, message));
    expect(said).not.toContain(headlines.today);
    expect(said).not.toContain(headlines.soon);
  });

  it('the same symptom told as now still raises the level', async () => {
    const { adapter } = testBot();
    const said = texts(await say(adapter, 'my lip has been numb since this morning, which foods have calcium'));
    expect(said).toContain(headlines.today);
  });
});

describe('a blood result in range', () => {
  it.each([
    [
      'my potassium came back 4.1 mmol/L, is that ok?',
      /potassium result of 4\.1 mmol\/L, within the usual adult range of 3\.5–5 mmol\/L/,
    ],
    ['b12 was 520 pg/ml on my last bloods', /vitamin B12 result of 520 pg\/mL, within the usual adult range/],
  ])('"%s" is said back with its range before the answer', async (message, said) => {
    const { adapter } = testBot();
    const replies = await say(adapter, message);
    expect(replies[0]?.text).toMatch(/Your result/);
    expect(replies[0]?.text).toMatch(said);
    expect(replies[0]?.text).toMatch(/range printed on your report/);
    expect(replies[0]?.text).not.toMatch(/emergency|see a doctor today/i);
  });

  it('a result outside the range is a warning, not "within"', async () => {
    const { adapter } = testBot();
    const all = texts(await say(adapter, 'my potassium came back 2.6 mmol/L'));
    expect(all).not.toMatch(/Your result/);
    expect(all).toMatch(/below the usual adult range/);
  });

  it('each result of several is listed', async () => {
    const { adapter } = testBot();
    const first = (await say(adapter, 'potassium 4.4 and calcium 2.3 mmol/L, fine?'))[0]?.text ?? '';
    expect(first).toMatch(/Your results/);
    expect(first).toMatch(/potassium result of 4\.4/);
    expect(first).toMatch(/calcium result of 2\.3/);
  });
});

describe('every safety reply is health information with its sources', () => {
  it("urgent care carries the general-information statement and each warning's source", () => {
    const warnings = kb.screenRedFlags('chest pain and my weakness is getting worse');
    const urgent = urgentCare(kb, warnings);
    expect(urgent.healthInfo).toBe(true);
    expect(urgent.sources).toEqual([...new Set(warnings.map((w) => w.advice.source))]);
    expect(urgent.sources!.length).toBeGreaterThan(0);
  });

  it('"when to see a doctor" gives the general signs, a cause\'s own signs and all their sources', () => {
    const plain = seeDoctor(kb, []);
    const g = kb.data.guidance;
    expect(plain.healthInfo).toBe(true);
    const said = JSON.stringify(plain.blocks);
    for (const w of g.whenToSeeADoctor) expect(said).toContain(w.text);
    expect(plain.sources).toEqual(expect.arrayContaining(g.whenToSeeADoctor.map((w) => w.source)));
    // A cause whose advice has a source of its own, so that each source is seen to come from its part.
    const general = new Set(g.whenToSeeADoctor.map((w) => w.source));
    const factor = g.lifestyleFactors.find(
      (f) =>
        f.whenToSeeADoctor.length &&
        f.advice.length &&
        ![f.howItContributes.source, ...f.whenToSeeADoctor.map((w) => w.source), ...general].includes(
          f.advice[0]!.source,
        ),
    )!;
    const withCause = seeDoctor(kb, [factor.id]);
    const saidWithCause = JSON.stringify(withCause.blocks);
    expect(saidWithCause).toContain(factor.name);
    expect(saidWithCause).toContain(factor.howItContributes.text);
    expect(saidWithCause).toContain(factor.advice[0]!.text);
    for (const w of factor.whenToSeeADoctor) expect(saidWithCause).toContain(w.text);
    expect(withCause.sources).toEqual(
      expect.arrayContaining([
        factor.howItContributes.source,
        factor.advice[0]!.source,
        ...factor.whenToSeeADoctor.map((w) => w.source),
      ]),
    );
    // Another cause's words are not said.
    const other = g.lifestyleFactors.find((f) => f.id !== factor.id)!;
    expect(saidWithCause).not.toContain(other.howItContributes.text);
  });
});

describe('a life stage told with symptoms', () => {
  it.each([
    ['I am pregnant and my calves cramp, can I take magnesium?', 'pregnancy'],
    ['breastfeeding and my legs cramp at night, should I take a supplement?', 'breastfeeding'],
    ['my 6 year old has leg cramps, can I give him magnesium?', 'child'],
  ])('"%s" says who to ask and never a dose', (message, rule) => {
    const told = kb.matchSymptoms(kb.analyze(message)).map((h) => h.symptom.id);
    const advice = contextAdvice(kb, message, told)!;
    expect(advice).toBeDefined();
    expect(advice.healthInfo).toBe(true);
    const said = JSON.stringify(advice.blocks);
    expect(said).toContain('I never suggest supplement doses in pregnancy, while breastfeeding or for children.');
    const reason = kb.data.triage.rules.find((r) => r.id === rule)!;
    expect(said).toContain(reason.advice.text);
    expect(advice.sources).toContain(reason.advice.source);
  });

  it('without a life stage, no word about doses in pregnancy or for children', () => {
    const message = 'on omeprazole for years and my calves cramp, should I take magnesium?';
    const told = kb.matchSymptoms(kb.analyze(message)).map((h) => h.symptom.id);
    const advice = contextAdvice(kb, message, told)!;
    expect(JSON.stringify(advice.blocks)).not.toContain('I never suggest supplement doses');
    // Only the reasons' advice, each a text.
    expect(advice.blocks.length).toBeGreaterThan(0);
    for (const b of advice.blocks) expect(b).toEqual({ type: 'text', text: expect.any(String) });
  });
});

describe('the urgent-care reply, part by part', () => {
  it('says back each warning, most urgent first, then each advice once, then who to call', () => {
    const warnings = kb.screenRedFlags('chest pain and my weakness is getting worse');
    expect(warnings.map((w) => w.level)).toEqual(['emergency', 'today']);
    const urgent = urgentCare(kb, warnings);
    expect(urgent.kind).toBe('urgent');
    expect(urgent.blocks).toEqual([
      {
        type: 'note',
        tone: 'urgent',
        text: `You mentioned ${warnings.map((w) => w.label.charAt(0).toLowerCase() + w.label.slice(1)).join('; ')}.`,
      },
      ...[...new Set(warnings.map((w) => w.advice.text))].map((advice) => ({ type: 'text', text: advice })),
      { type: 'text', text: expect.stringMatching(/call your local emergency number/) },
    ]);
  });
});

describe('"when to see a doctor", part by part', () => {
  it.each(kb.data.guidance.lifestyleFactors.map((f) => f.id))(
    'a named cause (%s) first, what it does and its first advice, then one list of signs, the cause’s first',
    (id) => {
      const g = kb.data.guidance;
      const factor = g.lifestyleFactors.find((f) => f.id === id)!;
      const r = seeDoctor(kb, [factor.id]);
      expect(r.kind).toBe('doctor');
      expect(r.blocks[0]).toEqual({
        type: 'text',
        text: `${factor.name}: ${factor.howItContributes.text} ${factor.advice[0]!.text}`,
      });
      expect(r.blocks[1]).toEqual({
        type: 'list',
        items: [...new Set([...factor.whenToSeeADoctor.map((w) => w.text), ...g.whenToSeeADoctor.map((w) => w.text)])],
      });
      expect(r.sources).toEqual([
        ...new Set([
          factor.howItContributes.source,
          factor.advice[0]!.source,
          ...factor.whenToSeeADoctor.map((w) => w.source),
          ...g.whenToSeeADoctor.map((w) => w.source),
        ]),
      ]);
      // Without a cause: the general signs alone, and their sources alone.
      const plain = seeDoctor(kb, []);
      expect(plain.blocks[0]).toEqual({ type: 'list', items: [...new Set(g.whenToSeeADoctor.map((w) => w.text))] });
      expect(plain.sources).toEqual([...new Set(g.whenToSeeADoctor.map((w) => w.source))]);
    },
  );
});

describe('who to ask, part by part', () => {
  it('each reason’s advice once, the words about doses last, with each reason’s source', () => {
    const message = 'I am pregnant and my calves cramp, can I take magnesium?';
    const told = kb.matchSymptoms(kb.analyze(message)).map((h) => h.symptom.id);
    const advice = contextAdvice(kb, message, told)!;
    expect(advice.kind).toBe('doctor');
    const pregnancy = kb.data.triage.rules.find((r) => r.id === 'pregnancy')!;
    const texts = advice.blocks.map((b) => (b.type === 'text' ? b.text : ''));
    expect(texts.filter((t) => t === pregnancy.advice.text)).toHaveLength(1);
    expect(texts.at(-1)).toBe('I never suggest supplement doses in pregnancy, while breastfeeding or for children.');
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(advice.sources).size).toBe(advice.sources.length);
  });
});
