import { describe, expect, it } from 'vitest';
import type { InterviewAnswers } from '../../../knowledge/scoring/assess';
import { type AssessmentModel, assessmentModelSchema } from '../../../knowledge/scoring/assessmentSchema';
import { nextQuestion } from '../../../knowledge/scoring/nextQuestion';
import { knowledgeBase } from '../../support/knowledge';

/** An answer to a made-up question: the points it adds to each candidate. */
type Effects = Record<string, number>;

/**
 * A made-up model with five candidates, a to e: the symptom "s" ranks them a 4, b 3, c 2, d 1 (e unranked),
 * no leader clear. Each question has two listed options: one with the given effects, one with none.
 */
function model(questions: { id: string; effects: Effects; safetyFor?: string; beforeResult?: boolean }[]) {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const effects = (points: Effects) =>
    Object.entries(points).map(([candidate, p]) => ({ candidate, points: p, reason: 'Because.', source: 'TEST' }));
  return assessmentModelSchema.parse({
    candidates: ids.map((id) => ({ id, kind: 'nutrient', name: id.toUpperCase() })),
    symptomWeights: [
      {
        symptom: 's',
        weights: Object.entries({ a: 4, b: 3, c: 2, d: 1 }).map(([candidate, points]) => ({
          candidate,
          points,
          source: 'TEST',
        })),
      },
    ],
    questions: questions.map(({ id, effects: points, safetyFor, beforeResult }) => ({
      id,
      text: `${id}?`,
      why: 'Because.',
      ...(safetyFor ? { safetyFor } : {}),
      ...(beforeResult ? { beforeResult } : {}),
      options: [
        { value: 'yes', label: 'Yes', synonyms: [], effects: effects(points) },
        { value: 'no', label: 'No', synonyms: [] },
      ],
    })),
    cautions: [],
    prefill: [],
  });
}

const answers: InterviewAnswers = { symptoms: ['s'], factors: {}, triage: [] };
const next = (m: AssessmentModel, asked: string[] = []) => nextQuestion(answers, m, asked)?.id;

describe('nextQuestion on the real model', () => {
  it('never asks a vegan whether they eat fish or eggs, and asks others', () => {
    const real = knowledgeBase().data.assessment;
    const ask = (symptoms: string[], factors: Record<string, string>) => {
      const asked: string[] = [];
      const a: InterviewAnswers = { symptoms, factors, triage: [] };
      for (let q = nextQuestion(a, real, asked); q; q = nextQuestion(a, real, asked)) asked.push(q.id);
      return asked;
    };
    expect(ask(['twitching', 'tingling-hands-feet'], { diet: 'omnivore' })).toContain('fishEggs');
    // Without the diet's answer telling it, fish and eggs would be asked of a vegan with these symptoms.
    expect(ask(['twitching', 'weakness'], { diet: 'vegan' })).not.toContain('fishEggs');
  });
});

describe('nextQuestion on a made-up model', () => {
  it('prefers the question that could bring a new leader over one that reorders as many places below it', () => {
    // "reorder": c 4 passes b, a b c becomes a c b (two places). "leader": b 5 passes a, a b becomes b a (two
    // places and a new leader). Without the leader's weight they would tie, and "reorder" comes first.
    const m = model([
      { id: 'reorder', effects: { c: 2 } },
      { id: 'leader', effects: { b: 2 } },
    ]);
    expect(next(m)).toBe('leader');
    expect(next(m, ['leader'])).toBe('reorder');
  });

  it('never asks a question whose answers leave the top three as they are, whatever they do below it', () => {
    // e, ranked by the answer, comes fifth, after d: the top three do not move.
    expect(next(model([{ id: 'below', effects: { e: 1 } }]))).toBeUndefined();
    expect(next(model([{ id: 'nothing', effects: {} }]))).toBeUndefined();
    expect(
      next(
        model([
          { id: 'nothing', effects: {} },
          { id: 'duration', effects: {}, beforeResult: true },
        ]),
      ),
    ).toBe('duration');
  });

  it('asks a safety question only for a candidate in the top three, not to reorder them', () => {
    // "kidneys" could make b the leader, but is about e, which is not in the top three.
    const m = model([
      { id: 'reorder', effects: { c: 2 } },
      { id: 'kidneys', effects: { b: 2 }, safetyFor: 'e' },
    ]);
    expect(next(m)).toBe('reorder');
    expect(next(m, ['reorder'])).toBeUndefined();
    // About c, in the top three: asked first, before any question that reorders.
    expect(
      next(
        model([
          { id: 'reorder', effects: { b: 2 } },
          { id: 'kidneys', effects: {}, safetyFor: 'c' },
        ]),
      ),
    ).toBe('kidneys');
  });
});
