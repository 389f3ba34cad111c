/**
 * Random requests (headers, content types, encodings, bodies) to every route that takes a body: the
 * server answers each with a 4xx and stays up. It runs in its own process, so a crash is seen as one.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from '../support/botProcess';
import { SlackApiStub } from '../support/slackApi';
import { activityJson, rawPost } from './support';

const headerText = fc.string({ unit: fc.constantFrom(...'abcjsonxml/+-;= .*8ACEGTUF'.split('')), maxLength: 40 });

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json; charset=latin1',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=b',
    'text/plain',
    'application/xml',
    'application/octet-stream',
  ),
  headerText,
);

const contentEncoding = fc.option(fc.constantFrom('gzip', 'GZIP', 'deflate', 'br', 'identity', 'x-zip', 'gzip, gzip'), {
  nil: undefined,
});

/** Never a plain, valid activity: bytes, broken or non-activity JSON, forms, multipart, compressed activities. */
const body = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ maxLength: 500 }),
  fc.json({ maxDepth: 4 }).filter((json) => {
    const value: unknown = JSON.parse(json);
    return !(value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string');
  }),
  fc.nat({ max: 200 }).map((cut) => activityJson().slice(0, cut)),
  fc.constant(gzipSync(activityJson())),
  fc.constant('type=message&text=forget+me'),
  fc.constant('--b\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nAAAA\r\n--b--\r\n'),
  fc.constant('x'.repeat(300_000)),
);

const request = fc.record({
  contentType,
  contentEncoding,
  body,
  chunked: fc.boolean(),
  path: fc.nat(),
});

describe('random requests', () => {
  const stub = new SlackApiStub();
  let bot: BotProcess;
  const paths = ['/api/messages', '/api/slack'];

  beforeAll(async () => {
    await stub.start();
    // tsx's ESM hook as well: the Slack path is loaded with a dynamic import().
    bot = new BotProcess({ WEB_CHAT: 'on', ALLOW_UNAUTHENTICATED: 'on', ...stub.env() }, ['--import', 'tsx']);
    await bot.start();
    const started = await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' });
    const { conversationId } = (await started.json()) as { conversationId: string };
    paths.push(`/v3/directline/conversations/${conversationId}/activities`);
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await stub.stop();
  });

  it('answers every one with a 4xx and never goes down', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = { 'content-type': r.contentType };
        if (r.contentEncoding) headers['content-encoding'] = r.contentEncoding;
        if (r.chunked) headers['transfer-encoding'] = 'chunked';
        const path = paths[r.path % paths.length]!;
        const result = await rawPost(bot.url, path, r.body, headers);
        expect(result.status, `${path} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(400);
        expect(result.status).toBeLessThan(500);
        expect(result.text).not.toMatch(/at .*\.[jt]s:\d+/);
      }),
      { numRuns: 300 },
    );
    expect(bot.running).toBe(true);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
