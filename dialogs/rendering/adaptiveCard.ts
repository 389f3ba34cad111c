/**
 * Adaptive Cards 1.5 for Teams, Web Chat, Direct Line and the Emulator: one card per reply, food lists
 * as a table, notes as styled containers, and the plain-text rendering as the card's fallback.
 */
import { feedbackValue } from '../feedback/feedback';
import type { AnswerTag } from '../insights';
import type { Block, Reply, Tone } from '../replies/replyModel';
import { renderText } from './renderText';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_VERSION = '1.5';

type Element = Record<string, unknown>;

const TONE_STYLE: Record<Tone, string> = { info: 'emphasis', caution: 'warning', urgent: 'attention' };

/**
 * Adaptive Card text is markdown: keep people's and data's characters literal. A text starting "2. " or
 * "- " would be a list item (numbered from 1 again, and indented), so its marker is escaped too.
 */
export function escapeCardText(value: string): string {
  return plainCardText(value)
    .replace(/[\\*_`[\]#]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)(\d+)([.)])(?=\s)/, '$1$2\\$3')
    .replace(/^(\s*)([-+])(?=\s)/, '$1\\$2');
}

/** Plain-text fields (fallback, button titles) can't be markdown-escaped: neutralise angle brackets instead. */
export function plainCardText(value: string): string {
  return value.replace(/</g, '‹').replace(/>/g, '›');
}

const textBlock = (text: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text: escapeCardText(text),
  wrap: true,
  ...extra,
});

function tableElement(columns: string[], rows: string[][]): Element {
  const cell = (value: string, bold = false) => ({
    type: 'TableCell',
    items: [textBlock(value, bold ? { weight: 'Bolder' } : {})],
  });
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    showGridLines: false,
    columns: columns.map((_, i) => ({ width: i === 0 ? 3 : i === 1 ? 2 : 1 })),
    rows: [columns, ...rows].map((row, r) => ({ type: 'TableRow', cells: row.map((v) => cell(v, r === 0)) })),
  };
}

function blockElements(block: Block): Element[] {
  switch (block.type) {
    case 'text':
      return [textBlock(block.text)];
    case 'heading':
      return [textBlock(block.text, { weight: 'Bolder', spacing: 'Medium' })];
    case 'list':
      // One block per item: card renderers disagree on line breaks inside a TextBlock.
      return block.items.map((item, i) => textBlock(`• ${item}`, i ? { spacing: 'Small' } : {}));
    case 'table':
      return [tableElement(block.columns, block.rows)];
    case 'facts':
      return [
        {
          type: 'FactSet',
          facts: block.facts.map((f) => ({ title: escapeCardText(f.label), value: escapeCardText(f.value) })),
        },
      ];
    case 'note':
      return [{ type: 'Container', style: TONE_STYLE[block.tone], items: [textBlock(block.text)] }];
  }
}

export interface CardOptions {
  /** Teams shows suggested actions only without attachments, so the choices go on the card as buttons. */
  choicesOnCard: boolean;
  /** The whole reply as plain text, when the card shows only part of it. */
  fallbackText?: string;
  /** "Was this helpful?" buttons for this answer, whose click comes back as the activity's value. */
  feedback?: AnswerTag;
}

/** The feedback question and its two buttons, at the end of the card's body. */
function feedbackElements(tag: AnswerTag): Element[] {
  return [
    { type: 'TextBlock', text: 'Was this helpful?', isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' },
    {
      type: 'ActionSet',
      actions: [
        { type: 'Action.Submit', title: '👍 Helpful', data: feedbackValue(tag, 'helpful') },
        { type: 'Action.Submit', title: '👎 Not helpful', data: feedbackValue(tag, 'unhelpful') },
      ],
    },
  ];
}

export function renderAdaptiveCard(reply: Reply, options: CardOptions): Element {
  const body: Element[] = [];
  if (reply.title) body.push(textBlock(reply.title, { size: 'Medium', weight: 'Bolder' }));
  for (const block of reply.blocks) body.push(...blockElements(block));
  if (options.feedback) body.push(...feedbackElements(options.feedback));
  const card: Element = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: plainCardText(options.fallbackText ?? renderText(reply)),
    body,
  };
  if (options.choicesOnCard && reply.suggestions.length) {
    // imBack through Teams' msteams payload: the click arrives as a plain message with the choice text.
    card.actions = reply.suggestions.slice(0, 6).map((title) => ({
      type: 'Action.Submit',
      title: plainCardText(title),
      data: { msteams: { type: 'imBack', value: plainCardText(title) } },
    }));
  }
  return card;
}
