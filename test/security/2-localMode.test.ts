/**
 * Finding 2: local mode listened on every interface without authentication; with only the SLACK_*
 * settings anyone could read or change a Slack user's conversation through /api/messages; and a
 * caller-chosen serviceUrl made the bot post replies (with the person's name) to any address.
 */
import { type Server, createServer } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { nonLoopbackAddress } from '../support/network';
import { SlackApiStub } from '../support/slackApi';

const external = nonLoopbackAddress();

/** A stand-in for an internal service: records every request made to it. */
class RecordingServer {
  requests: string[] = [];
  private server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      this.requests.push(`${req.method} ${req.url} ${body}`);
      res.setHeader('content-type', 'application/json');
      res.end('{"id":"1"}');
    });
  });
  port = 0;

  async start(host: string) {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop() {
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('finding 2: local mode', { timeout: 30_000 }, () => {
  let bot: RunningBot;
  let base: string;
  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => bot.stop());

  it('listens on the loopback only', async () => {
    expect(bot.host).toBe('127.0.0.1');
    if (external) await expect(fetch(`http://${external}:${bot.port}/healthz`)).rejects.toThrow();
  });

  it('refuses the channels that have their own authenticated path', async () => {
    for (const channelId of ['slack', 'Slack', 'webchat']) {
      const result = await post(base, '/api/messages', messageActivity('summary', 'T0001:D0001', { channelId }));
      expect(result.status, channelId).toBe(403);
      expect(messageReplies(result.body)).toHaveLength(0);
    }
  });

  it('never sends replies to an address the caller chose', async () => {
    const target = new RecordingServer();
    await target.start(external ? '0.0.0.0' : '127.0.0.1');
    try {
      for (const serviceUrl of [
        `http://${external ?? '10.255.255.1'}:${target.port}/`,
        'http://169.254.169.254/latest/',
        'file:///etc/passwd',
      ]) {
        const result = await post(
          base,
          '/api/messages',
          messageActivity('what foods have potassium', 'ssrf-1', {
            serviceUrl,
            deliveryMode: undefined,
            from: { id: 'victim', name: 'Jane Doe' },
          }),
        );
        expect(result.status, serviceUrl).toBe(403);
      }
      // Stopping returns once nothing is in flight: whatever the bot had not sent by then, it never will.
      await bot.stop();
      bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
      base = `http://127.0.0.1:${bot.port}`;
      expect(target.requests).toEqual([]);
    } finally {
      await target.stop();
    }
  });

  it('still sends replies to a loopback service URL (the Emulator)', async () => {
    const emulator = new RecordingServer();
    await emulator.start('127.0.0.1');
    try {
      const result = await post(
        base,
        '/api/messages',
        messageActivity('what foods have potassium', 'loop-1', {
          serviceUrl: `http://127.0.0.1:${emulator.port}/`,
          deliveryMode: undefined,
        }),
      );
      expect(result.status).toBe(200);
      expect(emulator.requests.some((r) => r.startsWith('POST /v3/conversations/loop-1/activities'))).toBe(true);
    } finally {
      await emulator.stop();
    }
  });

  it.runIf(external)('sends replies to an origin listed in ALLOWED_SERVICE_URLS', async () => {
    const allowed = new RecordingServer();
    await allowed.start('0.0.0.0');
    const origin = `http://${external}:${allowed.port}`;
    const listed = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ALLOWED_SERVICE_URLS: origin }));
    try {
      const result = await post(
        `http://127.0.0.1:${listed.port}`,
        '/api/messages',
        messageActivity('hello', 'listed-1', { serviceUrl: `${origin}/`, deliveryMode: undefined }),
      );
      expect(result.status).toBe(200);
      expect(allowed.requests.length).toBeGreaterThan(0);
    } finally {
      await listed.stop();
      await allowed.stop();
    }
  });
});

describe('finding 2: HOST beyond the loopback without credentials', () => {
  it('warns loudly at start-up and refuses unauthenticated requests unless ALLOW_UNAUTHENTICATED=on', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const exposed = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'info', HOST: '0.0.0.0' }), {
      logDestination: sink,
    });
    try {
      expect(lines.join('')).toMatch(/"level":40.*WARNING: listening on 0\.0\.0\.0 without credentials/);
      const result = await post(`http://127.0.0.1:${exposed.port}`, '/api/messages', messageActivity('hi', 'h-1'));
      expect(result.status).toBe(403);
      expect((await fetch(`http://127.0.0.1:${exposed.port}/`)).status).toBe(404); // no browser chat either
    } finally {
      await exposed.stop();
    }
    const allowed = await startBot(
      loadConfig({ PORT: '0', LOG_LEVEL: 'silent', HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'on' }),
    );
    try {
      const result = await post(`http://127.0.0.1:${allowed.port}`, '/api/messages', messageActivity('hi', 'h-2'));
      expect(result.status).toBe(200);
    } finally {
      await allowed.stop();
    }
  });
});

describe('finding 2: the direct Slack path without an app id', () => {
  const stub = new SlackApiStub();
  let bot: RunningBot;
  beforeAll(async () => {
    await stub.start();
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...stub.env() }));
  });
  afterAll(async () => {
    await bot.stop();
    await stub.stop();
  });

  it('answers nothing on /api/messages, for any channel, unless ALLOW_UNAUTHENTICATED=on', async () => {
    const base = `http://127.0.0.1:${bot.port}`;
    for (const channelId of ['slack', 'emulator']) {
      const result = await post(base, '/api/messages', messageActivity('summary', 'T0001:D0001', { channelId }));
      expect(result.status, channelId).toBe(403);
      expect(messageReplies(result.body).map(readableText).join('')).toBe('');
    }
    const opened = await startBot(
      loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...stub.env(), ALLOW_UNAUTHENTICATED: 'on' }),
    );
    try {
      const openBase = `http://127.0.0.1:${opened.port}`;
      expect((await post(openBase, '/api/messages', messageActivity('hi', 'o-1'))).status).toBe(200);
      const slack = await post(openBase, '/api/messages', messageActivity('summary', 'T1:D1', { channelId: 'slack' }));
      expect(slack.status).toBe(403);
    } finally {
      await opened.stop();
    }
  });
});
