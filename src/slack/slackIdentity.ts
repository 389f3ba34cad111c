/**
 * The Slack bot's own identity (user id, bot id), needed to skip its own messages and to address
 * replies. Given in the configuration it is known at once; otherwise Slack's auth.test is asked in the
 * background, with retries and a growing delay, so Slack being unreachable never holds up the start
 * of the server (and with it Teams, the browser chat and the health checks).
 */
import { webApi } from '@slack/bolt';
import { errorForLog } from '../logFields';
import type { Logger } from '../logger';

export interface SlackIdentity {
  botUserId: string;
  botId?: string;
}

export interface IdentityLookup {
  botToken: string;
  botUserId?: string;
  botId?: string;
  apiUrl?: string;
}

export interface RetryOptions {
  /** First delay between attempts; doubled after each failure up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Each auth.test call gives up after this. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { initialDelayMs: 1_000, maxDelayMs: 60_000, timeoutMs: 10_000 };

/** The configured identity, when the configuration holds it. */
export function configuredIdentity(lookup: IdentityLookup): SlackIdentity | undefined {
  return lookup.botUserId ? { botUserId: lookup.botUserId, botId: lookup.botId } : undefined;
}

/**
 * Asks auth.test until it answers or the signal aborts (resolving undefined then). Each failure is
 * logged with the attempt and the next delay; the token and Slack's response body never are.
 */
export async function resolveSlackIdentity(
  lookup: IdentityLookup,
  logger: Logger,
  signal: AbortSignal,
  onRetry: (attempt: number) => void = () => undefined,
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<SlackIdentity | undefined> {
  const client = new webApi.WebClient(lookup.botToken, {
    slackApiUrl: lookup.apiUrl,
    // The retries are ours, so they can be logged and stopped on shutdown.
    retryConfig: { retries: 0 },
    timeout: retry.timeoutMs,
    logLevel: webApi.LogLevel.ERROR,
  });
  let delay = retry.initialDelayMs;
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      const result = await client.auth.test();
      if (result.ok && typeof result.user_id === 'string') {
        logger.info({ attempt }, 'slack identity resolved');
        return { botUserId: result.user_id, botId: typeof result.bot_id === 'string' ? result.bot_id : undefined };
      }
      logger.warn({ attempt, retryInMs: delay }, 'slack auth.test gave no bot user id; retrying');
    } catch (error) {
      logger.warn({ attempt, retryInMs: delay, err: errorForLog(error) }, 'slack auth.test failed; retrying');
    }
    onRetry(attempt);
    await sleep(delay, signal);
    delay = Math.min(delay * 2, retry.maxDelayMs);
  }
  return undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
