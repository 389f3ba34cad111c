/**
 * Slack through Azure Bot Service: its Slack channel turns Adaptive Cards into images, hero cards into
 * text and drops suggested actions, so replies go as mrkdwn text plus Slack's legacy message attachments
 * in channelData, with the choices written out so they can be typed.
 */
import { type Reply, rowCells } from '../replies/replyModel';
import { escapeMrkdwn } from './slackBlockKit';

const TONE_COLOR = { info: '#2f7ed8', caution: '#e8a317', urgent: '#d0021b' } as const;

export interface SlackChannelData {
  text: string;
  attachments: Record<string, unknown>[];
}

export function renderSlackAttachments(reply: Reply): SlackChannelData {
  const lines: string[] = [];
  const attachments: Record<string, unknown>[] = [];
  if (reply.title) lines.push(`*${escapeMrkdwn(reply.title)}*`);
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'text':
        lines.push(escapeMrkdwn(block.text));
        break;
      case 'heading':
        lines.push(`*${escapeMrkdwn(block.text)}*`);
        break;
      case 'list':
        lines.push(block.items.map((i) => `• ${escapeMrkdwn(i)}`).join('\n'));
        break;
      case 'facts':
        lines.push(block.facts.map((f) => `*${escapeMrkdwn(f.label)}:* ${escapeMrkdwn(f.value)}`).join('\n'));
        break;
      case 'table':
        attachments.push({
          color: TONE_COLOR.info,
          fallback: block.rows.map((r) => rowCells(block, r).join(' · ')).join('\n'),
          fields: block.rows.slice(0, 10).map((row) => ({
            title: escapeMrkdwn(row[0] ?? ''),
            value: escapeMrkdwn(rowCells(block, row).slice(1).join(' · ')),
            short: false,
          })),
        });
        break;
      case 'note':
        attachments.push({ color: TONE_COLOR[block.tone], fallback: block.text, text: escapeMrkdwn(block.text) });
        break;
    }
  }
  if (reply.suggestions.length)
    lines.push(`_You can say:_ ${reply.suggestions.map((s) => `“${escapeMrkdwn(s)}”`).join(' · ')}`);
  return { text: lines.join('\n\n'), attachments };
}
