/** The interview's result and summary, built from answers: what each part says and when. */
import { beforeEach, describe, expect, it } from 'vitest';
import { foodAmountLine } from '../../dialogs/answers/format';
import {
  assessmentReply,
  candidateName,
  summaryComesLater,
  summaryReply,
} from '../../dialogs/interview/assessmentReply';
import type { AssessmentEngine } from '../../dialogs/interview/assessmentEngine';
import { createAssessmentEngine } from '../../dialogs/interview/createAssessmentEngine';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import { progressLine, symptomChoices, symptomsSaidBack } from '../../dialogs/interview/interviewWording';
import type { Block, Reply } from '../../dialogs/replies/replyModel';
import { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { type KnowledgeData, loadKnowledgeData } from '../../knowledge/loadKnowledge';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

// Built per test: a mutation run shares this module between mutants (test/mutation/setup.ts), and an
// engine built once at load would keep the first mutant's symptom labels.
let kb: KnowledgeBase;
let engine: AssessmentEngine;
beforeEach(() => {
  kb = knowledgeBase();
  engine = createAssessmentEngine(kb);
});
let data: KnowledgeData | undefined;
/** A knowledge base from a copy of the data, changed by `edit` (within what the schema allows). */
function withData(edit: (copy: KnowledgeData) => KnowledgeData): KnowledgeBase {
  data ??= loadKnowledgeData();
  return new KnowledgeBase(edit(structuredClone(data)));
}
/** The blocks of the result's nth explanation, from its heading to the next heading. */
const section = (r: Reply, n: number): Block[] => {
  const start = r.blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith(`${n}. `));
  const end = r.blocks.findIndex((b, i) => i > start && b.type === 'heading');
  return start < 0 ? [] : r.blocks.slice(start + 1, end);
};
const adviceOf = (id: string) => kb.data.guidance.lifestyleFactors.find((f) => f.id === id)!.advice.map((a) => a.text);
const foodLines = (...args: Parameters<KnowledgeBase['foodsRichIn']>) => kb.foodsRichIn(...args).map(foodAmountLine);
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

  it('says progress as done, and raises no level it has no reason for', () => {
    const calm = assessmentReply(kb, engine, answers({ symptoms: ['cramps'] }));
    expect(calm.blocks[0]).toEqual({ type: 'note', tone: 'info', text: progressLine('result') });
    expect(calm.blocks[1]).toMatchObject({ type: 'text', text: expect.stringMatching(/^Based on what you told me/) });
    expect(all(calm)).not.toMatch(/because of/);
  });

  // Cramps, twitching and fatigue; greens every day, a lot of caffeine, little to drink; kidney disease;
  // a red swollen calf and numbness: nine causes fit, three are shown.
  const busy = () =>
    answers({
      symptoms: ['cramps', 'twitching', 'fatigue'],
      factors: { plants: 'daily', caffeine: 'lots', fluids: 'little', kidney: 'yes' },
      triage: ['clot-signs', 'numbness'],
    });

  it('names every reason for the level, and each one’s advice before the general reasons to see a doctor', () => {
    const r = assessmentReply(kb, engine, busy());
    const reasons = engine.assess(busy()).triage.reasons;
    expect(reasons.length).toBeGreaterThan(2);
    expect(r.blocks[1]).toEqual({
      type: 'note',
      tone: 'caution',
      text: 'Please see a doctor today, because of a calf or leg that is red, swollen, warm or painful (possible clot); numbness; kidney disease or a medicine that affects potassium.',
    });
    const whenToSee = r.blocks.findIndex((b) => b.type === 'heading' && b.text === 'When to see a doctor');
    expect(r.blocks[whenToSee + 1]).toEqual({
      type: 'list',
      items: [...new Set(reasons.map((t) => t.advice.text)), ...kb.data.guidance.whenToSeeADoctor.map((f) => f.text)],
    });
  });

  it('shows the top three only, each with only the evidence that counts for it', () => {
    const r = assessmentReply(kb, engine, busy());
    expect(r.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      '1. Dehydration: moderate match',
      '2. Low magnesium (hypomagnesemia): moderate match',
      '3. Low potassium (hypokalemia): lower match',
      'When to see a doctor',
    ]);
    // Greens every day count against low magnesium: not a reason for it.
    expect(section(r, 2)[0]).toEqual({
      type: 'text',
      text: 'Why: you have muscle cramps; you have muscle twitching; you have fatigue.',
    });
    expect(section(r, 1)[0]).toEqual({
      type: 'text',
      text: 'Why: you have muscle cramps; you have muscle twitching; you don’t drink much.',
    });
    // Kidney disease: a caution instead of potassium-rich foods.
    expect(section(r, 3).slice(2)).toEqual([
      { type: 'note', tone: 'caution', text: engine.assess(busy()).cautions[0]!.text },
    ]);
  });

  it('cites the sources of the causes shown, the caution and the reasons to see a doctor, and no others', () => {
    const r = assessmentReply(kb, engine, busy());
    // Caffeine ranks sixth: its source (MEDLINEPLUS_TWITCHING) is not cited.
    expect(r.sources).toEqual(['SEED_MUSCLE_TWITCHING', 'MEDLINEPLUS_HYPOK_COPY', 'MEDLINEPLUS_DVT']);
    expect(summaryReply(kb, engine, busy()).sources).toEqual(r.sources);
    const b12 = assessmentReply(kb, engine, answers({ symptoms: ['tingling-hands-feet'], factors: { diet: 'vegan' } }));
    expect(b12.sources).toContain('MAYO_B12');
    const caffeine = assessmentReply(kb, engine, answers({ factors: { caffeine: 'lots' } }));
    expect(caffeine.sources).toContain('MEDLINEPLUS_TWITCHING');
  });

  it('an answer that counts neither way is not given as a reason', () => {
    // A copy of the data where greens every day count 0 for low magnesium (the schema allows 0 points).
    const zeroKb = withData((copy) => ({
      ...copy,
      assessment: {
        ...copy.assessment,
        questions: copy.assessment.questions.map((q) =>
          q.id !== 'plants'
            ? q
            : {
                ...q,
                options: q.options.map((o) => ({
                  ...o,
                  effects: o.effects?.map((e) => (e.candidate === 'magnesium' ? { ...e, points: 0 } : e)),
                })),
              },
        ),
      },
    }));
    const zeroEngine = createAssessmentEngine(zeroKb);
    const a = answers({ symptoms: ['cramps'], factors: { plants: 'daily' } });
    expect(zeroEngine.assess(a).ranked[0]).toMatchObject({ candidate: 'magnesium' });
    expect(zeroEngine.assess(a).ranked[0]!.evidence.map((e) => e.points)).toEqual([3, 0]);
    expect(section(assessmentReply(zeroKb, zeroEngine, a), 1)[0]).toEqual({
      type: 'text',
      text: 'Why: you have muscle cramps.',
    });
    expect(all(summaryReply(zeroKb, zeroEngine, a))).toMatch(
      /Low magnesium \(hypomagnesemia\): you have muscle cramps\n/,
    );
  });

  it('foods that fit a vegan or vegetarian diet, three of them, with that diet’s own note', () => {
    const b12 = (diet: string) =>
      section(
        assessmentReply(kb, engine, answers({ symptoms: ['tingling-hands-feet', 'fatigue'], factors: { diet } })),
        1,
      );
    const notes = kb.nutrient('vitaminB12').dietNotes;
    for (const diet of ['vegan', 'vegetarian'] as const) {
      expect(b12(diet).slice(2)).toEqual([
        { type: 'text', text: `Good foods for a ${diet} diet:` },
        { type: 'list', items: foodLines('vitaminB12', { diet, limit: 3 }) },
        { type: 'note', tone: 'info', text: notes.find((d) => d.diet === diet)!.text },
      ]);
    }
    // Each diet's foods are its own (the richest sources overall are animal foods).
    const lists = ['vegan', 'vegetarian', 'omnivore'].map((diet) => b12(diet)[3]);
    expect(new Set(lists.map((l) => JSON.stringify(l))).size).toBe(3);
    expect(b12('omnivore').slice(2)).toEqual([
      { type: 'text', text: 'Good foods:' },
      { type: 'list', items: foodLines('vitaminB12', { limit: 3 }) },
    ]);
  });

  it('an answer of fortified foods is not named as a diet and does not narrow the foods', () => {
    // Answers kept from a diet question offering fortified foods (today's offers vegan, vegetarian, omnivore).
    const r = assessmentReply(
      kb,
      engine,
      answers({ symptoms: ['tingling-hands-feet'], factors: { diet: 'fortified' } }),
    );
    expect(section(r, 1).slice(2, 4)).toEqual([
      { type: 'text', text: 'Good foods:' },
      { type: 'list', items: foodLines('vitaminB12', { limit: 3 }) },
    ]);
    expect(foodLines('vitaminB12', { limit: 3 })).not.toEqual(foodLines('vitaminB12', { diet: 'fortified', limit: 3 }));
  });

  it('a lifestyle cause gives the advice of its guidance entries, in order', () => {
    // Stress and little sleep with hard exercise: stress-and-sleep first, intense exercise second.
    const r = assessmentReply(
      kb,
      engine,
      answers({ symptoms: ['cramps', 'twitching'], factors: { stressSleep: 'stressed', exercise: 'yes' } }),
    );
    expect(section(r, 1).slice(1)).toEqual([
      { type: 'text', text: 'What helps:' },
      { type: 'list', items: [...adviceOf('stress'), ...adviceOf('poor-sleep')] },
    ]);
    expect(section(r, 2).slice(1)).toEqual([
      { type: 'text', text: 'What helps:' },
      { type: 'list', items: [...adviceOf('intense-exercise'), ...adviceOf('dehydration')] },
    ]);
    // A cause that is its own guidance entry.
    const caffeine = assessmentReply(kb, engine, answers({ factors: { caffeine: 'lots' } }));
    expect(caffeine.blocks.filter((b) => b.type === 'heading').map((b) => b.text)[0]).toBe(
      '1. Caffeine and other stimulants: higher match',
    );
    expect(section(caffeine, 1).slice(1)).toEqual([
      { type: 'text', text: 'What helps:' },
      { type: 'list', items: adviceOf('caffeine') },
    ]);
    expect(all(caffeine)).toMatch(/Based on what you told me \(no specific symptoms\)/);
  });

  it('a lifestyle cause with no guidance entry gets no advice', () => {
    const noCaffeine = withData((copy) => ({
      ...copy,
      guidance: {
        ...copy.guidance,
        lifestyleFactors: copy.guidance.lifestyleFactors.filter((f) => f.id !== 'caffeine'),
      },
    }));
    const r = assessmentReply(
      noCaffeine,
      createAssessmentEngine(noCaffeine),
      answers({ factors: { caffeine: 'lots' } }),
    );
    expect(r.blocks.filter((b) => b.type === 'heading').map((b) => b.text)[0]).toBe('1. Caffeine: higher match');
    expect(section(r, 1)).toHaveLength(1);
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
    // A lifestyle cause goes by its guidance entry's name.
    expect(candidateName(kb, 'caffeine')).toBe('Caffeine and other stimulants');
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

  it('as a whole: every warning, the urgency on the day of the check, the answers and the top three', () => {
    const a = answers({
      symptoms: ['cramps', 'twitching', 'fatigue'],
      factors: { plants: 'daily', caffeine: 'lots', fluids: 'little', kidney: 'yes' },
      triage: ['clot-signs', 'numbness'],
    });
    const r = summaryReply(kb, engine, a, '3 March');
    const q = (id: string, value: string) => {
      const question = engine.question(id)!;
      return `${question.text} ${question.options.find((o) => o.value === value)!.label}`;
    };
    expect(r).toEqual({
      kind: 'summary',
      title: 'Symptom check summary (general information, not a diagnosis)',
      blocks: [
        {
          type: 'facts',
          facts: [
            { label: 'Symptoms', value: 'muscle twitching, muscle cramps and fatigue' },
            {
              label: 'Warning signs and reasons to see a doctor',
              value:
                'A calf or leg that is red, swollen, warm or painful (possible clot); Numbness; kidney disease or a medicine that affects potassium',
            },
            { label: 'Urgency at the check (3 March)', value: 'Please see a doctor today' },
          ],
        },
        { type: 'heading', text: 'Answers' },
        {
          type: 'list',
          items: [q('plants', 'daily'), q('caffeine', 'lots'), q('fluids', 'little'), q('kidney', 'yes')],
        },
        { type: 'heading', text: 'Possible explanations to discuss' },
        {
          type: 'list',
          // Greens every day count against low magnesium: not listed as a reason for it.
          items: [
            'Dehydration: you have muscle cramps; you have muscle twitching; you don’t drink much',
            'Low magnesium (hypomagnesemia): you have muscle cramps; you have muscle twitching; you have fatigue',
            'Low potassium (hypokalemia): you have muscle cramps; you have muscle twitching; you have fatigue',
          ],
        },
        {
          type: 'text',
          text: 'Tests to ask about: blood levels of electrolytes (magnesium, calcium, potassium) and vitamins D and B12.',
        },
        { type: 'note', tone: 'info', text: kb.data.guidance.disclaimer },
      ],
      suggestions: ['Start over'],
      healthInfo: true,
      sources: ['SEED_MUSCLE_TWITCHING', 'MEDLINEPLUS_HYPOK_COPY', 'MEDLINEPLUS_DVT'],
    });
  });

  it('an answer its question no longer offers is said as it was kept', () => {
    // A check-in days later summarises stored answers; the question's options may have changed since.
    const text = all(summaryReply(kb, engine, answers({ symptoms: ['cramps'], factors: { kidney: 'dialysis' } })));
    expect(text).toContain(`${engine.question('kidney')!.text} dialysis`);
  });

  it('says when nothing was given, and offers a check when there was none', () => {
    const empty = all(summaryReply(kb, engine, answers({})));
    expect(empty).toMatch(/Symptoms: none given/);
    expect(empty).toMatch(/Warning signs and reasons to see a doctor: none reported/);
    expect(empty).not.toMatch(/Answers/);
    const none = summaryReply(kb, engine, undefined);
    expect(none.kind).toBe('summary');
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

describe('"summary" during the interview', () => {
  it('is small talk: it says what the summary will hold and that it comes with the result', () => {
    const r = summaryComesLater();
    expect(r.kind).toBe('smallTalk');
    expect(r.healthInfo).toBe(false);
    expect(all(r)).toMatch(/^Your summary comes at the end, with your result/m);
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

  it('offers only the common symptoms the catalogue has', () => {
    const noTwitching = withData((copy) => ({ ...copy, symptoms: copy.symptoms.filter((s) => s.id !== 'twitching') }));
    const label = (id: string) => kb.data.symptoms.find((s) => s.id === id)!.label;
    expect(symptomChoices(noTwitching, [])).toEqual(
      ['cramps', 'tingling-hands-feet', 'fatigue', 'weakness', 'muscle-aches'].map(label),
    );
    expect(symptomChoices(noTwitching, [])[0]).toBe('Muscle cramps');
  });

  it('prefills a diet and lifestyle answers from the opening', () => {
    expect(engine.prefill({ diet: 'vegan', lifestyleFactors: [] })).toEqual({ diet: 'vegan' });
    expect(engine.prefill({ diet: 'dairy-free', lifestyleFactors: [] })).toEqual({});
    const hint = kb.data.assessment.prefill[0]!;
    expect(engine.prefill({ lifestyleFactors: [hint.lifestyleFactor] })).toMatchObject({ [hint.question]: hint.value });
  });

  it('keeps a diet from the opening only when the questions ask about diet', () => {
    const noDietQuestion = withData((copy) => ({
      ...copy,
      assessment: { ...copy.assessment, questions: copy.assessment.questions.filter((q) => q.id !== 'diet') },
    }));
    expect(createAssessmentEngine(noDietQuestion).prefill({ diet: 'vegan', lifestyleFactors: [] })).toEqual({});
  });
});
