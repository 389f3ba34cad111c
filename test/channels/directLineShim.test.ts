import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startBot } from '../../src/index';
import { useRunningBot } from '../support/botFramework';

interface DirectLineActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string };
  channelData?: { clientActivityID?: string };
}

describe('local Direct Line v3 stand-in for Web Chat', () => {
  const url = useRunningBot();
  let base: string;
  beforeAll(() => {
    base = url();
  });

  const json = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${base}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...init?.headers },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('serves the page and Web Chat’s own bundle from node_modules', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/webchat/webchat.js');
    const script = await fetch(`${base}/webchat/webchat.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('starts a conversation with a welcome, echoes a posted activity with its clientActivityID, and polls by watermark', async () => {
    const started = await json('/v3/directline/conversations', { method: 'POST' });
    expect(started.status).toBe(201);
    const id = String(started.body.conversationId);
    const first = await json(`/v3/directline/conversations/${id}/activities?watermark=0`);
    const welcome = (first.body.activities as DirectLineActivity[])[0]!;
    expect(welcome.from.id).toBe('nutribot');
    expect(welcome.text).toMatch(/NutriBot/);

    const posted = await json(`/v3/directline/conversations/${id}/activities`, {
      method: 'POST',
      body: JSON.stringify({
        type: 'message',
        text: 'what foods have potassium',
        from: { id: 'webchat-user', role: 'user' },
        channelData: { clientActivityID: 'client-1' },
      }),
    });
    expect(posted.status).toBe(200);
    const next = await json(`/v3/directline/conversations/${id}/activities?watermark=${first.body.watermark}`);
    const [echo, answer] = next.body.activities as DirectLineActivity[];
    expect(echo!.id).toBe(posted.body.id);
    expect(echo!.channelData?.clientActivityID).toBe('client-1');
    expect(answer!.text).toBe('Potassium: best food sources');
    expect(Number(next.body.watermark)).toBeGreaterThan(Number(first.body.watermark));
  });

  it('answers unknown conversations with 404 and a body that is not an activity with 400', async () => {
    expect((await json('/v3/directline/conversations/nope/activities')).status).toBe(404);
    const { body } = await json('/v3/directline/conversations', { method: 'POST' });
    const bad = await json(`/v3/directline/conversations/${String(body.conversationId)}/activities`, {
      method: 'POST',
      body: '{"text":"no type"}',
    });
    expect(bad.status).toBe(400);
  });

  it('is off when an app id is configured, unless WEB_CHAT=on', async () => {
    const prod = await startBot(
      loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'x',
      }),
    );
    expect((await fetch(`http://127.0.0.1:${prod.port}/`)).status).toBe(404);
    await prod.stop();
  });
});
