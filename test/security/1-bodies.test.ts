/**
 * Finding 1: one request killed the server before authentication (an unhandled Gunzip error in restify's
 * body parser); gzip was inflated without a limit; multipart uploads were written to the temp folder and
 * left there; HTML forms could post activities. The server runs in its own process here, so a crash is
 * seen as a crash.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloudAdapter } from '../../src/adapter';
import { loadConfig } from '../../src/config';
import { createServer } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { BotProcess } from '../support/botProcess';
import { activityJson, rawPost } from './support';

describe('finding 1: request bodies (an app id set, so every request is also unauthenticated)', () => {
  const tempDir = mkdtempSync(join(tmpdir(), 'nutribot-uploads-'));
  const bot = new BotProcess({
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'not-a-secret',
    WEB_CHAT: 'on',
    TMPDIR: tempDir,
  });
  let conversationPath = '';

  beforeAll(async () => {
    await bot.start();
    const started = await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' });
    conversationPath = `/v3/directline/conversations/${((await started.json()) as { conversationId: string }).conversationId}/activities`;
  }, 60_000);
  afterAll(async () => bot.stop());

  const stillUp = async () => {
    expect(bot.running).toBe(true);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  };

  it('answers a gzip-labelled body that is not gzip with 415 and stays up', async () => {
    for (const path of ['/api/messages', conversationPath]) {
      const result = await rawPost(bot.url, path, '{"type":"message"}', {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      });
      expect(result.status, path).toBe(415);
    }
    await stillUp();
  });

  it('never inflates a compressed body: a gzip bomb gets 415 at once', async () => {
    const bomb = gzipSync(Buffer.alloc(50_000_000));
    expect(bomb.length).toBeLessThan(262_144);
    const started = Date.now();
    const result = await rawPost(bot.url, '/api/messages', bomb, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(result.status).toBe(415);
    expect(Date.now() - started).toBeLessThan(2_000);
    await stillUp();
  });

  it('refuses multipart uploads with 415 and writes nothing to the temp folder', async () => {
    const boundary = 'x-boundary';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="big.bin"',
      'Content-Type: application/octet-stream',
      '',
      'A'.repeat(200_000),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const before = readdirSync(tempDir); // tsx keeps its cache there
    for (let i = 0; i < 3; i++) {
      const result = await rawPost(bot.url, '/api/messages', body, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
      expect(result.status).toBe(415);
    }
    expect(readdirSync(tempDir)).toEqual(before);
    await stillUp();
  });

  it('refuses HTML-form posts and any other media type with 415', async () => {
    const form = 'type=message&text=forget+me&channelId=emulator&conversation[id]=victim';
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/xml', '']) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      for (const path of ['/api/messages', conversationPath]) {
        const result = await rawPost(bot.url, path, type === 'text/plain' ? activityJson() : form, headers);
        expect(result.status, `${type} on ${path}`).toBe(415);
      }
    }
  });

  it('answers malformed JSON with 400 and a body over the limit (counted as read, chunked) with 413', async () => {
    expect((await rawPost(bot.url, '/api/messages', '{"type":', { 'content-type': 'application/json' })).status).toBe(
      400,
    );
    const big = await rawPost(bot.url, '/api/messages', activityJson({ text: 'x'.repeat(300_000) }), {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    });
    expect(big.status).toBe(413);
    await stillUp();
  });
});

describe('finding 1: an error in one request stream never takes the process down', () => {
  it('logs the failed stream, keeps serving, and raises nothing uncaught', async () => {
    const lines: string[] = [];
    let logged: () => void = () => undefined;
    const streamFailureLogged = new Promise<void>((resolve) => (logged = resolve));
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    const http = createServer({
      config,
      adapter: createCloudAdapter(config),
      turn: async () => undefined,
      logger: createLogger('warn', {
        write: (line: string) => {
          lines.push(line);
          if (/request stream failed/.test(line)) logged();
        },
      }),
      version: 'test',
    });
    // Stands in for any stream failure no reader is listening for (restify's gunzip was one).
    http.server.pre((req, _res, next) => {
      if (req.headers['x-break-stream']) setImmediate(() => req.emit('error', new Error('stream broke')));
      next();
    });
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(http.server.address() as { port: number }).port}`;
    try {
      const response = await fetch(`${base}/healthz`, { headers: { 'x-break-stream': '1' } });
      expect(response.status).toBe(200);
      await streamFailureLogged;
      expect(lines.join('')).toMatch(/request stream failed/);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await http.close(1_000);
    }
  }, 20_000);
});
