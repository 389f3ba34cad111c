/**
 * Check-ins sent on each channel's own path, through the real server: Teams through CloudAdapter's
 * proactive continueConversation to a stub connector (and its 403 when the app is not installed), the
 * direct Slack path through chat.postMessage to a stub Web API, and the local Direct Line.
 */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { messageActivity, post } from '../support/botFramework';
import { checkAndPlan } from '../support/checkInFlow';
import { DAY, ManualClock } from '../support/clock';
import { ConnectorStub } from '../support/connectorStub';
import { SlackApiStub, slackSignature } from '../support/slackApi';

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('Teams: a check-in through the Bot Framework connector', () => {
  const connector = new ConnectorStub();
  const clock = new ManualClock();
  let bot: RunningBot;
  let base: string;

  beforeAll(async () => {
    await connector.start();
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000' }), {
      clock,
      manualCheckInPolling: true,
    });
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  /** A Teams personal-chat message whose replies go to the stub connector; returns what the bot posted. */
  const teams = (conversation: string) => async (text: string) => {
    const before = connector.texts(conversation).length;
    const activity = messageActivity(text, conversation, {
      channelId: 'msteams',
      serviceUrl: connector.url,
      deliveryMode: undefined,
      from: { id: '29:ada', name: 'Ada' },
      recipient: { id: '28:nutribot', name: 'NutriBot' },
      conversation: { id: conversation, conversationType: 'personal' } as Activity['conversation'],
    } as Partial<Activity>);
    const response = await post(base, '/api/messages', activity);
    expect(response.status).toBe(200);
    return connector.texts(conversation).slice(before).join('\n');
  };

  it('is sent once, at the due time, in the same conversation', async () => {
    expect(await checkAndPlan(teams('a:teams-1'))).toMatch(/check in with you in 1 week/);
    clock.advance(7 * DAY - 1_000);
    expect(await bot.checkIns!.poll()).toMatchObject({ sent: 0 });
    clock.advance(1_000);
    expect(await bot.checkIns!.poll()).toMatchObject({ sent: 1 });
    expect(await bot.checkIns!.poll()).toMatchObject({ sent: 0 });
    const sent = connector.posted.filter((p) => /Checking in/.test(String(p.activity.text)));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.conversationId).toBe('a:teams-1');
    expect(await teams('a:teams-1')('better')).toMatch(/Good to hear/);
  });

  it('is dropped, not retried, when the connector answers 403 (the app is not installed for the person)', async () => {
    await checkAndPlan(teams('a:teams-2'));
    connector.forbidden.add('a:teams-2');
    clock.advance(7 * DAY);
    expect(await bot.checkIns!.poll()).toMatchObject({ dropped: 1, retried: 0 });
    clock.advance(DAY);
    expect(await bot.checkIns!.poll()).toMatchObject({ dropped: 0, retried: 0, sent: 0 });
  });
});

describe('direct Slack path: a check-in through chat.postMessage', () => {
  const slack = new SlackApiStub();
  const clock = new ManualClock();
  let bot: RunningBot;
  let base: string;
  let ts = 1_700_000_000;

  beforeAll(async () => {
    await slack.start();
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000', ...slack.env() }), {
      clock,
      manualCheckInPolling: true,
    });
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => {
    await bot.stop();
    await slack.stop();
  });

  const dm = async (text: string) => {
    const before = slack.calls.length;
    ts++;
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0001',
      event_id: `Ev${ts}`,
      event: { type: 'message', channel_type: 'im', channel: 'D0CHECK', user: 'U0ADA', text, ts: `${ts}.000100` },
    });
    const response = await fetch(`${base}/api/slack`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...slackSignature(body) },
      body,
    });
    expect(response.status).toBe(200);
    // Slack's events are acknowledged first and answered after: wait for the answer to be posted.
    for (let i = 0; i < 200 && slack.calls.length === before; i++) await settle();
    await settle();
    return slack.calls
      .slice(before)
      .map((c) => String(c.text))
      .join('\n');
  };

  it('posts the check-in to the DM once, at the due time', async () => {
    expect(await checkAndPlan(dm, 'In 2 weeks')).toMatch(/in 2 weeks/);
    const before = slack.calls.length;
    clock.advance(14 * DAY);
    expect(await bot.checkIns!.poll()).toMatchObject({ sent: 1 });
    const sent = slack.calls.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: '/api/chat.postMessage', channel: 'D0CHECK' });
    expect(String(sent[0]!.text)).toMatch(/Checking in/);
    const blocks = sent[0]!.blocks as { type: string }[];
    expect(blocks.some((b) => b.type === 'actions')).toBe(true);
    expect(await bot.checkIns!.poll()).toMatchObject({ sent: 0 });
  });
});

