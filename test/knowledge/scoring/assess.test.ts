import { describe, expect, it } from 'vitest';
import { assess, type InterviewAnswers } from '../../../knowledge/scoring/assess';
import { assessmentModelSchema } from '../../../knowledge/scoring/assessmentSchema';
import { matchOption } from '../../../knowledge/scoring/matchAnswer';
import { triage } from '../../../knowledge/triage/triageRules';
import { MAX_QUESTIONS, nextQuestion } from '../../../knowledge/scoring/nextQuestion';
import { knowledgeBase } from '../../support/knowledge';
import { type Vignette, VIGNETTES } from './vignettes';
import { createAssessmentEngine } from '../../../dialogs/interview/createAssessmentEngine';

const model = knowledgeBase().data.assessment;
const triageModel = knowledgeBase().data.triage;
const answersOf = (v: Vignette): InterviewAnswers => ({ symptoms: v.symptoms, factors: v.factors, triage: v.triage });

describe('assess on the vignettes', () => {
  it('has at least 20 vignettes covering every deficiency, lifestyle factors and every triage level', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(20);
    const tops = new Set(VIGNETTES.map((v) => v.expectedTop));
    for (const id of ['magnesium', 'calcium', 'potassium', 'vitaminD', 'vitaminB12', 'dehydration', 'stress-and-sleep'])
      expect(tops).toContain(id);
    expect(new Set(VIGNETTES.map((v) => v.expectedTriage))).toEqual(
      new Set(['self-care', 'soon', 'today', 'emergency']),
    );
  });

  it.each(VIGNETTES.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const result = assess(answersOf(v), model);
    expect(result.ranked[0]?.candidate).toBe(v.expectedTop);
    expect(triage({ signs: v.triage, symptoms: v.symptoms, factors: v.factors }, triageModel).level).toBe(
      v.expectedTriage,
    );
  });

  it('traces every point of score to one piece of evidence from an answer', () => {
    for (const v of VIGNETTES) {
      for (const item of assess(answersOf(v), model).ranked) {
        expect(item.score).toBe(item.evidence.reduce((sum, e) => sum + e.points, 0));
        for (const e of item.evidence) {
          if (e.from.kind === 'symptom') expect(v.symptoms).toContain(e.from.id);
          else expect(v.factors[e.from.id]).toBe(e.from.value);
          expect(e.source).toMatch(/^[A-Z0-9_]+$/);
        }
      }
    }
  });

  it('drops candidates without positive evidence', () => {
    const answers: InterviewAnswers = { symptoms: ['tingling-mouth'], factors: {}, triage: [] };
    expect(assess(answers, model).ranked.map((r) => r.candidate)).toEqual(['calcium']);
    expect(assess({ symptoms: [], factors: {}, triage: [] }, model).ranked).toEqual([]);
  });

  const ranking = (symptoms: string[], factors: Record<string, string> = {}) =>
    assess({ symptoms, factors, triage: [] }, model).ranked.map((r) => `${r.candidate} ${r.score} ${r.confidence}`);

  it('breaks ties in the model’s order, whatever order the symptoms came in, each symptom counted once', () => {
    const modelOrder = model.candidates.map((c) => c.id);
    const tied = assess({ symptoms: ['fatigue'], factors: {}, triage: [] }, model).ranked.map((r) => r.candidate);
    expect(tied.length).toBeGreaterThan(3);
    expect(tied).toEqual(modelOrder.filter((id) => tied.includes(id)));
    expect(ranking(['cramps', 'tingling-fingers'])).toEqual(ranking(['tingling-fingers', 'cramps']));
    expect(ranking(['cramps', 'cramps'])).toEqual(ranking(['cramps']));
  });

  // Higher: the leader, at least 3 points ahead; moderate: at least 60% of the leader's score.
  it.each([
    [
      ['tingling-mouth', 'tremors'],
      ['calcium 5 higher', 'magnesium 2 lower'],
    ],
    [
      ['cramps', 'nausea'],
      ['magnesium 5 moderate', 'potassium 3 moderate', 'dehydration 2 lower'],
    ],
    [
      ['cramps', 'tingling-mouth'],
      ['calcium 6 higher', 'magnesium 3 lower', 'potassium 3 lower'],
    ],
    [['cramps'], ['magnesium 3 moderate', 'potassium 3 moderate', 'dehydration 2 moderate']],
  ])('%j ranks %j first, with these confidences', (symptoms, first) => {
    expect(ranking(symptoms).slice(0, first.length)).toEqual(first);
  });

  it('scores answers as evidence, and a negative answer lowers a candidate', () => {
    const withDairy = assess({ symptoms: ['tingling-fingers'], factors: { dairy: 'rarely' }, triage: [] }, model);
    const calcium = withDairy.ranked.find((r) => r.candidate === 'calcium')!;
    const dairy = calcium.evidence.find((e) => e.from.kind === 'factor')!;
    expect(dairy.from).toEqual({ kind: 'factor', id: 'dairy', value: 'rarely' });
    expect(dairy.points).toBeGreaterThan(0);
    expect(calcium.score).toBe(4 + dairy.points);
    expect(calcium.evidence[0]).toMatchObject({ from: { kind: 'symptom', id: 'tingling-fingers' }, points: 4 });
  });

  it('cautions about potassium when kidney disease is reported or unsure', () => {
    const base = { symptoms: ['cramps', 'constipation'], triage: [] };
    expect(assess({ ...base, factors: { kidney: 'yes' } }, model).cautions.map((c) => c.id)).toEqual([
      'potassium-kidney',
    ]);
    expect(assess({ ...base, factors: { kidney: 'unsure' } }, model).cautions).toEqual([
      expect.objectContaining({ id: 'potassium-kidney', candidate: 'potassium', source: 'MEDLINEPLUS_HYPOK_COPY' }),
    ]);
    expect(assess({ ...base, factors: { kidney: 'unsure' } }, model).cautions[0]?.text).toMatch(
      /don’t add potassium-rich foods/,
    );
    expect(assess({ ...base, factors: { kidney: 'no' } }, model).cautions).toEqual([]);
    expect(assess({ ...base, factors: {} }, model).cautions).toEqual([]);
  });

  it('rejects a model whose weights name an unknown candidate', () => {
    const broken = structuredClone(model);
    broken.symptomWeights[0]!.weights[0]!.candidate = 'vitaminZ';
    expect(assessmentModelSchema.safeParse(broken).success).toBe(false);
  });
});

