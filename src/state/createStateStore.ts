/** The state store and turn locks for the configured STORAGE: in-process memory, or a shared Redis. */
import type { Storage } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { Readiness } from '../health/readiness';
import type { Logger } from '../logger';
import { InProcessStorage } from './inProcessStorage';
import { RedisStorage } from './redisStorage';
import { InProcessTurnLocks, RedisTurnLocks, type TurnLocks } from './turnLocks';

export interface StateStore {
  storage: Storage;
  locks: TurnLocks;
  /** The Redis connection (STORAGE=redis), for state shared with other instances such as rate limits. */
  redis?: Redis;
  close(): Promise<void>;
}

/**
 * Never waits for Redis: the server starts and answers while Redis is away (each turn apologises that it
 * can't reach its memory), ioredis keeps reconnecting, and readiness says "storage" is not ready until
 * the connection is up.
 */
export async function createStateStore(config: Config, readiness: Readiness, logger: Logger): Promise<StateStore> {
  if (config.STORAGE === 'memory') {
    readiness.set('storage', true, 'in process');
    return {
      storage: new InProcessStorage({ ttlSeconds: config.CONVERSATION_TTL_SECONDS }),
      locks: new InProcessTurnLocks(),
      close: async () => undefined,
    };
  }
  // ioredis loads only for STORAGE=redis. No offline queue and one retry per request: while Redis is down a
  // turn fails at once (and the bot apologises) instead of queueing; the connection itself keeps retrying.
  const { Redis: RedisClient } = await import('ioredis');
  const redis: Redis = new RedisClient(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  reportRedisReadiness(redis, readiness, logger);
  await firstConnectionAttempt(redis);
  return {
    storage: new RedisStorage(redis, {
      keyPrefix: config.REDIS_KEY_PREFIX,
      conversationTtlSeconds: config.CONVERSATION_TTL_SECONDS,
    }),
    locks: new RedisTurnLocks(redis, { keyPrefix: config.REDIS_KEY_PREFIX, leaseMs: 30_000, waitMs: 10_000 }),
    redis,
    close: async () => {
      // Stopping is not an outage: no "unavailable" line for the connection we close ourselves.
      redis.removeAllListeners('close');
      redis.disconnect();
    },
  };
}

/** Follows the connection's state; logs each change once rather than every reconnection attempt. */
function reportRedisReadiness(redis: Redis, readiness: Readiness, logger: Logger): void {
  let reachable: boolean | undefined;
  const change = (now: boolean, state: string) => {
    readiness.set('storage', now, state);
    if (reachable === now) return;
    reachable = now;
    if (now) logger.info('storage connected (Redis)');
    else logger.warn("storage unavailable: can't reach Redis at REDIS_URL; retrying");
  };
  readiness.set('storage', false, 'connecting');
  redis.on('ready', () => change(true, 'connected'));
  // An error's text can hold the URL; the logs say only that Redis is unreachable.
  redis.on('error', () => change(false, 'unreachable'));
  redis.on('close', () => {
    if (reachable) change(false, 'disconnected');
  });
}

/** At most this long to see how the first connection goes: never long enough to hold up the start. */
const FIRST_ATTEMPT_MS = 2_000;

/**
 * Resolves when the first connection succeeds or fails (a refused connection fails at once), so a
 * reachable Redis serves the first turn rather than an apology; an unanswering one costs at most
 * FIRST_ATTEMPT_MS.
 */
function firstConnectionAttempt(redis: Redis): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done).off('error', done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_ATTEMPT_MS);
    redis.once('ready', done).once('error', done);
  });
}
