/**
 * Facts read from any message (how long, when, life stage), answers named in passing, free-text
 * answers to the interview's questions, and which question comes next.
 */
import { describe, expect, it } from 'vitest';
import { matchOption, mentionedAnswers } from '../../knowledge/scoring/matchAnswer';
import { CLEAR_MARGIN, MAX_QUESTIONS, nextQuestion } from '../../knowledge/scoring/nextQuestion';
import { durationOf, readContext } from '../../knowledge/understanding/context';
import { knowledgeBase } from '../support/knowledge';

const model = knowledgeBase().data.assessment;
const question = (id: string) => model.questions.find((q) => q.id === id)!;

describe('how long', () => {
  it.each([
    ['for 3 days', 'days'],
    ['for 13 days', 'days'],
    ['for 14 days', 'weeks'],
    ['for 59 days', 'weeks'],
    ['for 60 days', 'months'],
    ['for a week', 'days'],
    ['for two weeks', 'weeks'],
    ['for a couple of weeks', 'weeks'],
    ['for a few weeks', 'weeks'],
    ['for several months', 'months'],
    ['for a year', 'months'],
    ['about 3 wks now', 'weeks'],
    ['2 months ago', 'months'],
    ['since last week', 'days'],
    ['since yesterday', 'days'],
    ['since last summer', 'months'],
    ['for ages', 'months'],
    // "first one in ages" says nothing happened for a long time: no duration.
    ['first cramp in ages', undefined],
    ['been twitching ages', 'months'],
    ['going on 10 days, and for two months before that', 'months'],
    ['3 times a day', undefined],
    ['my 2 year old', undefined],
    ['a 5 day old rash', undefined],
    ['take one a day', undefined],
    ['', undefined],
    // How long a diet, a medicine or a condition has gone on is not how long the symptoms have.
    ['vegan for 5 years', undefined],
    ['metformin for my diabetes for about 10 years, and omeprazole', undefined],
    ['been on my water tablets for 3 years', undefined],
    ['on omeprazole for years and cramps for 3 weeks', 'weeks'],
    ['cramps since i started omeprazole 3 weeks ago', 'weeks'],
    // A span that opens the message and ends its own statement is the answer, with more told after it.
    ['2 days. calf is swollen hot and red and I just got off a long flight', 'days'],
    ['3 weeks, and the twitching has moved to my other eyelid now', 'weeks'],
    ['4 months - it comes and goes, mostly at night after work', 'months'],
  ])('"%s" lasts %s', (text, duration) => {
    expect(durationOf(text)).toBe(duration);
  });
});

describe('how long: a span that is not the answer', () => {
  it.each([
    '2 tablets, then a third at lunch if the cramps come back',
    'a day off work and two more at the gym next week',
  ])('"%s" tells no duration', (text) => {
    expect(durationOf(text)).toBeUndefined();
  });
});

describe('when and who', () => {
  it.each([
    ['cramps at night', { timing: 'night' }],
    ['it wakes me up', { timing: 'night' }],
    ['after my long runs', { timing: 'exercise' }],
    ['during training', { timing: 'exercise' }],
    ['cramps at night after the gym', { timing: 'night' }],
    ['cramps sometimes', {}],
  ])('"%s" happens %j', (text, expected) => {
    const context = readContext(text);
    expect(context.timing).toBe((expected as { timing?: string }).timing);
  });

  it.each([
    ['I am pregnant', ['pregnant']],
    ['we’re expecting our first', ['pregnant']],
    ['I’m not pregnant', []],
    ['I am breastfeeding', ['breastfeeding']],
    ['not breastfeeding anymore', []],
    ['my daughter has cramps', ['child']],
    ['my 8 year old', ['child']],
    ['my son’s legs hurt', ['child']],
    ['pregnant and my toddler is sick', ['pregnant', 'child']],
    ['my husband has cramps', []],
    // A time of life said of the past is no child asked about.
    ['my cousin swallowed a bottle of pills as a toddler, now I’m pregnant', ['pregnant']],
    ['I had cramps when I was a kid', []],
  ])('"%s" is %j', (text, stages) => {
    expect(readContext(text).lifeStages).toEqual(stages);
  });

  it('leaves out what it did not find', () => {
    expect(readContext('what foods have potassium')).toEqual({ lifeStages: [] });
    expect(readContext('for two weeks at night')).toEqual({ lifeStages: [], duration: 'weeks', timing: 'night' });
  });
});

