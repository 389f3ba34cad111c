/**
 * Scores the interview's answers: a pure function from answers to a ranked list of candidates
 * (deficiencies and lifestyle factors), where every point of score is one piece of evidence that
 * traces to a symptom or an answer the person gave.
 */
import type { LifeStage } from '../triage/triageRules';
import type { Warning } from '../triage/warningScreen';
import type { AssessmentModel } from './assessmentSchema';

/** What the interview learnt: the one definition the knowledge layer and the dialogs share. */
export interface InterviewAnswers {
  symptoms: string[];
  /** Question id -> chosen option value. */
  factors: Record<string, string>;
  /** Warning-sign ids the person told or picked in a safety list. */
  triage: string[];
  /** Life stages the person mentioned (pregnancy, a child). */
  context?: LifeStage[];
  /** Out-of-range blood results the person quoted, as they were read. */
  labs?: Warning[];
  /** Medicine classes (medicines.json ids) the person takes, named anywhere in the conversation. */
  medicines?: string[];
}

export interface Evidence {
  from: { kind: 'symptom' | 'factor'; id: string; value?: string };
  points: number;
  reason: string;
  source: string;
}

export type Confidence = 'higher' | 'moderate' | 'lower';

export interface RankedCandidate {
  candidate: string;
  kind: 'nutrient' | 'lifestyle';
  score: number;
  confidence: Confidence;
  evidence: Evidence[];
}

export interface Assessment {
  ranked: RankedCandidate[];
  cautions: { id: string; candidate: string; text: string; source: string }[];
}

/** Symptom labels for evidence reasons; the interview passes the catalogue's plain words. */
export type SymptomLabels = Readonly<Record<string, string>>;

export function assess(answers: InterviewAnswers, model: AssessmentModel, labels: SymptomLabels = {}): Assessment {
  const evidence = new Map<string, Evidence[]>(model.candidates.map((c) => [c.id, []]));
  const add = (candidate: string, e: Evidence) => evidence.get(candidate)?.push(e);

  for (const symptom of new Set(answers.symptoms)) {
    const weights = model.symptomWeights.find((w) => w.symptom === symptom)?.weights ?? [];
    const label = (labels[symptom] ?? symptom.replace(/-/g, ' ')).toLowerCase();
    for (const w of weights)
      add(w.candidate, {
        from: { kind: 'symptom', id: symptom },
        points: w.points,
        reason: `you have ${label}`,
        source: w.source,
      });
  }
  for (const question of model.questions) {
    const value = answers.factors[question.id];
    const option = question.options.find((o) => o.value === value);
    for (const e of option?.effects ?? [])
      add(e.candidate, {
        from: { kind: 'factor', id: question.id, value },
        points: e.points,
        reason: e.reason,
        source: e.source,
      });
  }

  const order = new Map(model.candidates.map((c, i) => [c.id, i]));
  const scored = model.candidates
    .map((c) => {
      const items = evidence.get(c.id) ?? [];
      return { candidate: c.id, kind: c.kind, score: items.reduce((sum, e) => sum + e.points, 0), evidence: items };
    })
    .filter((c) => c.evidence.some((e) => e.points > 0) && c.score > 0)
    .sort((a, b) => b.score - a.score || order.get(a.candidate)! - order.get(b.candidate)!);

  const top = scored[0]?.score ?? 0;
  const second = scored[1]?.score ?? 0;
  const ranked: RankedCandidate[] = scored.map((c, i) => ({
    ...c,
    confidence: i === 0 && top - second >= 3 ? 'higher' : c.score >= top * 0.6 ? 'moderate' : 'lower',
  }));

  const cautions = model.cautions
    .filter((c) => c.values.includes(answers.factors[c.question] ?? ''))
    .map(({ id, candidate, text, source }) => ({ id, candidate, text, source }));
  return { ranked, cautions };
}

/** Points per candidate, and which candidates have at least one piece of supporting evidence. */
export interface CandidateScores {
  scores: Map<string, number>;
  supported: Set<string>;
}

export function addPoints(table: CandidateScores, candidate: string, points: number): void {
  table.scores.set(candidate, (table.scores.get(candidate) ?? 0) + points);
  if (points > 0) table.supported.add(candidate);
}

/** The scores assess() ranks by, without building the evidence behind them. */
export function candidateScores(answers: InterviewAnswers, model: AssessmentModel): CandidateScores {
  const table: CandidateScores = { scores: new Map(), supported: new Set() };
  for (const symptom of new Set(answers.symptoms)) {
    for (const w of model.symptomWeights.find((sw) => sw.symptom === symptom)?.weights ?? [])
      addPoints(table, w.candidate, w.points);
  }
  for (const question of model.questions) {
    const value = answers.factors[question.id];
    if (value === undefined) continue;
    for (const e of question.options.find((o) => o.value === value)?.effects ?? [])
      addPoints(table, e.candidate, e.points);
  }
  return table;
}

/** Candidate ids, best first, by the rules of assess(): supported, a positive score, ties in model order. */
export function rankScores({ scores, supported }: CandidateScores, model: AssessmentModel): string[] {
  // Array.prototype.sort is stable: equal scores keep the model's order, as in assess().
  return model.candidates
    .filter((c) => supported.has(c.id) && scores.get(c.id)! > 0)
    .sort((a, b) => scores.get(b.id)! - scores.get(a.id)!)
    .map((c) => c.id);
}
