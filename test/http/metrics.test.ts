/**
 * GET /metrics: off by default, Prometheus text when on, a bearer token when one is set, and each
 * counter moving with the turn that should move it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { messageActivity, messageReplies, post, readableText, useRunningBot } from '../support/botFramework';

/** The value of one series in Prometheus text, or 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics is off by default', () => {
  const url = useRunningBot();
  it('answers 404', async () => {
    expect((await fetch(`${url()}/metrics`)).status).toBe(404);
  });
});

describe('GET /metrics with METRICS=on', () => {
  let bot: RunningBot;
  let base = '';
  const scrape = async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };
  const say = async (conversation: string, text: string) =>
    messageReplies((await post(base, '/api/messages', messageActivity(text, conversation))).body)
      .map(readableText)
      .join('\n');

  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', METRICS: 'on', RATE_LIMIT_BURST: '1000' }));
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => bot.stop());

  it('counts a turn just made by channel, intent and outcome, with its latency and storage use', async () => {
    const series = 'nutribot_turns_total{channel="emulator",intent="foodsForNutrient",outcome="ok"}';
    const before = await scrape();
    await say('metrics-1', 'what foods have potassium');
    const after = await scrape();
    expect(sample(after, series)).toBe(sample(before, series) + 1);
    const latency = 'nutribot_turn_duration_seconds_count{channel="emulator"}';
    expect(sample(after, latency)).toBeGreaterThan(sample(before, latency));
    const reads = 'nutribot_storage_operations_total{operation="read"}';
    expect(sample(after, reads)).toBeGreaterThan(sample(before, reads));
    expect(after).toMatch(/^nutribot_storage_duration_seconds_bucket\{/m);
    // Node's process metrics come along.
    expect(after).toMatch(/^process_cpu_user_seconds_total /m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('labels an unknown channel id "other", so a client cannot grow the series', async () => {
    await post(base, '/api/messages', messageActivity('hello', 'metrics-2', { channelId: 'made-up-123' }));
    const text = await scrape();
    expect(text).not.toContain('made-up-123');
    expect(text).toMatch(/nutribot_turns_total\{channel="other",intent="greeting",outcome="ok"\} 1/);
  });

  it('counts red flags by level, never their text', async () => {
    const before = await scrape();
    expect(await say('metrics-3', 'I have crushing chest pain')).toMatch(/emergency|999|911|112/i);
    const after = await scrape();
    const emergency = 'nutribot_red_flags_total{level="emergency"}';
    expect(sample(after, emergency)).toBe(sample(before, emergency) + 1);
    expect(after).not.toMatch(/chest/i);
  });

  it('counts symptom checks started, finished with a result, and abandoned', async () => {
    const event = (text: string, name: string) => sample(text, `nutribot_interviews_total{event="${name}"}`);
    const before = await scrape();
    await say('metrics-4', 'my calf keeps jumping');
    await say('metrics-4', 'cancel');
    let reply = await say('metrics-5', 'my lips feel tingly');
    for (let i = 0; i < 20 && !/Your result:/.test(reply); i++)
      reply = await say('metrics-5', /safety check|any of these|So far I have/i.test(reply) ? 'none' : '1');
    expect(reply).toMatch(/Your result:/);
    const after = await scrape();
    expect(event(after, 'started')).toBe(event(before, 'started') + 2);
    expect(event(after, 'abandoned')).toBe(event(before, 'abandoned') + 1);
    expect(event(after, 'result')).toBe(event(before, 'result') + 1);
  });
});

describe('GET /metrics counts rate limits', () => {
  const url = useRunningBot({ METRICS: 'on', RATE_LIMIT_BURST: '3' });

  it('counts each refused activity, and the turn as limited', async () => {
    for (let i = 0; i < 5; i++) await post(url(), '/api/messages', messageActivity('hello', 'metrics-limits'));
    const text = await (await fetch(`${url()}/metrics`)).text();
    expect(sample(text, 'nutribot_rate_limited_total{channel="emulator"}')).toBe(2);
    expect(sample(text, 'nutribot_turns_total{channel="emulator",intent="none",outcome="limited"}')).toBe(2);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const token = 'a-long-metrics-token-123';
  const url = useRunningBot({ METRICS_TOKEN: token });

  it('refuses a request without the token, or with another one, with 401', async () => {
    const none = await fetch(`${url()}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toMatch(/nutribot_/);
    const wrong = await fetch(`${url()}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(401);
  });

  it('answers with the token', async () => {
    const response = await fetch(`${url()}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^# HELP nutribot_turns_total/m);
  });
});
