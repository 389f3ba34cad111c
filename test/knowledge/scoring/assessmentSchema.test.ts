import { describe, expect, it } from 'vitest';
import { type Question, assessmentModelSchema, listedOptions } from '../../../knowledge/scoring/assessmentSchema';
import { knowledgeBase } from '../../support/knowledge';

/** The smallest valid model: two candidates, two symptoms, two questions, a caution. */
function minimalModel() {
  const effect = (candidate: string) => ({ candidate, points: 2, reason: 'Fits the picture.', source: 'NIH_MG' });
  const option = (value: string, effects: ReturnType<typeof effect>[] = []) => ({
    value,
    label: value,
    synonyms: [],
    effects,
  });
  return {
    candidates: [
      { id: 'magnesium', kind: 'nutrient', name: 'Magnesium' },
      { id: 'stress', kind: 'lifestyle', name: 'Stress' },
    ],
    symptomWeights: [
      { symptom: 'cramps', weights: [{ candidate: 'magnesium', points: 2, source: 'NIH_MG' }] },
      {
        symptom: 'twitching',
        weights: [
          { candidate: 'magnesium', points: 1, source: 'NIH_MG' },
          { candidate: 'stress', points: 2, source: 'NHS_STRESS' },
        ],
      },
    ],
    questions: [
      { id: 'diet', text: 'What do you eat?', why: 'Diet matters.', options: [option('vegan'), option('omnivore')] },
      {
        id: 'sleep',
        text: 'How do you sleep?',
        why: 'Sleep matters.',
        options: [option('well'), option('badly', [effect('stress'), effect('magnesium')])],
      },
    ],
    cautions: [
      { id: 'c1', candidate: 'magnesium', question: 'diet', values: ['vegan'], text: 'Careful.', source: 'NIH_MG' },
      { id: 'c2', candidate: 'stress', question: 'sleep', values: ['badly'], text: 'Careful.', source: 'NIH_MG' },
    ],
    prefill: [],
  };
}

/** The issues a model raises, as the path and message each names. */
function issues(model: unknown) {
  const result = assessmentModelSchema.safeParse(model);
  return result.success ? [] : result.error.issues.map(({ code, path, message }) => ({ code, path, message }));
}

const unknown = (path: (string | number)[]) => ({ code: 'custom', path, message: 'unknown candidate "vitaminZ"' });

describe('assessmentModelSchema: every candidate a model names is one of its candidates', () => {
  it('accepts the minimal model and the real one', () => {
    expect(issues(minimalModel())).toEqual([]);
    expect(issues(structuredClone(knowledgeBase().data.assessment))).toEqual([]);
  });

  it('names an unknown candidate in a symptom’s weights, and where it is', () => {
    const model = minimalModel();
    model.symptomWeights[1]!.weights[1]!.candidate = 'vitaminZ';
    expect(issues(model)).toEqual([unknown(['symptomWeights', 1, 'weights', 1])]);
  });

  it('names an unknown candidate in an answer’s effects, and where it is', () => {
    const model = minimalModel();
    model.questions[1]!.options[1]!.effects[1]!.candidate = 'vitaminZ';
    expect(issues(model)).toEqual([unknown(['questions', 1, 'options', 1, 'effects', 1])]);
  });

  it('names an unknown candidate in a caution, and where it is', () => {
    const model = minimalModel();
    model.cautions[1]!.candidate = 'vitaminZ';
    expect(issues(model)).toEqual([unknown(['cautions', 1])]);
  });

  it('names every unknown candidate, not only the first', () => {
    const model = minimalModel();
    model.symptomWeights[0]!.weights[0]!.candidate = 'vitaminZ';
    model.questions[1]!.options[1]!.effects[0]!.candidate = 'vitaminZ';
    model.cautions[0]!.candidate = 'vitaminZ';
    expect(issues(model)).toEqual([
      unknown(['symptomWeights', 0, 'weights', 0]),
      unknown(['questions', 1, 'options', 1, 'effects', 0]),
      unknown(['cautions', 0]),
    ]);
  });
});

describe('assessmentModelSchema: a question answered by another names a real question and option', () => {
  const withAnsweredBy = (answeredBy: { question: string; values: string[] }) => {
    const model = minimalModel();
    Object.assign(model.questions[1]!, { answeredBy });
    return model;
  };

  it('accepts an answer of another question', () => {
    expect(issues(withAnsweredBy({ question: 'diet', values: ['vegan'] }))).toEqual([]);
  });

  it('names an unknown question, itself, and an option the other question does not have', () => {
    const path = ['questions', 1, 'answeredBy'];
    expect(issues(withAnsweredBy({ question: 'mood', values: ['vegan'] }))).toEqual([
      { code: 'custom', path, message: 'unknown question "mood"' },
    ]);
    expect(issues(withAnsweredBy({ question: 'sleep', values: ['badly'] }))).toEqual([
      { code: 'custom', path, message: 'unknown question "sleep"' },
    ]);
    expect(issues(withAnsweredBy({ question: 'diet', values: ['vegan', 'keto'] }))).toEqual([
      { code: 'custom', path, message: '"diet" has no option "keto"' },
    ]);
  });
});

describe('listedOptions', () => {
  it('offers every option not marked unlisted, in order', () => {
    const options = ['a', 'b', 'c', 'd'].map((value) => ({ value, label: value, synonyms: [], effects: [] }));
    const question: Question = {
      id: 'q',
      text: 'Which?',
      why: 'Because.',
      options: [options[0]!, { ...options[1]!, listed: false }, { ...options[2]!, listed: true }, options[3]!],
    };
    expect(listedOptions(question).map((o) => o.value)).toEqual(['a', 'c', 'd']);
  });
});
