/**
 * Medicines through the real bot, all from the one medicines table: questions about a medicine and a
 * nutrient, a medicine the table lacks, and the symptom check using a medicine named anywhere in the
 * conversation (without asking for it again).
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

type Adapter = ReturnType<typeof testBot>['adapter'];
const send = async (adapter: Adapter, text: string) => texts(await say(adapter, text));
const ask = async (...messages: string[]) => {
  const { adapter } = testBot();
  let reply = '';
  for (const m of messages) reply = await send(adapter, m);
  return reply;
};
const NEVER_STOP =
  /Ask your prescriber or pharmacist before changing anything, and never stop or change a medicine on your own/;
const medicationsQuestion = knowledgeBase().data.assessment.questions.find((q) => q.id === 'medications')!.text;

describe('questions about a medicine', () => {
  it('"I take omeprazole, could that lower magnesium?": the effect, for how long, and never stop on your own', async () => {
    const reply = await ask('I take omeprazole, could that lower magnesium?');
    expect(reply).toMatch(/Acid reflux medicines \(PPIs\) can lower magnesium: Taken for more than a year/);
    expect(reply).toMatch(NEVER_STOP);
    // The answer says who to ask: no "see a doctor" card for a question.
    expect(reply).not.toMatch(/Please see a doctor/);
  });

  it('"calcium with levothyroxine?": how far apart', async () => {
    const reply = await ask('calcium with levothyroxine?');
    expect(reply).toMatch(/at least 4 hours apart/);
    expect(reply).toMatch(NEVER_STOP);
    expect(await ask('can I take my calcium with my thyroid pill')).toMatch(/at least 4 hours apart/);
    expect(await ask('I take tums for heartburn, and levothyroxine, problem?')).toMatch(/4 hours apart/);
  });

  it('"potassium supplements with lisinopril?": high potassium, salt substitutes', async () => {
    const reply = await ask('potassium supplements with lisinopril?');
    expect(reply).toMatch(/ACE inhibitors \(blood pressure medicines\) can raise potassium/);
    expect(reply).toMatch(/salt substitutes/);
    expect(await ask('on spironolactone, should i eat more bananas / take potassium pills')).toMatch(
      /dangerously high/,
    );
  });

  it('names a brand or a misspelling back as its class', async () => {
    expect(await ask('prilosec and b12?')).toMatch(/stomach acid that frees B12/);
    expect(await ask('does pepcid lower b12')).toMatch(/H2 blockers/);
    expect(await ask('doxycycline and magnesium')).toMatch(/at least 2 hours before, or 4 to 6 hours after/);
  });

  it('says plainly when the table lists no effect on the nutrient asked, and what it does list', async () => {
    const reply = await ask('do H2 blockers cause low magnesium?');
    expect(reply).toMatch(/don’t list acid-reducing medicines \(H2 blockers\) as changing magnesium/);
    expect(reply).toMatch(/B12/);
  });

  it('with a complaint told, the medicine still raises the level (statin and aching arms)', async () => {
    const reply = await ask('doc put me on cholesterol pills 3 wks ago, my arms feel like lead and really hurt');
    expect(reply).toMatch(/Muscle aches and cramps are a known side effect of statins/);
    // Arms that "really hurt" on a statin are the severe muscle pain that needs a doctor the same day.
    expect(reply).toMatch(/Please see a doctor today/);
  });

  it('gives a statin’s own muscle side effect', async () => {
    expect(await ask('statin and vitamin d interaction?')).toMatch(
      /Muscle aches and cramps are a known side effect of statins/,
    );
  });

  it('names a medicine it has no facts for, invents nothing and points to a pharmacist', async () => {
    const reply = await ask('does warfarin interact with magnesium');
    expect(reply).toMatch(/I don’t have information about warfarin and magnesium/);
    expect(reply).toMatch(/pharmacist/);
    expect(reply).not.toMatch(/can lower|can raise/);
  });

  it('lists the medicines that change a nutrient', async () => {
    const reply = await ask('does magnesium interact with any medicines');
    expect(reply).toMatch(/Medicines that affect magnesium/);
    expect(reply).toMatch(/Proton pump|acid reflux medicines/i);
    expect(reply).toMatch(/bisphosphonates/i);
  });
});

describe('the symptom check reads medicines from anywhere in the conversation', () => {
  it('uses a medicine named before the check: its effects said, its question never asked', async () => {
    const { adapter } = testBot();
    await send(adapter, 'I’ve been taking omeprazole for about 2 years');
    const opening = await send(adapter, 'could that be why my legs cramp at night?');
    expect(opening).toMatch(/Acid reflux medicines \(PPIs\) can lower magnesium/);
    expect(opening).toMatch(/don’t stop or change a medicine on your own/);
    let reply = await send(adapter, 'that’s all');
    for (let i = 0; i < 14 && !/Your result/.test(reply); i++) {
      expect(reply).not.toContain(medicationsQuestion);
      reply = await send(adapter, i < 2 ? 'none' : 'skip');
    }
    expect(reply).toMatch(/Your result/);
    expect(reply).toMatch(/acid reflux medicine \(PPI\), which can lower magnesium/);
  });

  it('does not take a relative’s medicine for the person’s own', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my 78 yo mum takes metformin');
    const opening = await send(adapter, 'my feet cramp a lot');
    expect(opening).not.toMatch(/metformin/i);
  });

  it('offers the listed medicine answers and takes a rarer one by name', async () => {
    const q = knowledgeBase().data.assessment.questions.find((x) => x.id === 'medications')!;
    const listed = q.options.filter((o) => o.listed !== false).map((o) => o.label);
    expect(listed).toEqual([
      'Diuretics (water pills)',
      'Acid reflux medicine (PPI)',
      'Metformin',
      'A statin (for cholesterol)',
      'None of these',
    ]);
    expect(q.options.find((o) => o.value === 'steroids')!.synonyms).toContain('prednisolone');
  });
});

describe('another nutrient or subject, honestly', () => {
  it('names the nutrient asked, lists the five and points to the ODS fact sheets', async () => {
    const reply = await ask('how much zinc do i need');
    expect(reply).toMatch(/I don’t have information about zinc/);
    expect(reply).toMatch(/magnesium, calcium, potassium, vitamin D and vitamin B12/);
    expect(reply).toMatch(/Office of Dietary Supplements/);
    expect(reply).not.toMatch(/mg/);
  });

  it('switches to the uncovered nutrient in a follow-up instead of repeating the last table', async () => {
    const reply = await ask('how much magnesium do i need', 'and zinc?');
    expect(reply).toMatch(/zinc/);
    expect(reply).not.toMatch(/310|420/);
  });

  it('declines a question about an uncovered supplement even with a symptom in it', async () => {
    expect(await ask('does creatine cause cramps')).toMatch(/I don’t have information about creatine/);
  });

  it('names what was asked when it is another subject', async () => {
    expect(await ask('can you help me with my tax return')).toMatch(/I can’t help with “tax return”/);
    const scan = await ask('what does a calcium score of 150 mean on my heart scan');
    expect(scan).toMatch(/calcium score/);
    expect(scan).not.toMatch(/1,000|1,200/);
  });
});
