/**
 * Finding 5: the same signed button click sent three times posted three replies (clicks carry no
 * event_id), and timestamps a day ahead were accepted. Also: /api/slack reads its body as strictly as
 * the other routes.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { SlackApiStub, buttonClickBody, slackSignature } from '../support/slackApi';
import { rawPost } from './support';

describe('finding 5: replays on the direct Slack path', { timeout: 30_000 }, () => {
  const stub = new SlackApiStub();
  let bot: RunningBot;
  let base: string;
  const start = async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...stub.env() }));
    base = `http://127.0.0.1:${bot.port}`;
  };
  /** Stopping returns once every acknowledged Slack event is processed; a fresh bot takes over. */
  const settled = async () => {
    await bot.stop();
    await start();
  };
  beforeAll(async () => {
    await stub.start();
    await start();
  });
  afterAll(async () => {
    await bot.stop();
    await stub.stop();
  });
  beforeEach(() => {
    stub.calls = [];
  });

  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('answers a signed button click once, however often it is sent', async () => {
    const body = buttonClickBody('D0REPLAY', 'Check my symptoms');
    const headers = { ...form, ...slackSignature(body) };
    for (let i = 0; i < 3; i++) expect((await rawPost(base, '/api/slack', body, headers)).status).toBe(200);
    await settled();
    expect(stub.calls).toHaveLength(1);
  });

  it('refuses a timestamp more than five minutes ahead', async () => {
    const body = buttonClickBody('D0FUTURE', 'Check my symptoms');
    for (const ahead of [24 * 60 * 60, 6 * 60]) {
      const headers = { ...form, ...slackSignature(body, Math.floor(Date.now() / 1000) + ahead) };
      expect((await rawPost(base, '/api/slack', body, headers)).status, `${ahead} s ahead`).toBe(401);
    }
    await settled();
    expect(stub.calls).toHaveLength(0);
  });

  it('refuses compressed, multipart and other bodies with 415, before the signature', async () => {
    const json = JSON.stringify({ type: 'url_verification', challenge: 'c' });
    const gzipped = await rawPost(base, '/api/slack', gzipSync(json), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      ...slackSignature(json),
    });
    expect(gzipped.status).toBe(415);
    for (const type of ['multipart/form-data; boundary=x', 'text/plain']) {
      expect((await rawPost(base, '/api/slack', json, { 'content-type': type, ...slackSignature(json) })).status).toBe(
        415,
      );
    }
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
