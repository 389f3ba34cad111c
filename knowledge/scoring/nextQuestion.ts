/**
 * Chooses the interview's next question adaptively: only a question whose answer could change the
 * order of the top three is worth asking, the one that could change it most goes first, safety
 * questions come before advice they affect, and the interview stops once the leader is clear, after the
 * questions that can raise the triage level (how long, which medicines) have been answered.
 */
import {
  type CandidateScores,
  type InterviewAnswers,
  type SymptomLabels,
  addPoints,
  assess,
  candidateScores,
  rankScores,
} from './assess';
import {
  type AssessmentModel,
  type Question,
  type QuestionOption,
  answeredByAnother,
  listedOptions,
} from './assessmentSchema';

/** At most this many questions: the interview should feel short. */
export const MAX_QUESTIONS = 5;
/** The leader is clear when it is this many points ahead of the second. */
export const CLEAR_MARGIN = 5;
const TOP = 3;

/** The ranking if the open question were answered with this option (its effects added to the base scores). */
function rankingIfAnswered(base: CandidateScores, option: QuestionOption, model: AssessmentModel): string[] {
  const table: CandidateScores = { scores: new Map(base.scores), supported: new Set(base.supported) };
  for (const e of option.effects) addPoints(table, e.candidate, e.points);
  return rankScores(table, model);
}

/** How much an answer reorders the top three (only they are compared): a new leader counts most. */
function impact(before: string[], after: string[]): number {
  let change = before[0] !== after[0] ? 3 : 0;
  for (let i = 0; i < TOP; i++) if (before[i] !== after[i]) change += 1;
  return change;
}

export function nextQuestion(
  answers: InterviewAnswers,
  model: AssessmentModel,
  asked: readonly string[],
  labels: SymptomLabels = {},
): Question | undefined {
  const open = model.questions.filter(
    (q) =>
      !q.mentionOnly &&
      !asked.includes(q.id) &&
      answers.factors[q.id] === undefined &&
      !answeredByAnother(q, answers.factors),
  );
  const current = assess(answers, model, labels);
  const top = current.ranked.slice(0, TOP).map((r) => r.candidate);

  // Safety first: never suggest more of a nutrient before asking what makes it unsafe.
  const safety = open.find((q) => q.safetyFor && top.includes(q.safetyFor));
  if (safety) return safety;

  // Whatever the ranking, a question whose answer can raise the triage level is asked before the result,
  // within the same maximum: the ranking's questions leave room for it.
  const forTriage = open.filter((q) => q.beforeResult);
  const answered = model.questions.filter((q) => asked.includes(q.id) && !q.safetyFor).length;
  if (answered + forTriage.length >= MAX_QUESTIONS || current.ranked.length === 0) return forTriage[0];
  const [first, second] = current.ranked;
  if (first && first.score - (second?.score ?? 0) >= CLEAR_MARGIN) return forTriage[0];

  // Open questions are unanswered, so answering one adds exactly its option's effects to these scores.
  const base = candidateScores(answers, model);
  let best: { question: Question; change: number } | undefined;
  for (const question of open) {
    if (question.safetyFor) continue;
    // Summed over the answers offered: a question most of whose answers reorder the list is worth more.
    // Answers recognised but not offered (rarer medicines) do not make a question more worth asking.
    const change = listedOptions(question).reduce((sum, o) => sum + impact(top, rankingIfAnswered(base, o, model)), 0);
    if (change > 0 && (!best || change > best.change)) best = { question, change };
  }
  return best?.question ?? forTriage[0];
}