describe('nextQuestion', () => {
  it('asks the kidney safety question first when potassium is in the top three', () => {
    const q = nextQuestion({ symptoms: ['cramps', 'constipation'], factors: {}, triage: [] }, model, []);
    expect(q?.id).toBe('kidney');
  });

  it('asks only questions that can change the top three, never one already asked', () => {
    const answers: InterviewAnswers = {
      symptoms: ['tingling-hands-feet', 'poor-coordination'],
      factors: {},
      triage: [],
    };
    const first = nextQuestion(answers, model, [])!;
    expect(first).toBeDefined();
    expect(['exercise', 'fluids', 'stressSleep']).not.toContain(first.id);
    expect(nextQuestion(answers, model, [first.id])?.id).not.toBe(first.id);
  });

  it('stops when the leader is clear', () => {
    const answers: InterviewAnswers = {
      symptoms: ['tingling-mouth', 'tingling-fingers'],
      factors: { dairy: 'rarely' },
      triage: [],
    };
    // How long and which medicines are asked before any result; here they were asked already.
    expect(nextQuestion(answers, model, ['dairy', 'duration', 'medications'])).toBeUndefined();
    expect(nextQuestion(answers, model, ['dairy'])?.beforeResult).toBe(true);
  });

  it('never asks more than the maximum number of questions', () => {
    const answers: InterviewAnswers = { symptoms: ['fatigue', 'twitching'], factors: {}, triage: [] };
    const asked: string[] = [];
    for (let q = nextQuestion(answers, model, asked); q; q = nextQuestion(answers, model, asked)) asked.push(q.id);
    expect(asked.filter((id) => id !== 'kidney').length).toBeLessThanOrEqual(MAX_QUESTIONS);
    expect(new Set(asked).size).toBe(asked.length);
  });
});

describe('matching free-text answers', () => {
  const question = (id: string) => model.questions.find((q) => q.id === id)!;
  it.each([
    ['diet', 'vegan', 'vegan'],
    ['diet', "I'm vegan", 'vegan'],
    ['diet', 'plant-based', 'vegan'],
    ['diet', 'vegetarain', 'vegetarian'],
    ['diet', 'I eat everything', 'omnivore'],
    ['diet', '3', 'omnivore'],
    ['medications', 'omeprazole', 'ppi'],
    ['medications', 'water pills', 'diuretics'],
    ['kidney', 'not sure', 'unsure'],
    ['kidney', 'nope', 'no'],
    ['sunlight', 'I work nights indoors', 'little'],
  ])('%s: "%s" is %s', (id, text, value) => {
    expect(matchOption(question(id), text)?.value).toBe(value);
  });

  it('does not guess on unrelated text', () => {
    expect(matchOption(question('diet'), 'what foods have potassium')).toBeUndefined();
  });
});

describe('lifestyle causes scored when mentioned', () => {
  const kb = knowledgeBase();
  const model = kb.data.assessment;

  it.each([
    ['caffeine', 'lots', 'caffeine'],
    ['nicotine', 'yes', 'nicotine'],
    ['training', 'new-or-more', 'overuse'],
    ['endurance', 'yes', 'endurance-sweating'],
    ['alcohol', 'heavy', 'alcohol'],
    ['stimulantMedicine', 'yes', 'prescribed-stimulants'],
    ['inactivity', 'yes', 'inactivity'],
  ])('%s = %s scores %s, with its source', (question, value, candidate) => {
    const result = assess({ symptoms: ['twitching'], factors: { [question]: value }, triage: [] }, model);
    const ranked = result.ranked.find((r) => r.candidate === candidate);
    expect(ranked?.score).toBeGreaterThan(0);
    expect(ranked?.evidence.every((e) => kb.source(e.source))).toBe(true);
  });

  it('never asks a question that only a mention can answer', () => {
    const mentionOnly = model.questions.filter((q) => q.mentionOnly).map((q) => q.id);
    expect(mentionOnly).toEqual(expect.arrayContaining(['caffeine', 'nicotine', 'training', 'endurance']));
    const asked: string[] = [];
    const answers = { symptoms: ['twitching', 'cramps'], factors: {} as Record<string, string>, triage: [] };
    for (let q = nextQuestion(answers, model, asked); q; q = nextQuestion(answers, model, asked)) {
      expect(mentionOnly).not.toContain(q.id);
      asked.push(q.id);
      answers.factors[q.id] = q.options[0]!.value;
    }
  });

  it('a lifestyle factor named in the opening message answers its question', () => {
    const engine = createAssessmentEngine(kb);
    expect(engine.prefill({ lifestyleFactors: ['caffeine', 'nicotine'] })).toMatchObject({
      caffeine: 'lots',
      nicotine: 'yes',
    });
  });

  it('little sunlight named in the opening message answers the sunlight question', () => {
    expect(createAssessmentEngine(kb).prefill({ lifestyleFactors: ['little-sunlight'] })).toMatchObject({
      sunlight: 'little',
    });
  });
});
