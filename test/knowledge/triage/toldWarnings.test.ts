/** One way to add what a message raised to the warnings told so far (the conversation's and the interview's). */
import { describe, expect, it } from 'vitest';
import { addWarnings } from '../../../knowledge/triage/toldWarnings';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const model = kb.data.triage;

describe('addWarnings', () => {
  it('keeps each sign once, in the order told, and never drops one', () => {
    const first = addWarnings(model, { signs: [], labs: [] }, kb.screenRedFlags('I have chest pain'));
    const second = addWarnings(model, first, kb.screenRedFlags('chest pain again, and my heart keeps skipping beats'));
    expect(second.signs[0]).toBe(first.signs[0]);
    expect(new Set(second.signs).size).toBe(second.signs.length);
    expect(second.signs.length).toBe(2);
    expect(addWarnings(model, second, []).signs).toEqual(second.signs);
  });

  it('keeps the latest result of each blood test, and the same labs when none is new', () => {
    const low = addWarnings(model, { signs: [], labs: [] }, kb.screenRedFlags('my potassium came back 3.2'));
    const lower = addWarnings(model, low, kb.screenRedFlags('my potassium came back 2.4'));
    expect(low.labs).toHaveLength(1);
    expect(lower.labs).toHaveLength(1);
    expect(lower.labs[0]!.label).toMatch(/2\.4/);
    const unchanged = addWarnings(model, lower, kb.screenRedFlags('I have chest pain'));
    expect(unchanged.labs).toBe(lower.labs);
  });

  it('replaces only the tests a message brings new results for', () => {
    const low = addWarnings(model, { signs: [], labs: [] }, kb.screenRedFlags('my potassium came back 3.2'));
    const both = addWarnings(model, low, kb.screenRedFlags('potassium 2.4 and calcium 7.0 mg/dl'));
    expect(both.labs.map((l) => l.label).join(' | ')).not.toMatch(/3\.2/);
    expect(both.labs).toHaveLength(2);
  });
});
