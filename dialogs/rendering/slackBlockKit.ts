/**
 * Slack Block Kit for the direct Slack path: sections in mrkdwn, food tables as aligned lines, notes as
 * context, and suggestions as buttons whose clicks come back as the choice's text. Stays within Slack's
 * limits (50 blocks, 3,000 characters a section, 75 a button label, 25 buttons).
 */
import { type FeedbackValue, feedbackValue } from '../feedback/feedback';
import type { AnswerTag } from '../insights';
import { type Block, type Reply, rowCells } from '../replies/replyModel';

export const BLOCK_KIT_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  buttons: 25,
  contextText: 3000,
};
export const SUGGESTION_ACTION_PREFIX = 'suggestion-';
/** "Was this helpful?" buttons: the action id names the rating, the value the answer's kind and intent. */
export const FEEDBACK_ACTION_PREFIX = 'feedback-';

/** The rating a feedback button's click carries, checked like any other client input by the bot. */
export function feedbackFromAction(actionId: string, value: string | undefined): FeedbackValue | undefined {
  const rating = actionId.slice(FEEDBACK_ACTION_PREFIX.length);
  if (rating !== 'helpful' && rating !== 'unhelpful') return undefined;
  try {
    const tag = JSON.parse((value ?? '').slice(0, 500)) as AnswerTag;
    return feedbackValue({ kind: tag.kind, intent: tag.intent }, rating);
  } catch {
    return undefined;
  }
}

type SlackBlock = Record<string, unknown>;

/** Slack mrkdwn needs &, < and > escaped; anything else stays literal text. */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const clip = (value: string, max: number) => (value.length <= max ? value : `${value.slice(0, max - 1)}…`);
/** plain_text fields are not mrkdwn: neutralise angle brackets so nothing reads as markup. */
const plain = (value: string) => value.replace(/</g, '‹').replace(/>/g, '›');
const section = (text: string): SlackBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: clip(text, BLOCK_KIT_LIMITS.sectionText) },
});
const TONE_EMOJI = { info: ':information_source:', caution: ':warning:', urgent: ':rotating_light:' } as const;

function blockToSlack(block: Block): SlackBlock[] {
  switch (block.type) {
    case 'text':
      return [section(escapeMrkdwn(block.text))];
    case 'heading':
      return [section(`*${escapeMrkdwn(block.text)}*`)];
    case 'list':
      return [section(block.items.map((i) => `• ${escapeMrkdwn(i)}`).join('\n'))];
    case 'table':
      return [
        section(
          block.rows
            .map((row) => rowCells(block, row))
            .map(
              (row) =>
                `• *${escapeMrkdwn(row[0] ?? '')}*${row.length > 1 ? ` — ${row.slice(1).map(escapeMrkdwn).join(' · ')}` : ''}`,
            )
            .join('\n'),
        ),
      ];
    case 'facts':
      return [section(block.facts.map((f) => `*${escapeMrkdwn(f.label)}:* ${escapeMrkdwn(f.value)}`).join('\n'))];
    case 'note':
      return [
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: clip(`${TONE_EMOJI[block.tone]} ${escapeMrkdwn(block.text)}`, BLOCK_KIT_LIMITS.contextText),
            },
          ],
        },
      ];
  }
}

function feedbackBlocks(tag: AnswerTag): SlackBlock[] {
  const value = JSON.stringify({ kind: tag.kind, intent: tag.intent });
  const button = (rating: 'helpful' | 'unhelpful', label: string) => ({
    type: 'button',
    action_id: `${FEEDBACK_ACTION_PREFIX}${rating}`,
    text: { type: 'plain_text', text: label, emoji: true },
    value,
  });
  return [
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'Was this helpful?' }] },
    { type: 'actions', elements: [button('helpful', ':+1: Helpful'), button('unhelpful', ':-1: Not helpful')] },
  ];
}

export function renderBlockKit(reply: Reply, feedback?: AnswerTag): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.title)
    blocks.push({
      type: 'header',
      text: { type: 'plain_text', text: clip(plain(reply.title), BLOCK_KIT_LIMITS.headerText), emoji: true },
    });
  for (const block of reply.blocks) blocks.push(...blockToSlack(block));
  const extra = feedback ? feedbackBlocks(feedback) : [];
  const room = BLOCK_KIT_LIMITS.blocks - (reply.suggestions.length ? 1 : 0) - extra.length;
  const kept = blocks.slice(0, room);
  if (reply.suggestions.length) {
    kept.push({
      type: 'actions',
      elements: reply.suggestions.slice(0, BLOCK_KIT_LIMITS.buttons).map((s, i) => ({
        type: 'button',
        action_id: `${SUGGESTION_ACTION_PREFIX}${i}`,
        text: { type: 'plain_text', text: clip(plain(s), BLOCK_KIT_LIMITS.buttonText), emoji: true },
        value: clip(plain(s), BLOCK_KIT_LIMITS.buttonValue),
      })),
    });
  }
  return [...kept, ...extra];
}
