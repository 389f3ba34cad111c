import { createAssessmentEngine } from '../../dialogs/interview/createAssessmentEngine';
import { describe, expect, it } from 'vitest';
import { candidateName } from '../../dialogs/interview/assessmentReply';
import { InProcessStorage } from '../../src/state/inProcessStorage';
import { VIGNETTES } from '../knowledge/scoring/vignettes';
import { playInterview, rankedInResult } from '../support/interviewDriver';
import { knowledgeBase } from '../support/knowledge';
import { say, suggestions, testBot, texts } from '../support/testBot';

const kb = knowledgeBase();

describe('starting the interview', () => {
  it('starts from a symptom statement, says back what it understood, and never asks for it again', async () => {
    const { adapter } = testBot();
    const reply = texts(await say(adapter, 'my calf keeps jumping'));
    expect(reply).toMatch(/So far I have: muscle twitching/);
    expect(reply).not.toMatch(/What are you noticing/);
    expect(reply).toMatch(/symptoms · a few questions · your result/);
  });

  it('starts from "check my symptoms" by asking what the person notices, with choices', async () => {
    const { adapter } = testBot();
    const replies = await say(adapter, 'check my symptoms');
    expect(texts(replies)).toMatch(/What are you noticing/);
    expect(suggestions(replies.at(-1))).toContain('Muscle twitching');
    expect(texts(await say(adapter, 'I get cramps in my feet at night'))).toMatch(/So far I have: muscle cramps/);
  });

  it('lets the person add and correct symptoms', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my fingers go numb and I have cramps');
    expect(texts(await say(adapter, 'also tired'))).toMatch(/fatigue/);
    const corrected = texts(await say(adapter, 'no, not cramps'));
    expect(corrected).not.toMatch(/muscle cramps/);
    expect(corrected).toMatch(/fatigue/);
  });
});

describe('safety screen and triage', () => {
  it('answers an emergency picked in the safety list with the emergency advice and ends the interview', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my legs cramp a lot');
    await say(adapter, 'that’s all');
    const urgent = await say(adapter, 'Chest pain or pressure');
    expect(urgent[0]?.text).toMatch(/This needs urgent medical care now/);
    // An emergency ends the interview: no more questions, and the next message is a fresh start.
    expect(texts(urgent)).toMatch(/stopped the symptom check/);
    expect(texts(urgent)).not.toMatch(/And any of these|Continue\?/);
    expect(texts(await say(adapter, 'what foods have potassium'))).toMatch(/banana|potato|Foods/i);
  });

  it('puts the triage level at the top of the result', async () => {
    const { adapter } = testBot();
    const run = await playInterview(
      adapter,
      kb,
      VIGNETTES.find((v) => v.triage.includes('clot-signs'))!,
    );
    expect(run.resultText).toMatch(/Your result: please see a doctor today/);
    expect(run.resultText).toMatch(/blood clot/);
  });
});

describe('conversation controls at every step', () => {
  it('"help" explains the step and "why?" explains the question, then the question is asked again', async () => {
    const { adapter } = testBot();
    await say(adapter, 'I keep getting cramps');
    expect(texts(await say(adapter, 'help'))).toMatch(/Add a symptom/);
    await say(adapter, 'that’s all');
    await say(adapter, 'none');
    expect(texts(await say(adapter, 'none'))).toMatch(/kidney/);
    const why = texts(await say(adapter, 'why?'));
    expect(why).toMatch(/extra potassium can build up/);
    expect(why).toMatch(/kidney disease, or take a medicine/);
  });

  it('"back" changes the previous answer', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my lips feel tingly');
    await say(adapter, 'that’s all');
    const back = texts(await say(adapter, 'back'));
    expect(back).toMatch(/OK, let’s change that/);
    expect(back).toMatch(/So far I have: tingling or numbness around the mouth/);
  });

  it('"cancel" stops politely and the next message is a fresh question', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my calf keeps jumping');
    expect(texts(await say(adapter, 'cancel'))).toMatch(/OK, stopped/);
    expect(texts(await say(adapter, 'what foods have potassium'))).toMatch(/Potassium: best food sources/);
  });

  it('"start over" restarts the interview from the symptoms', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my calf keeps jumping');
    await say(adapter, 'that’s all');
    const restart = texts(await say(adapter, 'start over'));
    expect(restart).toMatch(/start again/);
    expect(restart).toMatch(/What are you noticing/);
  });

  it('answers a Q&A question mid-interview and resumes where it was', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my calf keeps jumping');
    await say(adapter, 'that’s all');
    const reply = texts(await say(adapter, 'what foods have potassium?'));
    expect(reply).toMatch(/Potassium: best food sources/);
    expect(reply).toMatch(/back to your symptom check/);
    expect(reply).toMatch(/quick safety check/);
    expect(texts(await say(adapter, 'none'))).toMatch(/And any of these/);
  });

  it('re-prompts with examples after a miss and skips the step after two, never looping', async () => {
    const { adapter } = testBot();
    const run: string[] = [];
    await say(adapter, 'check my symptoms');
    run.push(texts(await say(adapter, 'blorp')));
    run.push(texts(await say(adapter, 'zzzz')));
    expect(run[0]).toMatch(/didn’t recognise a symptom.*for example/s);
    expect(run[1]).toMatch(/skip that one/);
    expect(run[1]).toMatch(/quick safety check/);
  });

  it('shows what it keeps and forgets everything on request, mid-interview', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my calf keeps jumping');
    expect(texts(await say(adapter, 'what do you know about me'))).toMatch(/symptom check in progress: 1 symptom/);
    expect(texts(await say(adapter, 'forget me'))).toMatch(/deleted/);
    expect(texts(await say(adapter, 'what do you know about me'))).toMatch(/Nothing about you/);
  });
});

