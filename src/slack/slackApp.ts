/**
 * The direct Slack path: a Bolt app on the restify receiver whose listeners hand DMs, mentions and
 * button clicks to the same bot through the Slack adapter, so a Slack conversation behaves exactly
 * like one in Teams.
 */
import { App, LogLevel } from '@slack/bolt';
import type { TurnContext } from 'botbuilder';
import { SUGGESTION_ACTION_PREFIX } from '../../dialogs/rendering/slackBlockKit';
import type { Logger } from '../logger';
import { SlackBotAdapter, type SlackIncomingMessage } from './slackBotAdapter';
import { SlackRestifyReceiver } from './slackReceiver';

export interface SlackSettings {
  signingSecret: string;
  botToken: string;
  /** Given: Bolt skips its auth.test call at start (and so needs no network to start). */
  botUserId?: string;
  botId?: string;
  /** Another Web API base URL, for a local stub in tests. */
  apiUrl?: string;
}

export interface SlackChannel {
  receiver: SlackRestifyReceiver;
  adapter: SlackBotAdapter;
  app: App;
}

const MENTION = /<@[A-Z0-9]+(\|[^>]*)?>/g;

export async function createSlackChannel(
  settings: SlackSettings,
  turn: (context: TurnContext) => Promise<void>,
  logger: Logger,
  onTurnError: (adapter: SlackBotAdapter) => void,
): Promise<SlackChannel> {
  const receiver = new SlackRestifyReceiver(settings.signingSecret, logger);
  const app = new App({
    token: settings.botToken,
    receiver,
    tokenVerificationEnabled: !settings.botUserId,
    botUserId: settings.botUserId,
    botId: settings.botId,
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
    clientOptions: settings.apiUrl ? { slackApiUrl: settings.apiUrl } : undefined,
  });
  await app.init();
  const botUserId = settings.botUserId ?? ((await app.client.auth.test()).user_id as string);
  const adapter = new SlackBotAdapter(app.client, botUserId);
  onTurnError(adapter);
  const run = (message: SlackIncomingMessage) => adapter.processMessage(message, turn);

  // Direct messages. Bolt already drops the bot's own messages (ignoreSelf); edits and other subtypes are skipped.
  app.message(async ({ message, body }) => {
    if (message.subtype !== undefined || message.channel_type !== 'im' || !('user' in message)) return;
    await run({
      team: (body as { team_id?: string }).team_id,
      channel: message.channel,
      user: message.user,
      text: message.text ?? '',
      ts: message.ts,
      threadTs: message.thread_ts,
      channelType: 'im',
    });
  });

  // Mentions in channels: answered in a thread.
  app.event('app_mention', async ({ event, body }) => {
    if (!event.user || event.bot_id) return;
    await run({
      team: (body as { team_id?: string }).team_id,
      channel: event.channel,
      user: event.user,
      text: event.text.replace(MENTION, '').trim(),
      ts: event.ts,
      threadTs: event.thread_ts,
    });
  });

  // Suggestion buttons: the click continues the dialog as if the choice had been typed.
  app.action(new RegExp(`^${SUGGESTION_ACTION_PREFIX}`), async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!channel) return;
    const direct = channel.startsWith('D');
    await run({
      team: body.team?.id,
      channel,
      user: body.user.id,
      text: action.value ?? '',
      ts: message?.ts ?? String(Date.now() / 1000),
      threadTs: message?.thread_ts ?? (direct ? undefined : message?.ts),
      channelType: direct ? 'im' : 'channel',
    });
  });

  return { receiver, adapter, app };
}
