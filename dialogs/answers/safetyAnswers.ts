/** Urgent-care advice for red flags, and when to see a doctor. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { RedFlag } from '../../knowledge/schema';
import { type Reply, list, note, reply, text } from '../replies/replyModel';
import { suggest } from './nutrientAnswers';

const URGENCY_HEADLINE: Record<RedFlag['urgency'], string> = {
  emergency: 'This needs urgent medical care now',
  today: 'Please see a doctor today',
  soon: 'Please see a doctor soon',
};

export function urgentCare(flags: readonly RedFlag[]): Reply {
  const most = flags[0]!;
  return reply('urgent', {
    title: URGENCY_HEADLINE[most.urgency],
    blocks: [
      note('urgent', `You mentioned ${flags.map((f) => f.label.toLowerCase()).join(', ')}.`),
      ...flags.map((f) => text(f.advice.text)),
      most.urgency === 'emergency'
        ? text(
            'If it is happening now or getting worse, call your local emergency number (911 in the US, 999 in the UK, 112 in the EU).',
          )
        : text('A doctor can examine you and order blood tests if needed.'),
    ],
    suggestions: [],
    healthInfo: true,
    sources: [...new Set(flags.map((f) => f.advice.source))],
  });
}

export function seeDoctor(kb: KnowledgeBase): Reply {
  const g = kb.data.guidance;
  return reply('doctor', {
    title: 'When to see a doctor',
    blocks: [
      list(g.whenToSeeADoctor.map((f) => f.text)),
      text('Urgent signs such as chest pain, trouble breathing, fainting or a seizure need emergency care right away.'),
    ],
    suggestions: [suggest.check, 'What foods have magnesium?'],
    healthInfo: true,
    sources: [...new Set(g.whenToSeeADoctor.map((f) => f.source))],
  });
}
