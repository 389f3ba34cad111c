/**
 * The interview's view of the scoring engine in knowledge/assessment: the triage items, the adaptive
 * questions, answer matching and assess(), bound to the loaded assessment model.
 */
import type { Reply } from '../replies/replyModel';

export type TriageLevel = 'emergency' | 'today' | 'soon';

export interface TriageItemView {
  id: string;
  level: TriageLevel;
  label: string;
  advice: string;
  source: string;
}

export interface QuestionOptionView {
  value: string;
  label: string;
}

export interface QuestionView {
  id: string;
  text: string;
  why: string;
  /** Set on safety questions: asked before any advice about this candidate. */
  safetyFor?: string;
  options: QuestionOptionView[];
}

export interface EvidenceView {
  from: { kind: 'symptom' | 'factor'; id: string; value?: string };
  points: number;
  reason: string;
  source: string;
}

export interface RankedView {
  candidate: string;
  kind: 'nutrient' | 'lifestyle';
  score: number;
  confidence: 'higher' | 'moderate' | 'lower';
  evidence: EvidenceView[];
}

export interface AssessmentView {
  triage: { level: TriageLevel | 'self-care'; items: TriageItemView[] };
  ranked: RankedView[];
  cautions: { id: string; text: string; source: string }[];
}

export interface InterviewAnswersView {
  symptoms: string[];
  factors: Record<string, string>;
  triage: string[];
}

export interface AssessmentEngine {
  triageItems(...levels: TriageLevel[]): TriageItemView[];
  question(id: string): QuestionView | undefined;
  nextQuestion(answers: InterviewAnswersView, asked: string[]): QuestionView | undefined;
  matchOption(question: QuestionView, text: string): QuestionOptionView | undefined;
  /** Triage items named in an answer among the given levels; none: the person said none apply. */
  matchTriage(text: string, levels: TriageLevel[]): { ids: string[]; none: boolean };
  urgentAdvice(ids: string[]): Reply;
  assess(answers: InterviewAnswersView): AssessmentView;
  /** Answers a message already gives (a diet, "after my long runs"), so they are never asked. */
  prefill(recognition: { diet?: string; lifestyleFactors: string[] }): Record<string, string>;
}
