/**
 * Start-up that no channel can block: the server listens before Slack's identity or Redis is known,
 * answers on every other route meanwhile, and /readyz says what is still missing.
 */
import { type Server, type Socket, createServer } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { RedisServer, mustRunRedis, redisAvailable } from '../support/redisServer';
import { SlackApiStub, slackSignature } from '../support/slackApi';

const FAST_RETRY = { initialDelayMs: 50, maxDelayMs: 200, timeoutMs: 300 };

interface Readyz {
  status: string;
  components: Record<string, { ready: boolean; state: string }>;
}
const readyz = async (base: string) => {
  const response = await fetch(`${base}/readyz`);
  return { status: response.status, body: (await response.json()) as Readyz };
};

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const slackEvent = (id: string) =>
  JSON.stringify({
    type: 'event_callback',
    team_id: 'T0001',
    event_id: id,
    event: { type: 'message', channel_type: 'im', channel: 'D0START', user: 'U0USER', text: 'hi', ts: '1.2' },
  });

const postSlack = (base: string, body: string, headers: Record<string, string>) =>
  fetch(`${base}/api/slack`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('start-up with Slack unreachable', () => {
  // Accepts connections and never answers: Slack timing out, the worst case for a start that waits.
  const held = new Set<Socket>();
  const blackHole: Server = createServer((socket) => held.add(socket));
  let bot: RunningBot | undefined;

  afterEach(async () => bot?.stop());
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise<void>((resolve) => blackHole.close(() => resolve()));
  });

  it('listens at once: /api/messages answers, /api/slack is 503 with Retry-After, /readyz not ready', async () => {
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(blackHole.address() as { port: number }).port}/api/`;
    const started = Date.now();
    bot = await startBot(
      loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        ALLOW_UNAUTHENTICATED: 'on',
        SLACK_SIGNING_SECRET: 'test-signing-secret',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_API_URL: apiUrl,
      }),
      { slackRetry: FAST_RETRY },
    );
    const base = `http://127.0.0.1:${bot.port}`;
    const result = await post(base, '/api/messages', messageActivity('what foods have potassium', 'start-slack-1'));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.status).toBe(200);
    expect(messageReplies(result.body).map(readableText).join('\n')).toMatch(/banana/i);

    const body = slackEvent('EvStart1');
    expect((await postSlack(base, body, {})).status).toBe(401); // the signature is checked first
    const refused = await postSlack(base, body, slackSignature(body));
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await readyz(base);
    expect(ready.status).toBe(503);
    expect(ready.body.components.slack?.ready).toBe(false);
    expect(ready.body.components.storage?.ready).toBe(true);
    expect(ready.body.components.botFramework?.ready).toBe(true);
  });

  it('retries auth.test with backoff and takes Slack events once Slack answers', async () => {
    const stub = new SlackApiStub();
    await stub.start();
    stub.authTestFailures = 3;
    try {
      const env = stub.env();
      bot = await startBot(
        loadConfig({
          PORT: '0',
          LOG_LEVEL: 'silent',
          SLACK_SIGNING_SECRET: env.SLACK_SIGNING_SECRET,
          SLACK_BOT_TOKEN: env.SLACK_BOT_TOKEN,
          SLACK_API_URL: env.SLACK_API_URL,
          METRICS: 'on',
        }),
        { slackRetry: FAST_RETRY },
      );
      const base = `http://127.0.0.1:${bot.port}`;
      await waitFor(async () => (await readyz(base)).status === 200);
      expect(stub.authTestFailures).toBe(0);
      expect((await readyz(base)).body.components.slack).toEqual({ ready: true, state: 'ready' });
      const body = slackEvent('EvStart2');
      expect((await postSlack(base, body, slackSignature(body))).status).toBe(200);
      const calls = await stub.waitForCalls(1);
      expect(calls[0]?.method).toMatch(/chat\.postMessage/);
      // Slack's retry of the same event is acknowledged, ignored and counted.
      const retry = await postSlack(base, body, { ...slackSignature(body), 'x-slack-retry-num': '1' });
      expect(retry.status).toBe(200);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/^nutribot_slack_retries_ignored_total 1$/m);
    } finally {
      await bot?.stop();
      bot = undefined;
      await stub.stop();
    }
  });
});

describe.runIf(redisAvailable() || mustRunRedis)('start-up with Redis down', () => {
  const redis = new RedisServer();
  afterAll(async () => redis.stop());

  it('starts, apologises that it cannot reach its memory, and is ready once Redis comes up', async () => {
    await redis.reservePort();
    const bot = await startBot(
      loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'redis', REDIS_URL: redis.url, WEB_CHAT: 'off' }),
    );
    const base = `http://127.0.0.1:${bot.port}`;
    const say = async (text: string) =>
      messageReplies((await post(base, '/api/messages', messageActivity(text, 'start-redis-1'))).body)
        .map(readableText)
        .join('\n');
    try {
      expect(await say('what foods have potassium')).toMatch(/can’t reach my memory/);
      const down = await readyz(base);
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('not ready');
      expect(down.body.components.storage?.ready).toBe(false);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);

      await redis.start();
      await waitFor(async () => (await readyz(base)).status === 200);
      expect((await readyz(base)).body.components.storage).toEqual({ ready: true, state: 'connected' });
      expect(await say('what foods have potassium')).toMatch(/banana/i);
    } finally {
      await bot.stop();
    }
  }, 30_000);
});
