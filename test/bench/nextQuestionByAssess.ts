/**
 * nextQuestion (knowledge/scoring/nextQuestion.ts) as it would be without its score table: the top three
 * after each possible answer come from assess() itself, evidence and all, instead of from candidateScores
 * and rankScores, the second copy of assess()'s rules. Used by the bench to measure what that copy buys.
 */
import { type InterviewAnswers, type SymptomLabels, assess } from '../../knowledge/scoring/assess';
import { type AssessmentModel, type Question, listedOptions } from '../../knowledge/scoring/assessmentSchema';
import { CLEAR_MARGIN, MAX_QUESTIONS } from '../../knowledge/scoring/nextQuestion';

const TOP = 3;

function impact(before: string[], after: string[]): number {
  let change = before[0] !== after[0] ? 3 : 0;
  for (let i = 0; i < TOP; i++) if (before[i] !== after[i]) change += 1;
  return change;
}

export function nextQuestionByAssess(
  answers: InterviewAnswers,
  model: AssessmentModel,
  asked: readonly string[],
  labels: SymptomLabels = {},
): Question | undefined {
  const open = model.questions.filter((q) => !asked.includes(q.id) && answers.factors[q.id] === undefined);
  const current = assess(answers, model, labels);
  const top = current.ranked.slice(0, TOP).map((r) => r.candidate);
  const safety = open.find((q) => q.safetyFor && top.includes(q.safetyFor));
  if (safety) return safety;
  const answered = model.questions.filter((q) => asked.includes(q.id) && !q.safetyFor).length;
  if (answered >= MAX_QUESTIONS || current.ranked.length === 0) return undefined;
  const [first, second] = current.ranked;
  if (first && first.score - (second?.score ?? 0) >= CLEAR_MARGIN) return undefined;
  let best: { question: Question; change: number } | undefined;
  for (const question of open) {
    if (question.safetyFor) continue;
    const change = listedOptions(question).reduce((sum, o) => {
      const after = assess({ ...answers, factors: { ...answers.factors, [question.id]: o.value } }, model, labels);
      return (
        sum +
        impact(
          top,
          after.ranked.slice(0, TOP).map((r) => r.candidate),
        )
      );
    }, 0);
    if (change > 0 && (!best || change > best.change)) best = { question, change };
  }
  return best?.question;
}
