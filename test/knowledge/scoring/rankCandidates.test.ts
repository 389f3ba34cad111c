import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type InterviewAnswers, assess, candidateScores, rankScores } from '../../../knowledge/scoring/assess';
import { knowledgeBase } from '../../support/knowledge';
import { VIGNETTES } from './vignettes';

/** The ranking nextQuestion compares: scores without evidence, ranked by assess()'s rules. */
const rankCandidates = (answers: InterviewAnswers, model: Parameters<typeof rankScores>[1]) =>
  rankScores(candidateScores(answers, model), model);

describe('candidateScores + rankScores', () => {
  const model = knowledgeBase().data.assessment;
  const symptoms = model.symptomWeights.map((w) => w.symptom);
  const answers = fc.record({
    symptoms: fc.uniqueArray(fc.constantFrom(...symptoms), { maxLength: 5 }),
    factors: fc
      .subarray(model.questions)
      .chain((questions) =>
        fc.tuple(...questions.map((q) => fc.constantFrom(...q.options.map((o) => [q.id, o.value] as const)))),
      )
      .map((pairs) => Object.fromEntries(pairs)),
    triage: fc.constant<string[]>([]),
  });

  it('ranks exactly as assess() does, for the vignettes and for any answers', () => {
    for (const v of VIGNETTES) {
      const a = { symptoms: v.symptoms, factors: v.factors, triage: v.triage };
      expect(rankCandidates(a, model)).toEqual(assess(a, model).ranked.map((r) => r.candidate));
    }
    fc.assert(
      fc.property(answers, (a) => {
        expect(rankCandidates(a, model)).toEqual(assess(a, model).ranked.map((r) => r.candidate));
      }),
      { numRuns: 500 },
    );
  });
});
