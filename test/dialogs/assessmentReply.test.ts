/** The interview's result and summary, built from answers: what each part says and when. */
import { describe, expect, it } from 'vitest';
import { assessmentReply, candidateName, summaryReply } from '../../dialogs/interview/assessmentReply';
import { createAssessmentEngine } from '../../dialogs/interview/createAssessmentEngine';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import { progressLine, symptomChoices, symptomsSaidBack } from '../../dialogs/interview/interviewWording';
import type { Reply } from '../../dialogs/replies/replyModel';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

const kb = knowledgeBase();
const engine = createAssessmentEngine(kb);
const all = (r: Reply) =>
  [
    r.title ?? '',
    ...r.blocks.map((b) =>
      'text' in b
        ? b.text
        : 'items' in b
          ? b.items.join('\n')
          : 'facts' in b
            ? b.facts.map((f) => `${f.label}: ${f.value}`).join('\n')
            : '',
    ),
  ].join('\n');
const answers = (a: Partial<InterviewAnswers>): InterviewAnswers => ({ symptoms: [], factors: {}, triage: [], ...a });

describe('the result', () => {
  it('heads a raised level with its reasons, urgent only for an emergency', () => {
    const today = assessmentReply(kb, engine, answers({ symptoms: ['cramps'], triage: ['clot-signs'] }));
    expect(today.title).toBe('Your result: please see a doctor today');
    expect(today.blocks[1]).toMatchObject({ type: 'note', tone: 'caution' });
    expect(all(today)).toMatch(/Please see a doctor today, because of a calf or leg that is red/);
    const emergency = assessmentReply(kb, engine, answers({ symptoms: ['cramps'], triage: ['chest-pain'] }));
    expect(emergency.blocks[1]).toMatchObject({ type: 'note', tone: 'urgent' });
    const calm = assessmentReply(kb, engine, answers({ symptoms: ['cramps'] }));
    expect(calm.title).toBe('Your result: self-care is reasonable for now');
    expect(calm.blocks.filter((b) => b.type === 'note' && b.tone !== 'info')).toEqual([]);
  });

  it('explains the top three with why, what the nutrient does, foods and lifestyle help', () => {
    const r = assessmentReply(
      kb,
      engine,
      answers({ symptoms: ['cramps'], factors: { kidney: 'no', fluids: 'little' } }),
    );
    const headings = r.blocks.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''));
    expect(headings.slice(0, 3).map((h) => h.replace(/: \w+ match$/, ''))).toHaveLength(3);
    expect(headings[0]).toMatch(/^1\. /);
    expect(headings[2]).toMatch(/^3\. /);
    expect(headings.at(-1)).toBe('When to see a doctor');
    expect(all(r)).toMatch(/Why: you have muscle cramps/);
    expect(all(r)).toMatch(/What it does: /);
    expect(all(r)).toMatch(/Good foods:/);
    expect(all(r)).toMatch(/What helps:/);
    expect(all(r)).toMatch(/Based on what you told me \(muscle cramps\)/);
    expect(all(r)).toContain(kb.data.guidance.disclaimer);
    expect(r.suggestions).toEqual([expect.stringMatching(/^Foods for /), 'Summary', 'Start over']);
    expect(r.kind).toBe('assessment');
    expect(r.healthInfo).toBe(true);
    for (const f of kb.data.guidance.whenToSeeADoctor) expect(r.sources).toContain(f.source);
  });

  it('foods for the diet, with its note; a child is named', () => {
    const vegan = assessmentReply(
      kb,
      engine,
      answers({ symptoms: ['tingling-hands-feet', 'fatigue'], factors: { diet: 'vegan' }, context: ['child'] }),
    );
    expect(all(vegan)).toMatch(/Good foods for a vegan diet:/);
    expect(all(vegan)).toContain(kb.nutrient('vitaminB12').dietNotes.find((d) => d.diet === 'vegan')!.text);
    expect(all(vegan)).toMatch(/Based on what you told me about your child/);
    const omnivore = assessmentReply(
      kb,
      engine,
      answers({ symptoms: ['tingling-hands-feet'], factors: { diet: 'omnivore' } }),
    );
    expect(all(omnivore)).toMatch(/Good foods:/);
    expect(all(omnivore)).not.toMatch(/diet:/);
  });

  it('says so when nothing points to a nutrient', () => {
    const r = assessmentReply(kb, engine, answers({}));
    expect(all(r)).toMatch(/doesn’t point clearly to any of the five nutrients/);
    expect(r.suggestions).toEqual(['Summary', 'Start over']);
  });

  it('names candidates plainly', () => {
    expect(candidateName(kb, 'magnesium')).toMatch(/^Low magnesium \(/);
    expect(candidateName(kb, 'vitaminB12')).toMatch(/^Low vitamin B12 \(/);
    expect(candidateName(kb, 'stress-and-sleep')).toBe(
      kb.data.guidance.lifestyleFactors.find((f) => f.id === 'stress-and-sleep')?.name ?? 'Stress and sleep',
    );
    expect(candidateName(kb, 'made-up-thing')).toBe('Made up thing');
  });
});

