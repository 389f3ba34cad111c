/**
 * The one urgency vocabulary of every reply. The levels are LEVELS (knowledge/triage/triageSchema.ts),
 * their headlines and the advice for blood results are data (knowledge/data/triage.json); here is how
 * a reply shows a level (the tone of its note) and the lines that go with one.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Level } from '../../knowledge/triage/triageSchema';
import type { Tone } from '../replies/replyModel';

/** How every reply heads a level ("Please see a doctor today"). */
export function headline(kb: KnowledgeBase, level: Level): string {
  return kb.data.triage.headlines[level];
}

/** The tone of a note that states a level: only an emergency is shown as urgent. */
export function toneOf(level: Level): Tone {
  return level === 'emergency' ? 'urgent' : level === 'self-care' ? 'info' : 'caution';
}

export const EMERGENCY_NUMBERS = '911 in the US, 999 in the UK, 112 in the EU';

/** Said with every emergency. */
export const EMERGENCY_NUMBER_LINE = `If it is happening now or getting worse, call your local emergency number (${EMERGENCY_NUMBERS}).`;

/** Said with warnings that need a doctor but no emergency care. */
export const DOCTOR_CAN_CHECK = 'A doctor can examine you and order blood tests if needed.';

/** What the levels below an emergency ask for, in a sentence ("These signs mean ..."). */
export const SEE_A_DOCTOR_SOON = 'a doctor should see you today or in the next few days';
