/** The symptom interview's state: plain data, kept in the dialog stack (ConversationState). */
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import type { FlowOptions } from '../flows/flow';

/** How the interview is begun: from the message that asked for it (or continued with its state). */
export interface InterviewOptions extends FlowOptions<InterviewState> {
  openingText?: string;
}

/** `anythingElse`: one open question before the result, for what no question asked about. */
export type Stage = 'symptoms' | 'confirm' | 'screenEmergency' | 'screenUrgent' | 'question' | 'anythingElse';

export interface InterviewState {
  stage: Stage;
  answers: InterviewAnswers;
  /** Question ids already asked (answered or skipped). */
  asked: string[];
  /** The adaptive question being asked, in the 'question' stage. */
  questionId?: string;
  /** Unrecognised answers at the current step. */
  misses: number;
  /** How to undo each earlier step, most recent last, for "back". */
  history: StepUndo[];
  /** Lifestyle causes the opening message named (guidance.json ids), said back even when a question covers them. */
  mentioned?: string[];
}

/**
 * What returning one step puts back: only the parts that step changed (whole lists, which are short).
 * The state lives in each conversation's stored state, so undo records are kept small.
 */
export interface StepUndo {
  stage?: Stage;
  symptoms?: string[];
  factors?: Record<string, string>;
  triage?: string[];
  context?: InterviewAnswers['context'] | null;
  labs?: InterviewAnswers['labs'] | null;
  asked?: string[];
  /** null: no adaptive question was being asked. */
  questionId?: string | null;
}

/** How many steps "back" can undo: an interview has about a dozen, and going back more than a few is rare. */
export const MAX_BACK_STEPS = 10;

export function freshInterview(symptoms: string[] = []): InterviewState {
  return {
    stage: symptoms.length ? 'confirm' : 'symptoms',
    answers: { symptoms, factors: {}, triage: [] },
    asked: [],
    misses: 0,
    history: [],
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameRecord = (a: Record<string, string>, b: Record<string, string>) =>
  sameList(Object.keys(a), Object.keys(b)) && Object.keys(a).every((k) => a[k] === b[k]);

function undoOf(previous: InterviewState, next: InterviewState): StepUndo {
  const undo: StepUndo = {};
  if (next.stage !== previous.stage) undo.stage = previous.stage;
  if (!sameList(next.answers.symptoms, previous.answers.symptoms)) undo.symptoms = previous.answers.symptoms;
  if (!sameRecord(next.answers.factors, previous.answers.factors)) undo.factors = previous.answers.factors;
  if (!sameList(next.answers.triage, previous.answers.triage)) undo.triage = previous.answers.triage;
  if (next.answers.context !== previous.answers.context) undo.context = previous.answers.context ?? null;
  if (next.answers.labs !== previous.answers.labs) undo.labs = previous.answers.labs ?? null;
  if (!sameList(next.asked, previous.asked)) undo.asked = previous.asked;
  if (next.questionId !== previous.questionId) undo.questionId = previous.questionId ?? null;
  return undo;
}

/** A copy of the state moved one step on, remembering how to come back. */
export function advance(state: InterviewState, change: Partial<Omit<InterviewState, 'history'>>): InterviewState {
  const next: InterviewState = { ...state, misses: 0, ...change };
  return { ...next, history: [...state.history, undoOf(state, next)].slice(-MAX_BACK_STEPS) };
}

export function goBack(state: InterviewState): InterviewState | undefined {
  const undo = state.history.at(-1);
  if (!undo) return undefined;
  const answers: InterviewAnswers = {
    symptoms: undo.symptoms ?? state.answers.symptoms,
    factors: undo.factors ?? state.answers.factors,
    triage: undo.triage ?? state.answers.triage,
  };
  const context = undo.context === undefined ? state.answers.context : (undo.context ?? undefined);
  const labs = undo.labs === undefined ? state.answers.labs : (undo.labs ?? undefined);
  if (context) answers.context = context;
  if (labs) answers.labs = labs;
  // Medicines named stay named: going back changes an answer, not what the person takes.
  if (state.answers.medicines) answers.medicines = state.answers.medicines;
  const previous: InterviewState = {
    stage: undo.stage ?? state.stage,
    answers,
    asked: undo.asked ?? state.asked,
    misses: 0,
    history: state.history.slice(0, -1),
  };
  const questionId = undo.questionId === undefined ? state.questionId : (undo.questionId ?? undefined);
  return questionId === undefined ? previous : { ...previous, questionId };
}
