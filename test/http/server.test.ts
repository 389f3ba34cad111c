import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../../src/index';
import { loadConfig } from '../../src/config';
import {
  cardElements,
  messageActivity,
  messageReplies,
  post,
  readableText,
  useRunningBot,
} from '../support/botFramework';

describe('HTTP server in local mode (no app id)', () => {
  const url = useRunningBot();
  let base: string;
  beforeAll(() => {
    base = url();
  });

  it('answers "what foods have potassium" with a ranked list including the document foods, in the expectReplies body', async () => {
    const result = await post(base, '/api/messages', messageActivity('what foods have potassium', 'http-1'));
    expect(result.status).toBe(200);
    const replies = messageReplies(result.body);
    expect(replies.length).toBeGreaterThan(0);
    const text = replies.map(readableText).join('\n');
    expect(text).toMatch(/potassium/i);
    expect(text).toMatch(/\d+ mg · \d+% DV/);
    // The emulator gets an Adaptive Card whose food table has a header row and the ranked foods.
    const [table] = cardElements(replies[0]!, 'Table');
    expect((table?.rows as unknown[]).length).toBeGreaterThanOrEqual(9);
    for (const food of ['bananas', 'sweet potatoes', 'spinach', 'avocado', 'beans'])
      expect(text.toLowerCase()).toContain(food);
  });

  it('keeps a conversation across requests: a follow-up "and calcium?" continues the question', async () => {
    await post(base, '/api/messages', messageActivity('what foods have magnesium', 'http-2'));
    const result = await post(base, '/api/messages', messageActivity('and calcium?', 'http-2'));
    const text = messageReplies(result.body).map(readableText).join('\n');
    expect(text).toMatch(/calcium: best food sources/i);
  });

  it('welcomes a person who joins', async () => {
    const result = await post(base, '/api/messages', {
      ...messageActivity('', 'http-3'),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'user-1' }],
    });
    expect(result.status).toBe(200);
    expect(messageReplies(result.body)[0]?.text).toMatch(/NutriBot/);
  });

  it('answers GET /healthz with version and uptime', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; version: string; uptimeSeconds: number };
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof body.uptimeSeconds).toBe('number');
  });

  it('rejects malformed JSON with 400, not 500, and no stack trace', async () => {
    const result = await post(base, '/api/messages', '{"type": "message", "text": ');
    expect(result.status).toBe(400);
    expect(result.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('rejects a JSON body that is not an activity with 400', async () => {
    for (const body of ['[1,2,3]', '"hello"', '{"text":"no type"}']) {
      const result = await post(base, '/api/messages', body);
      expect(result.status, body).toBe(400);
    }
  });

  it('rejects a body over the size limit with 413', async () => {
    const result = await post(base, '/api/messages', messageActivity('x'.repeat(300_000), 'http-4'));
    expect(result.status).toBe(413);
  });

  it('answers unknown routes with 404', async () => {
    const response = await fetch(`${base}/nope`);
    expect(response.status).toBe(404);
  });
});

describe('HTTP server with an app id configured', () => {
  let bot: RunningBot;
  let base: string;

  beforeAll(async () => {
    bot = await startBot(
      loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'not-a-real-secret',
      }),
    );
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => bot.stop());

  it('rejects a request without a token with 401', async () => {
    const result = await post(base, '/api/messages', messageActivity('what foods have potassium', 'auth-1'));
    expect(result.status).toBe(401);
    expect(messageReplies(result.body)).toHaveLength(0);
  });
});