describe('answers named in passing', () => {
  it.each([
    ['I take furosemide', { medications: 'diuretics' }],
    ['I’m on omeprazole', { medications: 'ppi' }],
    ['not on furosemide', {}],
    ['what foods have potassium', {}],
  ])('"%s" answers %j', (text, expected) => {
    expect(mentionedAnswers(model, text)).toMatchObject(expected);
    if (!Object.keys(expected).length) expect(mentionedAnswers(model, text)).toEqual({});
  });
});

describe('free-text answers to a question', () => {
  it.each([
    ['kidney', '1', 'no'],
    ['kidney', '3', 'unsure'],
    ['kidney', '4', undefined],
    ['kidney', '', undefined],
    ['kidney', 'Yes', 'yes'],
    // The longest phrase found wins: "no meat" (vegetarian) over "meat" (omnivore).
    ['diet', 'no meat please', 'vegetarian'],
    ['diet', 'vegn', 'vegan'],
    ['diet', 'a very long answer that names no diet at all', undefined],
    ['dairy', 'xyzzy', undefined],
  ])('%s: "%s" is %s', (id, text, value) => {
    expect(matchOption(question(id), text)?.value).toBe(value);
  });
});

describe('the next question', () => {
  /** How long and which medicines: answered, so only the ranking decides when to stop. */
  const triageKnown = { duration: 'days', medications: 'none' };

  it('stops after the maximum number of questions, but still asks a safety question', () => {
    const answers = { symptoms: ['fatigue', 'twitching'], factors: triageKnown, triage: [] };
    const others = model.questions.filter((q) => !q.safetyFor).map((q) => q.id);
    expect(nextQuestion(answers, model, others.slice(0, MAX_QUESTIONS))).toBeUndefined();
    expect(nextQuestion(answers, model, others.slice(0, MAX_QUESTIONS - 1))).toBeDefined();
    const cramps = { symptoms: ['cramps'], factors: triageKnown, triage: [] };
    expect(nextQuestion(cramps, model, others)?.id).toBe('kidney');
    expect(nextQuestion({ ...cramps, factors: { ...triageKnown, kidney: 'no' } }, model, others)).toBeUndefined();
  });

  it('stops when the leader is clear by the margin, and asks nothing without any candidate', () => {
    expect(CLEAR_MARGIN).toBe(5);
    // How long and which medicines asked already (answered "not sure"), so only the ranking decides.
    const askedBefore = ['duration', 'medications'];
    const clear = { symptoms: ['tingling-mouth', 'tingling-fingers'], factors: {}, triage: [] };
    expect(nextQuestion(clear, model, askedBefore)).toBeUndefined();
    expect(nextQuestion({ symptoms: [], factors: {}, triage: [] }, model, askedBefore)).toBeUndefined();
    expect(nextQuestion({ symptoms: ['tingling-mouth'], factors: {}, triage: [] }, model, askedBefore)).toBeUndefined();
    expect(nextQuestion({ symptoms: ['twitching'], factors: {}, triage: [] }, model, askedBefore)?.id).toBe('plants');
  });

  it('asks how long and which medicines before the result, whatever the ranking', () => {
    // Both can raise the triage level (more than two weeks; a medicine that changes electrolytes).
    expect(model.questions.filter((q) => q.beforeResult).map((q) => q.id)).toEqual(
      expect.arrayContaining(['duration', 'medications']),
    );
    const clear = { symptoms: ['tingling-mouth', 'tingling-fingers'], factors: {}, triage: [] };
    expect(nextQuestion(clear, model, [])?.id).toBe('medications');
    expect(nextQuestion({ ...clear, factors: { medications: 'none' } }, model, [])?.id).toBe('duration');
    const others = model.questions.filter((q) => !q.safetyFor && !q.beforeResult).map((q) => q.id);
    const many = { symptoms: ['fatigue', 'twitching'], factors: { medications: 'none' }, triage: [] };
    expect(nextQuestion(many, model, others)?.id).toBe('duration');
  });

  it('never asks a question already answered in passing', () => {
    const answers = { symptoms: ['tingling-hands-feet', 'fatigue'], factors: { diet: 'vegan' }, triage: [] };
    const asked: string[] = [];
    for (let q = nextQuestion(answers, model, asked); q; q = nextQuestion(answers, model, asked)) asked.push(q.id);
    expect(asked).not.toContain('diet');
    expect(asked.length).toBeGreaterThan(0);
  });
});
