/** Binds the pure scoring and triage functions in knowledge/ to the loaded models for the interview. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { type InterviewAnswers, assess } from '../../knowledge/scoring/assess';
import { matchOption } from '../../knowledge/scoring/matchAnswer';
import { nextQuestion } from '../../knowledge/scoring/nextQuestion';
import { checklistSigns, matchChecklist } from '../../knowledge/triage/checklist';
import { triage } from '../../knowledge/triage/triageRules';
import type { AssessmentEngine } from './assessmentEngine';

export function createAssessmentEngine(kb: KnowledgeBase): AssessmentEngine {
  const model = kb.data.assessment;
  const triageModel = kb.data.triage;
  const labels = Object.fromEntries(kb.data.symptoms.map((s) => [s.id, s.label]));
  const question = (id: string) => model.questions.find((q) => q.id === id);
  const triageOf = (answers: InterviewAnswers) =>
    triage(
      {
        signs: answers.triage,
        warnings: answers.labs,
        symptoms: answers.symptoms,
        factors: answers.factors,
        context: answers.context,
      },
      triageModel,
    );
  return {
    checklist: (levels, told) => checklistSigns(triageModel, levels, told),
    matchChecklist: (text, signs) => matchChecklist(text, signs, triageModel.noneWords),
    question,
    nextQuestion: (answers, asked) => nextQuestion(answers, model, asked, labels),
    matchOption,
    triage: triageOf,
    assess: (answers) => ({ ...assess(answers, model, labels), triage: triageOf(answers) }),
    prefill({ diet, lifestyleFactors }) {
      const factors: Record<string, string> = {};
      const dietQuestion = question('diet');
      if (diet && dietQuestion?.options.some((o) => o.value === diet)) factors.diet = diet;
      for (const hint of model.prefill)
        if (lifestyleFactors.includes(hint.lifestyleFactor)) factors[hint.question] = hint.value;
      return factors;
    },
  };
}
