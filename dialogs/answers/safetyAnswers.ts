/** Urgent-care advice for warning signs, and when to see a doctor: worded from the one triage rule set. */
import { inSentence } from './format';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { triage } from '../../knowledge/triage/triageRules';
import { answersInPassing, readContext } from '../../knowledge/understanding/context';
import type { Warning } from '../../knowledge/triage/warningScreen';
import { type Block, type Reply, list, note, reply, text } from '../replies/replyModel';
import { suggest } from './nutrientAnswers';
import { DOCTOR_CAN_CHECK, EMERGENCY_NUMBER_LINE, headline, toneOf } from './urgency';

/** The advice for warnings, most urgent first, as the blocks of any reply that raises them. */
export function warningBlocks(warnings: readonly Warning[]): Block[] {
  const most = warnings[0]!;
  return [
    note(toneOf(most.level), `You mentioned ${warnings.map((w) => inSentence(w.label)).join('; ')}.`),
    ...[...new Set(warnings.map((w) => w.advice.text))].map(text),
    text(most.level === 'emergency' ? EMERGENCY_NUMBER_LINE : DOCTOR_CAN_CHECK),
  ];
}

export function urgentCare(kb: KnowledgeBase, warnings: readonly Warning[]): Reply {
  return reply('urgent', {
    title: headline(kb, warnings[0]!.level),
    blocks: warningBlocks(warnings),
    healthInfo: true,
    sources: [...new Set(warnings.map((w) => w.advice.source))],
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

/**
 * Pregnancy, breastfeeding, a child, kidney disease or a medicine that changes these nutrients change who
 * to ask: said with any answer whose message mentions them, from the same rules the interview uses.
 */
export function contextAdvice(kb: KnowledgeBase, message: string, symptoms: readonly string[]): Reply | undefined {
  const context = readContext(message);
  const factors = answersInPassing(kb.data.assessment, message, context);
  // Symptoms told along with a question (numb fingertips, lips tingling) raise the level as in the check.
  const { level, reasons } = triage({ signs: [], symptoms, factors, context: context.lifeStages }, kb.data.triage);
  if (level === 'self-care') return undefined;
  const noDoses =
    context.lifeStages.includes('child') ||
    context.lifeStages.includes('pregnant') ||
    context.lifeStages.includes('breastfeeding');
  return reply('doctor', {
    title: headline(kb, level),
    blocks: [
      ...[...new Set(reasons.map((r) => r.advice.text))].map(text),
      ...(noDoses ? [text('I never suggest supplement doses in pregnancy, while breastfeeding or for children.')] : []),
    ],
    healthInfo: true,
    sources: [...new Set(reasons.map((r) => r.advice.source))],
  });
}
