/**
 * Finding 3: the limiter switched itself off after about 50,000 keys; Direct Line conversation starts
 * were unlimited; only messages counted; every Web Chat user shared one id, so one person's burst
 * limited everyone; and replicas each had their own allowance.
 */
import { ActivityHandler, TestAdapter } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { createLogger } from '../../src/logger';
import { RateLimiter } from '../../src/state/rateLimiter';
import { InProcessTurnLocks } from '../../src/state/turnLocks';
import { createTurnRunner } from '../../src/turnRunner';
import { messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';

/** A bot that answers "ok" to every message, run through the real turn runner and limiter. */
function limitedBot(burst: number) {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity('ok');
    await next();
  });
  const limiter = new RateLimiter({ burst, perMinute: 1 });
  const run = createTurnRunner(bot, new InProcessTurnLocks(), limiter, createLogger('silent'));
  const adapter = new TestAdapter(run);
  const send = async (conversation: string, user: string, type = 'message') => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      type,
      text: 'hi',
      channelId: 'test',
      conversation: { id: conversation } as never,
      from: { id: user, name: user },
    });
    return adapter.activeQueue.splice(0).filter((a) => a.text === 'ok').length;
  };
  return { send };
}

describe('finding 3: the rate limiter', () => {
  it('keeps limiting after any number of keys (26,000 one-message conversations, 52,000 keys, first)', async () => {
    const { send } = limitedBot(5);
    for (let i = 0; i < 26_000; i += 1_000) {
      await Promise.all(Array.from({ length: 1_000 }, (_, k) => send(`one-${i + k}`, `user-${i + k}`)));
    }
    let answered = 0;
    for (let i = 0; i < 50; i++) answered += await send('flood', 'flooder');
    expect(answered).toBe(5);
  }, 120_000);

  it('counts every activity type, not only messages', async () => {
    const { send } = limitedBot(5);
    for (let i = 0; i < 5; i++) await send('typist', 'typist', 'typing');
    expect(await send('typist', 'typist')).toBe(0);
  });
});

describe('finding 3: the local Direct Line', () => {
  let bot: RunningBot;
  let base: string;
  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '5' }));
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => bot.stop());

  const start = () => fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
  const postActivity = (conversationId: string) =>
    fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // What Web Chat's page sent for everyone.
      body: JSON.stringify({ type: 'message', text: 'hi', from: { id: 'webchat-user', role: 'user' } }),
    });

  it('gives each conversation its own user: one person’s burst does not limit another’s first message', async () => {
    const first = ((await (await start()).json()) as { conversationId: string }).conversationId;
    const second = ((await (await start()).json()) as { conversationId: string }).conversationId;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await postActivity(first)).status);
    expect(statuses).toContain(429);
    expect((await postActivity(second)).status).toBe(200);
  });

  it('limits conversation starts per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await start()).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(5);
  });
});

describe.runIf(redisAvailable() || mustRunRedis)('finding 3: the limiter shared by replicas through Redis', () => {
  const redis = new RedisServer();
  beforeAll(async () => redis.start(), 20_000);
  afterAll(async () => redis.stop());

  it('does not double the allowance with two instances', async () => {
    const config = () =>
      loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        STORAGE: 'redis',
        REDIS_URL: redis.url,
        WEB_CHAT: 'off',
        RATE_LIMIT_BURST: '4',
        RATE_LIMIT_PER_MINUTE: '4',
      });
    const [a, b] = [await startBot(config()), await startBot(config())];
    try {
      const texts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const replica = i % 2 === 0 ? a : b;
        const result = await post(
          `http://127.0.0.1:${replica.port}`,
          '/api/messages',
          messageActivity('what foods have potassium', 'replicas-1', { from: { id: 'replica-flooder', name: 'F' } }),
        );
        texts.push(messageReplies(result.body).map(readableText).join('\n'));
      }
      expect(texts.filter((t) => /Potassium: best food sources/.test(t))).toHaveLength(4);
      expect(texts.filter((t) => /faster than I can keep up/.test(t))).toHaveLength(1);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 30_000);
});
