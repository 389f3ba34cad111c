import { Writable } from 'node:stream';
import { TestAdapter } from 'botbuilder';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot } from '../../dialogs/createBot';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { createLogger } from '../../src/logger';
import { RateLimiter } from '../../src/state/rateLimiter';
import { InProcessTurnLocks } from '../../src/state/turnLocks';
import { createTurnRunner } from '../../src/turnRunner';
import { messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { knowledgeBase } from '../support/knowledge';

describe('RateLimiter (a burst per window, rate-limiter-flexible)', () => {
  afterEach(() => vi.useRealTimers());

  it('allows a burst, refuses beyond it, tells once, and allows again in the next window', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    // A burst of 3 at 6 a minute: 3 turns per 30-second window.
    const limiter = new RateLimiter({ burst: 3, perMinute: 6 });
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push((await limiter.take(['a'])).allowed);
    expect(allowed).toEqual([true, true, true]);
    expect(await limiter.take(['a'])).toEqual({ allowed: false, notify: true });
    expect(await limiter.take(['a'])).toEqual({ allowed: false, notify: false });
    expect(await limiter.isLimited(['a'])).toBe(true);
    vi.advanceTimersByTime(30_001);
    expect((await limiter.take(['a'])).allowed).toBe(true);
    expect(await limiter.isLimited(['a'])).toBe(false);
  });

  it('keeps keys apart and refuses a turn when any of its keys is over the limit', async () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 1 });
    expect((await limiter.take(['conv-1', 'user-1'])).allowed).toBe(true);
    expect((await limiter.take(['conv-2', 'user-1'])).allowed).toBe(false);
    expect((await limiter.take(['conv-3', 'user-2'])).allowed).toBe(true);
  });
});

describe('a flood over HTTP', () => {
  let bot: RunningBot;
  let base: string;
  beforeAll(async () => {
    bot = await startBot(
      loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '5', RATE_LIMIT_PER_MINUTE: '6' }),
    );
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => bot.stop());

  it('gets one polite slow-down message, and other conversations are unaffected', async () => {
    const texts: string[] = [];
    for (let i = 0; i < 9; i++) {
      const result = await post(
        base,
        '/api/messages',
        messageActivity('what foods have potassium', 'flood-1', { from: { id: 'flooder', name: 'F' } }),
      );
      texts.push(messageReplies(result.body).map(readableText).join('\n'));
    }
    expect(texts.slice(0, 5).every((t) => /Potassium: best food sources/.test(t))).toBe(true);
    expect(texts.filter((t) => /faster than I can keep up/.test(t))).toHaveLength(1);
    expect(texts.slice(5).every((t) => !/Potassium/.test(t))).toBe(true);
    const other = await post(
      base,
      '/api/messages',
      messageActivity('what foods have potassium', 'calm-1', { from: { id: 'calm', name: 'C' } }),
    );
    expect(messageReplies(other.body).map(readableText).join('\n')).toMatch(/Potassium: best food sources/);
  });

  it('answers 429 on the local Direct Line when flooded', async () => {
    const start = await fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
    const { conversationId } = (await start.json()) as { conversationId: string };
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hi', from: { id: 'dl-flooder' } }),
      });
      statuses.push(response.status);
    }
    // Every activity counts: the welcome took one of the five, so four messages, then 429.
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('per-turn logs', () => {
  it('writes one structured line a turn with hashed ids, channel, intent, latency and outcome, and no message text', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const { bot } = createBot(knowledgeBase());
    const run = createTurnRunner(
      bot,
      new InProcessTurnLocks(),
      new RateLimiter({ burst: 100, perMinute: 100 }),
      createLogger('info', sink),
    );
    const adapter = new TestAdapter(run, { conversation: { id: 'secret-conversation-id' } } as never);
    await adapter.receiveActivity('my secret words about potassium foods');
    await adapter.receiveActivity('help');
    const turns = lines.filter((l) => l.msg === 'turn');
    expect(turns).toHaveLength(2);
    expect(turns[0]).toMatchObject({ channel: 'test', type: 'message', intent: 'foodsForNutrient', outcome: 'ok' });
    expect(typeof turns[0]!.latencyMs).toBe('number');
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('secret words');
    expect(everything).not.toContain('secret-conversation-id');
  });
});

describe('log redaction', () => {
  it('never writes an authorization header, wherever a request is logged', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ req: { headers: { authorization: 'Bearer secret-1' } } }, 'request');
    logger.info({ headers: { authorization: 'Bearer secret-2' } }, 'headers');
    logger.info({ authorization: 'Bearer secret-3' }, 'bare');
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/secret/);
  });
});
