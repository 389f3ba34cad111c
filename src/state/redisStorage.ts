/**
 * A botbuilder Storage on Redis (ioredis) with botbuilder's eTag rules: a write without an eTag or with
 * "*" overwrites, a write with the stored eTag succeeds and gets a new one, a stale eTag fails. The
 * check and the write happen in one Lua script, so two instances can't both win. Conversation state
 * expires after a TTL; user state is kept until "forget me".
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

/** Thrown when Redis can't be reached, so the bot can apologise without discarding anyone's state. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** Thrown on a write with a stale eTag, like MemoryStorage's conflict. */
export class ETagConflictError extends Error {
  override name = 'ETagConflictError';
}

// KEYS[1] key; ARGV[1] expected eTag ('' or '*' = any), ARGV[2] JSON to store, ARGV[3] TTL seconds (0 = none).
const WRITE_IF_MATCH = `
local current = redis.call('GET', KEYS[1])
if current and ARGV[1] ~= '' and ARGV[1] ~= '*' then
  local ok, stored = pcall(cjson.decode, current)
  if ok and stored.eTag ~= ARGV[1] then return 0 end
end
if tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1
`;

export interface RedisStorageOptions {
  keyPrefix: string;
  /** Seconds before conversation state expires; 0 keeps it. */
  conversationTtlSeconds: number;
}

export class RedisStorage implements Storage {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisStorageOptions,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys.length) return {};
    const values = await this.call(() => this.redis.mget(...keys.map((k) => this.redisKey(k))));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const value = values[i];
      if (value) items[key] = JSON.parse(value);
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const expected = typeof item?.eTag === 'string' ? item.eTag : '';
      const stored = JSON.stringify({ ...item, eTag: randomUUID() });
      const ttl = key.includes('/conversations/') ? this.options.conversationTtlSeconds : 0;
      const written = await this.call(() =>
        this.redis.eval(WRITE_IF_MATCH, 1, this.redisKey(key), expected, stored, String(ttl)),
      );
      if (written !== 1) throw new ETagConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.call(() => this.redis.del(...keys.map((k) => this.redisKey(k))));
  }

  private redisKey(key: string): string {
    return `${this.options.keyPrefix}${key}`;
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new StorageUnavailableError(`Redis is unavailable: ${(error as Error).message}`);
    }
  }
}
