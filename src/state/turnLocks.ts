/**
 * Serialises the turns of one conversation: botbuilder's BotState writes with eTag "*" (last write wins),
 * so two messages of one conversation processed at once would lose one turn's changes. In one process a
 * promise chain per conversation is enough; across instances a short Redis lock (SET NX PX, released
 * only by its owner) keeps any two instances from running the same conversation's turns together.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { StorageUnavailableError } from './redisStorage';

export interface TurnLocks {
  run<T>(key: string, turn: () => Promise<T>): Promise<T>;
}

export class InProcessTurnLocks implements TurnLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(turn);
    this.tails.set(key, current);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === current) this.tails.delete(key);
    }
  }
}

const RELEASE_IF_OWNER = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface RedisLockOptions {
  keyPrefix: string;
  /** A lock left by a crashed instance expires after this. */
  leaseMs: number;
  /** Give up waiting for another instance's turn after this. */
  waitMs: number;
}

export class RedisTurnLocks implements TurnLocks {
  private readonly local = new InProcessTurnLocks();

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisLockOptions,
  ) {}

  run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    return this.local.run(key, async () => {
      const lockKey = `${this.options.keyPrefix}lock/${key}`;
      const token = randomUUID();
      const deadline = Date.now() + this.options.waitMs;
      for (let delay = 10; ; delay = Math.min(delay * 2, 100)) {
        const acquired = await this.redis
          .set(lockKey, token, 'PX', this.options.leaseMs, 'NX')
          .catch((error: Error) => {
            throw new StorageUnavailableError(`Redis is unavailable: ${error.message}`);
          });
        if (acquired === 'OK') break;
        if (Date.now() > deadline)
          throw new Error(`Timed out waiting for another instance's turn in this conversation`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      try {
        return await turn();
      } finally {
        await this.redis.eval(RELEASE_IF_OWNER, 1, lockKey, token).catch(() => undefined);
      }
    });
  }
}

/** The key of a turn's conversation, shared by every instance. */
export function conversationLockKey(channelId: string | undefined, conversationId: string | undefined): string {
  return `${channelId ?? 'unknown'}/${conversationId ?? 'unknown'}`;
}
