/**
 * Finding 4: memory grew with what clients sent: whole posted activities kept by the Direct Line
 * stand-in, 50 KB ids kept in limiter keys, log hashes, the in-memory store (no TTL) and Redis keys, and
 * a cached rendering per unknown channelId.
 */
import { TestAdapter, TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../dialogs/createBot';
import { reply, text } from '../../dialogs/replies/replyModel';
import { deepFreeze } from '../../dialogs/replies/sharedReplies';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { InProcessStorage } from '../../src/state/inProcessStorage';
import { messageActivity, post } from '../support/botFramework';
import { knowledgeBase } from '../support/knowledge';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';

const HUGE = 'x'.repeat(50_000);
const oversizedIds = [
  { conversation: { id: HUGE } },
  { from: { id: HUGE } },
  { recipient: { id: HUGE } },
  { channelId: HUGE },
  { id: HUGE },
] as const;

describe('finding 4: what the server keeps per request', () => {
  let bot: RunningBot;
  let base: string;
  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000' }));
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => bot.stop());

  it('refuses ids longer than 256 characters with 400 before any bot code runs', async () => {
    for (const extra of oversizedIds) {
      const result = await post(base, '/api/messages', messageActivity('hello', 'ids-1', extra as never));
      expect(result.status, Object.keys(extra)[0]).toBe(400);
    }
    const atLimit = await post(base, '/api/messages', messageActivity('hello', 'c'.repeat(256)));
    expect(atLimit.status).toBe(200);
  });

  it('keeps only what Web Chat shows of a posted activity, in a bounded history', async () => {
    const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
    const { conversationId } = (await started.json()) as { conversationId: string };
    const path = `${base}/v3/directline/conversations/${conversationId}/activities`;
    const posted = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: `hello ${'y'.repeat(50_000)}`,
        junk: HUGE,
        entities: [{ type: 'x', junk: HUGE }],
        channelData: { clientActivityID: 'client-1', junk: HUGE },
        from: { id: 'webchat-user', name: HUGE.slice(0, 10_000) },
      }),
    });
    expect(posted.status).toBe(200);
    const { activities } = (await (await fetch(`${path}?watermark=0`)).json()) as { activities: object[] };
    const echo = JSON.stringify(activities.find((a) => JSON.stringify(a).includes('client-1')));
    expect(echo).not.toContain('junk');
    expect(echo.length).toBeLessThan(2_000);

    for (let i = 0; i < 120; i++) {
      await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'typing' }),
      });
    }
    const all = (await (await fetch(`${path}?watermark=0`)).json()) as { activities: object[]; watermark: string };
    expect(all.activities.length).toBeLessThanOrEqual(100);
    expect(Number(all.watermark)).toBeGreaterThan(120);
  }, 30_000);
});

describe('finding 4: the in-memory store', () => {
  it('forgets an entry a TTL after its last write, as Redis does', async () => {
    let now = 1_000_000;
    const storage = new InProcessStorage({ ttlSeconds: 60, now: () => now });
    await storage.write({ 'emulator/conversations/old': { value: 1 }, 'emulator/users/someone': { value: 2 } });
    now += 30_000;
    await storage.write({ 'emulator/conversations/recent': { value: 3 } });
    now += 31_000;
    expect(Object.keys(await storage.read(['emulator/conversations/old', 'emulator/users/someone']))).toEqual([]);
    expect(Object.keys(await storage.read(['emulator/conversations/recent']))).toEqual([
      'emulator/conversations/recent',
    ]);
    now += 60_000;
    await storage.write({ 'emulator/conversations/new': { value: 4 } });
    expect(storage.size).toBe(1);
  });
});

describe('finding 4: renderings cached per channel', () => {
  it('shares one rendering among unknown channelIds instead of keeping one per id', async () => {
    const { deps } = createBot(knowledgeBase());
    const shared = deepFreeze(reply('help', { blocks: [text('Hello')], suggestions: ['One', 'Two'] }));
    const rendered = [];
    for (const channelId of ['made-up-1', 'made-up-2', 'made-up-3']) {
      const context = new TurnContext(new TestAdapter(), {
        type: 'message',
        channelId,
        conversation: { id: `render-${channelId}` },
        from: { id: 'u' },
        recipient: { id: 'b' },
      } as never);
      rendered.push(await deps.sender.prepare(context, shared));
    }
    expect(rendered[1]).toBe(rendered[0]);
    expect(rendered[2]).toBe(rendered[0]);
  });
});

describe.runIf(redisAvailable() || mustRunRedis)('finding 4: Redis keys from client ids', () => {
  const redis = new RedisServer();
  beforeAll(async () => redis.start(), 20_000);
  afterAll(async () => redis.stop());

  it('writes nothing for a request with oversized ids', async () => {
    const bot = await startBot(
      loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'redis', REDIS_URL: redis.url, WEB_CHAT: 'off' }),
    );
    try {
      const { Redis } = await import('ioredis');
      const client = new Redis(redis.url);
      const before = await client.dbsize();
      for (let i = 0; i < 20; i++) {
        const result = await post(
          `http://127.0.0.1:${bot.port}`,
          '/api/messages',
          messageActivity('I am vegan', `${HUGE}${i}`, { from: { id: `${HUGE}${i}`, name: 'V' } }),
        );
        expect(result.status).toBe(400);
      }
      expect(await client.dbsize()).toBe(before);
      client.disconnect();
    } finally {
      await bot.stop();
    }
  });
});
