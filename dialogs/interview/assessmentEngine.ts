/**
 * The interview's view of the scoring and triage in knowledge/: the adaptive questions, answer
 * matching, the safety lists and assess(), bound to the loaded models.
 */
import type { InterviewAnswers, RankedCandidate } from '../../knowledge/scoring/assess';
import type { Question, QuestionOption } from '../../knowledge/scoring/assessmentSchema';
import type { ChecklistMatch } from '../../knowledge/triage/checklist';
import type { Triage } from '../../knowledge/triage/triageRules';
import type { WarningLevel, WarningSign } from '../../knowledge/triage/triageSchema';

export interface AssessmentView {
  /** The one triage of everything the person told: the result's headline and its doctor advice. */
  triage: Triage;
  ranked: RankedCandidate[];
  cautions: { id: string; text: string; source: string }[];
}

export interface AssessmentEngine {
  /** The signs a safety list offers, leaving out those the person already told. */
  checklist(levels: readonly WarningLevel[], told: readonly string[]): WarningSign[];
  /** Signs named in an answer to a safety list; none: the person said none apply. */
  matchChecklist(text: string, signs: readonly WarningSign[]): ChecklistMatch;
  question(id: string): Question | undefined;
  nextQuestion(answers: InterviewAnswers, asked: string[]): Question | undefined;
  matchOption(question: Question, text: string): QuestionOption | undefined;
  triage(answers: InterviewAnswers): Triage;
  assess(answers: InterviewAnswers): AssessmentView;
  /** Answers a message already gives (a diet, "after my long runs"), so they are never asked. */
  prefill(recognition: { diet?: string; lifestyleFactors: string[] }): Record<string, string>;
}
