/**
 * The one rule set: from everything the person told (warning signs, symptoms, answers, life stage) to
 * the level and the reasons behind it. The result's headline and its "when to see a doctor" advice are
 * both read from what this returns, so they cannot disagree.
 */
import type { Warning } from './warningScreen';
import { byUrgency, signWarning } from './warningScreen';
import { type Level, type TriageModel, type TriageRule, higher } from './triageSchema';

export type LifeStage = 'pregnant' | 'breastfeeding' | 'child';

export interface TriageInput {
  /** Ids of warning signs the person told or picked. */
  signs: readonly string[];
  /** Warnings raised outside the sign list (blood results), carried as they were raised. */
  warnings?: readonly Warning[];
  symptoms: readonly string[];
  /** Interview question id -> chosen value. */
  factors: Readonly<Record<string, string>>;
  context?: readonly LifeStage[];
}

export interface Triage {
  level: Level;
  /** Every warning and rule that applies, most urgent first. */
  reasons: Warning[];
}

export function ruleApplies(rule: TriageRule, input: TriageInput): boolean {
  const when = rule.when;
  if ('symptoms' in when) return when.symptoms.some((s) => input.symptoms.includes(s));
  if ('factor' in when) return when.factor.values.includes(input.factors[when.factor.question] ?? '');
  return (input.context ?? []).includes(when.context);
}

export function ruleWarning(rule: TriageRule): Warning {
  return { id: rule.id, level: rule.level, label: rule.reason, advice: rule.advice };
}

export function triage(input: TriageInput, model: TriageModel): Triage {
  const signs = model.signs.filter((s) => input.signs.includes(s.id)).map(signWarning);
  const raised = new Set([...signs, ...(input.warnings ?? [])].map((w) => w.id));
  const rules = model.rules
    .filter((r) => ruleApplies(r, input) && !(r.coveredBy && raised.has(r.coveredBy)))
    .map(ruleWarning);
  const seen = new Set<string>();
  const reasons = [...signs, ...(input.warnings ?? []), ...rules]
    .filter((w) => (seen.has(w.id) ? false : (seen.add(w.id), true)))
    .sort(byUrgency);
  const level = reasons.reduce<Level>((most, w) => higher(most, w.level), 'self-care');
  return { level, reasons };
}
