/**
 * Plain-text rendering of a reply: works on every channel, and is the fallback text of every card.
 * Suggested actions are not part of the text; channels that cannot show buttons number them.
 */
import { type Block, type Reply, rowCells } from '../replies/replyModel';

const TONE_PREFIX = { info: 'ℹ️ ', caution: '⚠️ ', urgent: '🚨 ' } as const;

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'text':
      return block.text;
    case 'heading':
      return `**${block.text}**`;
    case 'list':
      return block.items.map((item) => `• ${item}`).join('\n');
    case 'table':
      return block.rows.map((row) => `• ${rowCells(block, row).filter(Boolean).join(' · ')}`).join('\n');
    case 'facts':
      return block.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'note':
      return `${TONE_PREFIX[block.tone]}${block.text}`;
  }
}

export function renderText(reply: Reply): string {
  const parts = reply.blocks.map(renderBlock);
  if (reply.title) parts.unshift(`**${reply.title}**`);
  return parts.join('\n\n');
}

/** Suggestions as a numbered list, for channels without buttons (the terminal, plain text). */
export function renderNumberedChoices(choices: readonly string[]): string {
  return choices.map((c, i) => `${i + 1}. ${c}`).join('\n');
}
