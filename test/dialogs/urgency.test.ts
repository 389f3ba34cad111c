/** One urgency vocabulary: every reply heads, tones and words a level the same way. */
import { describe, expect, it } from 'vitest';
import { handoff } from '../../dialogs/answers/generalAnswers';
import { urgentCare } from '../../dialogs/answers/safetyAnswers';
import {
  DOCTOR_CAN_CHECK,
  EMERGENCY_NUMBERS,
  EMERGENCY_NUMBER_LINE,
  headline,
  toneOf,
} from '../../dialogs/answers/urgency';
import { LEVELS } from '../../knowledge/triage/triageSchema';
import { knowledgeBase } from '../support/knowledge';

const kb = knowledgeBase();
const textsOf = (blocks: { type: string; text?: string }[]) => blocks.map((b) => b.text ?? '');

describe('the urgency vocabulary', () => {
  it('heads each level with its headline from triage.json, and tones only an emergency as urgent', () => {
    for (const level of LEVELS) expect(headline(kb, level)).toBe(kb.data.triage.headlines[level]);
    expect(LEVELS.map(toneOf)).toEqual(['info', 'caution', 'caution', 'urgent']);
  });

  it('an emergency warning: its headline, an urgent note and the emergency numbers', () => {
    const warnings = kb.screenRedFlags('I have chest pain');
    expect(warnings[0]?.level).toBe('emergency');
    const reply = urgentCare(kb, warnings);
    expect(reply.title).toBe(kb.data.triage.headlines.emergency);
    expect(reply.blocks[0]).toMatchObject({ type: 'note', tone: 'urgent' });
    expect(textsOf(reply.blocks)).toContain(EMERGENCY_NUMBER_LINE);
    expect(textsOf(reply.blocks)).not.toContain(DOCTOR_CAN_CHECK);
  });

  it('a warning for a doctor today: its headline, a caution and a doctor’s check, no emergency numbers', () => {
    const warnings = kb.screenRedFlags('my heart keeps skipping beats');
    expect(warnings[0]?.level).toBe('today');
    const reply = urgentCare(kb, warnings);
    expect(reply.title).toBe(kb.data.triage.headlines.today);
    expect(reply.blocks[0]).toMatchObject({ type: 'note', tone: 'caution' });
    expect(textsOf(reply.blocks)).toContain(DOCTOR_CAN_CHECK);
    expect(textsOf(reply.blocks)).not.toContain(EMERGENCY_NUMBER_LINE);
  });

  it('a blood result is advised in the words triage.json gives its level', () => {
    const [lab] = kb.screenRedFlags('my potassium came back 2.9');
    expect(lab?.id).toMatch(/^lab-potassium-low/);
    expect(lab!.advice.text).toBe(kb.data.triage.labAdvice[lab!.level]);
  });

  it('what the message said about the sample is told after the advice, with its source', () => {
    const warnings = kb.screenRedFlags('potassium 5.2, the nurse said the sample might have been haemolysed');
    const reply = urgentCare(kb, warnings);
    const texts = textsOf(reply.blocks);
    const advice = texts.indexOf(warnings[0]!.advice.text);
    expect(advice).toBeGreaterThanOrEqual(0);
    expect(texts[advice + 1]).toBe(warnings[0]!.more!.text);
    expect(reply.sources).toContain(warnings[0]!.more!.source);
  });

  it('the handoff names the same emergency numbers', () => {
    expect(textsOf(handoff().blocks).join(' ')).toContain(EMERGENCY_NUMBERS);
  });
});
