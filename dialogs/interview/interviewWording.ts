/** Small pieces of the interview's wording: progress by stage, symptoms said back, symptom choices. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { joinWords } from '../answers/format';
import type { Stage } from './interviewState';

/** Progress as stages, not a question count that changes as the interview adapts. */
export function progressLine(stage: Stage | 'result'): string {
  const symptomsDone = stage !== 'symptoms' && stage !== 'confirm';
  const questionsDone = stage === 'result';
  return [
    `symptoms${symptomsDone ? ' ✓' : ''}`,
    `a few questions${questionsDone ? ' ✓' : ''}`,
    `your result${questionsDone ? ' ✓' : ''}`,
  ].join(' · ');
}

export function symptomsSaidBack(kb: KnowledgeBase, ids: readonly string[]): string {
  return joinWords(kb.data.symptoms.filter((s) => ids.includes(s.id)).map((s) => s.label.toLowerCase()));
}

/** Common symptoms not yet given, offered as buttons. */
const COMMON = ['twitching', 'cramps', 'tingling-hands-feet', 'fatigue', 'weakness', 'muscle-aches'];

export function symptomChoices(kb: KnowledgeBase, already: readonly string[]): string[] {
  return COMMON.filter((id) => !already.includes(id))
    .map((id) => kb.data.symptoms.find((s) => s.id === id)?.label)
    .filter((label): label is string => Boolean(label))
    .map((label) => (already.length ? `Also ${label.toLowerCase()}` : label));
}
