/** The state store and turn locks for the configured STORAGE: in-process memory, or a shared Redis. */
import type { Storage } from 'botbuilder';
import type { Redis } from 'ioredis';
import { type Config, shownValue } from '../config';
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

export async function createStateStore(config: Config): Promise<StateStore> {
  if (config.STORAGE === 'memory') {
    return {
      storage: new InProcessStorage({ ttlSeconds: config.CONVERSATION_TTL_SECONDS }),
      locks: new InProcessTurnLocks(),
      close: async () => undefined,
    };
  }
  // Fail fast while Redis is down (the bot apologises) instead of queueing turns; ioredis reconnects by itself.
  // ioredis loads only for STORAGE=redis.
  const { Redis: RedisClient } = await import('ioredis');
  const redis: Redis = new RedisClient(config.REDIS_URL, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: true,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`cannot reach Redis at REDIS_URL (${shownValue('REDIS_URL', (error as Error).message)})`);
  }
  return {
    storage: new RedisStorage(redis, {
      keyPrefix: config.REDIS_KEY_PREFIX,
      conversationTtlSeconds: config.CONVERSATION_TTL_SECONDS,
    }),
    locks: new RedisTurnLocks(redis, { keyPrefix: config.REDIS_KEY_PREFIX, leaseMs: 30_000, waitMs: 10_000 }),
    redis,
    close: async () => {
      redis.disconnect();
    },
  };
}