describe('the summary', () => {
  it('lists symptoms, warnings, urgency, answers, explanations and tests to ask about', () => {
    const r = summaryReply(
      kb,
      engine,
      answers({ symptoms: ['cramps'], factors: { kidney: 'yes', unknownQuestion: 'x' }, triage: ['clot-signs'] }),
    );
    const text = all(r);
    expect(r.title).toBe('Symptom check summary (general information, not a diagnosis)');
    expect(text).toMatch(/Symptoms: muscle cramps/);
    expect(text).toMatch(/Warning signs and reasons to see a doctor: A calf or leg/);
    expect(text).toMatch(/Urgency: Please see a doctor today/);
    const kidney = engine.question('kidney')!;
    expect(text).toContain(`${kidney.text} ${kidney.options.find((o) => o.value === 'yes')!.label}`);
    expect(text).toContain('unknownQuestion x');
    expect(text).toMatch(/Possible explanations to discuss[\s\S]*Low magnesium[^\n]*: you have muscle cramps/);
    expect(text).toMatch(/Tests to ask about: blood levels of electrolytes/);
    expect(r.suggestions).toEqual(['Start over']);
  });

  it('says when nothing was given, and offers a check when there was none', () => {
    const empty = all(summaryReply(kb, engine, answers({})));
    expect(empty).toMatch(/Symptoms: none given/);
    expect(empty).toMatch(/Warning signs and reasons to see a doctor: none reported/);
    expect(empty).not.toMatch(/Answers/);
    const none = summaryReply(kb, engine, undefined);
    expect(all(none)).toMatch(/no symptom check to summarise yet/);
    expect(none.suggestions).toEqual(['Check my symptoms']);
  });

  it('after a check, "summary" in the chat gives it, and a later check keeps the signs told', async () => {
    const { adapter } = testBot();
    await say(adapter, 'my lips feel tingly');
    await say(adapter, 'that’s all');
    await say(adapter, 'none');
    let reply = texts(await say(adapter, 'my calf is red and swollen'));
    for (let i = 0; i < 8 && !/Your result/.test(reply); i++) reply = texts(await say(adapter, 'skip'));
    expect(reply).toMatch(/Your result: please see a doctor today/);
    expect(texts(await say(adapter, 'summary'))).toMatch(/Warning signs[^\n]*A calf or leg/);
  });
});

describe('interview wording', () => {
  it('progress by stage', () => {
    expect(progressLine('symptoms')).toBe('symptoms · a few questions · your result');
    expect(progressLine('confirm')).toBe('symptoms · a few questions · your result');
    expect(progressLine('question')).toBe('symptoms ✓ · a few questions · your result');
    expect(progressLine('result')).toBe('symptoms ✓ · a few questions ✓ · your result ✓');
  });

  it('symptoms said back and offered', () => {
    expect(symptomsSaidBack(kb, ['cramps', 'fatigue', 'twitching'])).toBe(
      'muscle twitching, muscle cramps and fatigue',
    );
    expect(symptomsSaidBack(kb, [])).toBe('');
    expect(symptomChoices(kb, [])[0]).toBe('Muscle twitching');
    expect(symptomChoices(kb, ['twitching'])).not.toContain('Also muscle twitching');
    expect(symptomChoices(kb, ['twitching'])[0]).toBe('Also muscle cramps');
  });

  it('prefills a diet and lifestyle answers from the opening', () => {
    expect(engine.prefill({ diet: 'vegan', lifestyleFactors: [] })).toEqual({ diet: 'vegan' });
    expect(engine.prefill({ diet: 'dairy-free', lifestyleFactors: [] })).toEqual({});
    const hint = kb.data.assessment.prefill[0]!;
    expect(engine.prefill({ lifestyleFactors: [hint.lifestyleFactor] })).toMatchObject({ [hint.question]: hint.value });
  });
});