describe('local browser chat: a check-in through the Direct Line stand-in', () => {
  const clock = new ManualClock();
  let bot: RunningBot;
  let base: string;

  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000' }), {
      clock,
      manualCheckInPolling: true,
    });
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => bot.stop());

  const json = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json' } });
    return (await response.json()) as Record<string, unknown>;
  };

  it('appears in the conversation’s activities once, at the due time', async () => {
    const id = String((await json('/v3/directline/conversations', { method: 'POST' })).conversationId);
    let watermark = 0;
    const read = async () => {
      const page = await json(`/v3/directline/conversations/${id}/activities?watermark=${watermark}`);
      watermark = Number(page.watermark);
      return (page.activities as { text?: string; from: { id: string } }[]).filter((a) => a.from.id === 'nutribot');
    };
    await read();
    const send = async (text: string) => {
      await json(`/v3/directline/conversations/${id}/activities`, {
        method: 'POST',
        body: JSON.stringify({ type: 'message', text, from: { id: 'me' } }),
      });
      return (await read()).map((a) => a.text ?? '').join('\n');
    };
    expect(await checkAndPlan(send)).toMatch(/in 1 week/);
    clock.advance(7 * DAY);
    expect(await bot.checkIns!.poll()).toMatchObject({ sent: 1 });
    const sent = await read();
    expect(sent.map((a) => a.text)).toEqual(['Checking in']);
    expect(await bot.checkIns!.poll()).toMatchObject({ sent: 0 });
    expect(await read()).toHaveLength(0);
  });
});

describe('direct Slack path: “was this helpful?” as Block Kit buttons', () => {
  const slack = new SlackApiStub();
  let bot: RunningBot;
  let base: string;

  beforeAll(async () => {
    await slack.start();
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000', ...slack.env() }));
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => {
    await bot.stop();
    await slack.stop();
  });

  const signed = (body: string, contentType: string) =>
    fetch(`${base}/api/slack`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...slackSignature(body) },
      body,
    });

  it('stores the rating of a button click with the answer’s kind, intent and channel', async () => {
    const event = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0001',
      event_id: 'EvFeedback1',
      event: {
        type: 'message',
        channel_type: 'im',
        channel: 'D0FB',
        user: 'U0ADA',
        text: 'signs of low calcium',
        ts: '1700000500.000100',
      },
    });
    expect((await signed(event, 'application/json')).status).toBe(200);
    const [answer] = await slack.waitForCalls(1);
    const buttons = (answer!.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? []);
    const unhelpful = buttons.find((b) => b.action_id === 'feedback-unhelpful')!;
    expect(JSON.parse(unhelpful.value!)).toEqual({ kind: 'deficiencySigns', intent: 'deficiencySigns' });
    const payload = {
      type: 'block_actions',
      team: { id: 'T0001' },
      user: { id: 'U0ADA' },
      channel: { id: 'D0FB' },
      container: { type: 'message', channel_id: 'D0FB', message_ts: '1700000501.000100' },
      message: { ts: '1700000501.000100' },
      actions: [
        {
          type: 'button',
          action_id: 'feedback-unhelpful',
          block_id: 'f1',
          value: unhelpful.value,
          action_ts: '1700000502.1',
        },
      ],
    };
    const click = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    expect((await signed(click, 'application/x-www-form-urlencoded')).status).toBe(200);
    const [, thanks] = await slack.waitForCalls(2);
    expect(String(thanks!.text)).toMatch(/Thanks for telling me/);
    expect((await bot.insights.snapshot(Date.now())).feedback).toMatchObject([
      { kind: 'deficiencySigns', intent: 'deficiencySigns', rating: 'unhelpful', channel: 'slack' },
    ]);
  });
});