describe('state', () => {
  it('keeps the interview in conversation state, so a restarted process continues it from a shared store', async () => {
    const storage = new InProcessStorage();
    const first = testBot('test', storage, 'restart-1');
    await say(first.adapter, 'my calf keeps jumping');
    await say(first.adapter, 'that’s all');
    // A new bot instance (as after a restart) on the same store picks up the same conversation.
    const second = testBot('test', storage, 'restart-1');
    expect(texts(await say(second.adapter, 'none'))).toMatch(/And any of these\?/);
  });
});

describe('the result', () => {
  it('ranks explanations with why, what the nutrient does, foods for the diet, when to see a doctor and the not-a-diagnosis line', async () => {
    const { adapter } = testBot();
    const vegan = VIGNETTES.find((v) => v.factors.diet === 'vegan' && v.expectedTop === 'vitaminB12')!;
    const run = await playInterview(adapter, kb, vegan);
    const text = run.resultText;
    expect(text).toMatch(/symptoms ✓ · a few questions ✓ · your result ✓/);
    expect(rankedInResult(text)[0]).toBe(candidateName(kb, 'vitaminB12'));
    expect(text).toMatch(/Why: you have tingling or numbness in the hands and feet/);
    expect(text).toMatch(/What it does:/);
    expect(text).toMatch(/Good foods for a vegan diet/);
    expect(text).toMatch(/When to see a doctor/);
    expect(text).toMatch(/not a diagnosis/);
    expect(text).toMatch(/\d+(\.\d)? mcg \(\d+% DV\)/);
  });

  it('withholds potassium food advice when kidney disease is reported', async () => {
    const { adapter } = testBot();
    const run = await playInterview(
      adapter,
      kb,
      VIGNETTES.find((v) => v.factors.kidney === 'yes')!,
    );
    expect(run.resultText).toMatch(/don’t add potassium-rich foods or supplements without your doctor/);
  });

  it('offers next steps and gives a short summary to show a doctor', async () => {
    const { adapter } = testBot();
    const run = await playInterview(adapter, kb, VIGNETTES[4]!);
    expect(run.resultText).toMatch(/Your result/);
    const top = rankedInResult(run.resultText)[0];
    const nutrient = [...kb.data.nutrients.values()].find((n) => candidateName(kb, n.id) === top)!;
    expect(nutrient, top).toBeDefined();
    expect(suggestions(run.lastActivities.at(-1))).toEqual([
      `Foods for ${nutrient.name.toLowerCase()}`,
      'Summary',
      'Start over',
    ]);
    const summary = texts(await say(adapter, 'summary'));
    expect(summary).toMatch(/Symptom check summary \(general information, not a diagnosis\)/);
    expect(summary).toMatch(/Symptoms: .*around the mouth/);
    expect(summary).toMatch(/Tests to ask about/);
  });
});

describe('vignettes through the whole dialog', () => {
  it.each(VIGNETTES.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const { adapter } = testBot();
    const run = await playInterview(adapter, kb, v);
    const transcript = run.transcript.join('\n');
    if (v.expectedTriage === 'emergency') {
      // An emergency ends the check with the emergency advice, never a ranking of nutrients.
      expect(transcript).toMatch(/This needs urgent medical care now/);
      expect(rankedInResult(run.resultText)).toEqual([]);
      return;
    }
    expect(rankedInResult(run.resultText)[0], transcript).toBe(candidateName(kb, v.expectedTop));
    // The headline comes from the one rule set over what this run actually learnt (questions are adaptive).
    const learnt = {
      symptoms: v.symptoms,
      triage: v.triage,
      factors: Object.fromEntries(Object.entries(v.factors).filter(([q]) => run.questionsAsked.includes(q))),
    };
    const level = createAssessmentEngine(kb).triage(learnt).level;
    expect(run.resultText).toMatch(new RegExp(`Your result: ${kb.data.triage.headlines[level].toLowerCase()}`));
    expect(run.questionsAsked.length).toBeLessThanOrEqual(6);
  });
});
