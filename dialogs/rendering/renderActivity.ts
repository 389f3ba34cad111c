/**
 * Turns a reply into the activity its channel shows best, chosen by channelId: Adaptive Cards for Teams
 * and Web Chat, text with Slack attachments for Slack through Azure Bot Service, plain text with numbered
 * choices elsewhere. Every activity carries meaningful text.
 */
import { ActionTypes, type Activity, ActivityTypes, type CardAction } from 'botbuilder';
import type { AnswerTag } from '../insights';
import { type Reply, summaryLine } from '../replies/replyModel';
import { ADAPTIVE_CARD_CONTENT_TYPE, renderAdaptiveCard } from './adaptiveCard';
import { renderSlackAttachments } from './slackAttachments';
import { renderBlockKit } from './slackBlockKit';
import { renderNumberedChoices, renderText } from './renderText';

export type ChannelFamily = 'teams' | 'webchat' | 'slack' | 'chat' | 'plain';

/** Set in a turn's state by the direct Slack adapter: that path posts Block Kit itself. */
export const SLACK_BLOCK_KIT = Symbol.for('nutribot.slackBlockKit');

/** How a channel shows "was this helpful?": Teams' own buttons, card buttons, or Slack Block Kit buttons. */
export type FeedbackStyle = 'teamsLoop' | 'card' | 'blockKit';

export interface FeedbackControl extends AnswerTag {
  style: FeedbackStyle;
}

export interface RenderOptions {
  /** The direct Slack path (Events API through Bolt) rather than Azure Bot Service's Slack channel. */
  slackBlockKit?: boolean;
  /** The "was this helpful?" control for an answer or result. */
  feedback?: FeedbackControl;
}

/** Teams shows at most three suggested actions. */
export const TEAMS_MAX_SUGGESTED_ACTIONS = 3;

export function channelFamily(channelId: string | undefined): ChannelFamily {
  switch (channelId) {
    case 'msteams':
      return 'teams';
    case 'webchat':
    case 'directline':
    case 'emulator':
      return 'webchat';
    case 'slack':
      return 'slack';
    case 'terminal':
    case 'test':
      return 'chat';
    default:
      return 'plain';
  }
}

export function suggestedActions(choices: readonly string[]): { actions: CardAction[]; to: string[] } {
  return { actions: choices.map((c) => ({ type: ActionTypes.ImBack, title: c, value: c })), to: [] };
}

/**
 * Splits a structured reply into the line shown as the message text (its title, or its first line) and
 * the card for the rest, so nothing appears twice where channels show both.
 */
function leadAndCard(
  reply: Reply,
  choicesOnCard: boolean,
  feedback?: AnswerTag,
): { text: string; card: Record<string, unknown> } {
  const fallbackText = renderText(reply);
  const options = { choicesOnCard, fallbackText, ...(feedback ? { feedback } : {}) };
  if (reply.title)
    return {
      text: reply.title,
      card: renderAdaptiveCard({ ...reply, title: undefined }, options),
    };
  const [first, ...rest] = reply.blocks;
  const hasButtons = (choicesOnCard && reply.suggestions.length > 0) || feedback !== undefined;
  if (
    first &&
    (first.type === 'text' || first.type === 'heading' || first.type === 'note') &&
    (rest.length || hasButtons)
  ) {
    return { text: first.text, card: renderAdaptiveCard({ ...reply, blocks: rest }, options) };
  }
  return { text: summaryLine(reply) || 'NutriBot', card: renderAdaptiveCard(reply, options) };
}

/** A reply of plain paragraphs reads best as a message; anything structured becomes a card. */
function isSimple(reply: Reply): boolean {
  return !reply.title && reply.blocks.every((b) => b.type === 'text');
}

export function renderActivity(reply: Reply, channelId?: string, options: RenderOptions = {}): Partial<Activity> {
  const family = channelFamily(channelId);
  const { feedback } = options;
  // Teams' own feedback buttons are a flag on the message (and nothing else may be in its channelData).
  const base: Partial<Activity> = {
    type: ActivityTypes.Message,
    ...(family === 'teams' && feedback?.style === 'teamsLoop' ? { channelData: { feedbackLoopEnabled: true } } : {}),
  };
  const cardFeedback = feedback?.style === 'card' ? { kind: feedback.kind, intent: feedback.intent } : undefined;
  switch (family) {
    case 'teams': {
      if (isSimple(reply) && reply.suggestions.length <= TEAMS_MAX_SUGGESTED_ACTIONS && !cardFeedback) {
        return {
          ...base,
          text: renderText(reply),
          ...(reply.suggestions.length ? { suggestedActions: suggestedActions(reply.suggestions) } : {}),
        };
      }
      const { text, card } = leadAndCard(reply, true, cardFeedback);
      return {
        ...base,
        text,
        summary: text,
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
      };
    }
    case 'webchat': {
      const withActions = reply.suggestions.length ? { suggestedActions: suggestedActions(reply.suggestions) } : {};
      if (isSimple(reply) && !cardFeedback) return { ...base, text: renderText(reply), ...withActions };
      const { text, card } = leadAndCard(reply, false, cardFeedback);
      return {
        ...base,
        text,
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
        ...withActions,
      };
    }
    case 'slack': {
      const slack = renderSlackAttachments(reply);
      if (options.slackBlockKit) {
        const slackFeedback =
          feedback?.style === 'blockKit' ? { kind: feedback.kind, intent: feedback.intent } : undefined;
        return { ...base, text: slack.text, channelData: { blocks: renderBlockKit(reply, slackFeedback) } };
      }
      return { ...base, text: slack.text, channelData: { text: slack.text, attachments: slack.attachments } };
    }
    case 'chat':
      return {
        ...base,
        text: renderText(reply),
        textFormat: 'markdown',
        ...(reply.suggestions.length ? { suggestedActions: suggestedActions(reply.suggestions) } : {}),
      };
    case 'plain': {
      const choices = reply.suggestions.length ? `\n\n${renderNumberedChoices(reply.suggestions)}` : '';
      return {
        ...base,
        text: `${renderText(reply)}${choices}`,
        ...(reply.suggestions.length ? { suggestedActions: suggestedActions(reply.suggestions) } : {}),
      };
    }
  }
}
