/**
 * A botbuilder adapter for the direct Slack path: turns a Slack message (or a button click) into a
 * Bot Framework activity for the same bot, and sends the bot's replies with chat.postMessage, in the
 * thread it came from (or the DM).
 */
import {
  type Activity,
  ActivityTypes,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import { OutboundOnlyAdapter } from '../outboundOnlyAdapter';
import type { App } from '@slack/bolt';
import { SLACK_BLOCK_KIT } from '../../dialogs/rendering/renderActivity';

export interface SlackIncomingMessage {
  team?: string;
  channel: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  /** "im" for a direct message; replies elsewhere go in a thread. */
  channelType?: string;
  /** A button's value for the bot (a "was this helpful?" click), checked by the bot like any client input. */
  value?: unknown;
}

type WebClient = App['client'];

export interface SlackRoute {
  channel: string;
  threadTs?: string;
}

export class SlackBotAdapter extends OutboundOnlyAdapter {
  protected readonly channelName = 'The direct Slack path';
  constructor(
    private readonly client: WebClient,
    private readonly botUserId: string,
  ) {
    super();
  }

  async processMessage(message: SlackIncomingMessage, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const direct = message.channelType === 'im';
    const threadTs = direct ? message.threadTs : (message.threadTs ?? message.ts);
    const route: SlackRoute = { channel: message.channel, threadTs };
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: message.ts,
      channelId: 'slack',
      serviceUrl: 'https://slack.com/api/',
      timestamp: new Date(),
      from: { id: message.user, name: message.user },
      recipient: { id: this.botUserId, name: 'NutriBot' },
      // One conversation per DM, and per thread elsewhere, so parallel threads keep their own interview.
      conversation: {
        id: [message.team ?? 'slack', message.channel, threadTs].filter(Boolean).join(':'),
        isGroup: !direct,
        conversationType: direct ? 'personal' : 'channel',
        name: message.channel,
      },
      text: message.text,
      ...(message.value !== undefined ? { value: message.value } : {}),
      channelData: { route },
    };
    const context = new TurnContext(this, activity as Activity);
    context.turnState.set(SLACK_BLOCK_KIT, true);
    await this.runMiddleware(context, logic);
  }

  /**
   * A turn the bot starts itself (a check-in): in the conversation the reference names, posting to the
   * DM or thread it was planned in.
   */
  async continueInRoute(
    reference: Partial<ConversationReference>,
    route: SlackRoute | undefined,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    if (!route) throw new Error('A Slack check-in needs the DM or thread it was planned in.');
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'ContinueConversation', channelData: { route } },
      reference,
      true,
    );
    const context = new TurnContext(this, activity as Activity);
    context.turnState.set(SLACK_BLOCK_KIT, true);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const route = (context.activity.channelData as { route: SlackRoute }).route;
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type !== ActivityTypes.Message) {
        responses.push({ id: '' });
        continue;
      }
      const blocks = (activity.channelData as { blocks?: unknown[] } | undefined)?.blocks;
      const result = await this.client.chat.postMessage({
        channel: route.channel,
        ...(route.threadTs ? { thread_ts: route.threadTs } : {}),
        text: activity.text ?? '',
        ...(blocks ? { blocks: blocks as never } : {}),
      });
      responses.push({ id: String(result.ts ?? '') });
    }
    return responses;
  }
}
