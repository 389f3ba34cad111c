/**
 * `npm run report`: the tables from a snapshot, and the real command reading a bot's Redis after a
 * rating, a comment, an out-of-scope question and a check-in.
 */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { buildReport, formatReport } from '../../src/insights/report';
import { runReport } from '../../src/insights/reportCli';
import { cardElements, messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { checkAndPlan } from '../support/checkInFlow';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';

const T = Date.parse('2026-05-01T09:00:00Z');

describe('the report', () => {
  it('prints answers by kind with their ratings and comments, topics, intents and check-ins', () => {
    const report = buildReport(
      {
        feedback: [
          { kind: 'foodList', intent: 'foodsForNutrient', rating: 'helpful', channel: 'teams', at: T },
          { kind: 'foodList', intent: 'foodsForNutrient', rating: 'unhelpful', channel: 'webchat', at: T },
          { kind: 'assessment', intent: 'symptomCheck', rating: 'helpful', channel: 'slack', at: T },
        ],
        comments: [
          {
            kind: 'foodList',
            intent: 'foodsForNutrient',
            rating: 'unhelpful',
            text: 'No bananas?',
            at: T,
            expiresAt: T + 1,
          },
        ],
        counts: {
          'outOfScope|iron': 3,
          'outOfScope|recipe': 1,
          'lowConfidence|foodsForNutrient': 2,
          'checkIn|scheduled': 4,
          'checkIn|sent': 3,
          'checkIn|answered': 2,
          'checkIn|worse': 1,
          'checkIn|better': 1,
        },
        texts: [],
      },
      T,
      1,
    );
    const text = formatReport(report);
    expect(text).toMatch(
      /Answers by kind\nkind\s+helpful\s+unhelpful\s+comments\n[- ]+\nfoodList\s+1\s+1\s+1\nassessment\s+1\s+0\s+0/,
    );
    expect(text).toMatch(/2026-05-01\s+foodList\s+unhelpful\s+No bananas\?/);
    expect(text).toMatch(/Out-of-scope topics\ntopic\s+count\n[- ]+\niron\s+3\nrecipe\s+1/);
    expect(text).toMatch(/Low-confidence intents\nintent\s+count\n[- ]+\nfoodsForNutrient\s+2/);
    expect(text).toMatch(
      /scheduled\s+sent\s+answered\s+better\s+same\s+worse\s+dropped\s+given up\s+pending\n[- ]+\n4\s+3\s+2\s+1\s+0\s+1\s+0\s+0\s+1/,
    );
    expect(report.checkIns).toEqual({
      scheduled: 4,
      sent: 3,
      answered: 2,
      better: 1,
      same: 0,
      worse: 1,
      dropped: 0,
      gaveUp: 0,
      pending: 1,
    });
  });

  it('refuses STORAGE=memory with a clear sentence: the figures live in the bot process', async () => {
    await expect(runReport([], { STORAGE: 'memory' })).rejects.toThrow(/STORAGE=memory keeps feedback/);
  });
});

describe.runIf(redisAvailable() || mustRunRedis)('npm run report on a bot’s Redis', () => {
  const redis = new RedisServer();
  let bot: RunningBot;
  let base: string;
  const env = () => ({ STORAGE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'report:' });

  beforeAll(async () => {
    await redis.start();
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000', ...env() }));
    base = `http://127.0.0.1:${bot.port}`;
  }, 30_000);
  afterAll(async () => {
    await bot.stop();
    await redis.stop();
  });

  const say = async (text: string, extra: Partial<Activity> = {}) =>
    messageReplies((await post(base, '/api/messages', messageActivity(text, 'report-1', extra))).body);

  it('prints the stored rating, comment, topic and check-in, as a table and as JSON', async () => {
    const [answer] = await say('what foods have potassium');
    const button = cardElements(answer!, 'Action.Submit').find((a) => /Not helpful/.test(String(a.title)))!;
    await say('', { value: button.data });
    expect((await say('The serving sizes are confusing')).map(readableText).join('\n')).toMatch(
      /passed your comment on/,
    );
    await say('foods with iron');
    await checkAndPlan(async (text) => (await say(text)).map(readableText).join('\n'));
    const table = await runReport([], env());
    expect(table).toMatch(/foodList\s+0\s+1\s+1/);
    expect(table).toMatch(/foodList\s+unhelpful\s+The serving sizes are confusing/);
    expect(table).toMatch(/iron\s+1/);
    const json = JSON.parse(await runReport(['--json'], env())) as { checkIns: { scheduled: number; pending: number } };
    expect(json.checkIns).toMatchObject({ scheduled: 1, pending: 1 });
  }, 60_000);
});
