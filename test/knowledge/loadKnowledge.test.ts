import { describe, expect, it } from 'vitest';
import { KnowledgeDataError, parseKnowledge, readRawKnowledge } from '../../knowledge/loadKnowledge';
import { NUTRIENT_IDS } from '../../knowledge/schema';

const clone = <T>(value: T): T => structuredClone(value);

describe('knowledge data validation', () => {
  const raw = readRawKnowledge();

  it('accepts the shipped data files', () => {
    const data = parseKnowledge(raw);
    expect([...data.nutrients.keys()].sort()).toEqual([...NUTRIENT_IDS].sort());
    expect(data.foods.length).toBeGreaterThanOrEqual(150);
  });

  it('stops with the file, the path inside it and what is wrong', () => {
    const broken = clone(raw) as { foods: { foods: { serving: { grams: unknown } }[] } };
    broken.foods.foods[3]!.serving.grams = -5;
    expect(() => parseKnowledge(broken as never)).toThrowError(KnowledgeDataError);
    expect(() => parseKnowledge(broken as never)).toThrowError(
      /^knowledge\/data\/foods\.json: foods\[3\]\.serving\.grams: .+/,
    );
  });

  it('rejects a fact whose source is not listed in sources.json', () => {
    const broken = clone(raw) as { nutrients: { nutrients: { muscleRole: { source: string }[] }[] } };
    broken.nutrients.nutrients[0]!.muscleRole[0]!.source = 'NOT_A_SOURCE';
    expect(() => parseKnowledge(broken as never)).toThrowError(/nutrients\.json: .*unknown source "NOT_A_SOURCE"/);
  });

  it('rejects two foods sharing an alias', () => {
    const broken = clone(raw) as { foods: { foods: { name: string; aliases: string[] }[] } };
    broken.foods.foods[1]!.aliases.push(broken.foods.foods[0]!.name);
    expect(() => parseKnowledge(broken as never)).toThrowError(/foods\.json: foods\[1\]: name or alias/);
  });

  it('rejects self-care advice for a symptom the table does not have', () => {
    const broken = clone(raw) as { guidance: { selfCare: { symptom: string }[] } };
    broken.guidance.selfCare[0]!.symptom = 'hiccups';
    expect(() => parseKnowledge(broken as never)).toThrowError(/guidance\.json: selfCare\.hiccups: unknown symptom/);
  });

  it('rejects a rule covered by a sign that does not exist or is less urgent than the rule', () => {
    type Rules = { triage: { rules: { id: string; coveredBy?: string }[] } };
    const unknown = clone(raw) as Rules;
    unknown.triage.rules.find((r) => r.id === 'irregular-heartbeat-symptom')!.coveredBy = 'no-such-sign';
    expect(() => parseKnowledge(unknown as never)).toThrowError(
      /triage\.json: rules\.irregular-heartbeat-symptom: coveredBy: unknown sign "no-such-sign"/,
    );
    const lower = clone(raw) as Rules;
    lower.triage.rules.find((r) => r.id === 'irregular-heartbeat-symptom')!.coveredBy = 'numbness';
    expect(() => parseKnowledge(lower as never)).toThrowError(
      /coveredBy: sign "numbness" is less urgent than the rule/,
    );
  });

  it('rejects an invalid red-flag pattern', () => {
    const broken = clone(raw) as { triage: { signs: { patterns: string[] }[] } };
    broken.triage.signs[0]!.patterns.push('([unclosed');
    expect(() => parseKnowledge(broken as never)).toThrowError(/triage\.json: signs\..*not a valid regular expression/);
  });

  it('keeps every food figure traceable to a USDA SR28 record', () => {
    const data = parseKnowledge(raw);
    for (const food of data.foods) expect(food.source).toMatch(/^USDA SR28, NDB \d{5}$/);
  });
});
