/**
 * Finding 6: a malformed REDIS_URL was echoed with its password; conversation ids were hashed without a
 * secret (a known Slack id could be confirmed in the logs); raw channelId/type values of any length
 * were logged; a failed outbound call logged the remote body. The bot runs in its own process here, and
 * its real log output is read.
 */
import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { messageActivity, post } from '../support/botFramework';
import { BotProcess } from '../support/botProcess';

const REMOTE_SECRET = 'REMOTE-BODY-7f3a';

describe('finding 6: configuration errors', () => {
  it('never shows a password, from a well-formed or a malformed URL, nor a secret setting', () => {
    for (const url of ['redis//:hunter2@cache:6379', 'redis:/admin:hunter2@cache', 'http://admin:hunter2@cache']) {
      try {
        loadConfig({ REDIS_URL: url });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as Error).message).toMatch(/REDIS_URL/);
        expect((error as Error).message).not.toContain('hunter2');
      }
    }
    expect(() => loadConfig({ LOG_HASH_SALT: 'short-hunter2' })).toThrowError(/^(?!.*hunter2).*LOG_HASH_SALT/);
  });
});

describe('finding 6: what the running bot logs', () => {
  /** A connector stand-in on the loopback that fails every call with a body a log must not show. */
  let remote: Server;
  let remotePort = 0;
  const bot = new BotProcess({ LOG_LEVEL: 'info', WEB_CHAT: 'off' });
  bot.keepOutput = true;

  beforeAll(async () => {
    remote = createServer((req, res) => {
      req.resume();
      res.writeHead(403, { 'content-type': 'application/json' }); // not retried, unlike a 5xx
      res.end(JSON.stringify({ error: { code: 'Boom', message: `${REMOTE_SECRET} for Jane Doe` } }));
    });
    await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
    remotePort = (remote.address() as { port: number }).port;
    await bot.start();
  }, 60_000);
  afterAll(async () => {
    await bot.stop();
    await new Promise((resolve) => remote.close(resolve));
  });

  const logLines = async (): Promise<Record<string, unknown>[]> => {
    await new Promise((r) => setTimeout(r, 1_500)); // the logger flushes at least every second
    return bot
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };

  it('hashes ids with a secret, so a known id can’t be confirmed', async () => {
    const known = 'T0KNOWN:D0KNOWN';
    await post(bot.url, '/api/messages', messageActivity('hello', known));
    const turns = (await logLines()).filter((l) => l.msg === 'turn');
    expect(turns.length).toBeGreaterThan(0);
    const plain = createHash('sha256').update(known).digest('hex').slice(0, 12);
    expect(JSON.stringify(turns)).not.toContain(plain);
    expect(JSON.stringify(turns)).not.toContain(known);
  });

  it('cuts client-chosen channel and type values to a length', async () => {
    const longType = `t${'y'.repeat(60)}`;
    await post(bot.url, '/api/messages', messageActivity('hello', 'long-values', { channelId: 'c'.repeat(250) }));
    await post(bot.url, '/api/messages', { ...messageActivity('hello', 'long-type'), type: longType });
    const lines = await logLines();
    for (const line of lines) {
      for (const field of ['channel', 'type', 'route', 'msg']) {
        if (typeof line[field] === 'string') expect((line[field] as string).length, field).toBeLessThanOrEqual(80);
      }
    }
    expect(JSON.stringify(lines)).not.toContain('c'.repeat(100));
  });

  it('does not log the body of a failed outbound call, nor the person’s name', async () => {
    const result = await post(
      bot.url,
      '/api/messages',
      messageActivity('what foods have potassium', 'remote-fails', {
        serviceUrl: `http://127.0.0.1:${remotePort}/`,
        deliveryMode: undefined,
        from: { id: 'jane', name: 'Jane Doe' },
      }),
    );
    expect(result.status).toBeGreaterThanOrEqual(200);
    const lines = await logLines();
    expect(lines.some((l) => l.level === 50)).toBe(true); // the failure itself is logged
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(REMOTE_SECRET);
    expect(everything).not.toContain('Jane Doe');
  }, 20_000);
});
