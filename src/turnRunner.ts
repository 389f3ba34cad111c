/**
 * Runs one turn of the bot for any adapter: rate limits per conversation and per user (every activity
 * type counts: a flood of typing or events costs as much as one of messages), serialises the
 * conversation's turns, and writes one structured log line per turn (hashed conversation id, channel and
 * type cut to a length, intent, latency, outcome), never the message text.
 */
import { performance } from 'node:perf_hooks';
import type { ActivityHandler, TurnContext } from 'botbuilder';
import { slowDown } from '../dialogs/answers/generalAnswers';
import { renderActivity } from '../dialogs/rendering/renderActivity';
import { recognizedIntent } from '../dialogs/turnRecognition';
import { hashId, logText } from './logFields';
import type { Logger } from './logger';
import type { RateLimiter } from './state/rateLimiter';
import { type TurnLocks, conversationLockKey } from './state/turnLocks';

export type TurnRunner = (context: TurnContext) => Promise<void>;

export function rateLimitKeys(context: TurnContext): string[] {
  const { channelId, conversation, from } = context.activity;
  return [`c:${conversationLockKey(channelId, conversation?.id)}`, `u:${channelId}/${from?.id ?? 'unknown'}`];
}

export function createTurnRunner(
  bot: ActivityHandler,
  locks: TurnLocks,
  limiter: RateLimiter,
  logger: Logger,
): TurnRunner {
  return async (context) => {
    const started = performance.now();
    const { activity } = context;
    let outcome = 'ok';
    try {
      const allowance = await limiter.take(rateLimitKeys(context));
      if (!allowance.allowed) {
        outcome = 'limited';
        if (allowance.notify && activity.type === 'message') {
          await context.sendActivity(renderActivity(slowDown(), activity.channelId));
        }
        return;
      }
      await locks.run(conversationLockKey(activity.channelId, activity.conversation?.id), () => bot.run(context));
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      logger.info(
        {
          conversation: hashId(activity.conversation?.id),
          channel: logText(activity.channelId),
          type: logText(activity.type),
          intent: recognizedIntent(context),
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          outcome,
        },
        'turn',
      );
    }
  };
}
