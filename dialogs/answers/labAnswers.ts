/**
 * A blood result quoted within its usual range ("potassium 4.3, all good?"): said back plainly with the
 * range, and with what a range can and cannot tell. Results outside the range are warnings instead
 * (the warning screen raises them with their level).
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { describeFinding } from '../../knowledge/triage/labValues';
import { type Reply, list, reply, text } from '../replies/replyModel';

export function resultsInRange(kb: KnowledgeBase, message: string): Reply | undefined {
  const inRange = kb.labFindings(message).filter((f) => f.direction === 'normal');
  if (!inRange.length) return undefined;
  const described = inRange.map((f) => `${describeFinding(f)}.`);
  return reply('labResult', {
    title: inRange.length === 1 ? 'Your result' : 'Your results',
    blocks: [
      inRange.length === 1 ? text(described[0]!) : list(described),
      text(
        'Ranges differ a little between laboratories, so compare it with the range printed on your report. ' +
          'A result in range is reassuring but does not explain every symptom: your doctor reads it with how ' +
          'you feel and your other tests.',
      ),
    ],
    healthInfo: true,
    sources: [...new Set(inRange.map((f) => f.range.source))],
  });
}
