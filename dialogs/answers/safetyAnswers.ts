/** Urgent-care advice for warning signs, and when to see a doctor: worded from the one triage rule set. */
import { inSentence } from './format';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { triage } from '../../knowledge/triage/triageRules';
import { answersInPassing, readContext } from '../../knowledge/understanding/context';
import { symptomsNotCurrent } from '../../knowledge/understanding/symptomsNotCurrent';
import type { Warning } from '../../knowledge/triage/warningScreen';
import { type Block, type Reply, list, note, reply, text } from '../replies/replyModel';
import { suggest } from './nutrientAnswers';
import { DOCTOR_CAN_CHECK, EMERGENCY_NUMBER_LINE, headline, toneOf } from './urgency';

/** The advice for warnings, most urgent first, as the blocks of any reply that raises them. */
export function warningBlocks(warnings: readonly Warning[]): Block[] {
  const most = warnings[0]!;
  return [
    note(toneOf(most.level), `You mentioned ${warnings.map((w) => inSentence(w.label)).join('; ')}.`),
    ...[...new Set(warnings.flatMap((w) => [w.advice.text, ...(w.more ? [w.more.text] : [])]))].map(text),
    text(most.level === 'emergency' ? EMERGENCY_NUMBER_LINE : DOCTOR_CAN_CHECK),
  ];
}

export function urgentCare(kb: KnowledgeBase, warnings: readonly Warning[]): Reply {
  return reply('urgent', {
    title: headline(kb, warnings[0]!.level),
    blocks: warningBlocks(warnings),
    healthInfo: true,
    sources: [...new Set(warnings.flatMap((w) => [w.advice.source, ...(w.more ? [w.more.source] : [])]))],
  });
}

/**
 * When to see a doctor; with lifestyle causes named in the question ("I drink loads of coffee, should I be
 * worried?"), what each does and what helps come first, since they are the likelier answer.
 */
export function seeDoctor(kb: KnowledgeBase, factorIds: readonly string[]): Reply {
  const g = kb.data.guidance;
  const factors = g.lifestyleFactors.filter((f) => factorIds.includes(f.id));
  return reply('doctor', {
    title: 'When to see a doctor',
    blocks: [
      // The schema requires advice for each cause.
      ...factors.map((f) => text(`${f.name}: ${f.howItContributes.text} ${f.advice[0]!.text}`)),
      list([
        ...new Set([
          ...factors.flatMap((f) => f.whenToSeeADoctor.map((w) => w.text)),
          ...g.whenToSeeADoctor.map((f) => f.text),
        ]),
      ]),
      text('Urgent signs such as chest pain, trouble breathing, fainting or a seizure need emergency care right away.'),
    ],
    suggestions: [suggest.check, 'What foods have magnesium?'],
    healthInfo: true,
    sources: [
      ...new Set([
        ...factors.flatMap((f) => [
          f.howItContributes.source,
          ...f.advice.slice(0, 1).map((a) => a.source),
          ...f.whenToSeeADoctor.map((w) => w.source),
        ]),
        ...g.whenToSeeADoctor.map((f) => f.source),
      ]),
    ],
  });
}

/** Words of a bodily complaint: with them, a medicine or how long it has gone on raise the level too. */
const COMPLAINT =
  /\b(hurts?|hurting|pain(ful|s)?|aches?|aching|achy|sore|weak|weakness|cramp\w*|twitch\w*|spasm\w*|tingl\w*|numb\w*)\b/i;

/** Taking or giving something: a supplement question, where a life stage changes who to ask. */
const TAKING = /\b(take|taking|took|give|giving|supplements?|pills?|tablets?|drops|gummies|spray|dose|dosage)\b/i;

/**
 * Pregnancy, breastfeeding, a child, kidney disease or a medicine that changes these nutrients change who
 * to ask: said with any answer whose message also tells symptoms, from the same rules the interview uses.
 * Without symptoms, only a life stage with a supplement question ("should my son take vitamin D?") is:
 * a plain question ("how much calcium does my 8 year old need?", "omeprazole and magnesium?") is no
 * reason to see a doctor, and its answer already says who to ask.
 */
export function contextAdvice(kb: KnowledgeBase, message: string, told: readonly string[]): Reply | undefined {
  // Symptoms told as past, explained or someone else's ("the numb lip was from the dentist") raise nothing.
  const notNow = told.length ? symptomsNotCurrent(kb, message) : new Set<string>();
  const symptoms = told.filter((id) => !notNow.has(id));
  // A complaint in words the symptom list does not hold ("my arms feel like lead and really hurt") counts too.
  const complains = symptoms.length > 0 || COMPLAINT.test(message);
  if (!complains && !TAKING.test(message)) return undefined;
  const context = readContext(message);
  // Without a complaint only the life stage counts: the medicine's own answer says who to ask.
  const factors = complains ? answersInPassing(kb.data.assessment, message, context) : {};
  // Symptoms told along with a question (numb fingertips, lips tingling) raise the level as in the check.
  // Stryker disable next-line ArrayDeclaration: a sign id that is no sign raises nothing, as no sign does.
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
