/** The symptom interview's state: plain data, kept in the dialog stack (ConversationState). */

export type Stage = 'symptoms' | 'confirm' | 'screenEmergency' | 'afterEmergency' | 'screenUrgent' | 'question';

export interface InterviewAnswers {
  symptoms: string[];
  factors: Record<string, string>;
  triage: string[];
}

export interface InterviewState {
  stage: Stage;
  answers: InterviewAnswers;
  /** Question ids already asked (answered or skipped). */
  asked: string[];
  /** The adaptive question being asked, in the 'question' stage. */
  questionId?: string;
  /** Unrecognised answers at the current step. */
  misses: number;
  /** Earlier states, for "back". */
  history: Omit<InterviewState, 'history'>[];
}

export function freshInterview(symptoms: string[] = []): InterviewState {
  return {
    stage: symptoms.length ? 'confirm' : 'symptoms',
    answers: { symptoms, factors: {}, triage: [] },
    asked: [],
    misses: 0,
    history: [],
  };
}

/** A copy of the state moved one step on, remembering where it came from. */
export function advance(state: InterviewState, change: Partial<Omit<InterviewState, 'history'>>): InterviewState {
  const { history, ...current } = state;
  return { ...current, misses: 0, ...change, history: [...history, current].slice(-20) };
}

export function goBack(state: InterviewState): InterviewState | undefined {
  const previous = state.history.at(-1);
  return previous ? { ...previous, misses: 0, history: state.history.slice(0, -1) } : undefined;
}
