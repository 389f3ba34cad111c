import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { BotProcess } from '../support/botProcess';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';

const say = async (base: string, conversation: string, text: string) =>
  messageReplies((await post(base, '/api/messages', messageActivity(text, conversation))).body)
    .map(readableText)
    .join('\n');

describe('two messages of one conversation at once (memory storage)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
  });
  afterAll(async () => bot.stop());

  it('applies both, one after the other, without losing either', async () => {
    const base = `http://127.0.0.1:${bot.port}`;
    await say(base, 'race-mem', 'my calf keeps jumping');
    await Promise.all([say(base, 'race-mem', 'also tired'), say(base, 'race-mem', 'also muscle cramps')]);
    const state = await say(base, 'race-mem', 'what do you know about me');
    expect(state).toMatch(/symptom check in progress: 3 symptom/);
  });
});

describe.runIf(redisAvailable() || mustRunRedis)('shared state on a real Redis', () => {
  const redis = new RedisServer();

  const redisBotConfig = () =>
    loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      STORAGE: 'redis',
      REDIS_URL: redis.url,
      WEB_CHAT: 'off',
      RATE_LIMIT_BURST: '1000',
    });

  beforeAll(async () => redis.start(), 20_000);
  afterAll(async () => redis.stop());

  it('serialises concurrent messages of one conversation', async () => {
    const bot = await startBot(redisBotConfig());
    const base = `http://127.0.0.1:${bot.port}`;
    try {
      await say(base, 'race-redis', 'my calf keeps jumping');
      await Promise.all([say(base, 'race-redis', 'also tired'), say(base, 'race-redis', 'also muscle cramps')]);
      expect(await say(base, 'race-redis', 'what do you know about me')).toMatch(
        /symptom check in progress: 3 symptom/,
      );
    } finally {
      await bot.stop();
    }
  });

  it('apologises while Redis is down and continues the interview once it is back, nothing lost', async () => {
    const bot = await startBot(redisBotConfig());
    const base = `http://127.0.0.1:${bot.port}`;
    try {
      expect(await say(base, 'restart-1', 'my calf keeps jumping')).toMatch(/So far I have: muscle twitching/);
      await redis.stop();
      expect(await say(base, 'restart-1', 'that’s all')).toMatch(/can’t reach my memory/);
      await redis.start();
      let reply = '';
      for (let i = 0; i < 50 && !/quick safety check/.test(reply); i++) {
        await new Promise((r) => setTimeout(r, 200));
        reply = await say(base, 'restart-1', 'that’s all');
      }
      expect(reply).toMatch(/quick safety check/);
    } finally {
      await bot.stop();
    }
  }, 60_000);

  it('lets an interview started on one bot process finish on another', async () => {
    const env = { STORAGE: 'redis', REDIS_URL: redis.url, WEB_CHAT: 'off', RATE_LIMIT_BURST: '1000' };
    const [a, b] = [new BotProcess(env), new BotProcess(env)];
    await Promise.all([a.start(), b.start()]);
    try {
      expect(a.port).not.toBe(b.port);
      await say(a.url, 'two-procs', 'my lips feel tingly');
      expect(await say(b.url, 'two-procs', 'that’s all')).toMatch(/quick safety check/);
      await say(a.url, 'two-procs', 'none');
      const result = await say(b.url, 'two-procs', 'none');
      expect(result).toMatch(/Your result|Before your result|How often|Which best|Do you/);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 90_000);
});
