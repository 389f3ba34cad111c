import type { Activity, ActivityTimestamps } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createCloudAdapter } from '../../src/adapter';
import { loadConfig } from '../../src/config';

const activity = (extra: Partial<ActivityTimestamps> = {}) =>
  ({
    type: 'message',
    text: 'hi',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    from: { id: 'u' },
    recipient: { id: 'bot' },
    conversation: { id: 'c' },
    ...extra,
  }) as unknown as Activity;

describe('BotCloudAdapter.processHttpActivity', () => {
  it('runs the turn and returns the expectReplies body, with wire dates turned into Dates as botbuilder does', async () => {
    const adapter = createCloudAdapter(loadConfig({}));
    let seen: ActivityTimestamps | undefined;
    const result = await adapter.processHttpActivity(
      activity({
        timestamp: '2026-11-25T04:00:00.123+01:00' as never,
        localTimestamp: '2026-11-25T04:00:00+01:00' as never,
      }),
      '',
      async (context) => {
        seen = context.activity as ActivityTimestamps;
        await context.sendActivity('hello');
      },
    );
    expect(result.status).toBe(200);
    expect((result.body as { activities: Activity[] }).activities.map((a) => a.text)).toEqual(['hello']);
    expect(seen?.timestamp).toBeInstanceOf(Date);
    expect(seen?.timestamp?.toISOString()).toBe('2026-11-25T03:00:00.123Z');
    expect(seen?.rawTimestamp).toBe('2026-11-25T04:00:00.123+01:00');
    expect(seen?.localTimestamp).toBeInstanceOf(Date);
  });

  it('answers 401 without running the bot when the app needs a token and none is given', async () => {
    const adapter = createCloudAdapter(loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }));
    let ran = false;
    const result = await adapter.processHttpActivity(activity(), '', async () => {
      ran = true;
    });
    expect(result.status).toBe(401);
    expect(ran).toBe(false);
  });
});
