/**
 * The direct Slack path: a Bolt app on the restify receiver whose listeners hand DMs, mentions and
 * button clicks to the same bot through the Slack adapter, so a Slack conversation behaves exactly
 * like one in Teams. The app is built once the bot's identity is known: at once when configured,
 * otherwise after auth.test answers, in the background (the receiver answers 503 until then).
 */
import { App, LogLevel } from '@slack/bolt';
import type { TurnContext } from 'botbuilder';
import {
  FEEDBACK_ACTION_PREFIX,
  SUGGESTION_ACTION_PREFIX,
  feedbackFromAction,
} from '../../dialogs/rendering/slackBlockKit';
import { errorForLog } from '../logFields';
import type { Logger } from '../logger';
import { SlackBotAdapter, type SlackIncomingMessage } from './slackBotAdapter';
import { SlackRestifyReceiver } from './slackReceiver';
import type { Readiness } from '../health/readiness';
import { type RetryOptions, type SlackIdentity, configuredIdentity, resolveSlackIdentity } from './slackIdentity';

export interface SlackSettings {
  signingSecret: string;
  botToken: string;
  /** Given: no auth.test call is needed, so the channel is ready at once. */
  botUserId?: string;
  botId?: string;
  /** Another Web API base URL, for a local stub in tests. */
  apiUrl?: string;
}

export interface SlackChannel {
  receiver: SlackRestifyReceiver;
  /** Resolves once the app is built (undefined when stopped before the identity was known). */
  ready: Promise<SlackApp | undefined>;
  /** Stops resolving the identity, if it still is. */
  stop(): void;
}

export interface SlackApp {
  adapter: SlackBotAdapter;
  app: App;
}

const MENTION = /<@[A-Z0-9]+(\|[^>]*)?>/g;

/** Creates the receiver now and the Bolt app as soon as the bot's identity is known; never waits on Slack. */
export function createSlackChannel(
  settings: SlackSettings,
  turn: (context: TurnContext) => Promise<void>,
  logger: Logger,
  onTurnError: (adapter: SlackBotAdapter) => void,
  readiness: Readiness,
  retry?: RetryOptions,
): SlackChannel {
  const receiver = new SlackRestifyReceiver(settings.signingSecret, logger);
  const known = configuredIdentity(settings);
  const stopping = new AbortController();
  const build = (identity: SlackIdentity) => {
    const built = buildSlackApp(settings, identity, receiver, turn, onTurnError);
    readiness.set('slack', true, 'ready');
    return built;
  };
  if (known) return { receiver, ready: Promise.resolve(build(known)), stop: () => undefined };
  readiness.set('slack', false, 'resolving identity');
  const ready = resolveSlackIdentity(
    settings,
    logger,
    stopping.signal,
    (attempt) => readiness.set('slack', false, `auth.test failed ${attempt} time(s), retrying`),
    retry,
  )
    .then((identity) => (identity ? build(identity) : undefined))
    .catch((error: unknown) => {
      // Never an unhandled rejection: the channel stays unavailable, the rest of the bot runs on.
      logger.error({ err: errorForLog(error) }, 'slack channel could not start');
      readiness.set('slack', false, 'failed to start');
      return undefined;
    });
  return { receiver, ready, stop: () => stopping.abort() };
}

function buildSlackApp(
  settings: SlackSettings,
  identity: SlackIdentity,
  receiver: SlackRestifyReceiver,
  turn: (context: TurnContext) => Promise<void>,
  onTurnError: (adapter: SlackBotAdapter) => void,
): SlackApp {
  // With the identity given and token verification off, Bolt makes no call to Slack of its own.
  const app = new App({
    token: settings.botToken,
    receiver,
    tokenVerificationEnabled: false,
    botUserId: identity.botUserId,
    botId: identity.botId,
    logLevel: LogLevel.ERROR,
    clientOptions: settings.apiUrl ? { slackApiUrl: settings.apiUrl } : undefined,
  });
  const adapter = new SlackBotAdapter(app.client, identity.botUserId);
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

  // "Was this helpful?" buttons: the rating goes to the bot as the message's value, with no text.
  app.action(new RegExp(`^${FEEDBACK_ACTION_PREFIX}`), async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const channel = body.channel?.id ?? body.container?.channel_id;
    const value = 'action_id' in action ? feedbackFromAction(action.action_id, action.value) : undefined;
    if (!channel || !value) return;
    const direct = channel.startsWith('D');
    await run({
      team: body.team?.id,
      channel,
      user: body.user.id,
      text: '',
      value,
      ts: message?.ts ?? String(Date.now() / 1000),
      threadTs: message?.thread_ts ?? (direct ? undefined : message?.ts),
      channelType: direct ? 'im' : 'channel',
    });
  });

  return { adapter, app };
}
