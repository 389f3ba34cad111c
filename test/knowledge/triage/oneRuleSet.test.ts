/**
 * One triage rule set: for every warning sign and every rule, the result's headline and its "when to see
 * a doctor" advice both come out of it, so they can never disagree.
 */
import { describe, expect, it } from 'vitest';
import { assessmentReply } from '../../../dialogs/interview/assessmentReply';
import { createAssessmentEngine } from '../../../dialogs/interview/createAssessmentEngine';
import type { InterviewAnswers } from '../../../knowledge/scoring/assess';
import type { TriageRule, WarningSign } from '../../../knowledge/triage/triageSchema';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const engine = createAssessmentEngine(kb);
const base: InterviewAnswers = { symptoms: ['twitching'], factors: {}, triage: [] };

function answersFor(rule: TriageRule): InterviewAnswers {
  const when = rule.when;
  if ('symptoms' in when) return { ...base, symptoms: [...base.symptoms, when.symptoms[0]!] };
  if ('factor' in when) return { ...base, factors: { [when.factor.question]: when.factor.values[0]! } };
  return { ...base, context: [when.context] };
}

function resultText(answers: InterviewAnswers): { title: string; doctorSection: string } {
  const r = assessmentReply(kb, engine, answers);
  const blocks = r.blocks;
  const at = blocks.findIndex((b) => b.type === 'heading' && b.text === 'When to see a doctor');
  const section = blocks[at + 1];
  return { title: r.title ?? '', doctorSection: section?.type === 'list' ? section.items.join('\n') : '' };
}

describe('every rule sets both the result headline and the doctor advice', () => {
  it.each(kb.data.triage.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const { title, doctorSection } = resultText(answersFor(rule));
    expect(title).toBe(`Your result: ${kb.data.triage.headlines[rule.level].toLowerCase()}`);
    expect(doctorSection).toContain(rule.advice.text);
  });
});

describe('every warning sign offered in a safety list does the same', () => {
  const listed = kb.data.triage.signs.filter((s) => s.checklist && s.level !== 'emergency');
  it.each(listed.map((s) => [s.id, s] as const))('%s', (_id, sign: WarningSign) => {
    const { title, doctorSection } = resultText({ ...base, triage: [sign.id] });
    expect(title).toBe(`Your result: ${kb.data.triage.headlines[sign.level].toLowerCase()}`);
    expect(doctorSection).toContain(sign.advice.text);
  });
});

describe('the most urgent reason wins', () => {
  it('heads "chest pain and my weakness is getting worse" as an emergency', () => {
    const warnings = kb.screenRedFlags('chest pain and my weakness is getting worse');
    expect(warnings.map((w) => w.level)).toEqual(['emergency', 'today']);
  });

  it('never lowers the level: a sign told earlier keeps its level whatever else is answered', () => {
    const told = { ...base, triage: ['irregular-heartbeat'], factors: { duration: 'days' } };
    expect(engine.triage(told).level).toBe('today');
    expect(engine.triage({ ...told, triage: [...told.triage, 'numbness'] }).level).toBe('today');
  });

  it('gives one reason when a rule restates a warning sign already raised, and keeps the rule otherwise', () => {
    const covered = kb.data.triage.rules.filter((r) => r.coveredBy);
    expect(covered.map((r) => r.id)).toEqual(expect.arrayContaining(['irregular-heartbeat-symptom', 'long-duration']));
    for (const rule of covered) {
      const answers = answersFor(rule);
      expect(engine.triage(answers).reasons.map((r) => r.id)).toContain(rule.id);
      const both = engine.triage({ ...answers, triage: [rule.coveredBy!] });
      expect(both.reasons.map((r) => r.id)).toEqual([rule.coveredBy]);
      const sign = kb.data.triage.signs.find((x) => x.id === rule.coveredBy)!;
      expect(both.level).toBe(sign.level);
      const { doctorSection } = resultText({ ...answers, triage: [sign.id] });
      expect(doctorSection).toContain(sign.advice.text);
      if (rule.advice.text !== sign.advice.text) expect(doctorSection).not.toContain(rule.advice.text);
    }
  });

  it('self-care only when nothing raises the level', () => {
    expect(engine.triage(base).level).toBe('self-care');
    expect(resultText(base).title).toBe('Your result: self-care is reasonable for now');
  });
});
