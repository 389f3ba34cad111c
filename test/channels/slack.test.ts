import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { SLACK_BOT_USER, SlackApiStub, buttonClickBody, slackSignature } from '../support/slackApi';

const BOT_USER = SLACK_BOT_USER;
const sign = slackSignature;

let eventCounter = 0;
function dmEvent(text: string, extra: Record<string, unknown> = {}) {
  eventCounter++;
  return {
    type: 'event_callback',
    team_id: 'T0001',
    event_id: `Ev${eventCounter}${Date.now()}`,
    event: {
      type: 'message',
      channel_type: 'im',
      channel: `D000${eventCounter}`,
      user: 'U0USER',
      text,
      ts: `${1700000000 + eventCounter}.000100`,
      ...extra,
    },
  };
}

// Some tests stop and start the bot to let it settle: more than the default 5 s on a busy machine.
describe('direct Slack path (POST /api/slack)', { timeout: 30_000 }, () => {
  const stub = new SlackApiStub();
  let bot: RunningBot;
  let base: string;

  const post = async (body: string, headers: Record<string, string>, contentType = 'application/json') =>
    fetch(`${base}/api/slack`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });

  const start = async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...stub.env() }));
    base = `http://127.0.0.1:${bot.port}`;
  };
  /**
   * Waits until the bot has finished with every Slack event it acknowledged: stopping returns only then.
   * What it has not posted by now it never will. A fresh bot takes over for the next test.
   */
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

  it('rejects unsigned requests, bad signatures and replayed timestamps with 401', async () => {
    const body = JSON.stringify(dmEvent('hello'));
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, sign(body, undefined, 'wrong-secret'))).status).toBe(401);
    expect((await post(body, sign(body, Math.floor(Date.now() / 1000) - 10 * 60))).status).toBe(401);
    await settled();
    expect(stub.calls).toHaveLength(0);
  });

  it('has answered every event it acknowledged once settled (what the "ignores" tests rely on)', async () => {
    const body = JSON.stringify(dmEvent('what foods have potassium'));
    expect((await post(body, sign(body))).status).toBe(200);
    await settled();
    expect(stub.calls).toHaveLength(1);
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const response = await post(body, sign(body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'abc123' });
  });

  it('acknowledges a DM at once and answers it with chat.postMessage in Block Kit', async () => {
    const event = dmEvent('what foods have potassium');
    const body = JSON.stringify(event);
    const started = Date.now();
    const response = await post(body, sign(body));
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    const [call] = await stub.waitForCalls(1);
    expect(call?.method).toBe('/api/chat.postMessage');
    expect(call?.channel).toBe(event.event.channel);
    expect(String(call?.text)).toMatch(/Potassium: best food sources/);
    const blocks = call?.blocks as { type: string }[];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('ignores a retry of an event it already handled', async () => {
    const event = dmEvent('help');
    const body = JSON.stringify(event);
    expect((await post(body, sign(body))).status).toBe(200);
    await stub.waitForCalls(1);
    const retry = await post(body, { ...sign(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await settled();
    expect(stub.calls).toHaveLength(1);
  });

  it("ignores the bot's own messages and message edits", async () => {
    for (const extra of [{ user: BOT_USER, bot_id: 'BBOT0001' }, { subtype: 'message_changed' }]) {
      const body = JSON.stringify(dmEvent('what foods have potassium', extra));
      expect((await post(body, sign(body))).status).toBe(200);
    }
    await settled();
    expect(stub.calls).toHaveLength(0);
  });

  it('answers a mention in a channel in a thread, without the mention', async () => {
    const ts = '1700000999.000200';
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0001',
      event_id: `EvMention${Date.now()}`,
      event: {
        type: 'app_mention',
        channel: 'C0001',
        user: 'U0USER',
        text: `<@${BOT_USER}> what does magnesium do?`,
        ts,
      },
    });
    await post(body, sign(body));
    const [call] = await stub.waitForCalls(1);
    expect(call?.channel).toBe('C0001');
    expect(call?.thread_ts).toBe(ts);
    expect(String(call?.text)).toMatch(/Magnesium and your muscles/);
  });

  it('continues the dialog when a suggestion button is clicked (block_actions)', async () => {
    const body = buttonClickBody('D0BUTTON', 'Check my symptoms');
    const response = await post(body, sign(body), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    const [call] = await stub.waitForCalls(1);
    expect(call?.channel).toBe('D0BUTTON');
    expect(String(call?.text)).toMatch(/What are you noticing/);
  });
});
