/**
 * Two bot processes on one real Redis, each with a clock the test sets: a check-in planned through one is
 * sent exactly once when both poll at the due time, and one planned before a restart of Redis and of
 * every bot process is still sent, once, after it.
 */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, post } from '../support/botFramework';
import { checkAndPlan } from '../support/checkInFlow';
import { ClockedBotProcess } from '../support/clockedBotProcess';
import { DAY } from '../support/clock';
import { ConnectorStub } from '../support/connectorStub';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';

const T0 = Date.parse('2026-05-01T09:00:00Z');

describe.runIf(redisAvailable() || mustRunRedis)('check-ins on several instances sharing Redis', () => {
  const redis = new RedisServer();
  const connector = new ConnectorStub();
  const running: ClockedBotProcess[] = [];
  const instance = async () => {
    const bot = new ClockedBotProcess({
      STORAGE: 'redis',
      REDIS_URL: redis.url,
      WEB_CHAT: 'off',
      RATE_LIMIT_BURST: '1000',
      TEST_CLOCK_START: String(T0),
    });
    running.push(bot);
    await bot.start();
    return bot;
  };

  beforeAll(async () => {
    await Promise.all([redis.start(), connector.start()]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all(running.map((b) => b.stop()));
    await Promise.all([redis.stop(), connector.stop()]);
  });

  /** A Teams message to one instance, its replies posted to the stub connector; the texts posted. */
  const teams = (bot: () => ClockedBotProcess, conversation: string) => async (text: string) => {
    const before = connector.texts(conversation).length;
    const activity = messageActivity(text, conversation, {
      channelId: 'msteams',
      serviceUrl: connector.url,
      deliveryMode: undefined,
      from: { id: '29:ada', name: 'Ada' },
      recipient: { id: '28:nutribot', name: 'NutriBot' },
      conversation: { id: conversation, conversationType: 'personal' } as Activity['conversation'],
    } as Partial<Activity>);
    expect((await post(bot().url, '/api/messages', activity)).status).toBe(200);
    return connector.texts(conversation).slice(before).join('\n');
  };
  const checkIns = (conversation: string) => connector.texts(conversation).filter((t) => /Checking in/.test(t));

  it('sends a check-in exactly once when two processes poll at the due time', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    // The conversation alternates between the instances, as behind a load balancer.
    let turn = 0;
    const either = () => (turn++ % 2 ? b! : a!);
    expect(await checkAndPlan(teams(either, 'a:two'))).toMatch(/in 1 week/);
    const due = T0 + 7 * DAY;
    const early = await Promise.all([a!.poll(due - 60_000), b!.poll(due - 60_000)]);
    expect(early.map((r) => r.sent)).toEqual([0, 0]);
    const results = await Promise.all([a!.poll(due), b!.poll(due)]);
    expect(results[0]!.sent + results[1]!.sent).toBe(1);
    const later = await Promise.all([a!.poll(due + DAY), b!.poll(due + DAY)]);
    expect(later[0]!.sent + later[1]!.sent).toBe(0);
    expect(checkIns('a:two')).toHaveLength(1);
    await Promise.all([a!.stop(), b!.stop()]);
  }, 120_000);

  it('loses nothing when Redis and every bot process restart between planning and the due time', async () => {
    const first = await instance();
    expect(
      await checkAndPlan(
        teams(() => first, 'a:restart'),
        'In 2 weeks',
      ),
    ).toMatch(/in 2 weeks/);
    await first.stop();
    await redis.stop();
    await redis.start();
    const [c, d] = await Promise.all([instance(), instance()]);
    const due = T0 + 14 * DAY;
    const results = await Promise.all([c.poll(due), d.poll(due)]);
    expect(results[0]!.sent + results[1]!.sent).toBe(1);
    expect(checkIns('a:restart')).toHaveLength(1);
    // The answer goes to either instance; the follow-up knows the check.
    await c.setTime(due + 60_000);
    expect(await teams(() => c, 'a:restart')('worse')).toMatch(/Please see a doctor in the next few days/);
  }, 120_000);
});
