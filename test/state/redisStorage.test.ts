import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETagConflictError, RedisStorage, StorageUnavailableError } from '../../src/state/redisStorage';
import { RedisTurnLocks } from '../../src/state/turnLocks';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';

describe.runIf(redisAvailable() || mustRunRedis)('RedisStorage on a real redis-server', () => {
  const server = new RedisServer();
  let redis: Redis;
  let storage: RedisStorage;

  beforeAll(async () => {
    await server.start();
    redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
    storage = new RedisStorage(redis, { keyPrefix: 'test:', conversationTtlSeconds: 3600 });
  });
  afterAll(async () => {
    redis?.disconnect();
    await server.stop();
  });

  it('creates without an eTag and returns a new eTag on read', async () => {
    await storage.write({ 'emulator/conversations/c1/': { count: 1 } });
    const item = (await storage.read(['emulator/conversations/c1/']))['emulator/conversations/c1/'];
    expect(item.count).toBe(1);
    expect(typeof item.eTag).toBe('string');
    expect(await storage.read(['missing'])).toEqual({});
  });

  it('writes with the current eTag, rejects a stale one, and "*" overwrites', async () => {
    const key = 'emulator/conversations/c2/';
    await storage.write({ [key]: { v: 1 } });
    const first = (await storage.read([key]))[key];
    await storage.write({ [key]: { ...first, v: 2 } });
    await expect(storage.write({ [key]: { ...first, v: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read([key]))[key].v).toBe(2);
    await storage.write({ [key]: { v: 4, eTag: '*' } });
    expect((await storage.read([key]))[key].v).toBe(4);
  });

  it('lets exactly one of many concurrent writers with the same eTag win', async () => {
    const key = 'emulator/conversations/c3/';
    await storage.write({ [key]: { v: 0 } });
    const base = (await storage.read([key]))[key];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => storage.write({ [key]: { ...base, v: i + 1 } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('prefixes keys, expires conversation state and keeps user state', async () => {
    await storage.write({ 'emulator/conversations/c4/': { a: 1 }, 'emulator/users/u4/': { b: 1 } });
    const ttl = await redis.ttl('test:emulator/conversations/c4/');
    expect(ttl).toBeGreaterThan(3500);
    expect(await redis.ttl('test:emulator/users/u4/')).toBe(-1);
    await storage.delete(['emulator/conversations/c4/']);
    expect(await storage.read(['emulator/conversations/c4/'])).toEqual({});
  });

  it('serialises turns of one conversation across lock holders', async () => {
    const locks = [
      new RedisTurnLocks(redis, { keyPrefix: 'test:', leaseMs: 5_000, waitMs: 5_000 }),
      new RedisTurnLocks(redis, { keyPrefix: 'test:', leaseMs: 5_000, waitMs: 5_000 }),
    ];
    let inside = 0;
    let overlap = false;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        locks[i % 2]!.run('emulator/c5', async () => {
          inside++;
          if (inside > 1) overlap = true;
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        }),
      ),
    );
    expect(overlap).toBe(false);
  });

  it('reports an unreachable Redis as StorageUnavailableError', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      lazyConnect: true,
    });
    down.on('error', () => undefined);
    const unreachable = new RedisStorage(down, { keyPrefix: 'x:', conversationTtlSeconds: 0 });
    await expect(unreachable.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    down.disconnect();
  });
});
