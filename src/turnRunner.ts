/**
 * Runs one turn of the bot for any adapter: rate limits per conversation and per user (every activity
 * type counts: a flood of typing or events costs as much as one of messages), serialises the
 * conversation's turns, and writes one structured log line per turn (hashed conversation id, channel and
 * type cut to a length, intent, latency, outcome), never the message text. With metrics on, it also
 * counts the turn and lets an observer read what the turn did (red flags, interview events).
 */
import { performance } from 'node:perf_hooks';
import type { ActivityHandler, TurnContext } from 'botbuilder';
import { slowDown } from '../dialogs/answers/generalAnswers';
import { renderActivity } from '../dialogs/rendering/renderActivity';
import { recognizedIntent } from '../dialogs/turnRecognition';
import { hashId, logText } from './logFields';
import type { Logger } from './logger';
import { type BotMetrics, type TurnOutcome, noMetrics } from './metrics/botMetrics';
import type { TurnObserver } from './metrics/turnEvents';
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
  metrics: BotMetrics = noMetrics,
  observe?: TurnObserver,
): TurnRunner {
  const runBot = (context: TurnContext) => (observe ? observe(context, () => bot.run(context)) : bot.run(context));
  return async (context) => {
    const started = performance.now();
    const { activity } = context;
    let outcome: TurnOutcome = 'ok';
    try {
      const allowance = await limiter.take(rateLimitKeys(context));
      if (!allowance.allowed) {
        outcome = 'limited';
        metrics.rateLimited(activity.channelId);
        if (allowance.notify && activity.type === 'message') {
          await context.sendActivity(renderActivity(slowDown(), activity.channelId));
        }
        return;
      }
      await locks.run(conversationLockKey(activity.channelId, activity.conversation?.id), () => runBot(context));
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      const latencyMs = performance.now() - started;
      const intent = recognizedIntent(context);
      metrics.turn(activity.channelId, intent, outcome, latencyMs / 1000);
      logger.info(
        {
          conversation: hashId(activity.conversation?.id),
          channel: logText(activity.channelId),
          type: logText(activity.type),
          intent,
          latencyMs: Math.round(latencyMs * 10) / 10,
          outcome,
        },
        'turn',
      );
    }
  };
}
