/**
 * Turns a reply into an activity for the channel it goes to. For now every channel gets text plus
 * suggested actions; the channel renderers (cards, Block Kit) plug in here by channelId.
 */
import { ActionTypes, type Activity, ActivityTypes, type CardAction } from 'botbuilder';
import type { Reply } from '../replies/replyModel';
import { renderText } from './renderText';

export function suggestedActions(choices: readonly string[]): { actions: CardAction[]; to: string[] } {
  return { actions: choices.map((c) => ({ type: ActionTypes.ImBack, title: c, value: c })), to: [] };
}

export function renderActivity(reply: Reply, _channelId?: string): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: renderText(reply),
    textFormat: 'markdown',
  };
  if (reply.suggestions.length) activity.suggestedActions = suggestedActions(reply.suggestions);
  return activity;
}
