/**
 * The check-in store's contract, in process and on a real Redis: one check-in per conversation, due ones
 * claimed with a lease (so of several claimers exactly one gets each), a lost lease due again, and only
 * the claim's token finishing or retrying it. On Redis: two connections racing, and a Redis restart.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckInJob, CheckInStore } from '../../src/checkins/checkInStore';
import { InProcessCheckInStore } from '../../src/checkins/checkInStore';
import { RedisCheckInStore } from '../../src/checkins/redisCheckInStore';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';

const T0 = Date.parse('2026-05-01T09:00:00Z');
let counter = 0;

function job(conversation: string, dueAt: number): CheckInJob {
  counter++;
  return {
    id: `job-${counter}`,
    conversationKey: `test/${conversation}`,
    via: 'test',
    reference: { channelId: 'test', conversation: { id: conversation } as never },
    dueAt,
    check: { takenAt: T0, answers: { symptoms: ['twitching'], factors: {}, triage: [] }, level: 'self-care', round: 0 },
    attempts: 0,
  };
}

function contract(name: string, makeStore: () => CheckInStore) {
  describe(`${name}: the check-in store`, () => {
    it('keeps one check-in per conversation, found and removed by it', async () => {
      const store = makeStore();
      await store.put(job('a', T0 + 10));
      const later = job('a', T0 + 20);
      await store.put(later);
      expect(await store.size()).toBe(1);
      expect((await store.forConversation('test/a'))?.dueAt).toBe(T0 + 20);
      expect(await store.removeConversation('test/a')).toBe(true);
      expect(await store.removeConversation('test/a')).toBe(false);
      expect(await store.forConversation('test/a')).toBeUndefined();
    });

    it('claims only what is due, once per lease; a lost lease is due again; only the claim’s token finishes it', async () => {
      const store = makeStore();
      await store.put(job('b', T0 + 1_000));
      expect(await store.claimDue(T0, T0 + 60_000, 10, 'x')).toEqual([]);
      const [claim] = await store.claimDue(T0 + 1_000, T0 + 61_000, 10, 'first');
      expect(claim?.job.conversationKey).toBe('test/b');
      expect(await store.claimDue(T0 + 2_000, T0 + 62_000, 10, 'second')).toEqual([]);
      // The first claimer died: after its lease, another instance takes the check-in.
      const [again] = await store.claimDue(T0 + 61_000, T0 + 121_000, 10, 'second');
      expect(again?.token).toBe('second');
      await store.finish(claim!);
      expect(await store.size()).toBe(1);
      await store.retryAt(again!, T0 + 200_000, 1);
      expect(await store.claimDue(T0 + 199_999, T0 + 300_000, 10, 'third')).toEqual([]);
      const [retried] = await store.claimDue(T0 + 200_000, T0 + 300_000, 10, 'third');
      expect(retried?.job.attempts).toBe(1);
      await store.finish(retried!);
      expect(await store.size()).toBe(0);
      expect(await store.forConversation('test/b')).toBeUndefined();
    });
  });
}

contract('in process', () => new InProcessCheckInStore());

describe.runIf(redisAvailable() || mustRunRedis)('on a real Redis', () => {
  const redis = new RedisServer();
  const clients: Redis[] = [];
  const client = () => {
    const c = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    // The restart test stops Redis under these connections: they reconnect.
    c.on('error', () => undefined);
    clients.push(c);
    return c;
  };
  let prefix = 0;
  const store = () => new RedisCheckInStore(client(), `t${++prefix}:`);

  beforeAll(async () => redis.start(), 20_000);
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis.stop();
  });

  contract('Redis', store);

  it('gives each due check-in to exactly one of several instances claiming at once', async () => {
    const keyPrefix = `race${++prefix}:`;
    const instances = Array.from({ length: 4 }, () => new RedisCheckInStore(client(), keyPrefix));
    for (let i = 0; i < 50; i++) await instances[0]!.put(job(`race-${i}`, T0));
    const rounds = await Promise.all(
      Array.from({ length: 20 }, (_, round) =>
        instances[round % 4]!.claimDue(T0 + 1, T0 + 60_000, 5, `token-${round}`),
      ),
    );
    const claimed = rounds.flat().map((c) => c.job.conversationKey);
    expect(claimed).toHaveLength(50);
    expect(new Set(claimed).size).toBe(50);
  });

  it('loses nothing when Redis restarts between planning and the due time', async () => {
    const keyPrefix = `restart${++prefix}:`;
    await new RedisCheckInStore(client(), keyPrefix).put(job('kept', T0 + 7 * 86_400_000));
    await redis.stop();
    await redis.start();
    const after = new RedisCheckInStore(client(), keyPrefix);
    const [claim] = await after.claimDue(T0 + 7 * 86_400_000, T0 + 8 * 86_400_000, 10, 'after');
    expect(claim?.job.conversationKey).toBe('test/kept');
  }, 30_000);
});
