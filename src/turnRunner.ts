/**
 * Runs one turn of the bot for any adapter: rate limits per conversation and per user, serialises the
 * conversation's turns, and writes one structured log line per turn (hashed conversation id, channel,
 * intent, latency, outcome), never the message text.
 */
import { performance } from 'node:perf_hooks';
import type { ActivityHandler, TurnContext } from 'botbuilder';
import { slowDown } from '../dialogs/answers/generalAnswers';
import { renderActivity } from '../dialogs/rendering/renderActivity';
import { recognizedIntent } from '../dialogs/turnRecognition';
import { type Logger, hashId } from './logger';
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
      const keys = rateLimitKeys(context);
      if (activity.type === 'message' && !limiter.take(keys)) {
        outcome = 'limited';
        if (limiter.shouldNotify(keys[0]!)) await context.sendActivity(renderActivity(slowDown(), activity.channelId));
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
          channel: activity.channelId,
          type: activity.type,
          intent: recognizedIntent(context),
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          outcome,
        },
        'turn',
      );
    }
  };
}
